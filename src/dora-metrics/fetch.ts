import type { RunContext } from '../lib/context.js';
import { messageOf } from '../lib/errors.js';
import { octokit } from '../lib/github.js';
import type { Clock } from '../lib/poll.js';
import type { DoraConfig } from './config.js';
import type { DeploymentRecord } from './metrics.js';

/**
 * The environment's deployments created within the window, newest first, through GitHub's GraphQL
 * API: 100 per request, each with its latest status, its statuses (for the success time of an
 * `inactive` one) and its commit's committed date, so 10,000 deployments take 100 requests.
 * Rate-limit aware: a 403/429 with Retry-After or an exhausted x-ratelimit-remaining, or a
 * RATE_LIMITED GraphQL error, waits (at most `maxWaitMs`) and tries again; 5xx are retried briefly.
 */

export const DEPLOYMENTS_QUERY = /* GraphQL */ `
  query DoraDeployments($owner: String!, $name: String!, $environments: [String!], $first: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      deployments(
        environments: $environments
        first: $first
        after: $after
        orderBy: { field: CREATED_AT, direction: DESC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          databaseId
          createdAt
          task
          commitOid
          commit {
            committedDate
          }
          latestStatus {
            state
            createdAt
            logUrl
          }
          statuses(first: 20) {
            nodes {
              state
              createdAt
            }
          }
        }
      }
    }
    rateLimit {
      remaining
      resetAt
    }
  }
`;

const PAGE_SIZE = 100;
const MAX_ATTEMPTS = 5;

export interface FetchDeps {
  clock: Clock;
  /** The longest single wait for a rate limit to reset before giving up. */
  maxWaitMs: number;
  log: (line: string) => void;
}

export interface FetchResult {
  records: DeploymentRecord[];
  requests: number;
}

interface GraphqlDeployment {
  databaseId: number | null;
  createdAt: string;
  task: string | null;
  commitOid: string;
  commit: { committedDate: string } | null;
  latestStatus: { state: string; createdAt: string; logUrl: string | null } | null;
  statuses: { nodes: ({ state: string; createdAt: string } | null)[] | null } | null;
}

interface GraphqlPage {
  repository: {
    deployments: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: (GraphqlDeployment | null)[] | null;
    };
  } | null;
  rateLimit: { remaining: number; resetAt: string } | null;
}

type Headers = Record<string, string | number | undefined>;

export async function fetchDeployments(
  config: DoraConfig,
  since: number,
  run: Pick<RunContext, 'apiUrl'>,
  deps: FetchDeps,
): Promise<FetchResult> {
  const client = await octokit(config.token, run);
  const records: DeploymentRecord[] = [];
  let requests = 0;
  let after: string | null = null;
  for (;;) {
    const variables = {
      owner: config.owner,
      name: config.repo,
      environments: [config.environment],
      first: PAGE_SIZE,
      after,
    };
    const { page, tries } = await postQuery(client, config, variables, deps);
    requests += tries;
    if (!page.repository) throw notFound(config);
    const { nodes, pageInfo } = page.repository.deployments;
    let older = false;
    for (const node of nodes ?? []) {
      if (!node) continue;
      const createdAt = Date.parse(node.createdAt);
      if (createdAt < since) {
        older = true;
        continue;
      }
      records.push(toRecord(node, createdAt));
    }
    if (older || !pageInfo.hasNextPage || !pageInfo.endCursor) break;
    after = pageInfo.endCursor;
    await spareRateLimit(page.rateLimit, deps);
  }
  return { records, requests };
}

function toRecord(node: GraphqlDeployment, createdAt: number): DeploymentRecord {
  const time = (text: string | null | undefined) => (text ? Date.parse(text) : undefined);
  const successes = (node.statuses?.nodes ?? [])
    .filter((status) => status?.state === 'SUCCESS')
    .map((status) => Date.parse(status!.createdAt));
  const latestState = node.latestStatus?.state.toLowerCase() ?? '';
  const successAt =
    successes.length > 0
      ? Math.max(...successes)
      : latestState === 'success'
        ? time(node.latestStatus?.createdAt)
        : undefined;
  return {
    id: node.databaseId ?? 0,
    task: node.task ?? 'deploy',
    createdAt,
    state: latestState,
    stateAt: time(node.latestStatus?.createdAt),
    successAt,
    committedAt: time(node.commit?.committedDate),
    logUrl: node.latestStatus?.logUrl ?? undefined,
    sha: node.commitOid,
  };
}

