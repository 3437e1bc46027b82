import { afterEach, describe, expect, it } from 'vitest';
import type { BundleResult } from '../support/bundle.js';
import { runInProcess } from '../support/in-process.js';
import { type GithubApi, startGithubApi } from '../support/github-api.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, sendJson, startServer, type LoopbackServer } from '../support/server.js';

/**
 * Issue 14 §1 end to end: deploy writes its GitHub Deployment, health-check (or the pipeline) finds
 * the release unhealthy, marks it failure and rolls back, recording the rollback as its own
 * deployment; dora-metrics then reads the same records back from the same loopback GitHub API,
 * whose every request is checked against GitHub's published REST and GraphQL descriptions.
 */

afterEach(closeAllServers);

const GITHUB_TOKEN = 'ghs_recordsToken5d7e21a9';
const DEPLOY_TOKEN = 'deploy-token-8c1f3b77';
const RUN_URL = 'https://github.com/acme/shop/actions/runs/4242';
const CURL_ROLLBACK = 'curl -fsS -X POST "$CONTROL_URL/control/rollback"';

/** Records are stamped a minute apart from two hours ago, so that spans are whole and visible. */
function steppingClock(): () => number {
  let at = Math.floor(Date.now() / 1000) * 1000 - 2 * 3_600_000;
  return () => (at += 60_000);
}

/** A service that is unhealthy until rolled back (and, with `recovers: false`, stays unhealthy). */
async function service(recovers = true): Promise<LoopbackServer> {
  let rolledBack = false;
  return startServer((request, response) => {
    if (request.method === 'POST' && request.url === '/control/rollback') {
      rolledBack = recovers;
      return sendJson(response, 200, { ok: true });
    }
    return rolledBack ? sendJson(response, 200, { status: 'ok' }) : sendJson(response, 503, { status: 'down' });
  });
}

async function deploy(api: GithubApi): Promise<BundleResult> {
  const result = await runInProcess('deploy', {
    inputs: {
      provider: 'command',
      token: DEPLOY_TOKEN,
      command: 'echo "deploy-kit-output: url=https://shop.acme.dev"',
      'github-token': GITHUB_TOKEN,
      environment: 'production',
    },
    env: { GITHUB_API_URL: api.url },
  });
  expect(result.exitCode, result.stdout).toBe(0);
  return result;
}

function healthCheck(api: GithubApi, target: LoopbackServer, inputs: Record<string, string>): Promise<BundleResult> {
  return runInProcess('health-check', {
    inputs: {
      url: `${target.url}/health`,
      'expect-json': 'status=ok',
      interval: '100ms',
      'max-attempts': '2',
      timeout: '5s',
      rollback: 'command',
      'rollback-command': CURL_ROLLBACK,
      'github-token': GITHUB_TOKEN,
      ...inputs,
    },
    env: { GITHUB_API_URL: api.url, CONTROL_URL: target.url },
  });
}

function dora(api: GithubApi): Promise<BundleResult> {
  return runInProcess('dora-metrics', { env: { GITHUB_TOKEN, GITHUB_API_URL: api.url } });
}

const states = (api: GithubApi) => api.deployments.map((d) => [d.task, d.environment, d.statuses.map((s) => s.state)]);

