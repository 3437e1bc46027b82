import type { ActionContext } from './action.js';
import type { RunContext } from './context.js';
import { messageOf } from './errors.js';
import { parseRetryAfter, readBounded, sharedDispatcher } from './http.js';

/**
 * GitHub through @actions/github (Octokit), imported only when a run actually talks to GitHub so
 * that the other runs do not pay for loading it. The API URL comes from the run context, so tests
 * point it at a loopback server through GITHUB_API_URL.
 */

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

/**
 * The longest one GitHub API request may take. Octokit sets none (undici's defaults wait five
 * minutes for headers, five more for the body), so an API that accepts and never answers held a
 * deploy or a PR comment far beyond the step's timeout.
 */
export const GITHUB_REQUEST_TIMEOUT_MS = 20_000;

export async function octokit(
  token: string,
  run: Pick<RunContext, 'apiUrl'>,
  timeoutMs = GITHUB_REQUEST_TIMEOUT_MS,
): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl: run.apiUrl, request: { fetch: await boundedFetch(timeoutMs) } });
}

/**
 * undici's fetch on our shared pool (proxies from env, closed by runAction) with a deadline per
 * request, body included. A request cut by the deadline fails with a sentence that says so.
 */
async function boundedFetch(timeoutMs: number): Promise<typeof import('undici').fetch> {
  const [{ fetch }, dispatcher] = await Promise.all([import('undici'), sharedDispatcher()]);
  return async (url, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(url, {
        ...init,
        dispatcher,
        signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline,
      });
      // Read the body under the same deadline, and no more of it than an API answer needs.
      const body = response.body ? await readBounded(response.body, MAX_API_BODY_BYTES) : undefined;
      if (body?.truncated) throw new Error(`the GitHub API answered with more than ${MAX_API_BODY_BYTES} bytes`);
      return new Response(body?.bytes.length ? body.bytes : null, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      }) as unknown as Awaited<ReturnType<typeof fetch>>;
    } catch (error) {
      if (deadline.aborted) throw new Error(`the GitHub API gave no complete answer within ${timeoutMs / 1000} s`);
      throw error;
    }
  };
}

/** GitHub's answers to the calls we make are a few KB; an endless body is cut here, not buffered whole. */
const MAX_API_BODY_BYTES = 4 * 1024 * 1024;

/**
 * How long GitHub asks a caller to wait before trying again, in ms, or undefined when an answer is
 * not a rate limit (a 403 without these headers is a refusal that no wait mends). GitHub's rules:
 * Retry-After first (seconds or an HTTP date); else, when x-ratelimit-remaining is 0, until
 * x-ratelimit-reset (epoch seconds) and a second more; else a 429 (a secondary limit) waits a minute.
 */
export function rateLimitWaitMs(
  status: number | undefined,
  headers: Record<string, string | number | undefined>,
  nowMs: number,
): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const header = (name: string) => (headers[name] === undefined ? '' : String(headers[name]).trim());
  const retryAfterMs = parseRetryAfter(header('retry-after'), nowMs);
  if (retryAfterMs !== undefined) return retryAfterMs;
  const [remaining, reset] = [header('x-ratelimit-remaining'), header('x-ratelimit-reset')];
  if (remaining !== '' && Number(remaining) === 0 && reset !== '' && Number.isFinite(Number(reset))) {
    return Math.max(0, Number(reset) * 1000 - nowMs) + 1000;
  }
  return status === 429 ? 60_000 : undefined;
}

export type CommentResult =
  { action: 'created' | 'updated'; id: number; url: string } | { action: 'skipped'; reason: string };

/**
 * One comment per `key` on the run's pull request, updated in place on later runs. It is found by
 * a hidden marker, so each action (and each use of it, through `key`) keeps its own comment. A token
 * without write access (fork PRs get a read-only GITHUB_TOKEN) skips with a reason, never fails.
 */
export async function upsertPullRequestComment(request: {
  token: string | undefined;
  run: RunContext;
  key: string;
  body: string;
}): Promise<CommentResult> {
  const { run } = request;
  if (!run.pullRequest) return { action: 'skipped', reason: 'this run is not for a pull request' };
  if (!request.token) return { action: 'skipped', reason: 'no GitHub token was given' };
  if (run.pullRequest.isFork) {
    return {
      action: 'skipped',
      reason: 'the pull request comes from a fork, whose GITHUB_TOKEN cannot write comments',
    };
  }
  const marker = `<!-- deploy-kit:${request.key} -->`;
  const body = `${marker}\n${request.body}`;
  const target = { owner: run.owner, repo: run.repo, issue_number: run.pullRequest.number };
  try {
    const client = await octokit(request.token, run);
    const comments = await client.paginate(client.rest.issues.listComments, { ...target, per_page: 100 });
    const existing = comments.find((comment) => comment.body?.includes(marker));
    if (existing) {
      const { data } = await client.rest.issues.updateComment({
        owner: run.owner,
        repo: run.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await client.rest.issues.createComment({ ...target, body });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      return {
        action: 'skipped',
        reason: `GitHub refused the comment (HTTP ${status}): the token may lack pull-requests: write`,
      };
    }
    throw new Error(`Could not write the pull request comment: ${messageOf(error)}`);
  }
}

/**
 * The comment step every action shares: upsert (body redacted), then say what happened. A comment
 * is a courtesy: GitHub refusing it is a warning, never the step's failure; a fork pull request
 * (whose token cannot write) gets a notice saying so.
 */
export async function commentOnPullRequest(
  context: Pick<ActionContext, 'core' | 'secrets' | 'run'>,
  request: { token: string | undefined; key: string; body: string },
): Promise<CommentResult | undefined> {
  try {
    const result = await upsertPullRequestComment({
      ...request,
      run: context.run,
      body: context.secrets.redact(request.body),
    });
    if (result.action !== 'skipped') context.core.info(`Pull request comment ${result.action}: ${result.url}`);
    else if (context.run.pullRequest) context.core.notice(`No pull request comment: ${result.reason}.`);
    else context.core.info(`No pull request comment: ${result.reason}.`);
    return result;
  } catch (error) {
    context.core.warning(messageOf(error));
    return undefined;
  }
}
