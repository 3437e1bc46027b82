import { deadline } from '../lib/poll.js';
import { formatDuration } from '../lib/summary.js';
import { listVercelDeployments, pickCurrentProduction, pickVercelRollbackTarget, rollbackVercel, type VercelApi } from '../lib/vercel.js';
import type { RollbackCommon, RollbackContext, RollbackProvider } from './rollback.js';

/**
 * `rollback: vercel`, through Vercel's REST API as `vercel rollback` does it: the target is
 * `rollback-to` or the READY production deployment before the one serving now (Vercel's rollback
 * candidate first); the rollback is requested and the project's alias job followed until it
 * succeeded, within rollback-timeout.
 */
export interface VercelRollback extends RollbackCommon {
  provider: 'vercel';
  token: string;
  projectId: string;
  /** Team id or slug (vercel-org-id); empty for a personal account. */
  orgId?: string | undefined;
  apiUrl: string;
}

/** After an instant rollback Vercel stops moving the production domains to new deployments. */
export const VERCEL_AUTO_ASSIGN_NOTE =
  'Vercel has turned off the automatic assignment of production domains for this project: new production deployments ' +
  "(the deploy action's too) are not served on them until one is promoted, with `vercel promote <deployment>` or Promote in the Vercel dashboard.";

export const vercelRollback: RollbackProvider<VercelRollback> = {
  name: 'vercel',
  describe: (config) => `the Vercel rollback of project ${config.projectId} to ${config.to ? `deployment ${config.to}` : 'its previous production deployment'}`,
  async run(config, context) {
    const started = performance.now();
    const time = deadline(config.timeoutMs);
    const api: VercelApi = {
      url: config.apiUrl,
      token: config.token,
      teamId: config.orgId,
      // Read per request: no request outlives rollback-timeout by more than a second.
      get timeoutMs() {
        return time.cap(30_000);
      },
    };
    const targetId = config.to ?? (await previousProduction(api, config.projectId, context));
    context.log(`Rolling production back to ${targetId}`);
    await rollbackVercel(api, config.projectId, targetId, { timeoutMs: time.left(), intervalMs: context.pollIntervalMs });
    context.log(VERCEL_AUTO_ASSIGN_NOTE);
    const durationMs = Math.round(performance.now() - started);
    return { ok: true, detail: `pointed production at ${targetId} in ${formatDuration(durationMs)}`, durationMs, note: VERCEL_AUTO_ASSIGN_NOTE };
  },
};

async function previousProduction(api: VercelApi, projectId: string, context: RollbackContext): Promise<string> {
  const { deployments } = await listVercelDeployments(api, { projectId, target: 'production', state: 'READY', limit: 20 });
  const current = pickCurrentProduction(deployments);
  if (!current) throw new Error(`Vercel lists no READY production deployment of project ${projectId}: nothing to roll back from`);
  const target = pickVercelRollbackTarget(deployments, current.id);
  if (!target) throw new Error(`Vercel lists no READY production deployment older than the one serving (${current.id}): give rollback-to`);
  context.log(`Production serves ${current.id} (https://${current.url}); previous production deployment: ${target.id} (https://${target.url})`);
  return target.id;
}
