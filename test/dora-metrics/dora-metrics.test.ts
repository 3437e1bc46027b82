import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { startGithubApi } from '../support/github-api.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers } from '../support/server.js';
import { generateHistory } from './history.js';
import { figures, oracleFor } from './oracle.js';

const TOKEN = 'ghs_doraMetricsToken8e41c2';

afterEach(closeAllServers);

async function measure(api: { url: string }, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runInProcess('dora-metrics', { inputs, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url, ...env } });
}

describe('dora-metrics on generated histories: the oracle, every time', () => {
  it.each([
    [1, 'production', '30d'],
    [2, 'production', '7d'],
    [3, 'staging', '30d'],
    [4, 'production', '45d'],
    [5, 'preview-42', '2w'],
  ])('seed %i, environment %s, window %s', async (seed, environment, window) => {
    const history = generateHistory(seed, 1200, Date.now());
    const api = await startGithubApi({ token: TOKEN, ...history });
    const result = await measure(api, { environment, window });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(api.problems).toEqual([]);
    const report = JSON.parse(result.outputs['report']!);
    const expected = oracleFor(result, history, environment);
    expect(Number(expected.deployments)).toBeGreaterThan(5);
    expect(figures(result)).toEqual(expected);
    // One request per 100 deployments read, never one per deployment.
    const read = history.deployments.filter(
      (d) => d.environment === environment && Date.parse(d.created_at) >= Date.parse(report.window.from),
    ).length;
    expect(api.graphqlRequests()).toBe(Math.floor(read / 100) + 1);
    expect(api.restRequests()).toBe(0);
    expect(report).toMatchObject({ repository: 'acme/shop', environment, bandsFrom: expect.stringContaining('2023') });
    expectAllOutputs(result, 'dora-metrics');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('has at least 1,000 deployments across environments, tasks and states in each history', () => {
    const { deployments } = generateHistory(1, 1200, Date.now());
    expect(deployments.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(deployments.map((d) => d.environment)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(deployments.map((d) => d.task))).toEqual(
      new Set(['deploy', 'deploy:rollback', 'deploy:migrations']),
    );
    expect(new Set(deployments.map((d) => d.statuses.at(-1)?.state ?? 'none'))).toEqual(
      new Set(['success', 'inactive', 'failure', 'error', 'pending', 'in_progress', 'none']),
    );
  });
});

describe('dora-metrics: the job summary', () => {
  it('shows the four figures with their band, a Mermaid weekly chart with its table, and the failed runs', async () => {
    const history = generateHistory(7, 300, Date.now());
    const api = await startGithubApi({ token: TOKEN, ...history });
    const result = await measure(api);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.summary).toContain('## DORA metrics: acme/shop, production, last 30d');
    for (const figure of ['Deployment frequency', 'Change failure rate', 'Lead time for changes', 'Time to restore'])
      expect(result.summary).toContain(`| ${figure} |`);
    const chart = [
      String.raw`${'```'}mermaid\nxychart-beta\n`,
      String.raw` {2}title "Deployments \(bars\) and failures \(line\) per week, production"\n`,
      String.raw` {2}x-axis \["\d\d-\d\d"(, "\d\d-\d\d")*\]\n {2}y-axis "Deployments" 0 --> \d+\n`,
      String.raw` {2}bar \[[\d, ]+\]\n {2}line \[[\d, ]+\]\n${'```'}`,
    ];
    expect(result.summary).toMatch(new RegExp(chart.join('')));
    expect(result.summary).toContain('| Week of | Deployments | Failed |');
    expect(result.summary).toMatch(
      new RegExp(
        String.raw`### ❌ Failed deployments\n\n\| Created \(UTC\) \| Commit \| State \| Log \|[\s\S]*` +
          String.raw`\[run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/\d+\)`,
      ),
    );
    const band = JSON.parse(result.outputs['report']!).changeFailureRate.band;
    expect(['elite', 'high', 'medium', 'low']).toContain(band);
    expect(result.summary).toContain(band);
  });

  it('escapes an environment name for Mermaid: no quote or bracket can end the label', async () => {
    const api = await startGithubApi({ token: TOKEN });
    const result = await measure(api, { environment: 'prod"] ; %%{init}%% <b>' });
    expect(result.exitCode, result.stdout).toBe(0);
    const title = /title "(.*)"/.exec(result.summary)![1]!;
    expect(title).toBe('Deployments (bars) and failures (line) per week, prod init b');
    expect(result.summary).toContain('## DORA metrics: acme/shop, prod"] ; %%{init}%% &lt;b&gt;, last 30d');
  });
});

describe('dora-metrics: paths other than the happy one', () => {
  it('reports zeros and empty times for an environment without deployments, every output set', async () => {
    const api = await startGithubApi({ token: TOKEN, ...generateHistory(8, 50, Date.now()) });
    const result = await measure(api, { environment: 'nowhere' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(figures(result)).toEqual({
      deployments: '0',
      failedDeployments: '0',
      deploymentFrequency: '0.00',
      changeFailureRate: '0.0',
      leadTime: '',
      timeToRestore: '',
    });
    const report = JSON.parse(result.outputs['report']!);
    expect(report.leadTime).toEqual({ seconds: null, band: null });
    expect(api.graphqlRequests()).toBe(1);
  });

  it('waits out a rate limit (429 + Retry-After) and goes on', async () => {
    const history = generateHistory(9, 1200, Date.now());
    const api = await startGithubApi({
      token: TOKEN,
      ...history,
      rateLimitGraphql: { requests: [2], retryAfterSeconds: 1 },
    });
    const result = await measure(api, { window: '60d' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/HTTP 429.*waiting 1 s before trying again/);
    expect(figures(result)).toEqual(oracleFor(result, history));
    expect(api.requests[2]!.at - api.requests[1]!.at).toBeGreaterThanOrEqual(900);
  });

  it.each(['reset', 'graphql'] as const)(
    'waits for x-ratelimit-reset when the limit is spent (%s style) and goes on',
    async (style) => {
      const history = generateHistory(11, 400, Date.now());
      const api = await startGithubApi({
        token: TOKEN,
        ...history,
        rateLimitGraphql: { requests: [1], retryAfterSeconds: 1, style },
      });
      const result = await measure(api, { window: '60d' });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.stdout).toMatch(/waiting [1-3] s before trying again \(attempt 2 of 5\)/);
      expect(figures(result)).toEqual(oracleFor(result, history));
    },
  );

  it('between pages, waits for the reset when GraphQL says nothing remains', async () => {
    const history = generateHistory(12, 400, Date.now());
    const api = await startGithubApi({
      token: TOKEN,
      ...history,
      rateLimitRemaining: (request) => (request === 1 ? 0 : 4000),
    });
    const result = await measure(api, { window: '60d' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/GitHub's rate limit is spent: waiting [1-3] s for it to reset\./);
    expect(api.requests[1]!.at - api.requests[0]!.at).toBeGreaterThanOrEqual(900);
    expect(api.problems).toEqual([]);
  });

  it('fails with a sentence naming "token" when the rate limit would take too long, every output set', async () => {
    const api = await startGithubApi({
      token: TOKEN,
      rateLimitGraphql: { requests: [1], retryAfterSeconds: 3600 },
    });
    const result = await measure(api);
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(/rate limit .* 3600 s .*input "token"/);
    expectAllOutputs(result, 'dora-metrics');
  });

  it('reads GitHub Enterprise Server through GITHUB_API_URL (/api/v3) and its GraphQL endpoint', async () => {
    const history = generateHistory(10, 400, Date.now());
    const api = await startGithubApi({ token: TOKEN, ...history, ghes: true });
    const result = await runInProcess('dora-metrics', {
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: `${api.url}/api/v3`, GITHUB_GRAPHQL_URL: `${api.url}/api/graphql` },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(api.requests.every((request) => request.url === '/api/graphql')).toBe(true);
    const derived = await runInProcess('dora-metrics', {
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: `${api.url}/api/v3` },
    });
    expect(derived.exitCode, derived.stdout).toBe(0);
    expect(derived.outputs['deployments']).toBe(result.outputs['deployments']);
    expect(api.problems).toEqual([]);
  });

  it('asks GITHUB_GRAPHQL_URL even where the REST URL suggests another GraphQL endpoint', async () => {
    const history = generateHistory(10, 200, Date.now());
    const api = await startGithubApi({ token: TOKEN, ...history });
    const result = await runInProcess('dora-metrics', {
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: `${api.url}/api/v3`, GITHUB_GRAPHQL_URL: `${api.url}/graphql` },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(api.requests.map((request) => request.url)).toEqual(['/graphql']);
    expect(api.problems).toEqual([]);
  });

  it.each([
    [{ window: 'soon' }, /^Invalid "window" value "soon": expected a duration/],
    [{ window: '5m' }, /"window"/],
    [{ repository: 'not a repo' }, /^Invalid "repository" value "not a repo": expected "owner\/name"/],
    [
      { repository: 'acme/elsewhere' },
      /Repository "acme\/elsewhere" was not found, or the token cannot read it: check inputs "repository" and "token"/,
    ],
    [{ token: '' }, /^Input "token" is empty/],
    [{ token: 'ghs_wrongToken000000000' }, /HTTP 401.*input "token"/],
  ])('%j fails with one sentence naming the input, every output set', async (inputs, message) => {
    const api = await startGithubApi({ token: TOKEN });
    const result = await measure(api, inputs);
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(message);
    expectAllOutputs(result, 'dora-metrics');
    expect(result.outputs['report']).toBe('{}');
  });
});
