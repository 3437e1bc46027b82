import type { ServerResponse } from 'node:http';
import { execute } from 'graphql';
import { checkGraphqlQuery, checkRestRequest, githubGraphqlSchema } from './github-schemas.js';
import { type LoopbackServer, type RecordedRequest, sendJson, startServer } from './server.js';

/**
 * A loopback GitHub API for deployment records, REST and GraphQL over one store, so that what
 * deploy and health-check write (REST) is what dora-metrics reads back (GraphQL), and for the pull
 * request comments eas-build writes (list, create, update in place). Every request
 * is checked against GitHub's published descriptions (`github-schemas.ts`); a request that does
 * not conform is answered 400/422 as GitHub would and listed in `problems`; closing the server throws
 * when any is listed.
 * REST shapes follow docs.github.com "Deployments" (201 with the created object; lists newest
 * first); GraphQL is executed by graphql-js on GitHub's schema over the same records.
 */

export interface StoredStatus {
  id: number;
  state: string;
  created_at: string;
  description: string;
  log_url: string;
  environment_url: string;
}

export interface StoredDeployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  created_at: string;
  /** Oldest first. */
  statuses: StoredStatus[];
  /** The body of the request that created it (absent for seeded records). */
  sent?: Record<string, unknown>;
}

export interface StoredComment {
  id: number;
  /** The pull request (issue) number it is on. */
  issue: number;
  body: string;
}

export interface GithubApi extends LoopbackServer {
  deployments: StoredDeployment[];
  /** Pull request comments, oldest first. */
  comments: StoredComment[];
  /** Committed date of each commit, by sha. */
  commits: Map<string, string>;
  problems: string[];
  graphqlRequests: () => number;
  /** Milliseconds this server spent answering GraphQL (validation and execution included). */
  graphqlServerMs: () => number;
  restRequests: () => number;
}

export interface ApiOptions {
  token: string;
  owner?: string;
  repo?: string;
  deployments?: StoredDeployment[];
  commits?: Map<string, string>;
  /** Answer 403 to writes, as for a token without deployments: write (or pull-requests: write). */
  refuseWrites?: boolean;
  /**
   * Answer these GraphQL requests (1-based) with a rate limit instead, as GitHub does: `retry-after`
   * (default) 429 + Retry-After (a secondary limit); `reset` 403 with x-ratelimit-remaining 0 and
   * x-ratelimit-reset; `graphql` 200 with a RATE_LIMITED error and the same headers.
   */
  rateLimitGraphql?: { requests: number[]; retryAfterSeconds: number; style?: 'retry-after' | 'reset' | 'graphql' };
  /** The `rateLimit { remaining }` GraphQL reports on the nth request (default: plenty). */
  rateLimitRemaining?: (request: number) => number;
  /** The time new records get (default: now). */
  now?: () => number;
  /** Serve under /api/v3 and /api/graphql, as GitHub Enterprise Server does. */
  ghes?: boolean;
}

