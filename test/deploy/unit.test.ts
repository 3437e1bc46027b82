import { describe, expect, it } from 'vitest';
import { deploy, type DeployDeps, type DeployResult } from '../../src/deploy/deploy.js';
import { githubEnvironment } from '../../src/deploy/github-deployment.js';
import { parseScriptOutputs } from '../../src/providers/script-outputs.js';
import { deploySummary } from '../../src/deploy/summary.js';
import { readRunContext } from '../../src/lib/context.js';
import type { ExecRequest } from '../../src/lib/exec.js';
import { httpRequest } from '../../src/lib/http.js';
import { fakeClock } from '../support/clock.js';

const base: DeployResult = {
  provider: 'railway',
  environment: 'production',
  deployed: true,
  skipped: false,
  reason: '',
  deploymentId: 'd-new',
  previousDeploymentId: 'd-old',
  url: 'https://api.up.railway.app',
  status: 'SUCCESS',
  durationMs: 83_000,
  githubDeploymentId: '',
};

function deps(
  exec: (request: ExecRequest) => { exitCode: number; stdout: string; stderr?: string },
): DeployDeps & { requests: ExecRequest[] } {
  const requests: ExecRequest[] = [];
  const clock = fakeClock();
  return {
    requests,
    exec: async (request) => {
      requests.push(request);
      await clock.sleep(1500);
      const answer = exec(request);
      return { signal: null, timedOut: false, durationMs: 1500, stderr: '', ...answer };
    },
    clock,
    workspace: '/tmp',
    run: readRunContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc1234def', GITHUB_RUN_ID: '7' }),
    redact: (text) => text.replaceAll('tok-secret-1', '***'),
    log: { info: () => {}, warning: () => {} },
    searchPath: '',
    tempDir: '/tmp',
    http: httpRequest,
  };
}

const commandConfig = (command: string) => ({
  provider: 'command' as const,
  workingDirectory: '.',
  timeoutMs: 60_000,
  pollIntervalMs: 1000,
  target: { provider: 'command' as const, token: 'tok-secret-1', tokenEnv: 'DEPLOY_TOKEN', command },
});

describe('deploy()', () => {
  it('returns a skip without running anything when the gate is closed', async () => {
    const fake = deps(() => ({ exitCode: 0, stdout: '' }));
    const result = await deploy(
      { ...commandConfig('x'), target: undefined, skip: { reason: 'token empty', notice: 'Skipped…' } },
      fake,
    );
    expect(result).toMatchObject({
      skipped: true,
      deployed: false,
      reason: 'token empty',
      notice: 'Skipped…',
      status: 'skipped',
      durationMs: 0,
    });
    expect(fake.requests).toEqual([]);
  });

  it('runs the provider with the secret in the environment only, and times it with the injected clock', async () => {
    const fake = deps(() => ({ exitCode: 0, stdout: 'deploy-kit-output: deployment-id=v7\n' }));
    const result = await deploy(commandConfig('./deploy.sh'), fake);
    expect(result).toMatchObject({ deployed: true, deploymentId: 'v7', durationMs: 1500, status: 'deployed' });
    expect(fake.requests[0]).toMatchObject({
      command: 'bash',
      args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', './deploy.sh'],
    });
    expect(fake.requests[0]!.env).toMatchObject({
      DEPLOY_TOKEN: 'tok-secret-1',
      DEPLOY_SHA: 'abc1234def',
      DEPLOY_PROVIDER: 'command',
    });
  });

  it('keeps what the provider learnt when it fails, with the error redacted', async () => {
    const fake = deps(() => ({
      exitCode: 2,
      stdout: 'deploy-kit-output: previous-deployment-id=v6\n',
      stderr: 'bad token tok-secret-1',
    }));
    const result = await deploy(commandConfig('./deploy.sh'), fake);
    expect(result).toMatchObject({
      deployed: false,
      previousDeploymentId: 'v6',
      status: 'failed',
      error: 'The deploy command exited with code 2: bad token ***',
    });
    expect(result.reason).toBe(result.error);
  });
});

describe('deploy summary', () => {
  it('tells what was deployed, what a rollback returns to, and how long it took', () => {
    const markdown = deploySummary(base);
    expect(markdown).toContain('### ✅ Deployed with Railway');
    expect(markdown).toContain('| Previous (rollback target) | `d-old` |');
    expect(markdown).toContain('| URL | [https://api.up.railway.app](https://api.up.railway.app) |');
    expect(markdown).toContain('| Duration | 1 min 23 s |');
  });

  it('says why on failure and on skip, escaping user text', () => {
    expect(deploySummary({ ...base, deployed: false, error: 'script <b>failed</b> | badly' })).toContain(
      '**Why:** script &lt;b&gt;failed&lt;/b&gt; \\| badly',
    );
    expect(
      deploySummary({ ...base, deployed: false, skipped: true, notice: 'Skipped the Railway deploy: RAILWAY_TOKEN…' }),
    ).toBe('### ⏭️ Deploy skipped (Railway)\n\nSkipped the Railway deploy: RAILWAY_TOKEN…\n');
  });
});

describe('script outputs', () => {
  it('reads deploy-kit-output lines and ignores anything else', () => {
    expect(
      parseScriptOutputs(
        'x\ndeploy-kit-output: deployment-id=green\ndeploy-kit-output: previous-deployment-id=\n' +
          'deploy-kit-output: other=1\n  deploy-kit-output: url=nope\n',
      ),
    ).toEqual({
      deploymentId: 'green',
    });
  });

  it('puts the GitHub Deployment in the right environment', () => {
    const vercel = { provider: 'vercel' as const, token: 't', prebuilt: false, production: false, apiUrl: '' };
    expect(githubEnvironment({}, vercel)).toBe('preview');
    expect(githubEnvironment({}, { ...vercel, production: true })).toBe('production');
    expect(githubEnvironment({ environment: 'staging' }, vercel)).toBe('staging');
  });
});
