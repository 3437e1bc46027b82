import { deadline } from '../lib/poll.js';
import {
  listRailwayDeployments,
  pickRailwayRollbackTarget,
  type RailwayApi,
  type RailwayScope,
  type RailwayTokenKind,
  resolveRailwayScope,
  rollbackRailwayDeployment,
} from '../lib/railway.js';
import { formatDuration } from '../lib/summary.js';
import type { RollbackCommon, RollbackContext, RollbackProvider } from './rollback.js';

/**
 * `rollback: railway`, through Railway's public GraphQL API as actions/deploy uses it: the target is
 * `rollback-to` or the newest successful deployment older than the service's newest one (the
 * release judged unhealthy) that can still be rolled back to; then `deploymentRollback`, then the
 * deployment the rollback makes is followed until it is live, all within rollback-timeout.
 */
export interface RailwayRollback extends RollbackCommon {
  provider: 'railway';
  token: string;
  tokenKind: RailwayTokenKind;
  /** Service name or id. */
  service: string;
  /** Project id (an account token needs it; a project token knows its project). */
  project?: string | undefined;
  /** Environment name or id (an account token needs it; a project token knows its environment). */
  environment?: string | undefined;
  apiUrl: string;
}

/** How many of the service's newest deployments are searched for a rollback target. */
const HISTORY = 20;

export const railwayRollback: RollbackProvider<RailwayRollback> = {
  name: 'railway',
  describe: (config) =>
    `the Railway rollback of service "${config.service}"${config.environment ? ` in "${config.environment}"` : ''} to ` +
    (config.to ? `deployment ${config.to}` : 'its previous successful deployment'),
  async run(config, context) {
    const started = performance.now();
    const time = deadline(config.timeoutMs);
    const api: RailwayApi = {
      url: config.apiUrl,
      token: config.token,
      tokenKind: config.tokenKind,
      // Read per request: no request outlives rollback-timeout by more than a second.
      get timeoutMs() {
        return time.cap(30_000);
      },
    };
    const scope = await resolveRailwayScope(api, { project: config.project, environment: config.environment, service: config.service });
    context.log(`Railway service "${scope.serviceName}" (${scope.serviceId}) in environment "${scope.environmentName}" (${scope.environmentId})`);
    const targetId = config.to ?? (await previousSuccessfulDeployment(api, scope, context));
    context.log(`Rolling back to deployment ${targetId}`);
    const result = await rollbackRailwayDeployment(
      api,
      { targetId, serviceId: scope.serviceId, environmentId: scope.environmentId },
      { timeoutMs: time.left(), intervalMs: context.pollIntervalMs, onStatus: (status) => context.log(`Rollback deployment: ${status}`) },
    );
    const durationMs = Math.round(performance.now() - started);
    return {
      ok: true,
      detail: `restored deployment ${targetId} in ${formatDuration(durationMs)} (deployment ${result.deploymentId} is ${result.status})`,
      durationMs,
    };
  },
};

async function previousSuccessfulDeployment(api: RailwayApi, scope: RailwayScope, context: RollbackContext): Promise<string> {
  const history = await listRailwayDeployments(api, scope, { first: HISTORY });
  const newest = history[0];
  if (!newest) throw new Error('Railway lists no deployments of the service in this environment: nothing to roll back to');
  const target = pickRailwayRollbackTarget(history, newest.id);
  if (!target) {
    throw new Error(
      `no deployment older than the newest (${newest.id}, ${newest.status}) among the last ${history.length} succeeded and can still be rolled back to: give rollback-to`,
    );
  }
  context.log(`Newest deployment: ${newest.id} (${newest.status}); previous successful one: ${target.id} (${target.status}, ${target.createdAt ?? 'date unknown'})`);
  return target.id;
}
