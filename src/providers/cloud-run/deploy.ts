import { findOnPath } from '../../lib/exec.js';
import type { DeployRun } from '../contract.js';
import {
  deployArgs,
  describeService,
  type GcloudDeps,
  gcloudAuth,
  parseService,
  runGcloud,
  servingRevision,
  tagUrl,
} from './gcloud.js';
import type { CloudRunTarget } from './inputs.js';

/**
 * `gcloud run deploy` of an image, with the revision serving before it recorded as the previous
 * deployment. With `no-traffic` (and a `tag`), the new revision gets no traffic and its tag URL is
 * the output `url`: test it, then route traffic (health-check, or `gcloud run services update-traffic`).
 */
export async function deployCloudRun(target: CloudRunTarget, context: DeployRun): Promise<void> {
  const { deps, progress } = context;
  const gcloud = findOnPath('gcloud', deps.searchPath);
  if (!gcloud)
    throw new Error('gcloud is not installed on this runner: add google-github-actions/setup-gcloud before this step.');
  const auth = gcloudAuth(target.credential, deps.tempDir);
  try {
    const gcloudDeps: GcloudDeps = {
      exec: deps.exec,
      gcloud,
      env: auth.env,
      timeoutMs: context.remainingMs(),
      redact: deps.redact,
      onLine: (line) => deps.log.info(line),
    };
    const service = { service: target.service, region: target.region, project: target.project };
    const before = await describeService(service, gcloudDeps);
    progress.previousDeploymentId = before ? servingRevision(before) : undefined;
    deps.log.info(
      progress.previousDeploymentId
        ? `Revision serving before this deploy: ${progress.previousDeploymentId}`
        : `Service ${target.service} is new: nothing to roll back to`,
    );

    const after = parseService(
      await runGcloud(deployArgs(service, { image: target.image, noTraffic: target.noTraffic, tag: target.tag }), {
        ...gcloudDeps,
        timeoutMs: context.remainingMs(),
      }),
    );
    progress.deploymentId = after.latestCreatedRevision;
    progress.url = (target.tag ? tagUrl(after, target.tag) : undefined) ?? after.url;
    const ready =
      after.latestCreatedRevision !== undefined && after.latestReadyRevision === after.latestCreatedRevision;
    progress.status = ready ? (target.noTraffic ? 'ready, no traffic' : 'ready') : 'not ready';
    if (!after.latestCreatedRevision)
      throw new Error('gcloud run deploy succeeded but its answer names no new revision.');
    if (!ready)
      throw new Error(
        `Cloud Run revision ${after.latestCreatedRevision} ` +
          `is not ready (the latest ready revision is ${after.latestReadyRevision ?? 'none'}).`,
      );
  } finally {
    auth.dispose();
  }
}
