import { afterEach, describe, expect, it } from 'vitest';
import { closeHttp } from '../../src/lib/http.js';
import { type RailwayApi, railwayHeaders } from '../../src/providers/railway/api.js';
import {
  currentRailwayDeployment,
  listRailwayDeployments,
  pickRailwayRollbackTarget,
  resolveRailwayScope,
  rollbackRailwayDeployment,
  waitForRailwayDeployment,
} from '../../src/providers/railway/deployments.js';
import { parseRailwayUpOutput, railwayCliEnv } from '../../src/providers/railway/cli.js';
import { fakeClock } from '../support/clock.js';
import { cappedHttp } from '../support/context.js';
import { fixtureJson, fixtureText } from '../support/fixtures.js';
import { RAILWAY_IDS, startRailwayApi } from '../support/railway-api.js';
import { closeAllServers } from '../support/server.js';

const TOKEN = 'rw-project-token-5f1c2a9e';
const scope = {
  projectId: RAILWAY_IDS.projectId,
  environmentId: RAILWAY_IDS.environmentId,
  serviceId: RAILWAY_IDS.serviceId,
};
const history = () =>
  fixtureJson('railway/responses/DeploymentsForServiceEnvironment.response.json').data.deployments.edges.map(
    (e: any) => e.node,
  );

afterEach(async () => {
  await closeAllServers();
  await closeHttp();
});

