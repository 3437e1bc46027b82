import { type LoopbackServer, sendJson, startServer } from './server.js';

/**
 * A loopback GitHub REST API for Deployments (POST /repos/{owner}/{repo}/deployments and
 * .../deployments/{id}/statuses) and pull request comments (GET/POST
 * /repos/{owner}/{repo}/issues/{number}/comments, PATCH .../issues/comments/{id}), answering in
 * GitHub's shapes (201 with the created object, 200 with the list or the updated comment).
 * Point a run at it with GITHUB_API_URL. `refuse: true` answers 403 as for a token without
 * deployments: write.
 */
export interface GithubApiStandIn extends LoopbackServer {
  deployments: Record<string, any>[];
  statuses: Record<string, any>[];
  /** Comments by id, with the issue (pull request) number they are on. */
  comments: { id: number; issue: number; body: string }[];
}

export async function startGithubApi(options: { token: string; refuse?: boolean }): Promise<GithubApiStandIn> {
  const deployments: Record<string, any>[] = [];
  const statuses: Record<string, any>[] = [];
  const comments: GithubApiStandIn['comments'] = [];
  const comment = (c: { id: number; issue: number; body: string }, owner: string, repo: string) => ({
    id: c.id,
    body: c.body,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    user: { login: 'github-actions[bot]', type: 'Bot' },
  });
  const server = await startServer((request, response) => {
    if (request.headers['authorization'] !== `token ${options.token}`)
      return sendJson(response, 401, { message: 'Bad credentials' });
    if (options.refuse) return sendJson(response, 403, { message: 'Resource not accessible by integration' });
    const body = request.body ? JSON.parse(request.body) : {};
    let match: RegExpExecArray | null;
    if (request.method === 'POST' && (match = /^\/repos\/([^/]+)\/([^/]+)\/deployments$/.exec(request.url))) {
      const deployment = { id: 1001 + deployments.length, url: `${match[0]}/${1001 + deployments.length}`, ...body };
      deployments.push(deployment);
      return sendJson(response, 201, deployment);
    }
    if (
      request.method === 'POST' &&
      (match = /^\/repos\/([^/]+)\/([^/]+)\/deployments\/(\d+)\/statuses$/.exec(request.url))
    ) {
      const status = { id: 5001 + statuses.length, deployment_id: Number(match[3]), ...body };
      statuses.push(status);
      return sendJson(response, 201, status);
    }
    const path = request.url.split('?')[0]!;
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(match[3]);
      if (request.method === 'GET')
        return sendJson(
          response,
          200,
          comments.filter((c) => c.issue === issue).map((c) => comment(c, match![1]!, match![2]!)),
        );
      if (request.method === 'POST') {
        const created = { id: 9001 + comments.length, issue, body: String(body.body) };
        comments.push(created);
        return sendJson(response, 201, comment(created, match[1]!, match[2]!));
      }
    }
    if (request.method === 'PATCH' && (match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path))) {
      const existing = comments.find((c) => c.id === Number(match![3]));
      if (!existing) return sendJson(response, 404, { message: 'Not Found' });
      existing.body = String(body.body);
      return sendJson(response, 200, comment(existing, match[1]!, match[2]!));
    }
    return sendJson(response, 404, { message: 'Not Found' });
  });
  return Object.assign(server, { deployments, statuses, comments });
}