describe('records that tell the truth, read back by dora-metrics', () => {
  it(
    'deploy -> unhealthy -> rollback: failure on the deploy, a deploy:rollback success, ' +
      '1 failed deployment and a time to restore',
    async () => {
      const api = await startGithubApi({ token: GITHUB_TOKEN, now: steppingClock() });
      const target = await service();
      const deployed = await deploy(api);
      const id = deployed.outputs['github-deployment-id']!;
      expect(id).toMatch(/^\d+$/);

      const checked = await healthCheck(api, target, { 'github-deployment-id': id });
      expect(checked.exitCode).toBe(1);
      expect(checked.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true', 'rollback-healthy': 'true' });
      expect(states(api)).toEqual([
        ['deploy', 'production', ['in_progress', 'success', 'failure']],
        ['deploy:rollback', 'production', ['success']],
      ]);
      const failure = api.deployments[0]!.statuses[2]!;
      expect(failure.description).toMatch(/^Unhealthy: http:\/\/127\.0\.0\.1:\d+\/health /);
      expect(failure.description.length).toBeLessThanOrEqual(140);
      expect(failure.description).not.toContain('\n');
      expect(failure.log_url).toBe(RUN_URL);
      expect(api.deployments[1]!.statuses[0]).toMatchObject({
        log_url: RUN_URL,
        description: 'Rollback (command): the previous release is back and healthy',
      });
      expectAllOutputs(checked, 'health-check');
      expectNoSecretLeak(checked, [GITHUB_TOKEN]);

      const figures = await dora(api);
      expect(figures.exitCode, figures.stdout).toBe(0);
      const restoredAfter =
        (Date.parse(api.deployments[1]!.statuses[0]!.created_at) - Date.parse(failure.created_at)) / 1000;
      expect(restoredAfter).toBeGreaterThan(0);
      expect(figures.outputs).toMatchObject({
        deployments: '1',
        'failed-deployments': '1',
        'change-failure-rate': '100.0',
        'lead-time': '',
        'time-to-restore': String(restoredAfter),
      });
      expect(JSON.parse(figures.outputs['report']!)).toMatchObject({
        rollbacks: 1,
        timeToRestore: { seconds: restoredAfter, band: 'elite' },
      });
      expect(api.problems).toEqual([]);
    },
  );

  it('a rollback whose re-check fails is a failed deploy:rollback, and nothing is restored', async () => {
    const api = await startGithubApi({ token: GITHUB_TOKEN, now: steppingClock() });
    const target = await service(false);
    const id = (await deploy(api)).outputs['github-deployment-id']!;
    const checked = await healthCheck(api, target, { 'github-deployment-id': id });
    expect(checked.outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-healthy': 'false' });
    expect(states(api)).toEqual([
      ['deploy', 'production', ['in_progress', 'success', 'failure']],
      ['deploy:rollback', 'production', ['failure']],
    ]);
    expect(api.deployments[1]!.statuses[0]!.description).toBe(
      'Rollback (command): the previous release is back but still unhealthy',
    );
    const figures = await dora(api);
    expect(figures.outputs).toMatchObject({ deployments: '1', 'failed-deployments': '1', 'time-to-restore': '' });
    expect(api.problems).toEqual([]);
  });

  it('a healthy release keeps its success and gets no rollback record; its lead time is measured', async () => {
    const api = await startGithubApi({ token: GITHUB_TOKEN, now: steppingClock() });
    const target = await service();
    const id = (await deploy(api)).outputs['github-deployment-id']!;
    await fetch(`${target.url}/control/rollback`, { method: 'POST' });
    const checked = await healthCheck(api, target, { 'github-deployment-id': id });
    expect(checked.exitCode, checked.stdout).toBe(0);
    expect(states(api)).toEqual([['deploy', 'production', ['in_progress', 'success']]]);
    expect(checked.stdout).toContain(`GitHub Deployment ${id} keeps its success status`);
    const figures = await dora(api);
    expect(figures.outputs).toMatchObject({
      deployments: '1',
      'failed-deployments': '0',
      'change-failure-rate': '0.0',
      'time-to-restore': '',
    });
    expect(Number(figures.outputs['lead-time'])).toBeGreaterThan(0);
    expect(api.problems).toEqual([]);
  });

  it('a token without deployments: write only warns: the check and the rollback go on', async () => {
    const api = await startGithubApi({ token: GITHUB_TOKEN, refuseWrites: true });
    const target = await service();
    const checked = await healthCheck(api, target, { 'github-deployment-id': '1001', 'fail-on-unhealthy': 'false' });
    expect(checked.exitCode, checked.stdout).toBe(0);
    expect(checked.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true', 'rollback-healthy': 'true' });
    expect(checked.stdout).toMatch(
      new RegExp(
        String.raw`::warning::Could not mark GitHub Deployment 1001 as failed \(the step goes on\): ` +
          String.raw`.*The token needs deployments: write\.`,
      ),
    );
    expect(checked.stdout).toMatch(
      new RegExp(
        String.raw`::warning::Could not record the rollback as a GitHub Deployment \(the step goes on\): ` +
          String.raw`.*The token needs deployments: write\.`,
      ),
    );
    expect(api.deployments).toEqual([]);
    expect(api.problems).toEqual([]);
  });

  it.each([
    [
      { 'github-deployment-id': 'abc' },
      new RegExp(
        String.raw`^Invalid "github-deployment-id" value "abc": ` +
          String.raw`expected the deploy step's github-deployment-id output, a number\.$`,
      ),
    ],
    [
      { 'github-deployment-id': '1001', 'github-token': '' },
      /^Input "github-deployment-id" is set but "github-token" is empty/,
    ],
  ])('%j fails with one sentence naming the input', async (inputs, message) => {
    const api = await startGithubApi({ token: GITHUB_TOKEN });
    const target = await service();
    const checked = await healthCheck(api, target, inputs);
    expect(checked.exitCode).toBe(1);
    expect(checked.failure).toMatch(message);
    expectAllOutputs(checked, 'health-check');
  });

  it('the one-step pipeline records the same: failure on its deploy and a deploy:rollback success', async () => {
    const api = await startGithubApi({ token: GITHUB_TOKEN, now: steppingClock() });
    const target = await service();
    const result = await runInProcess('pipeline', {
      inputs: {
        provider: 'command',
        token: DEPLOY_TOKEN,
        command: 'echo "deploy-kit-output: url=https://shop.acme.dev"',
        'github-token': GITHUB_TOKEN,
        'health-url': `${target.url}/health`,
        'health-expect-json': 'status=ok',
        'health-interval': '100ms',
        'health-max-attempts': '2',
        'health-timeout': '5s',
        'rollback-command': CURL_ROLLBACK,
      },
      env: { GITHUB_API_URL: api.url, CONTROL_URL: target.url },
    });
    expect(result.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true', 'rollback-healthy': 'true' });
    expect(states(api)).toEqual([
      ['deploy', 'production', ['in_progress', 'success', 'failure']],
      ['deploy:rollback', 'production', ['success']],
    ]);
    const figures = await dora(api);
    expect(figures.outputs).toMatchObject({ deployments: '1', 'failed-deployments': '1' });
    expect(Number(figures.outputs['time-to-restore'])).toBeGreaterThan(0);
    expect(api.problems).toEqual([]);
    expectNoSecretLeak(result, [GITHUB_TOKEN, DEPLOY_TOKEN]);
  });
});
