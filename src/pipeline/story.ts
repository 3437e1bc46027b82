import type { DeployResult } from '../deploy/deploy.js';
import { deploySummary } from '../deploy/summary.js';
import type { CheckConfig } from '../health-check/check.js';
import type { CheckOutcome } from '../health-check/check-and-roll-back.js';
import { healthReport } from '../health-check/report.js';
import { checkTimeline, summaryMarkdown } from '../health-check/summary.js';
import { ganttChart, type GanttTask } from '../lib/mermaid.js';
import type { Verdict } from '../health-check/verdict.js';
import type { MessageSpec, SlackStatus } from '../slack-notify/message.js';
import { describeOutcome, type SlackOutcome } from '../slack-notify/request.js';
import { summaryLine } from '../slack-notify/summary.js';
import { formatDuration, ICON, mdTable, mdText } from '../lib/summary.js';

/**
 * What the pipeline did, told once and reused everywhere: the step's failure message, the Slack
 * message, the job summary, the outputs and the report. Pure functions over plain data.
 */

export type PipelineStatus = 'deployed' | 'rolled-back' | 'unhealthy' | 'failed' | 'skipped';

export interface Story {
  deploy: DeployResult;
  /** The health check (and rollback) after a deploy, when health-url was given. */
  checked?: { config: CheckConfig; outcome: CheckOutcome; verdict: Verdict };
}

export interface Notification {
  /** The "deploying…" message (bot token only). */
  start?: SlackOutcome;
  /** The message at the end: sent, updated in place, skipped or failed. */
  final: SlackOutcome;
}

export function pipelineStatus(story: Story): PipelineStatus {
  const { deploy, checked } = story;
  if (deploy.skipped) return 'skipped';
  if (!deploy.deployed) return 'failed';
  if (!checked || checked.outcome.health.healthy) return 'deployed';
  return checked.outcome.rollback?.rolledBack ? 'rolled-back' : 'unhealthy';
}

/** `Deployed v3 with command to production in 1.2 s (previous: v2).` */
export function deployStory(deploy: DeployResult): string {
  if (deploy.skipped) return deploy.notice ?? `Deploy skipped: ${deploy.reason}.`;
  const where = deploy.environment ? ` to ${deploy.environment}` : '';
  if (!deploy.deployed) return `The deploy with ${deploy.provider}${where} failed: ${deploy.error ?? deploy.reason}`;
  const id = deploy.deploymentId ? ` ${deploy.deploymentId}` : '';
  const previous = deploy.previousDeploymentId ? ` (previous: ${deploy.previousDeploymentId})` : '';
  return `Deployed${id} with ${deploy.provider}${where} in ${formatDuration(deploy.durationMs)}${previous}.`;
}

/** The whole story in a few sentences: the deploy, then the health check and rollback verdict. */
export function storyText(story: Story): string {
  const parts = [deployStory(story.deploy)];
  if (story.checked) parts.push(story.checked.verdict.message);
  else if (story.deploy.deployed) parts.push('No health check (health-url is empty).');
  return parts.join(' ');
}

/** The step's failure message, or undefined when the step passes. */
export function failureMessage(story: Story): string | undefined {
  if (!story.deploy.skipped && !story.deploy.deployed) return deployStory(story.deploy);
  if (story.checked?.verdict.failed) return storyText(story);
  return undefined;
}

const SLACK_STATUS: Record<PipelineStatus, SlackStatus> = {
  deployed: 'success',
  'rolled-back': 'failure',
  unhealthy: 'failure',
  failed: 'failure',
  skipped: 'skipped',
};

const SLACK_TITLE: Partial<Record<PipelineStatus, string>> = {
  'rolled-back': 'Deploy rolled back (unhealthy release)',
  unhealthy: 'Deploy unhealthy',
};

