import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The railway, vercel and gcloud stand-ins (bin/, standin.cjs): put STANDIN_BIN on PATH and
 * give the run `standinEnv()`; each invocation is recorded for `standinCalls()`.
 */
export const STANDIN_BIN = resolve(import.meta.dirname, 'bin');
export const STANDIN_SCRIPT = resolve(import.meta.dirname, 'standin.cjs');

export interface StandinCall {
  /** railway, vercel, gcloud, or one of recordedTools(). */
  tool: string;
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  /** gcloud: the credential file named in CLOUDSDK_AUTH_*, read when gcloud ran. */
  credential?: { file: string; mode: number; content: string };
}

export interface Standins {
  log: string;
  /** Environment for the run (the action's children inherit it). */
  env: Record<string, string>;
  calls(): StandinCall[];
}

export function standins(extra: Record<string, string> = {}): Standins {
  const log = join(mkdtempSync(join(tmpdir(), 'dk-standin-')), 'calls.jsonl');
  return {
    log,
    env: { DK_STANDIN_LOG: log, ...extra },
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as StandinCall)
        : [],
  };
}

/**
 * A directory of recorded stand-ins (standin.cjs records them, they succeed unless DK_STANDIN_FAIL
 * scripts a failure) for the commands a workflow's `run:` steps call: npm, pip, pytest, docker, gh, ...
 */
export function recordedTools(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-tools-'));
  for (const name of names) {
    writeFileSync(
      join(dir, name),
      `#!/bin/sh\n# Stand-in: see standin.cjs.\nexec node ${JSON.stringify(STANDIN_SCRIPT)} ${name} "$@"\n`,
    );
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}
