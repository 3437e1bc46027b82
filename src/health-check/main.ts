import { type ActionContext, defineAction, writeSummary } from '../lib/action.js';
import { checkAndRollBack } from './check-and-roll-back.js';
import { recordCheckOutcome } from '../lib/deployment-status.js';
import { unhealthyStory } from './report.js';
import { readConfig } from './config.js';
import { summaryMarkdown } from './summary.js';
import { finalVerdict } from './verdict.js';

const OUTPUTS = {
  healthy: false,
  attempts: 0,
  'elapsed-ms': 0,
  'status-code': '',
  'rolled-back': false,
  'rollback-healthy': false,
  report: '[]',
};
type Outputs = typeof OUTPUTS;

/** The action, as index.ts, @github/local-action and tests run it. */
export const run = defineAction({ outputs: OUTPUTS, main });

export async function main(context: ActionContext, outputs: Outputs): Promise<void> {
  const config = readConfig(context.inputs, context);
  const { check } = config;
  const { health, reportJson, rollback } = await checkAndRollBack(check, config.rollback, context);
  await recordCheckOutcome(
    config.github,
    { health, rollback },
    health.healthy ? '' : unhealthyStory(health, check),
    context,
  );
  outputs.healthy = health.healthy;
  outputs.attempts = health.attempts;
  outputs['elapsed-ms'] = health.elapsedMs;
  outputs['status-code'] = health.statusCode === undefined ? '' : String(health.statusCode);
  outputs.report = reportJson;
  if (rollback) {
    outputs['rolled-back'] = rollback.rolledBack;
    outputs['rollback-healthy'] = rollback.healthyAfter;
  }
  const verdict = finalVerdict(health, rollback, check, config.failOnUnhealthy);
  await writeSummary(context, summaryMarkdown(health, rollback, verdict, check));
  if (verdict.failed) throw new Error(verdict.message);
  if (verdict.level === 'warning') context.core.warning(verdict.message);
  else context.core.info(verdict.message);
}
