import type { RunContext } from '../lib/context.js';
import { messageOf } from '../lib/errors.js';
import { octokit, rateLimitWaitMs } from '../lib/github.js';
import { parseRetryAfter, planRetry, type RetryDecision, type RetryPolicy } from '../lib/http.js';
import type { Clock } from '../lib/poll.js';
import type { DoraConfig } from './config.js';
import type { DeploymentRecord } from './metrics.js';

/**
 * The environment's deployments created within the window, newest first, through GitHub's GraphQL
 * API: 100 per request, each with its latest status, its statuses (for the success time of an
 * `inactive` one) and its commit's committed date, so 10,000 deployments take 100 requests.
 * Rate-limit aware: a 403/429 with Retry-After or an exhausted x-ratelimit-remaining, or a
 * RATE_LIMITED GraphQL error, waits (at most `maxWaitMs`) and tries again; a connection failure,
 * 408, 500, 502, 503 or 504 is retried briefly (http.ts's planRetry: 1, 2, 4, 8 s).
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

/** Tries per page; waits between them follow `retryDecision`. */
const RETRY: Omit<RetryPolicy, 'budgetMs'> = { retries: MAX_ATTEMPTS - 1, minDelayMs: 1000, maxDelayMs: 8000 };

async function postQuery(
  client: Awaited<ReturnType<typeof octokit>>,
  config: DoraConfig,
  variables: Record<string, unknown>,
  deps: FetchDeps,
): Promise<{ page: GraphqlPage; tries: number }> {
  // Octokit finds GraphQL beside the REST URL (GHES: /api/v3 -> /api/graphql). GITHUB_GRAPHQL_URL,
  // when set, wins: as `url`, with itself as `baseUrl` so that Octokit's GHES rule cannot replace it.
  const endpoint = config.graphqlUrl ? { url: config.graphqlUrl, baseUrl: config.graphqlUrl } : {};
  for (let attempt = 1; ; attempt++) {
    let failure: { status: number; headers: Headers; text: string };
    try {
      const page = await client.graphql<GraphqlPage | undefined>({
        query: DEPLOYMENTS_QUERY,
        ...variables,
        ...endpoint,
      });
      if (!page) throw new Error("GitHub's GraphQL API answered with errors: no data");
      return { page, tries: attempt };
    } catch (error) {
      failure = readFailure(error, config);
    }
    const now = deps.clock.now();
    const decision = retryDecision({ ...failure, attempt }, now, deps.maxWaitMs);
    if (!decision.retry) {
      const rateLimitMs = rateLimitWaitMs(failure.status, failure.headers, now);
      if (attempt < MAX_ATTEMPTS && rateLimitMs !== undefined && rateLimitMs > deps.maxWaitMs) {
        const [spent, waits] = [Math.ceil(rateLimitMs / 1000), Math.round(deps.maxWaitMs / 1000)];
        throw new Error(
          `GitHub's rate limit for this token is spent for another ${spent} s (more than the ${waits} s ` +
            'this step waits): run it later or with another token (input "token").',
        );
      }
      const tokenHint =
        failure.status === 403 ? ' (the token needs read access to deployments: `deployments: read`)' : '';
      throw new Error(`Could not read the deployments of ${config.owner}/${config.repo}: ${failure.text}${tokenHint}.`);
    }
    deps.log(
      `${failure.text}: waiting ${Math.ceil(decision.delayMs / 1000)} s before trying again ` +
        `(attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`,
    );
    await deps.clock.sleep(decision.delayMs);
  }
}

/**
 * What a failed query tells the retry rule: its status (a RATE_LIMITED GraphQL error counts as a
 * 429), its headers and a few words for the log. Failures no wait can mend throw here.
 */
function readFailure(error: unknown, config: DoraConfig): { status: number; headers: Headers; text: string } {
  if (isGraphqlError(error)) {
    if (error.errors.some((e) => e.type === 'NOT_FOUND')) throw notFound(config);
    if (!error.errors.some((e) => e.type === 'RATE_LIMITED')) {
      const messages = error.errors.map((e) => e.message).join('; ') || 'no data';
      throw new Error(`GitHub's GraphQL API answered with errors: ${messages}`);
    }
    return { status: 429, headers: error.headers, text: 'GitHub answered RATE_LIMITED' };
  }
  if (!isRequestError(error)) throw error;
  const { status } = error;
  if (status === 401) throw new Error('GitHub refused the token (HTTP 401 Bad credentials): check input "token".');
  if (status === 404) throw notFound(config);
  return {
    status,
    headers: error.response?.headers ?? {},
    text: `HTTP ${status}: ${messageOf(error).replace(/\.$/, '')}`,
  };
}

/**
 * Whether to try again, and when: http.ts's planRetry over GitHub's rate-limit rules
 * (`rateLimitWaitMs`) and a short doubling pause for 5xx. A 403 is a rate limit only when its
 * headers say so; otherwise the token may not read deployments, and waiting cannot help. The README
 * promises a wait of up to `maxWaitMs` each time, so each wait is weighed alone (`waitedMs: 0`).
 */
export function retryDecision(
  failure: { attempt: number; status: number; headers: Headers },
  nowMs: number,
  maxWaitMs: number,
): RetryDecision {
  const rateLimitMs = rateLimitWaitMs(failure.status, failure.headers, nowMs);
  const retryAfter = failure.headers['retry-after'];
  return planRetry({
    attempt: failure.attempt,
    status: rateLimitMs === undefined ? failure.status : 429,
    retryAfterMs: rateLimitMs ?? parseRetryAfter(retryAfter === undefined ? undefined : String(retryAfter), nowMs),
    waitedMs: 0,
    policy: { ...RETRY, budgetMs: maxWaitMs },
  });
}

/** Between pages: when the budget is spent, wait for the reset (bounded) instead of failing mid-way. */
async function spareRateLimit(rateLimit: GraphqlPage['rateLimit'], deps: FetchDeps): Promise<void> {
  if (!rateLimit || rateLimit.remaining > 0) return;
  const wait = Math.max(0, Date.parse(rateLimit.resetAt) - deps.clock.now()) + 1000;
  if (wait > deps.maxWaitMs) {
    throw new Error(
      `GitHub's rate limit for this token is spent until ${rateLimit.resetAt}: ` +
        'run it later or with another token (input "token").',
    );
  }
  deps.log(`GitHub's rate limit is spent: waiting ${Math.ceil(wait / 1000)} s for it to reset.`);
  await deps.clock.sleep(wait);
}

function notFound(config: DoraConfig): Error {
  return new Error(
    `Repository "${config.owner}/${config.repo}" was not found, or the token cannot read it: ` +
      'check inputs "repository" and "token".',
  );
}

function isRequestError(error: unknown): error is { status: number; response?: { headers: Headers } } & Error {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** Octokit's GraphqlResponseError: HTTP 200 with `errors` (RATE_LIMITED, NOT_FOUND, …). */
function isGraphqlError(error: unknown): error is { errors: { type?: string; message: string }[]; headers: Headers } {
  return error instanceof Error && Array.isArray((error as { errors?: unknown }).errors);
}