/** The "deploying…" message: the configured one, as started. */
export function startMessage(base: MessageSpec, provider: string): MessageSpec {
  return { ...base, status: 'started', title: 'Deploying…', text: joinText(base.text, `Deploying with ${provider}…`) };
}

/** The final message: the configured one (text, fields, mentions) with the story added. */
export function finalMessage(base: MessageSpec, story: Story, durationMs: number): MessageSpec {
  const status = pipelineStatus(story);
  const { deploy, checked } = story;
  const fields: Array<[string, string]> = [...base.fields];
  if (deploy.deploymentId) fields.push(['Deployment', deploy.deploymentId]);
  if (checked) fields.push(['Health', healthWord(checked.outcome)]);
  if (checked?.outcome.rollback?.attempted) fields.push(['Rollback', rollbackWord(checked.outcome)]);
  const title = SLACK_TITLE[status];
  return {
    ...base,
    status: SLACK_STATUS[status],
    ...(title ? { title } : {}),
    text: joinText(base.text, storyText(story)),
    fields,
    ...(/^https?:\/\//i.test(deploy.url) ? { url: deploy.url } : {}),
    durationMs,
  };
}

function joinText(mine: string | undefined, story: string): string {
  return mine ? `${mine}\n${story}` : story;
}

function healthWord(outcome: CheckOutcome): string {
  const code = outcome.health.statusCode === undefined ? '' : ` (HTTP ${outcome.health.statusCode})`;
  return outcome.health.healthy ? 'healthy' : `unhealthy${code}`;
}

function rollbackWord(outcome: CheckOutcome): string {
  const rollback = outcome.rollback!;
  const to = rollback.description;
  if (!rollback.rolledBack) return `failed: ${to}`;
  if (!rollback.verification) return `done, not verified: ${to}`;
  return `${rollback.healthyAfter ? 'healthy again' : 'still unhealthy'}: ${to}`;
}

const TITLES: Record<PipelineStatus, string> = {
  deployed: `${ICON.pass} Deployed`,
  'rolled-back': `${ICON.fail} Rolled back (unhealthy release)`,
  unhealthy: `${ICON.fail} Deployed, but unhealthy`,
  failed: `${ICON.fail} Deploy failed`,
  skipped: `${ICON.skip} Deploy skipped`,
};

/** The job summary: the story and a table of the steps, then each action's own section. */
export function pipelineSummary(story: Story, notification: Notification, where: string): string {
  const status = pipelineStatus(story);
  const { deploy, checked } = story;
  const rows: [string, string][] = [['Deploy', deployCell(deploy)]];
  if (checked) {
    const { outcome } = checked;
    rows.push(['Health check', `${outcome.health.healthy ? ICON.pass : ICON.fail} ${healthWord(outcome)}`]);
    const rollback = outcome.rollback;
    if (rollback)
      rows.push([
        'Rollback',
        rollback.attempted
          ? `${rollback.healthyAfter ? ICON.pass : ICON.fail} ${mdText(rollbackWord(outcome))}`
          : '— none configured',
      ]);
  } else if (deploy.deployed) {
    rows.push(['Health check', '— not configured (health-url is empty)']);
  }
  rows.push(['Slack', slackCell(notification)]);
  const parts = [
    `## ${TITLES[status]}${where ? `: ${mdText(where)}` : ''}`,
    '',
    mdText(storyText(story)),
    '',
    mdTable(['Step', 'Result'], rows),
    '',
    ...timeline(story),
    demote(deploySummary(deploy)),
  ];
  if (checked)
    parts.push(
      demote(
        summaryMarkdown(checked.outcome.health, checked.outcome.rollback, checked.verdict, checked.config, {
          timeline: false,
        }),
      ),
    );
  parts.push('### Slack', '', slackLines(notification), '');
  return parts.join('\n');
}

/** The timeline: the deploy, then the health check, rollback and re-check (nothing for a skipped deploy). */
function timeline({ deploy, checked }: Story): string[] {
  if (deploy.skipped) return [];
  const deployed: GanttTask = {
    label:
      `Deploy ${deploy.deploymentId ? `${deploy.deploymentId} ` : ''}with ${deploy.provider} ` +
      `${deploy.deployed ? 'done' : 'failed'} in ${formatDuration(deploy.durationMs)}`,
    startMs: 0,
    endMs: deploy.durationMs,
    state: deploy.deployed ? 'done' : 'crit',
  };
  const after = checked
    ? checkTimeline(checked.outcome.health, checked.outcome.rollback, deploy.durationMs).sections
    : [];
  return [ganttChart({ title: 'What happened', sections: [{ name: 'Deploy', tasks: [deployed] }, ...after] }), ''];
}

function deployCell(deploy: DeployResult): string {
  if (deploy.skipped) return `${ICON.skip} skipped: ${mdText(deploy.reason)}`;
  if (!deploy.deployed) return `${ICON.fail} failed with ${mdText(deploy.provider)}`;
  const id = deploy.deploymentId ? ` \`${mdText(deploy.deploymentId).replace(/`/g, "'")}\`` : '';
  return `${ICON.pass} deployed${id} with ${mdText(deploy.provider)} in ${formatDuration(deploy.durationMs)}`;
}

