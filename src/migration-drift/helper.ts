import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFailure, type Exec } from '../lib/exec.js';
import { collectEvents, type HelperEvent, type HelperTranscript, parseHelperLine } from './protocol.js';

/**
 * The helpers are real Python files (python/*.py, linted with pyflakes and unit-tested), shipped
 * beside the bundle: scripts/build.mjs copies src/<action>/python/ to dist/<action>/python/, so
 * the folder is found next to this module in src/ (tests) and next to dist/<action>/index.js. The
 * path is joined rather than written `new URL('./python/x.py', import.meta.url)`, which webpack
 * (ncc) would turn into a renamed asset without the module it imports. Python puts the script's
 * directory first on sys.path, which is how each helper imports drift_protocol.py.
 */
const PYTHON_DIR = join(dirname(fileURLToPath(import.meta.url)), 'python');

export const HELPERS = {
  alembic: join(PYTHON_DIR, 'alembic_checks.py'),
  django: join(PYTHON_DIR, 'django_checks.py'),
} as const;

/** What the helper is asked to do: one JSON document on its stdin. */
export interface HelperJob {
  checks: string[];
  /** Alembic: alembic.ini */
  config?: string;
  /** Django: DJANGO_SETTINGS_MODULE */
  settings?: string;
  stairway?: boolean;
  /** Absolute paths of the files the PR adds (the summary keeps the migrations among them). */
  added_files?: string[];
  /** The database is our own throw-away SQLite file: the helper may skip fsync. */
  throwaway_sqlite?: boolean;
}

export interface HelperRun {
  tool: 'alembic' | 'django';
  python: string;
  cwd: string;
  /** Unused since the helpers ship as files (nothing is written any more); the caller still passes it. */
  tempDir?: string;
  job: HelperJob;
  /** Reaches the helper only through its environment. */
  databaseUrl: string;
  /** Variables to add to (string) or remove from (undefined) the inherited environment. */
  env: Record<string, string | undefined>;
  timeoutMs: number;
  redact: (text: string) => string;
  onEvent: (event: HelperEvent) => void;
  onStderr: (line: string) => void;
  /** The context's process runner. */
  exec: Exec;
}

export interface HelperResult extends HelperTranscript {
  /** Set when the process itself failed (crash, timeout) rather than a check. */
  processError?: string;
}

/** Runs the helper once for the whole check set, streaming its events. */
export async function runHelper(run: HelperRun): Promise<HelperResult> {
  const events: HelperEvent[] = [];
  const result = await run.exec({
    command: run.python,
    // -u: unbuffered, so progress reaches the log as it happens.
    args: ['-u', HELPERS[run.tool]],
    cwd: run.cwd,
    input: JSON.stringify(run.job),
    env: { ...run.env, DEPLOY_KIT_DATABASE_URL: run.databaseUrl, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
    timeoutMs: run.timeoutMs,
    redact: run.redact,
    onLine: (line, stream) => {
      if (stream === 'stderr') return run.onStderr(line);
      const event = parseHelperLine(line);
      events.push(event);
      run.onEvent(event);
    },
  });
  const transcript = collectEvents(events);
  if (result.timedOut || (!transcript.done && !transcript.fatal)) {
    return {
      ...transcript,
      processError: describeFailure(
        `the ${run.tool} helper (${run.python})`,
        { ...result, stdout: '' },
        run.timeoutMs,
        8,
      ),
    };
  }
  return transcript;
}
