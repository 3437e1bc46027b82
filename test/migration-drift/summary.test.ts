import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, type RecordedRequest, sendJson, startServer } from '../support/server.js';
import { makePullRequestRepo, removeProjects, SYSTEM_PYTHON } from './projects.js';

afterEach(closeAllServers);
afterAll(removeProjects);

const TOKEN = 'ghs_migrationDriftTestToken0042';

function pullRequestEvent(fork = false) {
  return {
    number: 7,
    pull_request: {
      number: 7,
      title: 'Tighten items',
      html_url: 'https://github.com/acme/shop/pull/7',
      head: { sha: 'a'.repeat(40), ref: 'feature', repo: { full_name: fork ? 'someone/shop' : 'acme/shop', fork } },
      base: { ref: 'main', repo: { full_name: 'acme/shop' } },
    },
  };
}

/**
 * A loopback stand-in for the three GitHub REST endpoints a PR comment needs (the real shapes, as
 * documented for issues/comments: list, create -> 201, update -> 200), keeping comments in memory
 * and checking the token it is given.
 */
async function githubApi() {
  const comments: { id: number; body: string; html_url: string }[] = [];
  const server = await startServer((request: RecordedRequest, response) => {
    if (request.headers['authorization'] !== `token ${TOKEN}`)
      return sendJson(response, 401, { message: 'Bad credentials' });
    const url = new URL(request.url, 'http://x');
    if (request.method === 'GET' && url.pathname === '/repos/acme/shop/issues/7/comments')
      return sendJson(response, 200, comments);
    if (request.method === 'POST' && url.pathname === '/repos/acme/shop/issues/7/comments') {
      const comment = {
        id: 9000 + comments.length,
        body: JSON.parse(request.body).body,
        html_url: `https://github.com/acme/shop/pull/7#issuecomment-${9000 + comments.length}`,
      };
      comments.push(comment);
      return sendJson(response, 201, comment);
    }
    const update = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (request.method === 'PATCH' && update) {
      const comment = comments.find((c) => c.id === Number(update[1]));
      if (!comment) return sendJson(response, 404, { message: 'Not Found' });
      comment.body = JSON.parse(request.body).body;
      return sendJson(response, 200, comment);
    }
    return sendJson(response, 404, { message: 'Not Found' });
  });
  return { server, comments };
}

