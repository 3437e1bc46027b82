import type { ActionContext } from './action.js';
import type { RunContext } from './context.js';
import { messageOf } from './errors.js';

/**
 * GitHub through @actions/github (Octokit), imported only when a run actually talks to GitHub so
 * that the other runs do not pay for loading it. The API URL comes from the run context, so tests
 * point it at a loopback server through GITHUB_API_URL.
 */

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

export async function octokit(token: string, run: Pick<RunContext, 'apiUrl'>): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl: run.apiUrl });
}

export type CommentResult =
  | { action: 'created' | 'updated'; id: number; url: string }
  | { action: 'skipped'; reason: string };

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
    return { action: 'skipped', reason: 'the pull request comes from a fork, whose GITHUB_TOKEN cannot write comments' };
  }
  const marker = `<!-- deploy-kit:${request.key} -->`;
  const body = `${marker}\n${request.body}`;
  const target = { owner: run.owner, repo: run.repo, issue_number: run.pullRequest.number };
  try {
    const client = await octokit(request.token, run);
    const comments = await client.paginate(client.rest.issues.listComments, { ...target, per_page: 100 });
    const existing = comments.find((comment) => comment.body?.includes(marker));
    if (existing) {
      const { data } = await client.rest.issues.updateComment({ owner: run.owner, repo: run.repo, comment_id: existing.id, body });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await client.rest.issues.createComment({ ...target, body });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      return { action: 'skipped', reason: `GitHub refused the comment (HTTP ${status}): the token may lack pull-requests: write` };
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
    const result = await upsertPullRequestComment({ ...request, run: context.run, body: context.secrets.redact(request.body) });
    if (result.action !== 'skipped') context.core.info(`Pull request comment ${result.action}: ${result.url}`);
    else if (context.run.pullRequest) context.core.notice(`No pull request comment: ${result.reason}.`);
    else context.core.info(`No pull request comment: ${result.reason}.`);
    return result;
  } catch (error) {
    context.core.warning(messageOf(error));
    return undefined;
  }
}
