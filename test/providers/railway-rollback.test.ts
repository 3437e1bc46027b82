import { afterEach, describe, expect, it } from 'vitest';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { RAILWAY_IDS, type RailwayApiOptions, startRailwayApi } from '../support/railway-api.js';
import { closeAllServers } from '../support/server.js';
import { fixtureJson } from '../support/fixtures.js';
import { checkWithRollback, healthyService, releaseService, unhealthyStory } from '../health-check/rollback-service.js';

/**
 * `rollback: railway` end to end: health-check (in-process) against the Railway API stand-in (which checks the
 * operations byte for byte against test/fixtures/railway and the auth header against the token
 * kind) and a service that turns healthy once the stand-in has received `deploymentRollback`.
 */

afterEach(closeAllServers);

const TOKEN = 'rw-project-token-3c9e7a1f';
const ACCOUNT_TOKEN = 'rw-account-token-8b2d4f60';
/** The release judged unhealthy: the newest deployment, SUCCESS as far as Railway knows. */
const RELEASE_ID = 'e5f4a3b2-c1d0-4e9f-8a7b-6c5d4e3f2a1b';
/** The deployment `deploymentRollback` makes. */
const ROLLBACK_ID = 'f0e1d2c3-b4a5-4697-8877-665544332211';
const CRASHED_ID = '6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2f1e';

/** The fixture history under a new release: the deployment live before it is now REMOVED (superseded). */
function historyWithRelease() {
  const nodes = fixtureJson(
    'railway/responses/DeploymentsForServiceEnvironment.response.json',
  ).data.deployments.edges.map((edge: any) => edge.node);
  const older = nodes.map((node: any) =>
    node.id === RAILWAY_IDS.liveDeploymentId ? { ...node, status: 'REMOVED' } : node,
  );
  return [
    { ...older[1], id: RELEASE_ID, status: 'SUCCESS', createdAt: '2026-01-21T10:00:00.000Z', canRollback: true },
    ...older,
  ];
}

async function railwayRollback(
  options: { api?: Partial<RailwayApiOptions>; inputs?: Record<string, string>; healthy?: boolean } = {},
) {
  const api = await startRailwayApi({
    token: TOKEN,
    history: historyWithRelease(),
    rollbackCreates: { id: ROLLBACK_ID, statuses: ['INITIALIZING', 'DEPLOYING', 'SUCCESS'] },
    ...options.api,
  });
  const service = options.healthy
    ? await healthyService()
    : await releaseService(() => api.calls.some((call) => call.operationName === 'DeploymentRollback'));
  const result = await checkWithRollback(service, {
    rollback: 'railway',
    'rollback-token': TOKEN,
    service: 'api',
    'railway-api-url': api.url,
    ...options.inputs,
  });
  return { api, service, result };
}

