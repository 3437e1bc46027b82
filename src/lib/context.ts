import { readFileSync } from 'node:fs';

/**
 * What the run is: repository, commit, actor, event, links. Built once, from the environment and the
 * event payload, in the config step, and passed as plain data (never read deep inside logic).
 */
export interface RunContext {
  serverUrl: string;
  apiUrl: string;
  repository: string;
  owner: string;
  repo: string;
  runId: string;
  runAttempt: string;
  /** Link to this workflow run (and attempt). */
  runUrl: string;
  workflow: string;
  job: string;
  eventName: string;
  sha: string;
  shortSha: string;
  ref: string;
  /** Branch or tag name (for PRs: the head branch). */
  refName: string;
  actor: string;
  /** The pull request this run is for, if any. */
  pullRequest?: { number: number; title: string; headSha: string; isFork: boolean; url: string };
  /** First line of the head commit's message, when the event carries it. */
  commitSubject?: string;
  /** The event payload as GitHub wrote it. */
  event: Record<string, unknown>;
  /**
   * The step's workspace (GITHUB_WORKSPACE; outside a runner, this process's directory): what a
   * relative path in an input is relative to.
   */
  workspace: string;
}

type Env = Record<string, string | undefined>;

export function readRunContext(
  env: Env,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): RunContext {
  const event = readEvent(env['GITHUB_EVENT_PATH'], readFile);
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const runAttempt = env['GITHUB_RUN_ATTEMPT'] ?? '1';
  const pr = asRecord(event['pull_request']);
  const pullRequest = pr
    ? {
        number: Number(pr['number'] ?? event['number'] ?? 0),
        title: String(pr['title'] ?? ''),
        headSha: String(asRecord(pr['head'])?.['sha'] ?? ''),
        isFork: isForkPullRequest(pr),
        url: String(pr['html_url'] ?? ''),
      }
    : undefined;
  const sha = pullRequest?.headSha || env['GITHUB_SHA'] || '';
  const headCommit = asRecord(event['head_commit']);
  const message = typeof headCommit?.['message'] === 'string' ? headCommit['message'] : undefined;
  return {
    serverUrl,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    repository,
    owner,
    repo,
    runId,
    runAttempt,
    runUrl:
      repository && runId
        ? `${serverUrl}/${repository}/actions/runs/${runId}${runAttempt !== '1' ? `/attempts/${runAttempt}` : ''}`
        : '',
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    sha,
    shortSha: sha.slice(0, 7),
    ref: env['GITHUB_REF'] ?? '',
    refName: env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || '',
    actor: env['GITHUB_ACTOR'] ?? '',
    ...(pullRequest ? { pullRequest } : {}),
    ...(message ? { commitSubject: message.split('\n')[0] } : {}),
    event,
  };
}

function readEvent(path: string | undefined, readFile: (path: string) => string): Record<string, unknown> {
  if (!path) return {};
  try {
    return asRecord(JSON.parse(readFile(path))) ?? {};
  } catch {
    return {};
  }
}

function isForkPullRequest(pr: Record<string, unknown>): boolean {
  const head = asRecord(asRecord(pr['head'])?.['repo']);
  const base = asRecord(asRecord(pr['base'])?.['repo']);
  if (head?.['fork'] === true) return true;
  return Boolean(head && base && head['full_name'] !== base['full_name']);
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
