import { type LoopbackServer, sendJson, startServer } from './server.js';

/**
 * A loopback GitHub REST API for Deployments (POST /repos/{owner}/{repo}/deployments and
 * .../deployments/{id}/statuses), answering in GitHub's shapes (201 with the created object).
 * Point a run at it with GITHUB_API_URL. `refuse: true` answers 403 as for a token without
 * deployments: write.
 */
export interface GithubApiStandIn extends LoopbackServer {
  deployments: Record<string, any>[];
  statuses: Record<string, any>[];
}

export async function startGithubApi(options: { token: string; refuse?: boolean }): Promise<GithubApiStandIn> {
  const deployments: Record<string, any>[] = [];
  const statuses: Record<string, any>[] = [];
  const server = await startServer((request, response) => {
    if (request.headers['authorization'] !== `token ${options.token}`) return sendJson(response, 401, { message: 'Bad credentials' });
    if (options.refuse) return sendJson(response, 403, { message: 'Resource not accessible by integration' });
    const body = request.body ? JSON.parse(request.body) : {};
    let match: RegExpExecArray | null;
    if (request.method === 'POST' && (match = /^\/repos\/([^/]+)\/([^/]+)\/deployments$/.exec(request.url))) {
      const deployment = { id: 1001 + deployments.length, url: `${match[0]}/${1001 + deployments.length}`, ...body };
      deployments.push(deployment);
      return sendJson(response, 201, deployment);
    }
    if (request.method === 'POST' && (match = /^\/repos\/([^/]+)\/([^/]+)\/deployments\/(\d+)\/statuses$/.exec(request.url))) {
      const status = { id: 5001 + statuses.length, deployment_id: Number(match[3]), ...body };
      statuses.push(status);
      return sendJson(response, 201, status);
    }
    return sendJson(response, 404, { message: 'Not Found' });
  });
  return Object.assign(server, { deployments, statuses });
}
