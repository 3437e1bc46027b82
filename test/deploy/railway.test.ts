import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { RAILWAY_IDS, startRailwayApi } from '../support/railway-api.js';
import { closeAllServers } from '../support/server.js';
import { STANDIN_BIN, standins } from '../support/standins.js';

const TOKEN = 'rw-project-token-5f1c2a9e';
const ACCOUNT_TOKEN = 'rw-account-token-77d0e4b1';

afterEach(closeAllServers);

async function railwayRun(
  options: {
    api?: Parameters<typeof startRailwayApi>[0];
    inputs?: Record<string, string>;
    env?: Record<string, string>;
  } = {},
) {
  const api = await startRailwayApi(
    options.api ?? { token: TOKEN, statuses: { [RAILWAY_IDS.upDeploymentId]: ['BUILDING', 'DEPLOYING', 'SUCCESS'] } },
  );
  const tools = standins({ ACTIONS_RUNTIME_TOKEN: 'runner-runtime-token-1', ...options.env });
  const result = await runInProcess('deploy', {
    inputs: {
      provider: 'railway',
      token: TOKEN,
      service: 'api',
      'railway-api-url': api.url,
      'poll-interval': '100ms',
      ...options.inputs,
    },
    env: tools.env,
    path: [STANDIN_BIN],
  });
  return { api, tools, result };
}

describe('deploy: railway', () => {
  it('deploys with railway up, waits through the API, and reports previous, new, url and status', async () => {
    const { api, tools, result } = await railwayRun();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      skipped: 'false',
      'deployment-id': RAILWAY_IDS.upDeploymentId,
      'previous-deployment-id': RAILWAY_IDS.liveDeploymentId,
      url: 'https://api-production-3f9a.up.railway.app',
      status: 'SUCCESS',
    });
    expect(Number(result.outputs['duration-ms'])).toBeGreaterThan(0);
    // The API was asked in order: token scope, project, live deployment, then polls until SUCCESS.
    expect(api.calls.map((c) => c.operationName)).toEqual([
      'ProjectToken',
      'ProjectScope',
      'DeploymentsForServiceEnvironment',
      'DeploymentDetails',
      'DeploymentDetails',
      'DeploymentDetails',
    ]);
    expect(api.calls.every((c) => c.auth === 'project')).toBe(true);
    expect(api.calls[2]!.variables).toEqual({
      input: {
        projectId: RAILWAY_IDS.projectId,
        environmentId: RAILWAY_IDS.environmentId,
        serviceId: RAILWAY_IDS.serviceId,
        status: { in: ['SUCCESS'] },
      },
      first: 1,
    });
    const [call] = tools.calls();
    expect(call!.argv).toEqual(['up', '--detach', '--json', '--service', RAILWAY_IDS.serviceId]);
    expect(call!.env['RAILWAY_TOKEN']).toBe(TOKEN);
    expect(call!.env['RAILWAY_API_TOKEN']).toBeUndefined();
    expect(JSON.stringify(call!.argv)).not.toContain(TOKEN);
    // The action's inputs are not inherited by the CLI.
    expect(
      Object.keys(call!.env).filter((name) => name.startsWith('INPUT_') || name === 'ACTIONS_RUNTIME_TOKEN'),
    ).toEqual([]);
    expect(result.summary).toContain(RAILWAY_IDS.liveDeploymentId);
    expect(result.summary).toContain('SUCCESS');
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('sends an account token as Bearer and RAILWAY_API_TOKEN, with project and environment', async () => {
    const { api, tools, result } = await railwayRun({
      api: { token: ACCOUNT_TOKEN, tokenKind: 'account', statuses: { [RAILWAY_IDS.upDeploymentId]: ['SUCCESS'] } },
      inputs: {
        token: ACCOUNT_TOKEN,
        'railway-token-kind': 'account',
        project: RAILWAY_IDS.projectId,
        environment: 'production',
      },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(api.calls.every((c) => c.auth === 'account')).toBe(true);
    expect(api.calls.map((c) => c.operationName)).not.toContain('ProjectToken');
    const [call] = tools.calls();
    expect(call!.argv).toEqual([
      'up',
      '--detach',
      '--json',
      '--service',
      RAILWAY_IDS.serviceId,
      '--project',
      RAILWAY_IDS.projectId,
      '--environment',
      RAILWAY_IDS.environmentId,
    ]);
    expect(call!.env['RAILWAY_API_TOKEN']).toBe(ACCOUNT_TOKEN);
    expect(call!.env['RAILWAY_TOKEN']).toBeUndefined();
    expectNoSecretLeak(result, [ACCOUNT_TOKEN]);
  });

  it('returns once queued with wait: false', async () => {
    const { api, result } = await railwayRun({
      api: { token: TOKEN, statuses: { [RAILWAY_IDS.upDeploymentId]: ['QUEUED', 'SUCCESS'] } },
      inputs: { wait: 'false' },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      status: 'QUEUED',
      'deployment-id': RAILWAY_IDS.upDeploymentId,
    });
    expect(api.calls.filter((c) => c.operationName === 'DeploymentDetails')).toHaveLength(1);
  });

  it('does not fail an accepted deploy whose status the API cannot give yet (wait: false)', async () => {
    const { result } = await railwayRun({ api: { token: TOKEN }, inputs: { wait: 'false' } });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      status: 'QUEUED',
      'deployment-id': RAILWAY_IDS.upDeploymentId,
    });
    expect(result.stdout).toContain(
      `::warning::Could not read the status of Railway deployment ${RAILWAY_IDS.upDeploymentId} yet`,
    );
  });

  it('fails when the deployment ends FAILED, keeping its id and the rollback target', async () => {
    const { result } = await railwayRun({
      api: { token: TOKEN, statuses: { [RAILWAY_IDS.upDeploymentId]: ['BUILDING', 'FAILED'] } },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      new RegExp(`Railway deployment ${RAILWAY_IDS.upDeploymentId} ended FAILED: see https://railway.com/project/`),
    );
    expect(result.outputs).toMatchObject({
      deployed: 'false',
      skipped: 'false',
      'deployment-id': RAILWAY_IDS.upDeploymentId,
      'previous-deployment-id': RAILWAY_IDS.liveDeploymentId,
      status: 'FAILED',
    });
    expect(result.outputs['reason']).toContain('ended FAILED');
    expect(result.summary).toContain('failed');
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('fails with the CLI error when railway up fails', async () => {
    const { result } = await railwayRun({ env: { DK_STANDIN_FAIL: 'railway' } });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain('railway up exited with code 1: Invalid RAILWAY_TOKEN');
    expect(result.outputs['previous-deployment-id']).toBe(RAILWAY_IDS.liveDeploymentId);
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('explains a token Railway does not know, naming the token kind', async () => {
    const { result, tools } = await railwayRun({ api: { token: 'some-other-project-token' } });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      new RegExp(
        /Railway refused the token \(Project Token not found\): /.source +
          /it was sent as a project token.*railway-token-kind: account/.source,
      ),
    );
    expect(tools.calls()).toEqual([]);
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('says which services exist when the service is unknown', async () => {
    const { result } = await railwayRun({ inputs: { service: 'web' } });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe('Railway service "web" was not found in the project (its services: "api", "worker").');
  });
});