function slackCell({ start, final }: Notification): string {
  if (final.skipped) return `${ICON.skip} skipped (no slack-webhook-url or slack-bot-token)`;
  if (!final.sent) return `${ICON.warn} not sent: ${mdText(final.error ?? 'unknown error')}`;
  const how =
    final.via === 'chat.update'
      ? 'updated in place'
      : start?.sent === false
        ? 'sent (the start message was not)'
        : 'sent';
  return `${ICON.pass} ${how}${final.channel ? ` in ${mdText(final.channel)}` : ''}`;
}

function slackLines({ start, final }: Notification): string {
  const lines: string[] = [];
  if (start)
    lines.push(
      start.sent
        ? `${ICON.pass} "Deploying…" posted${start.ts ? ` (ts ${mdText(start.ts)})` : ''}.`
        : summaryLine(start, `The "deploying…" message: ${describeOutcome(start)}`),
    );
  lines.push(summaryLine(final, describeOutcome(final)));
  return lines.join('\n\n');
}

/** Each action's summary starts at `##`; under the pipeline's heading it goes one level down. */
function demote(markdown: string): string {
  return markdown.replace(/^(#{2,5}) /gm, '#$1 ');
}

/** The `report` output: the whole story as JSON. */
export function pipelineReport(story: Story, notification: Notification, durationMs: number): Record<string, unknown> {
  const { deploy, checked } = story;
  const rollback = checked?.outcome.rollback;
  return {
    status: pipelineStatus(story),
    durationMs,
    deploy: {
      provider: deploy.provider,
      environment: deploy.environment ?? null,
      deployed: deploy.deployed,
      skipped: deploy.skipped,
      reason: deploy.reason,
      deploymentId: deploy.deploymentId,
      previousDeploymentId: deploy.previousDeploymentId,
      url: deploy.url,
      status: deploy.status,
      durationMs: deploy.durationMs,
    },
    health: checked ? healthReport(checked.outcome.health, checked.config) : null,
    rollback: rollback?.attempted
      ? {
          provider: rollback.provider,
          description: rollback.description,
          ok: rollback.outcome?.ok ?? false,
          detail: rollback.outcome?.detail ?? '',
          healthyAfter: rollback.verification ? rollback.healthyAfter : null,
          health: rollback.verification ? healthReport(rollback.verification, checked!.config) : null,
        }
      : null,
    notification: {
      sent: notification.final.sent,
      skipped: notification.final.skipped,
      via: notification.final.via ?? null,
      ts: notification.final.ts ?? null,
      channel: notification.final.channel ?? null,
      error: notification.final.error ?? null,
    },
  };
}
