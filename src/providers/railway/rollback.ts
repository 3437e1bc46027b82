import { formatDuration } from '../../lib/summary.js';
import type { RollbackProvider, RollbackRun } from '../contract.js';
import type { RailwayApi } from './api.js';
import {
  listRailwayDeployments,
  pickRailwayRollbackTarget,
  type RailwayScope,
  resolveRailwayScope,
  rollbackRailwayDeployment,
} from './deployments.js';
import type { RailwayRollback } from './inputs.js';

/** How many of the service's newest deployments are searched for a rollback target. */
const HISTORY = 20;

/**
 * `rollback: railway`, through Railway's public GraphQL API as actions/deploy uses it: the target is
 * `rollback-to` or the newest successful deployment older than the service's newest one (the
 * release judged unhealthy) that can still be rolled back to; then `deploymentRollback`, then the
 * deployment the rollback makes is followed until it is live, all within rollback-timeout.
 */

export const railwayRollback: RollbackProvider<RailwayRollback> = {
  describe: (config) =>
    'the Railway rollback of service ' +
    `"${config.service}"${config.environment ? ` in "${config.environment}"` : ''} to ` +
    (config.to ? `deployment ${config.to}` : 'its previous successful deployment'),
  async rollback(config, context) {
    const started = context.deps.clock.now();
    const time = context.deadline;
    const api: RailwayApi = {
      url: config.apiUrl,
      token: config.token,
      tokenKind: config.tokenKind,
      http: context.http,
    };
    const scope = await resolveRailwayScope(api, {
      project: config.project,
      environment: config.environment,
      service: config.service,
    });
    context.deps.log.info(
      `Railway service "${scope.serviceName}" (${scope.serviceId}) ` +
        `in environment "${scope.environmentName}" (${scope.environmentId})`,
    );
    const targetId = config.to ?? (await previousSuccessfulDeployment(api, scope, context));
    context.deps.log.info(`Rolling back to deployment ${targetId}`);
    const result = await rollbackRailwayDeployment(
      api,
      { targetId, serviceId: scope.serviceId, environmentId: scope.environmentId },
      {
        timeoutMs: time.left(),
        intervalMs: context.pollIntervalMs,
        clock: context.deps.clock,
        onStatus: (status) => context.deps.log.info(`Rollback deployment: ${status}`),
      },
    );
    const durationMs = Math.round(context.deps.clock.now() - started);
    return {
      ok: true,
      detail:
        `restored deployment ${targetId} in ${formatDuration(durationMs)} ` +
        `(deployment ${result.deploymentId} is ${result.status})`,
      durationMs,
    };
  },
};

async function previousSuccessfulDeployment(
  api: RailwayApi,
  scope: RailwayScope,
  context: RollbackRun,
): Promise<string> {
  const history = await listRailwayDeployments(api, scope, { first: HISTORY });
  const newest = history[0];
  if (!newest)
    throw new Error('Railway lists no deployments of the service in this environment: nothing to roll back to');
  const target = pickRailwayRollbackTarget(history, newest.id);
  if (!target) {
    throw new Error(
      `no deployment older than the newest (${newest.id}, ${newest.status}) ` +
        `among the last ${history.length} succeeded and can still be rolled back to: give rollback-to`,
    );
  }
  context.deps.log.info(
    `Newest deployment: ${newest.id} (${newest.status}); previous successful one: ` +
      `${target.id} (${target.status}, ${target.createdAt ?? 'date unknown'})`,
  );
  return target.id;
}
