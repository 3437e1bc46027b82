import { warningsFromOperations, type Warning } from './destructive.js';
import type { AddedRevision, CheckEvent, CheckName, CheckStatus, HelperTranscript } from './protocol.js';

/**
 * Turns what the helper reported into verdicts, in words: one line per check for the log and the
 * summary, the details under it, and the one sentence a failed step ends with. Pure.
 */

export interface CheckResult {
  name: CheckName;
  status: CheckStatus;
  /** One line: what was found. */
  headline: string;
  /** Further lines: each difference, each head, where it broke. */
  details: string[];
  /** What to do about a failure, e.g. the command that merges two heads. */
  advice?: string;
}

export interface AddedMigration {
  revision: string;
  message: string;
  path: string;
  sql: string;
  sqlSource: 'offline' | 'executed';
  note?: string;
  error?: string;
  warnings: Warning[];
}

export interface Outcome {
  tool: 'alembic' | 'django';
  version: string;
  checks: CheckResult[];
  passed: boolean;
  failedChecks: CheckName[];
  heads: string[];
  /** Drift, in words (Alembic differences or the operations Django would write). */
  differences: string[];
  revisions: number;
  /** Undefined when the summary did not run. */
  added: AddedMigration[] | undefined;
  baseRef: string | undefined;
  /** The failure sentence, when a check failed. */
  failure: string | undefined;
}

export interface OutcomeRequest {
  tool: 'alembic' | 'django';
  checks: readonly CheckName[];
  transcript: HelperTranscript & { processError?: string };
  /** Why the summary cannot run (no base ref, shallow clone); undefined when it ran or was not asked for. */
  summarySkipped?: string;
  baseRef?: string;
  failOnDestructive: boolean;
}

export function decideOutcome(request: OutcomeRequest): Outcome {
  const { transcript, tool } = request;
  const info = transcript.info;
  const stopped = transcript.fatal ?? transcript.processError;
  const checks: CheckResult[] = request.checks.map((name) => {
    if (name === 'summary' && request.summarySkipped) {
      return { name, status: 'skipped', headline: `not written: ${request.summarySkipped}`, details: [] };
    }
    const event = transcript.checks.find((check) => check.name === name);
    if (!event)
      return {
        name,
        status: 'failed',
        headline: stopped ? `not run: ${stopped}` : 'not reported by the helper',
        details: [],
      };
    return describeCheck(tool, event, request);
  });
  const failedChecks = checks.filter((check) => check.status === 'failed').map((check) => check.name);
  const heads = transcript.checks.find((c) => c.name === 'heads')?.heads ?? info?.heads ?? [];
  const driftEvent = transcript.checks.find((c) => c.name === 'drift');
  const summaryEvent = transcript.checks.find((c) => c.name === 'summary');
  const added =
    request.summarySkipped || !summaryEvent || !Array.isArray(summaryEvent.revisions)
      ? undefined
      : summaryEvent.revisions.map(toAdded);
  const failure = stopped
    ? `migration-drift could not run the ${tool} checks: ${stopped}`
    : failedChecks.length
      ? failureSentence(
          checks.filter((c) => c.status === 'failed'),
          checks.length,
        )
      : undefined;
  return {
    tool,
    version: info?.version ?? '',
    checks,
    passed: failure === undefined,
    failedChecks,
    heads,
    differences: driftEvent ? driftWords(driftEvent) : [],
    revisions: info?.revisions ?? 0,
    added,
    baseRef: request.baseRef,
    failure,
  };
}

