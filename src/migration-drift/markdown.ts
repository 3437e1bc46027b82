import { relative } from 'node:path';
import { ICON, mdCode, mdDetails, mdTable, mdText } from '../lib/summary.js';
import type { Outcome } from './outcome.js';
import { parseDatabaseUrl } from './config.js';

/** The job summary and the PR comment (the same markdown), built from an outcome. Pure. */

const STATUS_ICON = { passed: ICON.pass, failed: ICON.fail, skipped: ICON.skip } as const;
const TOOL_NAME = { alembic: 'Alembic', django: 'Django' } as const;
/** A PR comment holds 65,536 characters; leave room for the marker and the table. */
const MAX_SQL_CHARS = 6000;
const MAX_BODY_CHARS = 60_000;

export interface MarkdownContext {
  /** Paths are shown relative to this (the workspace). */
  root: string;
  /** e.g. "SQLite (throw-away file)" or "postgresql on 127.0.0.1:5432" — never the URL. */
  database: string;
}

export function outcomeMarkdown(outcome: Outcome, context: MarkdownContext): string {
  const failed = outcome.checks.filter((c) => c.status === 'failed').length;
  const title = outcome.passed
    ? `${ICON.pass} Migration checks passed`
    : failed
      ? `${ICON.fail} ${failed} of ${outcome.checks.length} migration checks failed`
      : `${ICON.fail} Migration checks could not run`;
  const facts = [
    `${TOOL_NAME[outcome.tool]} ${mdText(outcome.version)}`.trim(),
    `${outcome.revisions} ${outcome.tool === 'django' ? 'migrations' : 'revisions'}`,
    outcome.heads.length === 1
      ? `head \`${mdText(outcome.heads[0]!)}\``
      : outcome.heads.length
        ? `${outcome.heads.length} heads`
        : '',
    mdText(context.database),
  ].filter(Boolean);
  const lines = [`### ${title}`, '', facts.join(' · '), ''];
  lines.push(
    mdTable(
      ['', 'Check', 'Result'],
      outcome.checks.map((check) => [STATUS_ICON[check.status], check.name, mdText(check.headline)]),
    ),
  );
  for (const check of outcome.checks) {
    if (check.details.length === 0 && !check.advice) continue;
    lines.push('', `**${check.name}**`, '', ...check.details.map((detail) => `- ${mdText(detail)}`));
    if (check.advice) lines.push('', `_${mdText(check.advice)}_`);
  }
  if (outcome.failure && failed === 0) lines.push('', mdText(outcome.failure));
  if (outcome.added) lines.push('', ...addedSection(outcome, context));
  const body = lines.join('\n');
  return body.length > MAX_BODY_CHARS
    ? `${body.slice(0, MAX_BODY_CHARS)}\n\n… (cut: the full report is in the job log)`
    : body;
}

function addedSection(outcome: Outcome, context: MarkdownContext): string[] {
  const added = outcome.added ?? [];
  const since = outcome.baseRef ? ` since \`${mdText(outcome.baseRef)}\`` : '';
  const lines = [`#### Migrations added${since}: ${added.length}`];
  if (added.length === 0) return [...lines, '', 'No migration files were added.'];
  for (const migration of added) {
    const path = relative(context.root, migration.path) || migration.path;
    lines.push(
      '',
      `**\`${mdText(migration.revision)}\`** ${mdText(migration.message || '(no message)')} — \`${mdText(path)}\``,
    );
    if (migration.warnings.length) {
      lines.push('', `${ICON.warn} Destructive:`, ...migration.warnings.map((w) => `- ${mdText(w.text)}`));
    }
    if (migration.error) lines.push('', `${ICON.warn} The SQL could not be rendered: ${mdText(migration.error)}`);
    if (migration.note) lines.push('', `${ICON.info} ${mdText(migration.note)}`);
    const sql =
      migration.sql.length > MAX_SQL_CHARS
        ? `${migration.sql.slice(0, MAX_SQL_CHARS)}\n-- … cut (${migration.sql.length} characters)`
        : migration.sql;
    if (sql.trim()) {
      const label =
        migration.sqlSource === 'executed'
          ? 'SQL (as executed on the check database)'
          : outcome.tool === 'django'
            ? 'SQL (sqlmigrate)'
            : 'SQL (offline, upgrade --sql)';
      lines.push('', mdDetails(label, mdCode(sql.trim(), 'sql')));
    }
  }
  return lines;
}

/** Where the checks ran, without the URL (which may hold a password). */
export function describeDatabase(url: string | undefined): string {
  if (!url) return 'SQLite (throw-away file)';
  const parts = parseDatabaseUrl(url);
  if (!parts) return 'database';
  if (parts.dialect === 'sqlite') return 'SQLite';
  return parts.host ? `${parts.dialect} on ${parts.host}` : parts.dialect;
}
