import { deadline, pollUntil, type WaitOptions } from '../../lib/poll.js';
import { authAdvice, type RailwayApi, RailwayApiError, railwayRequest } from './api.js';
import {
  isFinalRailwayStatus,
  isSuccessfulRailwayStatus,
  type RailwayDeployment,
  type RailwayDeploymentStatus,
  railwayDeploymentUrl,
} from './status.js';

/** A service's deployments through the API: its scope as ids, listing, reading, waiting, rolling back. */

/** What a deployment belongs to, as ids. */
export interface RailwayScope {
  projectId: string;
  environmentId: string;
  serviceId: string;
}

interface Named {
  id: string;
  name: string;
}

/**
 * Turns what the user wrote (names or ids) into ids. A project token knows its project and
 * environment; an account token needs `project` (an id) and `environment` (a name or an id).
 */
export async function resolveRailwayScope(
  api: RailwayApi,
  wanted: { project?: string | undefined; environment?: string | undefined; service: string },
): Promise<RailwayScope & { environmentName: string; serviceName: string }> {
  let projectId = wanted.project;
  let tokenEnvironmentId: string | undefined;
  if (api.tokenKind === 'project') {
    const { projectToken } = await railwayRequest<{
      projectToken: { projectId: string; environmentId: string } | null;
    }>(api, 'ProjectToken');
    if (!projectToken) throw new RailwayApiError(authAdvice(api, 'no project token found'));
    if (projectId !== undefined && projectId !== projectToken.projectId) {
      throw new RailwayApiError(
        `The Railway project token belongs to project ${projectToken.projectId}, not to "project" ${projectId}.`,
      );
    }
    projectId = projectToken.projectId;
    tokenEnvironmentId = projectToken.environmentId;
  }
  if (projectId === undefined)
    throw new RailwayApiError('An account or workspace token needs the Railway project id in "project".');
  const { project } = await railwayRequest<{
    project: { services: { edges: { node: Named }[] }; environments: { edges: { node: Named }[] } } | null;
  }>(api, 'ProjectScope', { id: projectId });
  if (!project) throw new RailwayApiError(`Railway project ${projectId} was not found or the token cannot see it.`);
  const services = project.services.edges.map((edge) => edge.node);
  const environments = project.environments.edges.map((edge) => edge.node);
  const service = pickNamed(services, wanted.service, 'service');
  let environment: Named;
  if (tokenEnvironmentId !== undefined) {
    environment = environments.find((e) => e.id === tokenEnvironmentId) ?? {
      id: tokenEnvironmentId,
      name: tokenEnvironmentId,
    };
    if (
      wanted.environment !== undefined &&
      wanted.environment !== environment.id &&
      wanted.environment !== environment.name
    ) {
      throw new RailwayApiError(
        `The Railway project token is scoped to environment "${environment.name}", ` +
          `not to "${wanted.environment}": use that environment's token.`,
      );
    }
  } else {
    if (wanted.environment === undefined)
      throw new RailwayApiError('An account or workspace token needs "environment" (a name or an id).');
    environment = pickNamed(environments, wanted.environment, 'environment');
  }
  return {
    projectId,
    environmentId: environment.id,
    serviceId: service.id,
    environmentName: environment.name,
    serviceName: service.name,
  };
}

/** A name or id among the project's services or environments. */
export function pickNamed(items: readonly Named[], wanted: string, what: string): Named {
  const match = items.find((item) => item.id === wanted) ?? items.find((item) => item.name === wanted);
  if (match) return match;
  const known = items.map((item) => `"${item.name}"`).join(', ') || 'none';
  throw new RailwayApiError(`Railway ${what} "${wanted}" was not found in the project (its ${what}s: ${known}).`);
}

/** A service's deployments in one environment, newest first, optionally filtered by status. */
export async function listRailwayDeployments(
  api: RailwayApi,
  scope: RailwayScope,
  options: { statuses?: readonly RailwayDeploymentStatus[]; first?: number } = {},
): Promise<RailwayDeployment[]> {
  const input: Record<string, unknown> = {
    projectId: scope.projectId,
    environmentId: scope.environmentId,
    serviceId: scope.serviceId,
  };
  if (options.statuses) input['status'] = { in: options.statuses };
  const data = await railwayRequest<{ deployments: { edges: { node: RailwayDeployment }[] } }>(
    api,
    'DeploymentsForServiceEnvironment',
    {
      input,
      first: options.first ?? 20,
    },
  );
  return data.deployments.edges.map((edge) => edge.node);
}

