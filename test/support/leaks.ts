import { expect } from 'vitest';
import type { BundleResult } from './bundle.js';

/**
 * The one check every integration test that handles a secret runs: no secret value (nor its URL- or
 * JSON-encoded form) appears in stdout, stderr, outputs, the job summary, GITHUB_ENV or state. The
 * `::add-mask::` commands themselves are the one place a secret may appear (the runner consumes
 * them), and each secret must have been masked that way.
 */
export function expectNoSecretLeak(result: BundleResult, secrets: readonly string[]): void {
  const places: Record<string, string> = {
    stdout: result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: result.stderr,
    outputs: JSON.stringify(result.outputs),
    summary: result.summary,
    'GITHUB_ENV': JSON.stringify(result.exportedEnv),
    'GITHUB_STATE': JSON.stringify(result.state),
  };
  for (const secret of secrets) {
    expect(secret.length, 'a test secret must be long enough to search for').toBeGreaterThanOrEqual(8);
    const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
    for (const [place, text] of Object.entries(places)) {
      for (const form of forms) {
        expect(text.includes(form), `secret ${JSON.stringify(secret.slice(0, 4))}… leaked into ${place}`).toBe(false);
      }
    }
    // @actions/core escapes %, CR and LF in command values; the runner unescapes them.
    const escaped = secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    expect(result.stdout.includes(`::add-mask::${escaped}`), `secret ${JSON.stringify(secret.slice(0, 4))}… was never masked`).toBe(true);
  }
}
