import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The railway, vercel and gcloud stand-ins (bin/, standin.cjs): put STANDIN_BIN on PATH and
 * give the run `standinEnv()`; each invocation is recorded for `standinCalls()`.
 */
export const STANDIN_BIN = resolve(import.meta.dirname, 'bin');
export const STANDIN_SCRIPT = resolve(import.meta.dirname, 'standin.cjs');

export interface StandinCall {
  tool: 'railway' | 'vercel' | 'gcloud';
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
