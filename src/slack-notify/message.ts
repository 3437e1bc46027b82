import type { RunContext } from '../lib/context.js';
import { formatDuration } from '../lib/summary.js';
import { escapeMrkdwn, mrkdwnLink, truncate } from './mrkdwn.js';

/** The statuses a message can report; `job.status` gives the first three. */
export const STATUSES = ['success', 'failure', 'cancelled', 'started', 'skipped'] as const;
export type SlackStatus = (typeof STATUSES)[number];

/** What the message says about the run: plain data, picked from the RunContext once. */
export type RunFacts = Pick<
  RunContext,
  | 'serverUrl'
  | 'repository'
  | 'sha'
  | 'shortSha'
  | 'refName'
  | 'actor'
  | 'runUrl'
  | 'workflow'
  | 'job'
  | 'commitSubject'
>;

export interface MessageSpec {
  status: SlackStatus;
  /** Replaces the default headline ("Deploy succeeded", …). */
  title?: string;
  /** Extra text, shown as written (escaped). */
  text?: string;
  /** Extra fields, in order, after the run's own. */
  fields: Array<[string, string]>;
  environment?: string;
  /** The deployed app's URL (validated http/https). */
  url?: string;
  /** Mentions in Slack's syntax (`<!here>`, `<@U…>`, `<!subteam^S…>`), used only on failure. */
  mentions: string[];
  durationMs?: number;
  run: RunFacts;
}

interface StatusLook {
  color: string;
  emoji: string;
  headline: string;
}

/** Slack's own palette for the colour bar; the emoji tells the status to those who cannot see colour. */
const LOOKS: Record<SlackStatus, StatusLook> = {
  success: { color: '#2EB67D', emoji: ':white_check_mark:', headline: 'Deploy succeeded' },
  failure: { color: '#E01E5A', emoji: ':x:', headline: 'Deploy failed' },
  cancelled: { color: '#868686', emoji: ':no_entry_sign:', headline: 'Deploy cancelled' },
  started: { color: '#1D9BD1', emoji: ':rocket:', headline: 'Deploy started' },
  skipped: { color: '#ECB22E', emoji: ':fast_forward:', headline: 'Deploy skipped' },
};

export function statusLook(status: SlackStatus): StatusLook {
  return LOOKS[status];
}

// Block Kit limits: a section's text ≤ 3000 characters, ≤ 10 fields of ≤ 2000 characters each.
const SECTION_TEXT_MAX = 3000;
const FIELD_TEXT_MAX = 2000;
const FIELDS_PER_SECTION = 10;

/**
 * The message for a run: a headline as the top-level `text` (which is also what notifications and
 * screen readers show), and an attachment whose colour bar shows the status and whose blocks hold
 * the text, the fields and a link to the run. Every piece of user or repository text is escaped.
 */
export function buildMessage(spec: MessageSpec): Record<string, unknown> {
  const look = LOOKS[spec.status];
  const blocks: Array<Record<string, unknown>> = [];
  if (spec.text) blocks.push(section(truncate(escapeMrkdwn(spec.text), SECTION_TEXT_MAX)));
  const fields = messageFields(spec);
  for (let i = 0; i < fields.length; i += FIELDS_PER_SECTION) {
    blocks.push({
      type: 'section',
      fields: fields.slice(i, i + FIELDS_PER_SECTION).map((text) => ({ type: 'mrkdwn', text })),
    });
  }
  const context = runContextLine(spec.run);
  if (context) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context }] });
  const headline = headlineText(spec);
  return {
    text: headline,
    attachments: [{ color: look.color, fallback: headline, blocks }],
  };
}

/** `:x: *Deploy failed*: acme/shop to production` (with the mentions in front on failure). */
export function headlineText(spec: MessageSpec): string {
  const look = LOOKS[spec.status];
  const where = [spec.run.repository, spec.environment ? `to ${spec.environment}` : ''].filter(Boolean).join(' ');
  const mentions = spec.status === 'failure' && spec.mentions.length ? `${spec.mentions.join(' ')} ` : '';
  const title = truncate(spec.title ?? look.headline, 150);
  return `${mentions}${look.emoji} *${escapeMrkdwn(title)}*${where ? `: ${escapeMrkdwn(where)}` : ''}`;
}

/** The fields, as `*Name*\nvalue` mrkdwn; empty ones are left out. */
export function messageFields(spec: MessageSpec): string[] {
  const { run } = spec;
  const repoUrl = run.serverUrl && run.repository ? `${run.serverUrl}/${run.repository}` : '';
  const commit = run.sha
    ? [
        repoUrl ? mrkdwnLink(`${repoUrl}/commit/${run.sha}`, run.shortSha) : `\`${run.shortSha}\``,
        run.commitSubject ? escapeMrkdwn(truncate(run.commitSubject, 150)) : '',
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  const fields: Array<[string, string]> = [
    [
      'Repository',
      run.repository ? (repoUrl ? mrkdwnLink(repoUrl, run.repository) : escapeMrkdwn(run.repository)) : '',
    ],
    ['Ref', run.refName ? escapeMrkdwn(run.refName) : ''],
    ['Commit', commit],
    ['Actor', run.actor ? escapeMrkdwn(run.actor) : ''],
    ['Environment', spec.environment ? escapeMrkdwn(spec.environment) : ''],
    ['URL', spec.url ? mrkdwnLink(spec.url, spec.url) : ''],
    ['Duration', spec.durationMs !== undefined ? formatDuration(spec.durationMs) : ''],
    ...spec.fields.map(([name, value]): [string, string] => [escapeMrkdwn(name), escapeMrkdwn(value)]),
  ];
  return fields
    .filter(([, value]) => value !== '')
    .map(([name, value]) => truncate(`*${truncate(name, 100)}*\n${value}`, FIELD_TEXT_MAX));
}

function runContextLine(run: RunFacts): string {
  const where = [run.workflow, run.job].filter(Boolean).map(escapeMrkdwn).join(' / ');
  return [run.runUrl ? mrkdwnLink(run.runUrl, 'View run') : '', where].filter(Boolean).join(' · ');
}

function section(text: string): Record<string, unknown> {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}
