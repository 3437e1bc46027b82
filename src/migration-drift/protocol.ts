/**
 * The line protocol between the action and its Python helper. The helper writes one JSON object per
 * line on its stdout; anything else it writes goes to stderr (the log). Parsing is pure and strict
 * about shapes: a line that is not one of these events is reported as plain log text, never trusted.
 */

export const CHECK_NAMES = ['heads', 'upgrade', 'drift', 'reversible', 'summary'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];
export type CheckStatus = 'passed' | 'failed' | 'skipped';

/** A migration operation the helper saw while rendering a revision's offline SQL. */
export interface Operation {
  kind: string;
  table?: string;
  column?: string;
  new_name?: string;
  type_from?: string | null;
  type_to?: string | null;
  nullable?: boolean;
  has_default?: boolean;
  sql?: string;
  /** Django: the operation as Django describes it ("Remove field price from item"). */
  description?: string;
}

export interface AddedRevision {
  revision: string;
  down_revision?: string | string[] | null;
  message: string;
  path: string;
  sql: string;
  /**
   * `offline`: rendered by `upgrade --sql`; `executed`: what ran during the upgrade check (when
   * --sql cannot render it).
   */
  sql_source?: 'offline' | 'executed';
  note?: string;
  operations: Operation[];
  error?: string;
}

/**
 * One autogenerate difference, e.g. `{kind: 'add_column', target: 'users.price', words: 'column
 * (NUMERIC(10, 2)) in the models, not in the migrations'}`.
 */
export interface Difference {
  /** Alembic's operation name: add_column, remove_table, modify_type, ... */
  kind: string;
  /** `table`, `table.column` or the index/constraint name. */
  target: string;
  /** What differs, in words. */
  words: string;
}

export interface CheckEvent {
  event: 'check';
  name: CheckName;
  status: CheckStatus;
  message?: string;
  duration_ms?: number;
  /** heads */
  heads?: string[];
  /** drift: Alembic's autogenerate differences, in words (alembic_checks.py describe_differences) */
  differences?: Difference[];
  /** drift: the operations Django would write (makemigrations --dry-run) */
  changes?: string[];
  method?: string;
  /** reversible / upgrade: where it broke */
  phase?: string;
  revision?: string | null;
  step?: string;
  error?: string;
  stairway?: number;
  note?: string;
  /** upgrade */
  revisions?: number | AddedRevision[];
}

export interface InfoEvent {
  event: 'info';
  tool: string;
  version: string;
  python?: string;
  revisions: number;
  heads: string[];
  drift_method?: string;
}

export type HelperEvent =
  | InfoEvent
  | CheckEvent
  | { event: 'progress'; message: string }
  | { event: 'fatal'; message: string }
  | { event: 'done'; duration_ms?: number }
  | { event: 'log'; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** One protocol line -> an event; anything unexpected comes back as `log` with the raw text. */
export function parseHelperLine(line: string): HelperEvent {
  const text = line.trim();
  const asLog: HelperEvent = { event: 'log', message: line };
  if (!text.startsWith('{')) return asLog;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return asLog;
  }
  if (!isRecord(value)) return asLog;
  switch (value['event']) {
    case 'progress':
    case 'fatal':
      return typeof value['message'] === 'string' ? { event: value['event'], message: value['message'] } : asLog;
    case 'done':
      return {
        event: 'done',
        ...(typeof value['duration_ms'] === 'number' ? { duration_ms: value['duration_ms'] } : {}),
      };
    case 'info':
      if (typeof value['tool'] !== 'string' || typeof value['version'] !== 'string' || !isStringArray(value['heads']))
        return asLog;
      return { ...(value as unknown as InfoEvent), revisions: Number(value['revisions'] ?? 0) };
    case 'check': {
      const name = value['name'];
      const status = value['status'];
      if (!CHECK_NAMES.includes(name as CheckName)) return asLog;
      if (status !== 'passed' && status !== 'failed' && status !== 'skipped') return asLog;
      if (value['heads'] !== undefined && !isStringArray(value['heads'])) return asLog;
      if (value['changes'] !== undefined && !isStringArray(value['changes'])) return asLog;
      if (
        value['differences'] !== undefined &&
        !(Array.isArray(value['differences']) && value['differences'].every(isDifference))
      )
        return asLog;
      if (Array.isArray(value['revisions']) && !value['revisions'].every(isAddedRevision)) return asLog;
      return value as unknown as CheckEvent;
    }
    default:
      return asLog;
  }
}

function isDifference(value: unknown): value is Difference {
  return (
    isRecord(value) &&
    typeof value['kind'] === 'string' &&
    typeof value['target'] === 'string' &&
    typeof value['words'] === 'string'
  );
}

function isAddedRevision(value: unknown): value is AddedRevision {
  return (
    isRecord(value) &&
    typeof value['revision'] === 'string' &&
    typeof value['sql'] === 'string' &&
    typeof value['path'] === 'string' &&
    Array.isArray(value['operations']) &&
    value['operations'].every((op) => isRecord(op) && typeof op['kind'] === 'string')
  );
}

/** What one helper run produced, collected from its events. */
export interface HelperTranscript {
  info?: InfoEvent;
  checks: CheckEvent[];
  fatal?: string;
  done: boolean;
}

export function collectEvents(events: Iterable<HelperEvent>): HelperTranscript {
  const transcript: HelperTranscript = { checks: [], done: false };
  for (const event of events) {
    if (event.event === 'info') transcript.info = event;
    else if (event.event === 'check') transcript.checks.push(event);
    else if (event.event === 'fatal') transcript.fatal = event.message;
    else if (event.event === 'done') transcript.done = true;
  }
  return transcript;
}
