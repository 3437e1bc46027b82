import { type ActionContext, defineAction, group, writeSummary } from '../lib/action.js';
import { readConfig } from './config.js';
import { fetchDeployments } from './fetch.js';
import { buildReport, computeFigures } from './metrics.js';
import { doraSummary } from './summary.js';

const OUTPUTS = {
  deployments: 0,
  'failed-deployments': 0,
  'deployment-frequency': '0.00',
  'change-failure-rate': '0.0',
  'lead-time': '',
  'time-to-restore': '',
  report: '{}',
};
type Outputs = typeof OUTPUTS;

/** The longest wait for GitHub's rate limit to reset before giving up. */
const MAX_RATE_LIMIT_WAIT_MS = 5 * 60_000;

/** The action, as index.ts, @github/local-action and tests run it. */
export const run = defineAction({ outputs: OUTPUTS, title: 'DORA metrics', main });

export async function main(context: ActionContext, outputs: Outputs): Promise<void> {
  const { core, effects } = context;
  const config = readConfig(context.inputs, context);
  const to = effects.clock.now();
  const from = to - config.windowMs;
  const { records, requests } = await group(
    core,
    `Read deployments: ${config.owner}/${config.repo}, ${config.environment}`,
    async () => {
      const fetched = await fetchDeployments(config, from, context.run, {
        clock: effects.clock,
        maxWaitMs: MAX_RATE_LIMIT_WAIT_MS,
        log: (line) => core.info(line),
      });
      core.info(
        `${fetched.records.length} deployments created since ${new Date(from).toISOString()} ` +
          `(${fetched.requests} API requests)`,
      );
      return fetched;
    },
  );
  core.debug(`GraphQL requests: ${requests}`);
  const figures = computeFigures(records, config.windowMs);
  const report = buildReport(figures, records, {
    repository: `${config.owner}/${config.repo}`,
    environment: config.environment,
    from,
    to,
  });
  Object.assign(outputs, {
    deployments: figures.deployments,
    'failed-deployments': figures.failedDeployments,
    'deployment-frequency': figures.deploymentFrequency,
    'change-failure-rate': figures.changeFailureRate,
    'lead-time': figures.leadTimeSeconds === undefined ? '' : String(figures.leadTimeSeconds),
    'time-to-restore': figures.timeToRestoreSeconds === undefined ? '' : String(figures.timeToRestoreSeconds),
    report: JSON.stringify(report),
  });
  core.info(
    `${figures.deployments} deployments (${figures.failedDeployments} failed): ` +
      `${figures.deploymentFrequency} per day, change failure rate ${figures.changeFailureRate} %, ` +
      `lead time ${outputs['lead-time'] || '–'} s, time to restore ${outputs['time-to-restore'] || '–'} s.`,
  );
  await writeSummary(context, doraSummary(figures, report, records, { from, to, text: config.windowText }));
}
