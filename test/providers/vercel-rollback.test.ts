import { afterEach, describe, expect, it } from 'vitest';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers } from '../support/server.js';
import { startVercelApi, VERCEL_IDS, type VercelApiOptions } from '../support/vercel-api.js';
import { checkWithRollback, healthyService, releaseService, unhealthyStory } from '../health-check/rollback-service.js';

/**
 * `rollback: vercel` end to end: health-check (in-process) against the Vercel REST API stand-in (formats of
 * test/fixtures/vercel; it checks the Bearer token, the team scope and the project) and a
 * service that turns healthy once the stand-in has received the rollback request.
 */

afterEach(closeAllServers);

const TOKEN = 'vc-token-6e1f0a9b8c7d';

async function vercelRollback(
  options: { api?: Partial<VercelApiOptions>; inputs?: Record<string, string>; healthy?: boolean } = {},
) {
  const api = await startVercelApi({ token: TOKEN, teamId: VERCEL_IDS.teamId, ...options.api });
  const service = options.healthy ? await healthyService() : await releaseService(() => api.aliasRequests.length > 0);
  const result = await checkWithRollback(service, {
    rollback: 'vercel',
    'rollback-token': TOKEN,
    'vercel-org-id': VERCEL_IDS.teamId,
    'vercel-project-id': VERCEL_IDS.projectId,
    'vercel-api-url': api.url,
    ...options.inputs,
  });
  return { api, service, result };
}

const paths = (api: { requests: { method: string; url: string }[] }) =>
  api.requests.map((r) => `${r.method} ${new URL(r.url, 'http://x').pathname}`);

describe('health-check: rollback with vercel', () => {
  it('does not touch Vercel when the release is healthy', async () => {
    const { api, result } = await vercelRollback({ healthy: true });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ healthy: 'true', 'rolled-back': 'false' });
    expect(api.requests).toEqual([]);
    expectAllOutputs(result, 'health-check');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it(
    'rolls production back to the previous production deployment, ' +
      'waits for the alias job, and says auto-assignment is off',
    async () => {
      const { api, service, result } = await vercelRollback();
      expect(result.exitCode).toBe(1);
      expectAllOutputs(result, 'health-check');
      expect(result.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true', 'rollback-healthy': 'true' });
      expect(result.failure).toMatch(
        new RegExp(
          `^${escape(unhealthyStory(service))}Rolled back: the Vercel rollback of ` +
            `project ${VERCEL_IDS.projectId} to its previous production deployment ` +
            `pointed production at ${VERCEL_IDS.rollbackCandidate} in [\\d.]+ m?s; ` +
            `the service is healthy again \\(1 attempt in \\d+ ms\\)\\.$`,
        ),
      );
      expect(api.aliasRequests).toEqual([
        {
          type: 'rollback',
          version: 'v9',
          projectId: VERCEL_IDS.projectId,
          deploymentId: VERCEL_IDS.rollbackCandidate,
        },
      ]);
      const list = new URL(api.requests[0]!.url, 'http://x');
      expect(Object.fromEntries(list.searchParams)).toEqual({
        projectId: VERCEL_IDS.projectId,
        target: 'production',
        state: 'READY',
        limit: '20',
        teamId: VERCEL_IDS.teamId,
      });
      const seen = paths(api);
      expect(seen.slice(0, 2)).toEqual([
        'GET /v6/deployments',
        `POST /v9/projects/${VERCEL_IDS.projectId}/rollback/${VERCEL_IDS.rollbackCandidate}`,
      ]);
      // The alias job goes pending -> in-progress -> succeeded in the stand-in: polled until it ends.
      expect(seen.slice(2)).toEqual(Array(3).fill(`GET /v9/projects/${VERCEL_IDS.projectId}`));
      expect(api.requests.every((r) => r.headers['authorization'] === `Bearer ${TOKEN}`)).toBe(true);
      expect(result.summary).toContain('### ✅ Rollback');
      expect(result.summary).toContain('> ⚠️ Vercel has turned off the automatic assignment of production domains');
      expect(result.summary).toContain('`vercel promote <deployment>`');
      expectNoSecretLeak(result, [TOKEN]);
    },
  );

  it('rolls back to rollback-to without looking for a target', async () => {
    const { api, result } = await vercelRollback({ inputs: { 'rollback-to': VERCEL_IDS.rollbackCandidate } });
    expect(result.outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-healthy': 'true' });
    expect(paths(api)).not.toContain('GET /v6/deployments');
    expect(api.aliasRequests.map((r) => r.deploymentId)).toEqual([VERCEL_IDS.rollbackCandidate]);
  });

  it('fails the rollback when Vercel refuses the token', async () => {
    const wrong = 'vc-wrong-token-2b3c4d5e';
    const { api, result } = await vercelRollback({ inputs: { 'rollback-token': wrong } });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(api.aliasRequests).toEqual([]);
    expect(result.failure).toMatch(
      new RegExp(
        String.raw`The rollback FAILED: the Vercel rollback of project \S+ to its previous production deployment ` +
          String.raw`failed: Vercel API GET \/v6\/deployments failed: .*\(forbidden\): ` +
          String.raw`check the Vercel token and its team scope \(vercel-org-id\), ` +
          String.raw`so the unhealthy release may still be serving\.$`,
      ),
    );
    expect(result.summary).not.toContain('automatic assignment');
    expectNoSecretLeak(result, [wrong]);
  });

  it('fails the rollback when the rollback request answers 401', async () => {
    const { api, result } = await vercelRollback({
      api: {
        aliasRequestAnswer: [
          401,
          { error: { code: 'unauthorized', message: 'The token is not authorized to roll back this project' } },
        ],
      },
    });
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(api.aliasRequests).toHaveLength(1);
    expect(result.failure).toContain(
      `failed: Vercel API POST /v9/projects/${VERCEL_IDS.projectId}/rollback/${VERCEL_IDS.rollbackCandidate} ` +
        'failed: The token is not authorized to roll back this project (unauthorized): check the Vercel token',
    );
  });

  it("fails the rollback when Vercel's alias job fails", async () => {
    const { result } = await vercelRollback({ api: { aliasJobEnds: 'failed' } });
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(result.failure).toContain(
      `failed: The Vercel rollback to ${VERCEL_IDS.rollbackCandidate} ` +
        'ended failed, so the unhealthy release may still be serving.',
    );
  });

  it('fails the rollback when the project has no production deployment to return to', async () => {
    const { api, result } = await vercelRollback({ inputs: { 'vercel-project-id': 'prj_other' } });
    expect(result.outputs['rolled-back']).toBe('false');
    expect(api.aliasRequests).toEqual([]);
    expect(result.failure).toContain(
      'failed: Vercel lists no READY production deployment of project prj_other: nothing to roll back from, so',
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