describe('health-check: rollback with railway', () => {
  it('does not touch Railway when the release is healthy', async () => {
    const { api, result } = await railwayRollback({ healthy: true });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ healthy: 'true', 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(api.calls).toEqual([]);
    expectAllOutputs(result, 'health-check');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it(
    'rolls back to the previous successful deployment, waits until ' +
      'it is live, sees health restored and fails with both stories',
    async () => {
      const { api, service, result } = await railwayRollback();
      expect(result.exitCode).toBe(1);
      expectAllOutputs(result, 'health-check');
      expect(result.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true', 'rollback-healthy': 'true' });
      expect(result.failure).toMatch(
        new RegExp(
          `^${escape(unhealthyStory(service))}Rolled back: ` +
            'the Railway rollback of service "api" to its previous successful deployment ' +
            `restored deployment ${RAILWAY_IDS.liveDeploymentId} ` +
            `in [\\d.]+ m?s \\(deployment ${ROLLBACK_ID} is SUCCESS\\); ` +
            'the service is healthy again \\(1 attempt in \\d+ ms\\)\\.$',
        ),
      );
      const operations = api.calls.map((call) => call.operationName);
      expect(operations.slice(0, 6)).toEqual([
        'ProjectToken',
        'ProjectScope',
        'DeploymentsForServiceEnvironment',
        'LatestDeployment',
        'DeploymentRollback',
        'LatestDeployment',
      ]);
      expect(operations.slice(6).every((name) => name === 'DeploymentDetails')).toBe(true);
      expect(operations.filter((name) => name === 'DeploymentDetails').length).toBeGreaterThanOrEqual(3);
      expect(api.calls.every((call) => call.auth === 'project')).toBe(true);
      expect(api.calls[2]!.variables).toEqual({
        input: {
          projectId: RAILWAY_IDS.projectId,
          environmentId: RAILWAY_IDS.environmentId,
          serviceId: RAILWAY_IDS.serviceId,
        },
        first: 20,
      });
      expect(api.calls[4]!.variables).toEqual({ id: RAILWAY_IDS.liveDeploymentId });
      expect(api.calls.at(-1)!.variables).toEqual({ id: ROLLBACK_ID });
      expect(result.summary).toContain('### ✅ Rollback');
      expect(result.summary).toContain('### ✅ Health after the rollback');
      expectNoSecretLeak(result, [TOKEN]);
    },
  );

  it('rolls back to rollback-to with an account token as Bearer, in the named project and environment', async () => {
    const target = '3c2b1a09-f8e7-4d6c-a5b4-c3d2e1f0a9b8';
    const { api, result } = await railwayRollback({
      api: { token: ACCOUNT_TOKEN, tokenKind: 'account' },
      inputs: {
        'rollback-token': ACCOUNT_TOKEN,
        'railway-token-kind': 'account',
        project: RAILWAY_IDS.projectId,
        environment: 'production',
        'rollback-to': target,
      },
    });
    expect(result.outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-healthy': 'true' });
    expect(api.calls.every((call) => call.auth === 'account')).toBe(true);
    expect(api.calls.map((call) => call.operationName).slice(0, 4)).toEqual([
      'ProjectScope',
      'LatestDeployment',
      'DeploymentRollback',
      'LatestDeployment',
    ]);
    expect(api.calls.find((call) => call.operationName === 'DeploymentRollback')!.variables).toEqual({ id: target });
    expect(result.failure).toContain(
      'Rolled back: the Railway rollback of service "api" in ' +
        `"production" to deployment ${target} restored deployment ${target}`,
    );
    expectNoSecretLeak(result, [ACCOUNT_TOKEN]);
  });

  it('fails the rollback, never reporting success, when Railway refuses the token (GraphQL errors)', async () => {
    const wrong = 'rw-wrong-token-0d1e2f3a';
    const { api, result } = await railwayRollback({ inputs: { 'rollback-token': wrong } });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(api.calls.map((call) => call.operationName)).toEqual(['ProjectToken']);
    expect(result.failure).toMatch(
      new RegExp(
        String.raw`The rollback FAILED: the Railway rollback of service "api" to its previous successful deployment ` +
          String.raw`failed: Railway refused the token \(Project Token not found\): ` +
          String.raw`it was sent as a project token \(RAILWAY_TOKEN\); .* and service, ` +
          String.raw`so the unhealthy release may still be serving\.$`,
      ),
    );
    expect(result.summary).toContain('### ❌ Rollback');
    expect(result.summary).not.toContain('Health after the rollback');
    expectNoSecretLeak(result, [wrong]);
  });

  it('fails the rollback when Railway refuses deploymentRollback (a target it cannot roll back to)', async () => {
    const { api, result } = await railwayRollback({ inputs: { 'rollback-to': CRASHED_ID } });
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(api.calls.find((call) => call.operationName === 'DeploymentRollback')!.variables).toEqual({
      id: CRASHED_ID,
    });
    expect(result.failure).toContain(
      `to deployment ${CRASHED_ID} failed: Railway API DeploymentRollback failed: ` +
        'Deployment cannot be rolled back, so the unhealthy release may still be serving.',
    );
  });

  it('fails the rollback when no earlier deployment can be rolled back to', async () => {
    const [release, failed] = historyWithRelease();
    const { api, result } = await railwayRollback({ api: { history: [release, failed] } });
    expect(result.outputs['rolled-back']).toBe('false');
    expect(api.calls.map((call) => call.operationName)).not.toContain('DeploymentRollback');
    expect(result.failure).toContain(
      `failed: no deployment older than the newest (${RELEASE_ID}, SUCCESS) among the last 2 ` +
        'succeeded and can still be rolled back to: give rollback-to, so the unhealthy release',
    );
  });

  it('fails the rollback when the deployment it makes crashes', async () => {
    const { result } = await railwayRollback({
      api: { rollbackCreates: { id: ROLLBACK_ID, statuses: ['DEPLOYING', 'CRASHED'] } },
    });
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(result.failure).toContain(
      `failed: The Railway rollback to ${RAILWAY_IDS.liveDeploymentId} ` +
        `ended CRASHED (deployment ${ROLLBACK_ID}), so the unhealthy release may still be serving.`,
    );
  });

  it('fails the rollback when it is not live within rollback-timeout', async () => {
    const { result } = await railwayRollback({
      api: { rollbackCreates: { id: ROLLBACK_ID, statuses: ['DEPLOYING'] } },
      inputs: { 'rollback-timeout': '1s' },
    });
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(result.durationMs).toBeLessThan(15_000);
    expect(result.failure).toMatch(
      new RegExp(`failed: Railway deployment ${ROLLBACK_ID} was still DEPLOYING after \\d+ s, so`),
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
