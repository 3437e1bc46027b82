import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure, type Exec, execute } from '../lib/exec.js';
import { collectEvents, type HelperEvent, type HelperTranscript, parseHelperLine } from './protocol.js';
import { ALEMBIC_PY } from './python/alembic.js';
import { DJANGO_PY } from './python/django.js';
import { PROTOCOL_PY } from './python/protocol.js';

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
  tempDir: string;
  job: HelperJob;
  /** Reaches the helper only through its environment. */
  databaseUrl: string;
  /** Variables to add to (string) or remove from (undefined) the inherited environment. */
  env: Record<string, string | undefined>;
  timeoutMs: number;
  redact: (text: string) => string;
  onEvent: (event: HelperEvent) => void;
  onStderr: (line: string) => void;
  /** The context's process runner; execute by default. */
  exec?: Exec;
}

export interface HelperResult extends HelperTranscript {
  /** Set when the process itself failed (crash, timeout) rather than a check. */
  processError?: string;
}

/** Writes the helper next to the run's temp files, runs it once for the whole check set, streams its events. */
export async function runHelper(run: HelperRun): Promise<HelperResult> {
  const dir = mkdtempSync(join(run.tempDir, 'migration-drift-'));
  const script = join(dir, `${run.tool}_checks.py`);
  writeFileSync(script, `${PROTOCOL_PY}\n${run.tool === 'alembic' ? ALEMBIC_PY : DJANGO_PY}`);
  const events: HelperEvent[] = [];
  try {
    const result = await (run.exec ?? execute)({
      command: run.python,
      // -u: unbuffered, so progress reaches the log as it happens.
      args: ['-u', script],
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
      return { ...transcript, processError: describeFailure(`the ${run.tool} helper (${run.python})`, { ...result, stdout: '' }, run.timeoutMs, 8) };
    }
    return transcript;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
