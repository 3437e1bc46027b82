import { type ActionContext, defineAction, group, writeSummary } from '../lib/action.js';
import { messageOf } from '../lib/errors.js';
import { deploy } from '../deploy/deploy.js';
import { DEPLOY_OUTCOME } from '../deploy/outputs.js';
import { deployDeps } from '../deploy/deps.js';
import { checkAndRollBack } from '../health-check/check-and-roll-back.js';
import { unhealthyStory } from '../health-check/report.js';
import { finalVerdict } from '../health-check/verdict.js';
import { recordCheckOutcome } from '../lib/deployment-status.js';
import type { SlackConfig } from '../slack-notify/config.js';
import { logSlackNotes, sendLogged } from '../slack-notify/send-logged.js';
import { describeOutcome, type SlackOutcome } from '../slack-notify/request.js';
import { readConfig, type PipelineConfig } from './config.js';
import {
  failureMessage,
  finalMessage,
  type Notification,
  pipelineReport,
  pipelineStatus,
  pipelineSummary,
  startMessage,
  type Story,
} from './story.js';

const OUTPUTS = {
  ...DEPLOY_OUTCOME,
  healthy: '' as string,
  'rolled-back': false,
  'rollback-healthy': false,
  notified: false,
  'slack-ts': '',
  status: 'failed' as string,
  'duration-ms': 0,
  report: '{}',
};
type Outputs = typeof OUTPUTS;

/** The action, as index.ts, @github/local-action and tests run it. */
export const run = defineAction({ outputs: OUTPUTS, main });

/** Gated deploy -> health check -> rollback when unhealthy -> Slack, each step the sub-action's own code. */
export async function main(context: ActionContext, outputs: Outputs): Promise<void> {
  const { core, effects } = context;
  const started = effects.clock.now();
  let config: PipelineConfig;
  try {
    config = await readConfig(context.inputs, context);
  } catch (error) {
    outputs.reason = messageOf(error);
    throw error;
  }
  if (config.rollbackChoice) core.info(`${config.rollbackChoice}.`);
  const slack = config.slack;
  if (slack.destination.kind === 'skip')
    core.info('Slack: no slack-webhook-url or slack-bot-token on this run, so no message.');
  else logSlackNotes(slack, core);

  // With a bot token the team sees "deploying…" at once, and the same message becomes the verdict.
  const start =
    !config.deploy.skip && slack.destination.kind === 'web-api'
      ? await group(core, 'Slack: deploying…', () =>
          sendLogged({ ...slack, message: startMessage(slack.message, config.deploy.provider) }, context),
        )
      : undefined;
  if (start && !start.sent)
    core.warning(
      `The "deploying…" Slack message was not sent: ${describeOutcome(start)} The verdict is posted as a new message.`,
    );

  const story = await deployAndCheck(config, context);
  const status = pipelineStatus(story);
  const final = await group(core, 'Slack', () =>
    sendLogged(finalSlack(slack, story, start, effects.clock.now() - started), context),
  );
  const notification: Notification = { ...(start ? { start } : {}), final };
  const durationMs = effects.clock.now() - started;

  const { deploy: result, checked } = story;
  Object.assign(outputs, {
    deployed: result.deployed,
    skipped: result.skipped,
    reason: result.reason || (status === 'deployed' ? '' : (checked?.verdict.message ?? '')),
    'deployment-id': result.deploymentId,
    'previous-deployment-id': result.previousDeploymentId,
    url: result.url,
    healthy: checked ? String(checked.outcome.health.healthy) : '',
    'rolled-back': checked?.outcome.rollback?.rolledBack ?? false,
    'rollback-healthy': checked?.outcome.rollback?.healthyAfter ?? false,
    notified: final.sent,
    'slack-ts': final.ts ?? start?.ts ?? '',
    status,
    'duration-ms': durationMs,
    report: context.secrets.redact(JSON.stringify(pipelineReport(story, notification, durationMs))),
  });
  const where = [context.run.repository, result.environment ? `to ${result.environment}` : '']
    .filter(Boolean)
    .join(' ');
  await writeSummary(context, pipelineSummary(story, notification, where));

  if (result.notice) core.notice(result.notice);
  const failure = failureMessage(story);
  const slackFailure =
    final.sent || final.skipped ? undefined : `The Slack message was not sent: ${describeOutcome(final)}`;
  if (slackFailure && slack.failOnError && !failure) throw new Error(slackFailure);
  if (slackFailure)
    core.warning(`${slackFailure}${slack.failOnError ? '' : ' The step goes on (slack-fail-on-error: false).'}`);
  if (failure) throw new Error(failure);
  if (checked?.verdict.level === 'warning') core.warning(checked.verdict.message);
  core.info(`Pipeline: ${status}. ${final.sent ? 'Slack was told.' : ''}`.trim());
}

/** The deploy, then (when it deployed and health-url is set) the health check and the rollback. */
async function deployAndCheck(config: PipelineConfig, context: ActionContext): Promise<Story> {
  const result = await group(context.core, `Deploy (${config.deploy.provider})`, () =>
    deploy(config.deploy, deployDeps(context)),
  );
  if (!result.deployed || !config.check) return { deploy: result };
  const rollback = { ...config.rollback, to: config.rollback.to ?? (result.previousDeploymentId || undefined) };
  const outcome = await checkAndRollBack(config.check, rollback, context);
  const record =
    config.deploy.github && result.githubDeploymentId
      ? { token: config.deploy.github.token, deploymentId: Number(result.githubDeploymentId) }
      : undefined;
  await recordCheckOutcome(
    record,
    outcome,
    outcome.health.healthy ? '' : unhealthyStory(outcome.health, config.check),
    context,
  );
  const verdict = finalVerdict(outcome.health, outcome.rollback, config.check, config.failOnUnhealthy);
  return { deploy: result, checked: { config: config.check, outcome, verdict } };
}

/** The verdict message: an update of the "deploying…" message when it was posted, else a new one. */
function finalSlack(
  slack: SlackConfig,
  story: Story,
  start: SlackOutcome | undefined,
  durationMs: number,
): SlackConfig {
  const message = finalMessage(slack.message, story, durationMs);
  const { destination } = slack;
  if (destination.kind === 'web-api' && start?.sent && start.ts) {
    return {
      ...slack,
      message,
      destination: { ...destination, updateTs: start.ts, channel: start.channel ?? destination.channel },
    };
  }
  return { ...slack, message };
}