function describeCheck(tool: 'alembic' | 'django', event: CheckEvent, request: OutcomeRequest): CheckResult {
  const { name, status } = event;
  const base = { name, status };
  if (status === 'skipped') return { ...base, headline: event.message ?? 'skipped', details: [] };
  switch (name) {
    case 'heads': {
      const heads = event.heads ?? [];
      if (status === 'passed') return { ...base, headline: `one head: ${heads.join(', ')}`, details: [] };
      return {
        ...base,
        headline: event.message ?? `${heads.length} heads`,
        details: [],
        ...(heads.length > 1 ? { advice: mergeAdvice(tool, heads) } : {}),
      };
    }
    case 'upgrade':
      if (status === 'passed') {
        const count = typeof event.revisions === 'number' ? ` (${event.revisions} revisions)` : '';
        return {
          ...base,
          headline: tool === 'alembic' ? `empty database → head${count}` : 'migrate on a fresh database',
          details: [],
        };
      }
      return { ...base, headline: event.message ?? 'failed', details: [] };
    case 'drift': {
      const words = driftWords(event);
      if (status === 'passed')
        return {
          ...base,
          headline: `the models match the migrations (${event.method ?? 'autogenerate'})`,
          details: [],
        };
      if (words.length === 0) return { ...base, headline: event.message ?? 'failed', details: [] };
      const fix = tool === 'alembic' ? 'alembic revision --autogenerate -m "..."' : 'python manage.py makemigrations';
      return {
        ...base,
        headline: `${words.length} difference${words.length === 1 ? '' : 's'} between the models and the migrations`,
        details: words,
        advice: `Generate the missing migration with ${fix} and review it.`,
      };
    }
    case 'reversible': {
      if (status === 'passed') {
        if (tool === 'django') return { ...base, headline: 'migrate <app> zero, then forward again', details: [] };
        const stairway =
          typeof event.stairway === 'number' && event.stairway > 0
            ? `, stairway over ${event.stairway} revisions (up, down, up)`
            : '';
        return {
          ...base,
          headline: `downgrade to base, upgrade to head${stairway}`,
          details: event.note ? [event.note] : [],
        };
      }
      const advice = event.revision
        ? tool === 'django'
          ? `Check the migrations of ${event.revision}: RunPython and RunSQL need a reverse_code / reverse_sql.`
          : `Check the downgrade() of ${event.revision} ` +
            '(and of the revision above it): it must undo exactly what upgrade() does.'
        : undefined;
      return { ...base, headline: event.message ?? 'failed', details: [], ...(advice ? { advice } : {}) };
    }
    case 'summary': {
      if (status !== 'passed') return { ...base, headline: event.message ?? 'failed', details: [] };
      const added = Array.isArray(event.revisions) ? event.revisions.map(toAdded) : [];
      const warnings = added.reduce((sum, migration) => sum + migration.warnings.length, 0);
      const since = request.baseRef ? ` since ${request.baseRef}` : '';
      const headline =
        `${added.length} migration${added.length === 1 ? '' : 's'} ` +
        `added${since}${warnings ? `, ${warnings} destructive change${warnings === 1 ? '' : 's'}` : ''}`;
      if (warnings && request.failOnDestructive) {
        return {
          name,
          status: 'failed',
          headline,
          details: added.flatMap((m) => m.warnings.map((w) => `${m.revision}: ${w.text}`)),
          advice:
            'fail-on-destructive is true: split the change into safe ' +
            'steps (expand, migrate, contract) or set it to false.',
        };
      }
      return { ...base, headline, details: [] };
    }
  }
}

export function mergeAdvice(tool: 'alembic' | 'django', heads: readonly string[]): string {
  if (tool === 'django') {
    const apps = [...new Set(heads.map((head) => head.split('.')[0]))];
    return `Merge them: python manage.py makemigrations --merge ${apps.join(' ')}`;
  }
  return `Merge them: alembic merge -m "merge heads" ${heads.join(' ')}`;
}

function driftWords(event: CheckEvent): string[] {
  if (event.changes) return event.changes;
  return (event.differences ?? []).map((difference) => `${difference.target}: ${difference.words}`);
}

function toAdded(revision: AddedRevision): AddedMigration {
  return {
    revision: revision.revision,
    message: revision.message,
    path: revision.path,
    sql: revision.sql,
    sqlSource: revision.sql_source ?? 'offline',
    ...(revision.note ? { note: revision.note } : {}),
    ...(revision.error ? { error: revision.error } : {}),
    warnings: warningsFromOperations(revision.operations),
  };
}

/** `2 of 5 migration checks failed: drift (3 differences ...: a; b; c), reversible (...).` */
export function failureSentence(failed: readonly CheckResult[], total: number): string {
  const parts = failed.map((check) => {
    const shown = check.name === 'drift' ? check.details : check.name === 'heads' && check.advice ? [check.advice] : [];
    const listed = shown.slice(0, 3).join('; ') + (shown.length > 3 ? `; and ${shown.length - 3} more` : '');
    return `${check.name} (${check.headline.replace(/\.$/, '')}${listed ? `: ${listed}` : ''})`;
  });
  return `${failed.length} of ${total} migration checks failed: ${parts.join(', ')}.`;
}