export async function startGithubApi(options: ApiOptions): Promise<GithubApi> {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'shop';
  const deployments = options.deployments ?? [];
  const commits = options.commits ?? new Map<string, string>();
  const comments: StoredComment[] = [];
  const problems: string[] = [];
  const now = options.now ?? Date.now;
  let nextId = Math.max(1000, ...deployments.map((d) => d.id)) + 1;
  let nextStatusId = Math.max(5000, ...deployments.flatMap((d) => d.statuses.map((s) => s.id))) + 1;
  let graphqlCount = 0;
  let restCount = 0;
  let serverMs = 0;
  const restPrefix = options.ghes ? '/api/v3' : '';
  const graphqlPath = options.ghes ? '/api/graphql' : '/graphql';

  const reject = (response: ServerResponse, status: number, found: string[]) => {
    problems.push(...found);
    return sendJson(response, status, { message: found.join('; '), documentation_url: 'https://docs.github.com/rest' });
  };

  const server = await startServer(async (request, response) => {
    if (
      request.headers['authorization'] !== `token ${options.token}` &&
      request.headers['authorization'] !== `bearer ${options.token}`
    ) {
      return sendJson(response, 401, { message: 'Bad credentials' });
    }
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === graphqlPath && request.method === 'POST') {
      graphqlCount += 1;
      const started = performance.now();
      await graphql(request, response, graphqlCount);
      serverMs += performance.now() - started;
      return;
    }
    if (!url.pathname.startsWith(`${restPrefix}/`))
      return reject(response, 404, [`request outside the API: ${request.method} ${url.pathname}`]);
    restCount += 1;
    const found = checkRestRequest(request.method, request.url.slice(restPrefix.length), request.body);
    if (found.length) return reject(response, 422, found);
    return rest(request, url, response);
  });

  function rest(request: RecordedRequest, url: URL, response: ServerResponse) {
    const path = url.pathname.slice(restPrefix.length);
    const base = `/repos/${owner}/${repo}/deployments`;
    const body = request.body ? JSON.parse(request.body) : {};
    if (request.method !== 'GET' && options.refuseWrites)
      return sendJson(response, 403, { message: 'Resource not accessible by integration' });
    if (path.startsWith(`/repos/${owner}/${repo}/issues/`)) return issueComments(request, path, body, response);
    if (!path.startsWith(base)) return sendJson(response, 404, { message: 'Not Found' });
    const rest = path.slice(base.length);
    let match: RegExpExecArray | null;
    if (rest === '' && request.method === 'POST') {
      const sha = /^[0-9a-f]{40}$/.test(body.ref) ? body.ref : 'a'.repeat(40);
      if (!commits.has(sha)) commits.set(sha, new Date(now() - 3_600_000).toISOString());
      const deployment: StoredDeployment = {
        id: nextId++,
        sha,
        ref: body.ref,
        task: body.task ?? 'deploy',
        environment: body.environment ?? 'production',
        description: body.description ?? null,
        created_at: new Date(now()).toISOString(),
        statuses: [],
        sent: body,
      };
      deployments.push(deployment);
      return sendJson(response, 201, restDeployment(deployment));
    }
    if (rest === '' && request.method === 'GET') {
      const list = deployments
        .filter(
          (d) =>
            (!url.searchParams.get('environment') || d.environment === url.searchParams.get('environment')) &&
            (!url.searchParams.get('task') || d.task === url.searchParams.get('task')),
        )
        .sort((a, b) => b.id - a.id)
        .map(restDeployment);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      return sendJson(response, 200, list.slice((page - 1) * perPage, page * perPage));
    }
    if ((match = /^\/(\d+)$/.exec(rest)) && request.method === 'GET') {
      const deployment = deployments.find((d) => d.id === Number(match![1]));
      return deployment
        ? sendJson(response, 200, restDeployment(deployment))
        : sendJson(response, 404, { message: 'Not Found' });
    }
    if ((match = /^\/(\d+)\/statuses$/.exec(rest))) {
      const deployment = deployments.find((d) => d.id === Number(match![1]));
      if (!deployment) return sendJson(response, 404, { message: 'Not Found' });
      if (request.method === 'GET')
        return sendJson(
          response,
          200,
          [...deployment.statuses].reverse().map((s) => restStatus(deployment, s)),
        );
      if (typeof body.description === 'string' && body.description.length > 140)
        return reject(response, 422, ['REST: description longer than 140 characters']);
      const last = deployment.statuses.at(-1);
      const createdAt = Math.max(now(), last ? Date.parse(last.created_at) + 1000 : 0);
      const status: StoredStatus = {
        id: nextStatusId++,
        state: body.state,
        created_at: new Date(createdAt).toISOString(),
        description: body.description ?? '',
        log_url: body.log_url ?? '',
        environment_url: body.environment_url ?? '',
      };
      deployment.statuses.push(status);
      if (body.auto_inactive !== false && body.state === 'success') {
        // GitHub marks the environment's earlier successful deployments inactive (auto_inactive: "all prior
        // non-transient, non-production environment deployments … that had a success state"; read here as
        // those whose latest state is success).
        for (const other of deployments) {
          if (
            other === deployment ||
            other.environment !== deployment.environment ||
            isProduction(other) ||
            other.id > deployment.id
          )
            continue;
          if (other.statuses.at(-1)?.state === 'success')
            other.statuses.push({ ...status, id: nextStatusId++, state: 'inactive', description: '' });
        }
      }
      return sendJson(response, 201, restStatus(deployment, status));
    }
    return sendJson(response, 404, { message: 'Not Found' });
  }

  /** GET/POST /repos/{owner}/{repo}/issues/{n}/comments and PATCH .../issues/comments/{id}. */
  function issueComments(
    request: RecordedRequest,
    path: string,
    body: Record<string, unknown>,
    response: ServerResponse,
  ) {
    const shown = (c: StoredComment) => ({
      id: c.id,
      body: c.body,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const rest = path.slice(`/repos/${owner}/${repo}/issues`.length);
    let match: RegExpExecArray | null;
    if ((match = /^\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(match[1]);
      if (request.method === 'GET')
        return sendJson(response, 200, comments.filter((c) => c.issue === issue).map(shown));
      const created = { id: 9001 + comments.length, issue, body: String(body['body']) };
      comments.push(created);
      return sendJson(response, 201, shown(created));
    }
    const existing = (match = /^\/comments\/(\d+)$/.exec(rest)) && comments.find((c) => c.id === Number(match![1]));
    if (!existing) return sendJson(response, 404, { message: 'Not Found' });
    existing.body = String(body['body']);
    return sendJson(response, 200, shown(existing));
  }

  async function graphql(request: RecordedRequest, response: ServerResponse, count: number) {
    const limit = options.rateLimitGraphql;
    if (limit?.requests.includes(count)) {
      const reset = {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + limit.retryAfterSeconds),
      };
      if (limit.style === 'reset')
        return sendJson(response, 403, { message: 'API rate limit exceeded for installation.' }, reset);
      if (limit.style === 'graphql')
        return sendJson(
          response,
          200,
          { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit already exceeded for installation ID 1.' }] },
          reset,
        );
      return sendJson(
        response,
        429,
        { message: 'You have exceeded a secondary rate limit.' },
        { 'retry-after': String(limit.retryAfterSeconds) },
      );
    }
    let payload: { query?: string; variables?: Record<string, unknown> };
    try {
      payload = JSON.parse(request.body);
    } catch {
      return reject(response, 400, ['GraphQL: the body is not JSON']);
    }
    const checked = checkGraphqlQuery(payload.query ?? '');
    if (!checked.document) return reject(response, 200, checked.problems);
    const result = await execute({
      schema: githubGraphqlSchema(),
      document: checked.document,
      variableValues: payload.variables ?? {},
      rootValue: {
        repository: (args: { owner: string; name: string }) =>
          args.owner === owner && args.name === repo ? repository() : null,
        rateLimit: () => {
          const remaining = options.rateLimitRemaining?.(count) ?? 4999;
          return {
            cost: 1,
            limit: 5000,
            nodeCount: 0,
            remaining,
            resetAt: new Date(Date.now() + (remaining > 0 ? 3_600_000 : 1000)).toISOString(),
            used: 5000 - remaining,
          };
        },
      },
    });
    if (result.errors?.length) problems.push(...result.errors.map((error) => `GraphQL execution: ${error.message}`));
    return sendJson(response, 200, result);
  }

  function repository() {
    return {
      deployments(args: {
        environments?: string[] | null;
        first?: number | null;
        after?: string | null;
        orderBy?: { field: string; direction: string };
      }) {
        const first = args.first;
        if (!first || first < 1 || first > 100)
          throw new Error(
            'You must provide a `first` value between 1 and 100 to properly paginate the `deployments` connection.',
          );
        const direction = args.orderBy?.direction ?? 'ASC';
        const list = deployments
          .filter((d) => !args.environments || args.environments.includes(d.environment))
          .map((d) => ({ d, at: Date.parse(d.created_at) }))
          .sort((a, b) => (a.at - b.at || a.d.id - b.d.id) * (direction === 'DESC' ? -1 : 1))
          .map(({ d }) => d);
        const start = args.after
          ? Number(Buffer.from(args.after, 'base64').toString('utf8').replace('cursor:', ''))
          : 0;
        const page = list.slice(start, start + first);
        return {
          totalCount: list.length,
          pageInfo: {
            hasNextPage: start + first < list.length,
            hasPreviousPage: start > 0,
            startCursor: Buffer.from(`cursor:${start}`).toString('base64'),
            endCursor: Buffer.from(`cursor:${start + page.length}`).toString('base64'),
          },
          nodes: page.map(graphqlDeployment),
        };
      },
    };
  }

  function graphqlDeployment(d: StoredDeployment) {
    const status = (s: StoredStatus) => ({
      state: s.state.toUpperCase(),
      createdAt: s.created_at,
      logUrl: s.log_url || null,
      description: s.description,
    });
    return {
      databaseId: d.id,
      createdAt: d.created_at,
      task: d.task,
      environment: d.environment,
      commitOid: d.sha,
      commit: commits.has(d.sha) ? { committedDate: commits.get(d.sha), oid: d.sha } : null,
      latestStatus: d.statuses.length ? status(d.statuses.at(-1)!) : null,
      statuses: (args: { first?: number | null }) => ({
        nodes: [...d.statuses]
          .reverse()
          .slice(0, args.first ?? 100)
          .map(status),
      }),
    };
  }

  function isProduction(d: StoredDeployment): boolean {
    return d.environment === 'production';
  }

  function restDeployment(d: StoredDeployment) {
    const url = `${server.url}${restPrefix}/repos/${owner}/${repo}/deployments/${d.id}`;
    return {
      url,
      id: d.id,
      node_id: `DE_${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: {},
      original_environment: d.environment,
      environment: d.environment,
      production_environment: isProduction(d),
      transient_environment: false,
      description: d.description,
      creator: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      created_at: d.created_at,
      updated_at: d.statuses.at(-1)?.created_at ?? d.created_at,
      statuses_url: `${url}/statuses`,
      repository_url: `${server.url}${restPrefix}/repos/${owner}/${repo}`,
    };
  }

  function restStatus(d: StoredDeployment, s: StoredStatus) {
    return {
      ...s,
      id: s.id,
      node_id: `DES_${s.id}`,
      target_url: s.log_url,
      deployment_url: `${server.url}${restPrefix}/repos/${owner}/${repo}/deployments/${d.id}`,
      environment: d.environment,
    };
  }

  // Closing it (closeAllServers in a test's afterEach/afterAll) fails on any request GitHub would
  // have refused, whether or not the test looked at `problems`.
  const close = server.close;
  return Object.assign(server, {
    close: async () => {
      await close();
      if (problems.length) throw new Error(`requests GitHub would refuse: ${problems.join('; ')}`);
    },
    deployments,
    comments,
    commits,
    problems,
    graphqlRequests: () => graphqlCount,
    graphqlServerMs: () => serverMs,
    restRequests: () => restCount,
  });
}
