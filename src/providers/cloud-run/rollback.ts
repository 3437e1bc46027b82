import { SpawnError } from '../../lib/exec.js';
import { formatDuration } from '../../lib/summary.js';
import type { RollbackProvider } from '../contract.js';
import {
  type CloudRunService,
  describeService,
  type GcloudDeps,
  gcloudAuth,
  listRevisions,
  previousReadyRevision,
  rollbackCloudRun,
  servingRevision,
} from './gcloud.js';
import type { CloudRunRollback } from './inputs.js';

/**
 * `rollback: cloud-run`, with gcloud: the target is `rollback-to` (a revision, such as the deploy
 * action's previous-deployment-id) or the newest ready revision older than the one serving; then
 * `gcloud run services update-traffic --to-revisions=<it>=100`, and the answer must show it serving
 * 100%. The credential reaches gcloud as a 0600 file named in the environment, never argv.
 */
export const cloudRunRollback: RollbackProvider<CloudRunRollback> = {
  describe: (config) =>
    `the Cloud Run rollback of service "${config.service}" (${config.region}) ` +
    `to ${config.to ? `revision ${config.to}` : 'its previous ready revision'}`,
  async rollback(config, context) {
    const { deps } = context;
    const started = deps.clock.now();
    const auth = gcloudAuth(config.credential, deps.tempDir);
    const gcloud = (): GcloudDeps => ({
      exec: deps.exec,
      env: auth.env,
      timeoutMs: context.deadline.cap(config.timeoutMs),
      redact: deps.redact,
      onLine: (line) => deps.log.info(line),
    });
    const service: CloudRunService = { service: config.service, region: config.region, project: config.project };
    try {
      let revision = config.to;
      if (revision === undefined) {
        const state = await describeService(service, gcloud());
        const serving = state && servingRevision(state);
        if (!serving)
          throw new Error(
            `Cloud Run service ${config.service} was not found in ${config.region}, or serves no revision`,
          );
        const previous = previousReadyRevision(await listRevisions(service, gcloud()), serving);
        if (!previous)
          throw new Error(
            `no ready revision of ${config.service} is older than the one serving (${serving}): give rollback-to`,
          );
        deps.log.info(`Serving: ${serving}; previous ready revision: ${previous.name}`);
        revision = previous.name;
      }
      await rollbackCloudRun(service, revision, gcloud());
      const durationMs = Math.round(deps.clock.now() - started);
      return {
        ok: true,
        detail: `sent all traffic to revision ${revision} in ${formatDuration(durationMs)}`,
        durationMs,
      };
    } catch (error) {
      if (error instanceof SpawnError) {
        return {
          ok: false,
          detail: `failed: ${error.message}: add google-github-actions/setup-gcloud before this step`,
          durationMs: 0,
        };
      }
      throw error;
    } finally {
      auth.dispose();
    }
  },
};