describe('summary: the migrations a pull request adds, with SQL and destructive changes', () => {
  it('writes the summary and one PR comment, updated in place on the next run', async () => {
    const repo = makePullRequestRepo('alembic', 'pr');
    const { server, comments } = await githubApi();
    const run = () =>
      runInProcess('migration-drift', {
        cwd: repo,
        eventName: 'pull_request',
        event: pullRequestEvent(),
        env: { GITHUB_API_URL: server.url },
        inputs: { python: SYSTEM_PYTHON, comment: 'true', 'github-token': TOKEN },
      });

    const first = await run();
    expect(first.exitCode, first.stdout).toBe(0);
    expectAllOutputs(first, 'migration-drift');
    expectNoSecretLeak(first, [TOKEN]);
    expect(first.outputs).toMatchObject({
      passed: 'true',
      'added-revisions': '1',
      destructive: '3',
      head: 'd4e5f6a7b8c9',
    });
    for (const text of [
      'Migrations added since `origin/main`: 1',
      '**`d4e5f6a7b8c9`** tighten items — `alembic/versions/d4e5f6a7b8c9_tighten_items.py`',
      '- drops column users.nickname: its data is lost',
      '- changes the type of items.qty from INTEGER to BIGINT: the table may be rewritten and values may not convert',
      '- adds items.sku NOT NULL without a default: fails on a table that has rows',
      // SQLite batch mode cannot render --sql: the summary shows what the upgrade check ran instead.
      'SQL (as executed on the check database)',
      'CREATE TABLE _alembic_tmp_items',
    ]) {
      expect(first.summary).toContain(text);
    }
    expect(first.stdout).toContain('::warning::Migration d4e5f6a7b8c9 drops column users.nickname: its data is lost.');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- deploy-kit:migration-drift:\. -->\n### ✅ Migration checks passed/);
    expect(comments[0]!.body).toContain('tighten items');

    const second = await run();
    expect(second.exitCode).toBe(0);
    expect(comments).toHaveLength(1);
    expect(server.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /repos/acme/shop/issues/7/comments',
      'POST /repos/acme/shop/issues/7/comments',
      'GET /repos/acme/shop/issues/7/comments',
      'PATCH /repos/acme/shop/issues/comments/9000',
    ]);
    expect(second.stdout).toContain(
      'Pull request comment updated: https://github.com/acme/shop/pull/7#issuecomment-9000',
    );
  });

  it('shows the offline SQL (upgrade --sql) when Alembic can render it, as on SQLite without batch mode', async () => {
    const repo = makePullRequestRepo('alembic', 'irreversible');
    const result = await runInProcess('migration-drift', {
      cwd: repo,
      inputs: { python: SYSTEM_PYTHON, checks: 'summary', 'base-ref': 'origin/main' },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ 'added-revisions': '1', destructive: '0' });
    expect(result.summary).toContain('**`d4e5f6a7b8c9`** create orders');
    expect(result.summary).toContain('SQL (offline, upgrade --sql)');
    expect(result.summary).toContain('CREATE TABLE orders (');
  });

  it('skips the comment on a fork pull request with a notice, and never fails for it', async () => {
    const repo = makePullRequestRepo('alembic', 'pr');
    const { server } = await githubApi();
    const result = await runInProcess('migration-drift', {
      cwd: repo,
      eventName: 'pull_request',
      event: pullRequestEvent(true),
      env: { GITHUB_API_URL: server.url },
      inputs: { python: SYSTEM_PYTHON, checks: 'summary', comment: 'true', 'github-token': TOKEN },
    });
    expect(result.exitCode).toBe(0);
    expectAllOutputs(result, 'migration-drift');
    expect(result.stdout).toContain(
      '::notice::No pull request comment: the pull request comes from a fork, ' +
        'whose GITHUB_TOKEN cannot write comments.',
    );
    expect(server.requests).toEqual([]);
    expect(result.summary).toContain('tighten items');
  });

  it('warns, and does not fail the checks, when GitHub cannot take the comment', async () => {
    const repo = makePullRequestRepo('alembic', 'pr');
    const server = await startServer((_request, response) => sendJson(response, 500, { message: 'Server Error' }));
    const result = await runInProcess('migration-drift', {
      cwd: repo,
      eventName: 'pull_request',
      event: pullRequestEvent(),
      env: { GITHUB_API_URL: server.url },
      inputs: { python: SYSTEM_PYTHON, checks: 'heads', comment: 'true', 'github-token': TOKEN },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expectNoSecretLeak(result, [TOKEN]);
    expect(result.stdout).toContain('::warning::Could not write the pull request comment: Server Error');
  });

  it('fails the summary check on destructive changes when fail-on-destructive is true', async () => {
    const repo = makePullRequestRepo('alembic', 'pr');
    const result = await runInProcess('migration-drift', {
      cwd: repo,
      eventName: 'pull_request',
      event: pullRequestEvent(),
      inputs: { python: SYSTEM_PYTHON, checks: 'summary', 'fail-on-destructive': 'true' },
    });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'migration-drift');
    expect(result.outputs).toMatchObject({ passed: 'false', 'failed-checks': 'summary', destructive: '3' });
    expect(result.failure).toBe(
      '1 of 1 migration checks failed: summary (1 migration added since origin/main, 3 destructive changes).',
    );
  });

  it('skips the summary with a warning that says how to fix a shallow clone', async () => {
    const repo = makePullRequestRepo('alembic', 'pr');
    const result = await runInProcess('migration-drift', {
      cwd: repo,
      inputs: { python: SYSTEM_PYTHON, checks: 'heads,summary', 'base-ref': 'origin/develop' },
    });
    expect(result.exitCode).toBe(0);
    expectAllOutputs(result, 'migration-drift');
    expect(result.stdout).toContain(
      '::warning::Migration summary skipped: the base ref origin/develop is not in this clone: ' +
        'check out with fetch-depth: 0 (actions/checkout), or fetch it first (git fetch origin <base-branch>).',
    );
    expect(JSON.parse(result.outputs['report']!).checks.map((c: { status: string }) => c.status)).toEqual([
      'passed',
      'skipped',
    ]);
  });
});
