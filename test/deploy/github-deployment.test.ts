import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { startGithubApi } from '../support/github-api.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers } from '../support/server.js';

const GITHUB_TOKEN = 'ghs_deploymentToken1234567';
const TOKEN = 'deploy-token-4c2e8a1f';

afterEach(closeAllServers);

describe('deploy: GitHub Deployment record', () => {
  it('creates the deployment, marks it in_progress, then success with the environment URL and run log', async () => {
    const github = await startGithubApi({ token: GITHUB_TOKEN });
    const result = await runInProcess('deploy', {
      inputs: {
        provider: 'command',
        token: TOKEN,
        environment: 'staging',
        'github-token': GITHUB_TOKEN,
        command: 'echo "deploy-kit-output: url=https://staging.acme.dev"',
      },
      env: { GITHUB_API_URL: github.url },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(github.deployments.map((deployment) => deployment.sent)).toEqual([
      expect.objectContaining({
        ref: '8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a',
        environment: 'staging',
        auto_merge: false,
        required_contexts: [],
        production_environment: false,
      }),
    ]);
    const runUrl = 'https://github.com/acme/shop/actions/runs/4242';
    expect(github.deployments[0]!.statuses.map((s) => [s.state, s.log_url, s.environment_url])).toEqual([
      ['in_progress', runUrl, ''],
      ['success', runUrl, 'https://staging.acme.dev'],
    ]);
    expect(github.problems).toEqual([]);
    expect(github.requests[0]!.url).toBe('/repos/acme/shop/deployments');
    expect(result.outputs['github-deployment-id']).toBe('1001');
    expect(result.summary).toContain('1001');
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [GITHUB_TOKEN, TOKEN]);
  });

  it('marks the deployment failed when the deploy fails, using environment-url when given', async () => {
    const github = await startGithubApi({ token: GITHUB_TOKEN });
    const result = await runInProcess('deploy', {
      inputs: {
        provider: 'command',
        token: TOKEN,
        'github-token': GITHUB_TOKEN,
        'environment-url': 'https://acme.dev',
        command: 'exit 3',
      },
      env: { GITHUB_API_URL: github.url },
    });
    expect(result.exitCode).toBe(1);
    expect(github.deployments[0]!.environment).toBe('production');
    expect(github.deployments[0]!.statuses.at(-1)).toMatchObject({
      state: 'failure',
      environment_url: 'https://acme.dev',
      description: 'The deploy command exited with code 3',
    });
    expectNoSecretLeak(result, [GITHUB_TOKEN, TOKEN]);
  });

  it('warns and still deploys when GitHub refuses the record', async () => {
    const github = await startGithubApi({ token: GITHUB_TOKEN, refuseWrites: true });
    const result = await runInProcess('deploy', {
      inputs: { provider: 'command', token: TOKEN, 'github-token': GITHUB_TOKEN, command: 'true' },
      env: { GITHUB_API_URL: github.url },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /::warning::Could not record a GitHub Deployment \(the deploy goes on\): Resource not accessible by integration/,
    );
    expect(result.outputs).toMatchObject({ deployed: 'true', 'github-deployment-id': '' });
    expectNoSecretLeak(result, [GITHUB_TOKEN, TOKEN]);
  });

  it('records nothing when the deploy is skipped', async () => {
    const github = await startGithubApi({ token: GITHUB_TOKEN });
    const result = await runInProcess('deploy', {
      inputs: { provider: 'command', token: '', 'github-token': GITHUB_TOKEN, command: 'true' },
      env: { GITHUB_API_URL: github.url },
    });
    expect(result.outputs['skipped']).toBe('true');
    expect(github.requests).toEqual([]);
  });
});
