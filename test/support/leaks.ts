import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import type { BundleResult } from './bundle.js';

/**
 * The one check every integration test that handles a secret runs: no form of a secret
 * (secretForms) appears in stdout, stderr, outputs, the job summary, GITHUB_ENV or state. The
 * `::add-mask::` commands themselves are the one place a secret may appear (the runner consumes
 * them), and each secret must have been masked that way.
 */
export function expectNoSecretLeak(result: BundleResult, secrets: readonly string[]): void {
  searchForSecrets(secrets, [
    ...logPlaces(result),
    ['outputs', JSON.stringify(result.outputs)],
    ['summary', result.summary],
    ['GITHUB_ENV', JSON.stringify(result.exportedEnv)],
    ['GITHUB_STATE', JSON.stringify(result.state)],
  ]);
  for (const secret of secrets) {
    expect(secret.length, 'a test secret must be long enough to search for').toBeGreaterThanOrEqual(8);
    // @actions/core escapes %, CR and LF in command values; the runner unescapes them.
    const escaped = secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    expect(
      result.stdout.includes(`::add-mask::${escaped}`),
      `secret ${JSON.stringify(secret.slice(0, 4))}… was never masked`,
    ).toBe(true);
  }
}

/** Every form a secret can leak in: raw, trimmed, URL-encoded, JSON-escaped, base64 (padded or not). */
function secretForms(secret: string): string[] {
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
 * expectNoSecretLeak's search widened to every file under the run's directory — the GITHUB_* files,
 * RUNNER_TEMP, the workspace, whatever the step wrote (files larger than 64 MiB are read in part) —
 * without the masking check (the fault matrix also runs steps that never read the secret).
 */
export function expectNoSecretAnywhere(result: BundleResult, secrets: readonly string[]): void {
  const files = filesUnder(result.dir).map((file): Place => [relative(result.dir, file) || file, readHead(file)]);
  searchForSecrets(secrets, [...logPlaces(result), ...files]);
}

type Place = [name: string, text: string];

/** stdout without its `::add-mask::` lines, and stderr. */
function logPlaces(result: BundleResult): Place[] {
  const log = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [
    ['stdout', log],
    ['stderr', result.stderr],
  ];
}

function searchForSecrets(secrets: readonly string[], places: Place[]): void {
  for (const secret of secrets) {
    for (const form of secretForms(secret)) {
      for (const [place, text] of places) {
        expect(
          text.includes(form),
          `secret ${JSON.stringify(secret.slice(0, 4))}… leaked into ${place} ` +
            `(as ${JSON.stringify(form.slice(0, 6))}…)`,
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