describe('railway client', () => {
  it('sends each token kind the way Railway expects it, and only one token to the CLI', () => {
    expect(railwayHeaders({ token: 't', tokenKind: 'project' })).toMatchObject({ 'project-access-token': 't' });
    expect(railwayHeaders({ token: 't', tokenKind: 'project' })).not.toHaveProperty('authorization');
    expect(railwayHeaders({ token: 't', tokenKind: 'account' })).toMatchObject({ authorization: 'Bearer t' });
    expect(railwayCliEnv({ token: 't', tokenKind: 'project' })).toEqual({
      RAILWAY_TOKEN: 't',
      RAILWAY_API_TOKEN: undefined,
    });
    expect(railwayCliEnv({ token: 't', tokenKind: 'account' })).toEqual({
      RAILWAY_API_TOKEN: 't',
      RAILWAY_TOKEN: undefined,
    });
  });

  it('resolves names to ids and lists deployments with the fixture queries', async () => {
    const server = await startRailwayApi({ token: TOKEN });
    const api: RailwayApi = { url: server.url, token: TOKEN, tokenKind: 'project', http: cappedHttp };
    const resolved = await resolveRailwayScope(api, { service: 'api', environment: 'production' });
    expect(resolved).toEqual({ ...scope, environmentName: 'production', serviceName: 'api' });
    await expect(resolveRailwayScope(api, { service: 'api', environment: 'staging' })).rejects.toThrow(
      'The Railway project token is scoped to environment "production", ' +
        'not to "staging": use that environment\'s token.',
    );
    const all = await listRailwayDeployments(api, scope);
    expect(all.map((d) => d.status)).toEqual(['FAILED', 'SUCCESS', 'CRASHED', 'REMOVED', 'REMOVED']);
    expect((await currentRailwayDeployment(api, scope))?.id).toBe(RAILWAY_IDS.liveDeploymentId);
  });

  it('picks the rollback target: the newest older deployment that ran and can be rolled back to', () => {
    const nodes = history();
    expect(pickRailwayRollbackTarget(nodes, RAILWAY_IDS.failedDeploymentId)?.id).toBe(RAILWAY_IDS.liveDeploymentId);
    // After the live one, the CRASHED one is skipped: the next is a REMOVED (superseded) one with canRollback.
    expect(pickRailwayRollbackTarget(nodes, RAILWAY_IDS.liveDeploymentId)?.id).toBe(
      '3c2b1a09-f8e7-4d6c-a5b4-c3d2e1f0a9b8',
    );
    expect(pickRailwayRollbackTarget(nodes.slice(0, 1), RAILWAY_IDS.failedDeploymentId)).toBeUndefined();
  });

  it('waits until a final status, with a fake clock', async () => {
    const server = await startRailwayApi({
      token: TOKEN,
      statuses: { [RAILWAY_IDS.upDeploymentId]: ['QUEUED', 'BUILDING', 'DEPLOYING', 'SUCCESS'] },
    });
    const api: RailwayApi = { url: server.url, token: TOKEN, tokenKind: 'project', http: cappedHttp };
    const seen: string[] = [];
    const clock = fakeClock();
    const done = await waitForRailwayDeployment(api, RAILWAY_IDS.upDeploymentId, {
      timeoutMs: 600_000,
      intervalMs: 5000,
      clock,
      onStatus: (s) => seen.push(s),
    });
    expect(done.status).toBe('SUCCESS');
    expect(seen).toEqual(['QUEUED', 'BUILDING', 'DEPLOYING', 'SUCCESS']);
    expect(clock.slept).toEqual([5000, 5000, 5000]);
  });

  it('gives up waiting at the deadline, naming the last status', async () => {
    const server = await startRailwayApi({ token: TOKEN, statuses: { [RAILWAY_IDS.upDeploymentId]: ['BUILDING'] } });
    const api: RailwayApi = { url: server.url, token: TOKEN, tokenKind: 'project', http: cappedHttp };
    await expect(
      waitForRailwayDeployment(api, RAILWAY_IDS.upDeploymentId, {
        timeoutMs: 20_000,
        intervalMs: 5000,
        clock: fakeClock(),
      }),
    ).rejects.toThrow(`Railway deployment ${RAILWAY_IDS.upDeploymentId} was still BUILDING after 20 s.`);
  });

  it('rolls back (deploymentRollback returns Boolean!) and waits for the new deployment to be SUCCESS', async () => {
    const rolledBack = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b';
    const server = await startRailwayApi({
      token: TOKEN,
      rollbackCreates: { id: rolledBack, statuses: ['INITIALIZING', 'DEPLOYING', 'SUCCESS'] },
    });
    const api: RailwayApi = { url: server.url, token: TOKEN, tokenKind: 'project', http: cappedHttp };
    const result = await rollbackRailwayDeployment(
      api,
      {
        targetId: RAILWAY_IDS.liveDeploymentId,
        serviceId: RAILWAY_IDS.serviceId,
        environmentId: RAILWAY_IDS.environmentId,
      },
      { timeoutMs: 300_000, intervalMs: 2000, clock: fakeClock() },
    );
    expect(result).toEqual({
      deploymentId: rolledBack,
      status: 'SUCCESS',
      url: 'https://api-production-3f9a.up.railway.app',
    });
    const rollback = server.calls.find((c) => c.operationName === 'DeploymentRollback')!;
    expect(rollback.variables).toEqual({ id: RAILWAY_IDS.liveDeploymentId });
  });

  it('fails a rollback whose deployment crashes, and one Railway refuses', async () => {
    const server = await startRailwayApi({
      token: TOKEN,
      rollbackCreates: { id: 'f0e1d2c3-b4a5-4968-8776-655443322110', statuses: ['DEPLOYING', 'CRASHED'] },
    });
    const api: RailwayApi = { url: server.url, token: TOKEN, tokenKind: 'project', http: cappedHttp };
    const request = {
      targetId: RAILWAY_IDS.liveDeploymentId,
      serviceId: RAILWAY_IDS.serviceId,
      environmentId: RAILWAY_IDS.environmentId,
    };
    await expect(
      rollbackRailwayDeployment(api, request, { timeoutMs: 60_000, intervalMs: 1000, clock: fakeClock() }),
    ).rejects.toThrow(
      `The Railway rollback to ${RAILWAY_IDS.liveDeploymentId} ` +
        'ended CRASHED (deployment f0e1d2c3-b4a5-4968-8776-655443322110).',
    );
    await expect(
      rollbackRailwayDeployment(
        api,
        { ...request, targetId: RAILWAY_IDS.failedDeploymentId },
        { timeoutMs: 60_000, intervalMs: 1000, clock: fakeClock() },
      ),
    ).rejects.toThrow('Railway API DeploymentRollback failed: Deployment cannot be rolled back');
  });

  it('explains a token sent as the wrong kind', async () => {
    const server = await startRailwayApi({ token: TOKEN, tokenKind: 'account' });
    const api: RailwayApi = { url: server.url, token: TOKEN, tokenKind: 'project', http: cappedHttp };
    await expect(listRailwayDeployments(api, scope)).rejects.toThrow(
      'Railway refused the token (Not Authorized): it was sent as a project token (RAILWAY_TOKEN); ' +
        'for an account or workspace token set railway-token-kind: account',
    );
  });

  it('reads the deployment id from railway up --detach --json, and from a text build-logs URL', () => {
    expect(parseRailwayUpOutput(fixtureText('railway/responses/cli.railway-up-detach-json.json'))).toEqual(
      fixtureJson('railway/responses/cli.railway-up-detach-json.json'),
    );
    const logsUrl = fixtureJson('railway/responses/cli.railway-up-detach-json.json').logsUrl;
    expect(parseRailwayUpOutput(`Indexing...\nUploading...\n  Build Logs: ${logsUrl}\n`)).toEqual({
      deploymentId: RAILWAY_IDS.upDeploymentId,
      logsUrl,
    });
    expect(parseRailwayUpOutput('{"type":"log","message":"x"}\n{"deploymentId":"abc","logsUrl":"u"}\n')).toEqual({
      deploymentId: 'abc',
      logsUrl: 'u',
    });
    expect(parseRailwayUpOutput('nothing useful')).toEqual({});
  });
});
