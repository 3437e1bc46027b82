import { afterEach, describe, expect, it } from 'vitest';
import { closeHttp } from '../../src/lib/http.js';
import {
  currentVercelProduction,
  getVercelDeployment,
  listVercelDeployments,
  parseVercelDeployOutput,
  pickCurrentProduction,
  pickVercelRollbackTarget,
  promoteVercel,
  rollbackVercel,
  teamScope,
  type VercelApi,
  waitForVercelDeployment,
} from '../../src/providers/vercel/api.js';
import { fakeClock } from '../support/clock.js';
import { cappedHttp } from '../support/context.js';
import { fixtureJson, fixtureText } from '../support/fixtures.js';
import { closeAllServers } from '../support/server.js';
import { startVercelApi, VERCEL_IDS } from '../support/vercel-api.js';

const TOKEN = 'vercel-token-9c4e1a7d2b';

afterEach(async () => {
  await closeAllServers();
  await closeHttp();
});

async function api(
  options: { aliasJobEnds?: 'succeeded' | 'failed' } = {},
): Promise<[VercelApi, Awaited<ReturnType<typeof startVercelApi>>]> {
  const server = await startVercelApi({ token: TOKEN, teamId: VERCEL_IDS.teamId, ...options });
  return [{ url: server.url, token: TOKEN, teamId: VERCEL_IDS.teamId, http: cappedHttp }, server];
}

describe('vercel client', () => {
  it('picks the current production deployment and the rollback target from the fixture list', () => {
    const list = fixtureJson('vercel/list-deployments.v6.response.json').deployments.map((d: any) => ({
      ...d,
      id: d.uid,
    }));
    expect(pickCurrentProduction(list)?.id).toBe(VERCEL_IDS.currentProduction);
    expect(pickVercelRollbackTarget(list, VERCEL_IDS.currentProduction)?.id).toBe(VERCEL_IDS.rollbackCandidate);
    // A failed new deploy (not READY) rolls back to the live one's predecessor only when asked from the live one.
    expect(pickVercelRollbackTarget(list, VERCEL_IDS.deployed)?.id).toBe(VERCEL_IDS.rollbackCandidate);
    expect(pickCurrentProduction([])).toBeUndefined();
  });

  it('lists and gets deployments in the team scope', async () => {
    const [client] = await api();
    const { deployments } = await listVercelDeployments(client, {
      projectId: VERCEL_IDS.projectId,
      target: 'production',
    });
    expect(deployments.map((d) => d.id)).toEqual([
      'dpl_9sKq2Wm4ZrT7bXv1NcY8pLf3GhJd',
      'dpl_4Hn7Tq1Lx9Vb2Rc6Zm3Wk8Pj5Ys0',
      VERCEL_IDS.currentProduction,
      VERCEL_IDS.rollbackCandidate,
    ]);
    expect((await currentVercelProduction(client, VERCEL_IDS.projectId))?.id).toBe(VERCEL_IDS.currentProduction);
    expect(await getVercelDeployment(client, 'https://acme-web-3mn8b2vc1-acme.vercel.app')).toMatchObject({
      id: VERCEL_IDS.currentProduction,
      readyState: 'READY',
    });
    await expect(getVercelDeployment(client, 'dpl_doesnotexist')).rejects.toThrow(
      'Vercel API GET /v13/deployments/dpl_doesnotexist failed: Deployment not found (not_found)',
    );
    expect(teamScope('team_x')).toEqual({ teamId: 'team_x' });
    expect(teamScope('acme')).toEqual({ slug: 'acme' });
    expect(teamScope('Xk9PqR2sT4uV6wY8zA1bC3dE')).toEqual({});
  });

  it('waits for READY and fails on ERROR with the build error', async () => {
    const [client] = await api();
    expect(
      (
        await waitForVercelDeployment(client, VERCEL_IDS.currentProduction, {
          timeoutMs: 1000,
          intervalMs: 100,
          clock: fakeClock(),
        })
      ).readyState,
    ).toBe('READY');
    await expect(
      waitForVercelDeployment(client, 'dpl_4Hn7Tq1Lx9Vb2Rc6Zm3Wk8Pj5Ys0', {
        timeoutMs: 1000,
        intervalMs: 100,
        clock: fakeClock(),
      }),
    ).rejects.toThrow(
      'Vercel deployment dpl_4Hn7Tq1Lx9Vb2Rc6Zm3Wk8Pj5Ys0 ended ERROR: Command "npm run build" exited with 1.',
    );
  });

  it('rolls back as the CLI does (POST /v9/.../rollback) and polls lastAliasRequest until it succeeded', async () => {
    const [client, server] = await api();
    const clock = fakeClock();
    const job = await rollbackVercel(client, VERCEL_IDS.projectId, VERCEL_IDS.rollbackCandidate, {
      timeoutMs: 180_000,
      intervalMs: 1000,
      clock,
    });
    expect(job).toMatchObject({
      toDeploymentId: VERCEL_IDS.rollbackCandidate,
      type: 'rollback',
      jobStatus: 'succeeded',
    });
    expect(server.aliasRequests).toEqual([
      { type: 'rollback', version: 'v9', projectId: VERCEL_IDS.projectId, deploymentId: VERCEL_IDS.rollbackCandidate },
    ]);
    expect(clock.slept).toEqual([1000, 1000]); // pending, in-progress, succeeded
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(post.url).toBe(
      `/v9/projects/${VERCEL_IDS.projectId}/rollback/${VERCEL_IDS.rollbackCandidate}?teamId=${VERCEL_IDS.teamId}`,
    );
    expect(post.body).toBe('{}');
  });

  it('promotes (POST /v10/.../promote) and reports a failed alias job', async () => {
    const [client, server] = await api({ aliasJobEnds: 'failed' });
    await expect(
      promoteVercel(client, VERCEL_IDS.projectId, VERCEL_IDS.currentProduction, {
        timeoutMs: 60_000,
        intervalMs: 1000,
        clock: fakeClock(),
      }),
    ).rejects.toThrow(`The Vercel promote to ${VERCEL_IDS.currentProduction} ended failed.`);
    expect(server.aliasRequests[0]).toMatchObject({ type: 'promote', version: 'v10' });
  });

  it('parses vercel deploy output: --format=json, the agent wrapper, and the bare URL', () => {
    expect(parseVercelDeployOutput(fixtureText('vercel/cli.deploy-json.stdout.json'))).toEqual({
      id: 'dpl_9sKq2Wm4ZrT7bXv1NcY8pLf3GhJd',
      url: 'https://acme-web-k2j8x9q4m-acme.vercel.app',
      readyState: 'READY',
      inspectorUrl: 'https://vercel.com/acme/acme-web/9sKq2Wm4ZrT7bXv1NcY8pLf3GhJd',
    });
    const wrapped = JSON.stringify({
      status: 'ok',
      deployment: fixtureJson('vercel/cli.deploy-json.stdout.json'),
      next: [],
    });
    expect(parseVercelDeployOutput(wrapped).id).toBe('dpl_9sKq2Wm4ZrT7bXv1NcY8pLf3GhJd');
    expect(parseVercelDeployOutput(fixtureText('vercel/cli.deploy-prebuilt-prod.stdout.txt'))).toEqual({
      url: 'https://acme-web-k2j8x9q4m-acme.vercel.app',
    });
    expect(parseVercelDeployOutput('')).toEqual({});
  });
});
