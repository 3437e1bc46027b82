import { ensureNpmCli } from '../../lib/cli-install.js';
import { messageOf } from '../../lib/errors.js';
import { toolFailure } from '../../lib/exec.js';
import type { DeployRun } from '../contract.js';
import { installDeps, runLogged } from '../tool.js';
import type { RailwayApi } from './api.js';
import {
  currentRailwayDeployment,
  getRailwayDeployment,
  resolveRailwayScope,
  waitForRailwayDeployment,
} from './deployments.js';
import { parseRailwayUpOutput, RAILWAY_CLI, railwayCliEnv } from './cli.js';
import type { RailwayTarget } from './inputs.js';
import { isSuccessfulRailwayStatus, railwayDeploymentUrl } from './status.js';

/**
 * `railway up --detach --json`, then the deployment followed through the GraphQL API: the CLI
 * returns the new deployment's id at once, and waiting on the API (rather than on an attached
 * `railway up`, which can exit 1 after a good deploy) gives the final status and the URL.
 */
export async function deployRailway(target: RailwayTarget, context: DeployRun): Promise<void> {
  const { deps, progress } = context;
  const api: RailwayApi = { url: target.apiUrl, token: target.token, tokenKind: target.tokenKind, http: context.http };
  const scope = await resolveRailwayScope(api, {
    project: target.project,
    environment: context.environment,
    service: target.service,
  });
  deps.log.info(
    `Railway service "${scope.serviceName}" (${scope.serviceId}) ` +
      `in environment "${scope.environmentName}" (${scope.environmentId})`,
  );
  const current = await currentRailwayDeployment(api, scope);
  progress.previousDeploymentId = current?.id;
  deps.log.info(
    current
      ? `Live deployment before this one: ${current.id}`
      : 'No successful deployment yet: nothing to roll back to',
  );

  const cli = await ensureNpmCli(RAILWAY_CLI, installDeps(context));
  const args = ['up', '--detach', '--json', '--service', scope.serviceId];
  if (target.tokenKind === 'account') args.push('--project', scope.projectId, '--environment', scope.environmentId);
  const result = await runLogged(context, cli.path, args, railwayCliEnv(api));
  const up = parseRailwayUpOutput(result.stdout);
  progress.deploymentId = up.deploymentId;
  if (result.exitCode !== 0) throw toolFailure('railway up', result);
  if (!up.deploymentId)
    throw new Error('railway up succeeded but printed no deployment id (expected {"deploymentId": …} from --json).');
  if (up.logsUrl) deps.log.info(`Build logs: ${up.logsUrl}`);

  if (!target.wait) {
    // Queued is enough: a status the API cannot give yet does not fail a deploy that was accepted.
    try {
      const deployment = await getRailwayDeployment(api, up.deploymentId);
      progress.status = deployment.status;
      progress.url = railwayDeploymentUrl(deployment);
    } catch (error) {
      progress.status = 'QUEUED';
      deps.log.warning(`Could not read the status of Railway deployment ${up.deploymentId} yet: ${messageOf(error)}`);
    }
    return;
  }
  const deployment = await waitForRailwayDeployment(api, up.deploymentId, {
    timeoutMs: context.remainingMs(),
    intervalMs: context.pollIntervalMs,
    clock: deps.clock,
    onStatus: (status) => deps.log.info(`Railway deployment ${up.deploymentId}: ${status}`),
  });
  progress.status = deployment.status;
  progress.url = railwayDeploymentUrl(deployment);
  if (!isSuccessfulRailwayStatus(deployment.status)) {
    throw new Error(
      `Railway deployment ${up.deploymentId} ended ${deployment.status}${up.logsUrl ? `: see ${up.logsUrl}` : ''}.`,
    );
  }
}