async function postQuery(
  client: Awaited<ReturnType<typeof octokit>>,
  config: DoraConfig,
  variables: Record<string, unknown>,
  deps: FetchDeps,
): Promise<{ page: GraphqlPage; tries: number }> {
  for (let attempt = 1; ; attempt++) {
    let headers: Headers;
    let status: number | undefined;
    let failure: string;
    try {
      const response = await client.request({
        method: 'POST',
        url: config.graphqlUrl,
        query: DEPLOYMENTS_QUERY,
        variables,
      });
      headers = response.headers as Headers;
      const body = response.data as { data?: GraphqlPage; errors?: { type?: string; message: string }[] };
      if (!body.errors?.length && body.data) return { page: body.data, tries: attempt };
      const errors = body.errors ?? [];
      if (errors.some((error) => error.type === 'NOT_FOUND')) throw notFound(config);
      if (!errors.some((error) => error.type === 'RATE_LIMITED')) {
        throw new Error(
          `GitHub's GraphQL API answered with errors: ${errors.map((error) => error.message).join('; ') || 'no data'}`,
        );
      }
      status = 429;
      failure = 'GitHub answered RATE_LIMITED';
    } catch (error) {
      if (!isRequestError(error)) throw error;
      status = error.status;
      headers = error.response?.headers ?? {};
      if (status === 401) throw new Error('GitHub refused the token (HTTP 401 Bad credentials): check input "token".');
      if (status === 404) throw notFound(config);
      failure = `HTTP ${status}: ${messageOf(error).replace(/\.$/, '')}`;
    }
    const wait = retryDelay(status, headers, deps.clock.now(), attempt);
    if (wait === undefined || attempt >= MAX_ATTEMPTS) {
      const tokenHint = status === 403 ? ' (the token needs read access to deployments: `deployments: read`)' : '';
      throw new Error(`Could not read the deployments of ${config.owner}/${config.repo}: ${failure}${tokenHint}.`);
    }
    if (wait > deps.maxWaitMs) {
      throw new Error(
        `GitHub's rate limit for this token is spent for another ${Math.ceil(wait / 1000)} s (more than the ${Math.round(deps.maxWaitMs / 1000)} s this step waits): run it later or with another token (input "token").`,
      );
    }
    deps.log(
      `${failure}: waiting ${Math.ceil(wait / 1000)} s before trying again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`,
    );
    await deps.clock.sleep(wait);
  }
}

/**
 * How long to wait before the next try, or undefined when trying again cannot help. Rate limits:
 * Retry-After (seconds) first, then x-ratelimit-reset (epoch seconds) when the remaining count is 0.
 * 5xx: a short growing pause.
 */
export function retryDelay(
  status: number | undefined,
  headers: Headers,
  now: number,
  attempt: number,
): number | undefined {
  const header = (name: string) => {
    const value = headers[name];
    return value === undefined || value === '' ? undefined : Number(value);
  };
  const retryAfter = header('retry-after');
  const remaining = header('x-ratelimit-remaining');
  const reset = header('x-ratelimit-reset');
  if (status === 429 || status === 403) {
    if (retryAfter !== undefined && Number.isFinite(retryAfter)) return Math.max(0, retryAfter * 1000);
    if (remaining === 0 && reset !== undefined && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now) + 1000;
    return status === 429 ? 60_000 : undefined;
  }
  if (status !== undefined && status >= 500) return 1000 * attempt;
  return undefined;
}

/** Between pages: when the budget is spent, wait for the reset (bounded) instead of failing mid-way. */
async function spareRateLimit(rateLimit: GraphqlPage['rateLimit'], deps: FetchDeps): Promise<void> {
  if (!rateLimit || rateLimit.remaining > 0) return;
  const wait = Math.max(0, Date.parse(rateLimit.resetAt) - deps.clock.now()) + 1000;
  if (wait > deps.maxWaitMs) {
    throw new Error(
      `GitHub's rate limit for this token is spent until ${rateLimit.resetAt}: run it later or with another token (input "token").`,
    );
  }
  deps.log(`GitHub's rate limit is spent: waiting ${Math.ceil(wait / 1000)} s for it to reset.`);
  await deps.clock.sleep(wait);
}

function notFound(config: DoraConfig): Error {
  return new Error(
    `Repository "${config.owner}/${config.repo}" was not found, or the token cannot read it: check inputs "repository" and "token".`,
  );
}

function isRequestError(error: unknown): error is { status: number; response?: { headers: Headers } } & Error {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}
