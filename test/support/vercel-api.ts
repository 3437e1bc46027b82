import { fixtureJson } from './fixtures.js';
import { type LoopbackServer, type RecordedRequest, sendJson, startServer } from './server.js';

/**
 * A loopback stand-in for Vercel's REST API, replaying test/fixtures/vercel:
 * `GET /v6/deployments` (list-deployments.v6.response.json, filtered by target and state),
 * `GET /v13/deployments/{idOrUrl}` (get-deployment.v13*.json, or the list entry),
 * `POST /v9/projects/{id}/rollback/{deploymentId}` and `POST /v10/projects/{id}/promote/{deploymentId}`
 * (201, empty body), and `GET /v9/projects/{id}` whose `lastAliasRequest` goes pending ->
 * in-progress -> succeeded (get-project.v9.*.subset.json). It checks the Bearer token (else
 * error.403.invalid-token.json), the project id, and the team scope (`teamId`) when one is set.
 */

export const VERCEL_IDS = {
  projectId: 'prj_7hG2kLm9QxW4rT1vBn8cZ5yU3pAe',
  teamId: 'team_Fq3XrT9aYk2mN8bVc1LzP0sD',
  /** The production deployment serving before a deploy (READY, PROMOTED). */
  currentProduction: 'dpl_8Bv3Nc6Xz1Lk4Jh7Gf2Ds5Aq9Wp0',
  /** The older production deployment marked isRollbackCandidate. */
  rollbackCandidate: 'dpl_2Qw5Er8Ty1Ui4Op7As0Df3Gh6Jk9',
  /** What `vercel deploy --format=json` prints (cli.deploy-json.stdout.json). */
  deployed: 'dpl_9sKq2Wm4ZrT7bXv1NcY8pLf3GhJd',
} as const;

export interface VercelApiOptions {
  token: string;
  teamId?: string;
  /** The alias job ends this way after a rollback or promote request. */
  aliasJobEnds?: 'succeeded' | 'failed';
  /** A scripted fault: rollback and promote requests get this answer (e.g. 401 and an error body) instead. */
  aliasRequestAnswer?: [number, unknown];
}

export interface VercelApiStandIn extends LoopbackServer {
  /** Rollback and promote requests received. */
  aliasRequests: { type: 'rollback' | 'promote'; version: string; projectId: string; deploymentId: string }[];
}

type Answer = [number, unknown];

export async function startVercelApi(options: VercelApiOptions): Promise<VercelApiStandIn> {
  const list = fixtureJson('vercel/list-deployments.v6.response.json');
  const aliasRequests: VercelApiStandIn['aliasRequests'] = [];
  let aliasJob:
    | { fromDeploymentId: string | null; toDeploymentId: string; type: string; requestedAt: number; polls: number }
    | undefined;

  const answer = (request: RecordedRequest): Answer => {
    const url = new URL(request.url, 'http://stand-in');
    if (request.headers['authorization'] !== `Bearer ${options.token}`)
      return [403, fixtureJson('vercel/error.403.invalid-token.json')];
    if (options.teamId && url.searchParams.get('teamId') !== options.teamId)
      return [403, { error: { code: 'forbidden', message: 'Not authorized: team scope missing' } }];
    let match: RegExpExecArray | null;

    if (request.method === 'GET' && url.pathname === '/v6/deployments') {
      if (url.searchParams.get('projectId') !== VERCEL_IDS.projectId)
        return [200, fixtureJson('vercel/list-deployments.v6.empty.response.json')];
      const target = url.searchParams.get('target');
      const states = url.searchParams.get('state')?.split(',');
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const deployments = list.deployments
        .filter((d: any) => !target || d.target === target)
        .filter((d: any) => !states || states.includes(d.readyState))
        .slice(0, limit);
      return [200, { deployments, pagination: { count: deployments.length, next: null, prev: null } }];
    }
    if (request.method === 'GET' && (match = /^\/v13\/deployments\/([^/]+)$/.exec(url.pathname))) {
      const key = decodeURIComponent(match[1]!);
      for (const file of ['get-deployment.v13.response.json', 'get-deployment.v13.error-state.response.json']) {
        const deployment = fixtureJson(`vercel/${file}`);
        if (deployment.id === key || deployment.url === key) return [200, deployment];
      }
      const listed = list.deployments.find((d: any) => d.uid === key || d.url === key);
      if (listed) return [200, { ...listed, id: listed.uid }];
      const deployed = fixtureJson('vercel/cli.deploy-json.stdout.json');
      if (deployed.id === key || deployed.url === `https://${key}`) return [200, { ...deployed, url: key }];
      return [404, fixtureJson('vercel/error.404.deployment-not-found.json')];
    }
    if (
      request.method === 'POST' &&
      (match = /^\/(v9|v1|v10)\/projects\/([^/]+)\/(rollback|promote)\/([^/]+)$/.exec(url.pathname))
    ) {
      const [, version, projectId, type, deploymentId] = match as unknown as [
        string,
        string,
        string,
        'rollback' | 'promote',
        string,
      ];
      if (projectId !== VERCEL_IDS.projectId)
        return [404, { error: { code: 'not_found', message: 'Project not found' } }];
      if (!list.deployments.some((d: any) => d.uid === deploymentId))
        return [404, fixtureJson('vercel/error.404.deployment-not-found.json')];
      aliasRequests.push({ type, version, projectId, deploymentId });
      if (options.aliasRequestAnswer) return options.aliasRequestAnswer;
      aliasJob = {
        fromDeploymentId: VERCEL_IDS.currentProduction,
        toDeploymentId: deploymentId,
        type,
        requestedAt: Date.now(),
        polls: 0,
      };
      return [201, ''];
    }
    if (request.method === 'GET' && (match = /^\/v9\/projects\/([^/]+)$/.exec(url.pathname))) {
      if (decodeURIComponent(match[1]!) !== VERCEL_IDS.projectId)
        return [404, { error: { code: 'not_found', message: 'Project not found' } }];
      const base = fixtureJson('vercel/get-project.v9.promote-succeeded.subset.json');
      if (!aliasJob) return [200, base];
      aliasJob.polls += 1;
      const jobStatus =
        aliasJob.polls === 1 ? 'pending' : aliasJob.polls === 2 ? 'in-progress' : (options.aliasJobEnds ?? 'succeeded');
      const { polls: _, ...job } = aliasJob;
      return [200, { ...base, lastAliasRequest: { ...job, jobStatus } }];
    }
    return [404, { error: { code: 'not_found', message: `stand-in: no route for ${request.method} ${url.pathname}` } }];
  };

  const server = await startServer((request, response) => {
    const [status, body] = answer(request);
    if (body === '') {
      response.writeHead(status);
      response.end();
    } else {
      sendJson(response, status, body);
    }
  });
  return Object.assign(server, { aliasRequests });
}