/** The live deployment: the newest SUCCESS one (older successful ones become REMOVED). */
export async function currentRailwayDeployment(
  api: RailwayApi,
  scope: RailwayScope,
): Promise<RailwayDeployment | undefined> {
  const [current] = await listRailwayDeployments(api, scope, { statuses: ['SUCCESS'], first: 1 });
  return current;
}

/**
 * What a rollback after `failedId` returns to: the newest deployment older than it that ran
 * successfully (SUCCESS, or REMOVED once superseded) and can still be rolled back to.
 */
export function pickRailwayRollbackTarget(
  newestFirst: readonly RailwayDeployment[],
  failedId: string,
): RailwayDeployment | undefined {
  const at = newestFirst.findIndex((d) => d.id === failedId);
  return newestFirst
    .slice(at + 1)
    .find((d) => d.id !== failedId && (d.status === 'SUCCESS' || d.status === 'REMOVED') && d.canRollback !== false);
}

export async function getRailwayDeployment(
  api: RailwayApi,
  id: string,
): Promise<RailwayDeployment & Partial<RailwayScope>> {
  const { deployment } = await railwayRequest<{ deployment: (RailwayDeployment & Partial<RailwayScope>) | null }>(
    api,
    'DeploymentDetails',
    { id },
  );
  if (!deployment) throw new RailwayApiError(`Railway deployment ${id} was not found.`);
  return deployment;
}

export type { WaitOptions };

/** Polls a deployment until it reaches a final status; throws when the deadline passes first. */
export async function waitForRailwayDeployment(
  api: RailwayApi,
  id: string,
  options: WaitOptions,
): Promise<RailwayDeployment> {
  let seen = '';
  const result = await pollUntil(
    () => getRailwayDeployment(api, id),
    (deployment) => {
      if (deployment.status !== seen) options.onStatus?.((seen = deployment.status));
      return isFinalRailwayStatus(deployment.status);
    },
    options,
  );
  if (!result.done) {
    throw new RailwayApiError(
      `Railway deployment ${id} was still ${result.last?.status ?? 'unknown'} ` +
        `after ${Math.round(options.timeoutMs / 1000)} s.`,
    );
  }
  return result.value;
}

export interface RollbackResult {
  /** The deployment now serving: the one the rollback created, or the target itself. */
  deploymentId: string;
  status: string;
  url?: string;
}

/**
 * Rolls a service back to `targetId` (an older deployment with canRollback) and waits until the
 * rollback is live. `deploymentRollback` returns only `true`; Railway then makes a new deployment
 * from the target, so the service's latest deployment is watched until it is a new one (or the
 * target) and reaches a final status, which must be a successful one.
 */
export async function rollbackRailwayDeployment(
  api: RailwayApi,
  request: { targetId: string; serviceId: string; environmentId: string },
  options: WaitOptions,
): Promise<RollbackResult> {
  const latest = () =>
    railwayRequest<{ serviceInstance: { latestDeployment: { id: string; status: string } | null } | null }>(
      api,
      'LatestDeployment',
      {
        serviceId: request.serviceId,
        environmentId: request.environmentId,
      },
    ).then((data) => data.serviceInstance?.latestDeployment ?? undefined);
  // One deadline for the whole wait: the new deployment appearing, then reaching its final status.
  const time = deadline(options.timeoutMs, options.clock);
  const before = await latest();
  const { deploymentRollback } = await railwayRequest<{ deploymentRollback: boolean }>(api, 'DeploymentRollback', {
    id: request.targetId,
  });
  if (deploymentRollback !== true)
    throw new RailwayApiError(`Railway did not accept the rollback to ${request.targetId}.`);
  const appeared = await pollUntil(
    latest,
    (now) => now !== undefined && (now.id !== before?.id || now.id === request.targetId),
    { ...options, timeoutMs: time.left() },
  );
  if (!appeared.done || !appeared.value) {
    throw new RailwayApiError(
      `Railway accepted the rollback to ${request.targetId}, ` +
        `but no new deployment appeared within ${Math.round(options.timeoutMs / 1000)} s.`,
    );
  }
  const final = await waitForRailwayDeployment(api, appeared.value.id, { ...options, timeoutMs: time.left() });
  if (!isSuccessfulRailwayStatus(final.status)) {
    throw new RailwayApiError(
      `The Railway rollback to ${request.targetId} ended ${final.status} (deployment ${final.id}).`,
    );
  }
  const url = railwayDeploymentUrl(final);
  return { deploymentId: final.id, status: final.status, ...(url ? { url } : {}) };
}
