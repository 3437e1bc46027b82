import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers } from '../support/server.js';
import { STANDIN_BIN, standins } from '../support/standins.js';
import { startVercelApi, VERCEL_IDS } from '../support/vercel-api.js';

const TOKEN = 'vercel-token-9c4e1a7d2b';

afterEach(closeAllServers);

async function vercelRun(inputs: Record<string, string> = {}, env: Record<string, string> = {}, cwd?: string) {
  const api = await startVercelApi({ token: TOKEN, teamId: VERCEL_IDS.teamId });
  const tools = standins(env);
  const result = await runInProcess('deploy', {
    inputs: {
      provider: 'vercel',
      token: TOKEN,
      'vercel-org-id': VERCEL_IDS.teamId,
      'vercel-project-id': VERCEL_IDS.projectId,
      'vercel-api-url': api.url,
      ...inputs,
    },
    env: tools.env,
    path: [STANDIN_BIN],
    ...(cwd ? { cwd } : {}),
  });
  return { api, tools, result };
}

describe('deploy: vercel', () => {
  it('deploys prebuilt to production: id and url from the CLI, previous from the REST API', async () => {
    const { api, tools, result } = await vercelRun({ prebuilt: 'true', production: 'true' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      'deployment-id': VERCEL_IDS.deployed,
      'previous-deployment-id': VERCEL_IDS.currentProduction,
      url: 'https://acme-web-k2j8x9q4m-acme.vercel.app',
      status: 'READY',
    });
    const list = api.requests.find((r) => r.url.startsWith('/v6/deployments'))!;
    expect(new URL(list.url, 'http://x').searchParams.toString()).toBe(
      `projectId=${VERCEL_IDS.projectId}&target=production&state=READY&limit=20&teamId=${VERCEL_IDS.teamId}`,
    );
    const [call] = tools.calls();
    expect(call!.argv).toEqual(['deploy', '--prebuilt', '--prod', '--yes', '--format=json']);
    expect(call!.env).toMatchObject({
      VERCEL_TOKEN: TOKEN,
      VERCEL_ORG_ID: VERCEL_IDS.teamId,
      VERCEL_PROJECT_ID: VERCEL_IDS.projectId,
    });
    expect(JSON.stringify(call!.argv)).not.toContain(TOKEN);
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('deploys a preview without asking for the production deployment', async () => {
    const { api, tools, result } = await vercelRun();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(tools.calls()[0]!.argv).toEqual(['deploy', '--yes', '--format=json']);
    expect(result.outputs['previous-deployment-id']).toBe('');
    expect(api.requests).toEqual([]);
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('reads the project link from .vercel/project.json when the ids are not inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-vercel-'));
    mkdirSync(join(dir, '.vercel'));
    writeFileSync(
      join(dir, '.vercel', 'project.json'),
      JSON.stringify({ projectId: VERCEL_IDS.projectId, orgId: VERCEL_IDS.teamId }),
    );
    const { tools, result } = await vercelRun(
      { 'vercel-org-id': '', 'vercel-project-id': '', production: 'true' },
      {},
      dir,
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['previous-deployment-id']).toBe(VERCEL_IDS.currentProduction);
    expect(tools.calls()[0]!.env['VERCEL_PROJECT_ID']).toBe(VERCEL_IDS.projectId);
  });

  it('fails with the CLI error when the build fails', async () => {
    const { result } = await vercelRun({ production: 'true' }, { DK_STANDIN_FAIL: 'vercel' });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain('vercel deploy exited with code 1');
    expect(result.failure).toContain('Error: Command "npm run build" exited with 1');
    expect(result.outputs).toMatchObject({ deployed: 'false', 'previous-deployment-id': VERCEL_IDS.currentProduction });
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('fails clearly when the API refuses the token', async () => {
    const { result, tools } = await vercelRun({ production: 'true', token: 'vercel-wrong-token-0000' });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'Vercel API GET /v6/deployments failed: Not authorized (forbidden): ' +
        'check the Vercel token and its team scope (vercel-org-id)',
    );
    expect(tools.calls()).toEqual([]);
    expectNoSecretLeak(result, ['vercel-wrong-token-0000']);
  });
});
