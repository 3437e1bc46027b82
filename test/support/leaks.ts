import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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
    GITHUB_ENV: JSON.stringify(result.exportedEnv),
    GITHUB_STATE: JSON.stringify(result.state),
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
    expect(
      result.stdout.includes(`::add-mask::${escaped}`),
      `secret ${JSON.stringify(secret.slice(0, 4))}… was never masked`,
    ).toBe(true);
  }
}

/** Every form a secret can leak in: raw, trimmed, URL-encoded, JSON-escaped, base64 (padded or not). */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>();
  for (const value of [secret, secret.trim()]) {
    if (value === '') continue;
    forms.add(value);
    forms.add(encodeURIComponent(value));
    forms.add(JSON.stringify(value).slice(1, -1));
    forms.add(Buffer.from(value).toString('base64').replace(/=+$/, ''));
  }
  return [...forms];
}

/**
 * expectNoSecretLeak, widened to every form (secretForms) and every file: stdout (its
 * `::add-mask::` lines aside), stderr and each file under the run's directory — the GITHUB_* files,
 * RUNNER_TEMP, the workspace, whatever the step wrote. Files larger than 64 MiB are read in part.
 */
export function expectNoSecretAnywhere(result: BundleResult, secrets: readonly string[]): void {
  const places: [string, string][] = [
    [
      'stdout',
      result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    ],
    ['stderr', result.stderr],
  ];
  for (const file of filesUnder(result.dir)) places.push([relative(result.dir, file) || file, readHead(file)]);
  for (const secret of secrets) {
    for (const form of secretForms(secret)) {
      for (const [place, text] of places) {
        expect(
          text.includes(form),
          `secret ${JSON.stringify(secret.slice(0, 4))}… leaked into ${place} (as ${JSON.stringify(form.slice(0, 6))}…)`,
        ).toBe(false);
      }
    }
  }
}

function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

function readHead(file: string): string {
  const limit = 64 * 1024 * 1024;
  if (statSync(file).size <= limit) return readFileSync(file).toString('latin1');
  const buffer = Buffer.alloc(limit);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, limit, 0);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('latin1');
}
