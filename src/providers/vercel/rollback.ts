import { formatDuration } from '../../lib/summary.js';
import type { RollbackProvider, RollbackRun } from '../contract.js';
import {
  listVercelDeployments,
  pickCurrentProduction,
  pickVercelRollbackTarget,
  rollbackVercel,
  type VercelApi,
} from './api.js';
import type { VercelRollback } from './inputs.js';

/** After an instant rollback Vercel stops moving the production domains to new deployments. */
export const VERCEL_AUTO_ASSIGN_NOTE =
  'Vercel has turned off the automatic assignment of production domains for this project: new production deployments ' +
  "(the deploy action's too) are not served on them until one is promoted, " +
  'with `vercel promote <deployment>` or Promote in the Vercel dashboard.';

/**
 * `rollback: vercel`, through Vercel's REST API as `vercel rollback` does it: the target is
 * `rollback-to` or the READY production deployment before the one serving now (Vercel's rollback
 * candidate first); the rollback is requested and the project's alias job followed until it
 * succeeded, within rollback-timeout.
 */
export const vercelRollback: RollbackProvider<VercelRollback> = {
  describe: (config) =>
    `the Vercel rollback of project ${config.projectId} ` +
    `to ${config.to ? `deployment ${config.to}` : 'its previous production deployment'}`,
  async rollback(config, context) {
    const started = context.deps.clock.now();
    const time = context.deadline;
    const api: VercelApi = { url: config.apiUrl, token: config.token, teamId: config.orgId, http: context.http };
    const targetId = config.to ?? (await previousProduction(api, config.projectId, context));
    context.deps.log.info(`Rolling production back to ${targetId}`);
    await rollbackVercel(api, config.projectId, targetId, {
      timeoutMs: time.left(),
      intervalMs: context.pollIntervalMs,
      clock: context.deps.clock,
    });
    context.deps.log.info(VERCEL_AUTO_ASSIGN_NOTE);
    const durationMs = Math.round(context.deps.clock.now() - started);
    return {
      ok: true,
      detail: `pointed production at ${targetId} in ${formatDuration(durationMs)}`,
      durationMs,
      note: VERCEL_AUTO_ASSIGN_NOTE,
    };
  },
};

async function previousProduction(api: VercelApi, projectId: string, context: RollbackRun): Promise<string> {
  const { deployments } = await listVercelDeployments(api, {
    projectId,
    target: 'production',
    state: 'READY',
    limit: 20,
  });
  const current = pickCurrentProduction(deployments);
  if (!current)
    throw new Error(`Vercel lists no READY production deployment of project ${projectId}: nothing to roll back from`);
  const target = pickVercelRollbackTarget(deployments, current.id);
  if (!target)
    throw new Error(
      `Vercel lists no READY production deployment older than the one serving (${current.id}): give rollback-to`,
    );
  context.deps.log.info(
    `Production serves ${current.id} (https://${current.url}); ` +
      `previous production deployment: ${target.id} (https://${target.url})`,
  );
  return target.id;
}
