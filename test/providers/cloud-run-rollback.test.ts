import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers } from '../support/server.js';
import { STANDIN_BIN, standins } from '../support/standins.js';
import { checkWithRollback, healthyService, releaseService, unhealthyStory } from '../health-check/rollback-service.js';

/**
 * `rollback: cloud-run` end to end: health-check (in-process) with the gcloud stand-in first on PATH (it records
 * argv and environment and answers in gcloud's --format=json shapes; the revision serving is
 * DK_GCLOUD_CURRENT, api-00006-kov by default, and api-00005-yus is the ready one before it) and a
 * service that turns healthy once gcloud has been asked to move the traffic.
 */

afterEach(closeAllServers);

const KEY = JSON.stringify({
  type: 'service_account',
  project_id: 'acme-prod',
  private_key_id: 'k2e-7b1d9f3a0c',
  client_email: 'deploy@acme-prod.iam.gserviceaccount.com',
});
const ACCESS_TOKEN = 'ya29.a0AfB_rollback-token-5678';

async function cloudRunRollback(
  options: { inputs?: Record<string, string>; env?: Record<string, string>; healthy?: boolean } = {},
) {
  const tools = standins(options.env);
  const service = options.healthy
    ? await healthyService()
    : await releaseService(() => tools.calls().some((call) => call.argv.includes('update-traffic')));
  const result = await checkWithRollback(
    service,
    {
      rollback: 'cloud-run',
      'rollback-token': KEY,
      service: 'api',
      region: 'us-central1',
      project: 'acme-prod',
      ...options.inputs,
    },
    { env: tools.env, path: [STANDIN_BIN] },
  );
  return { tools, service, result };
}

describe('health-check: rollback with cloud-run', () => {
  it('does not run gcloud when the release is healthy', async () => {
    const { tools, result } = await cloudRunRollback({ healthy: true });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ healthy: 'true', 'rolled-back': 'false' });
    expect(tools.calls()).toEqual([]);
    expectAllOutputs(result, 'health-check');
    expectNoSecretLeak(result, [KEY]);
  });

  it('sends all traffic to the previous ready revision, sees health restored and fails with both stories', async () => {
    const { tools, service, result } = await cloudRunRollback();
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true', 'rollback-healthy': 'true' });
    expect(result.failure).toMatch(
      new RegExp(
        `^${escape(unhealthyStory(service))}Rolled back: ` +
          `the Cloud Run rollback of service "api" \\(us-central1\\) to its previous ready revision ` +
          'sent all traffic to revision api-00005-yus in [\\d.]+ m?s; ' +
          'the service is healthy again \\(1 attempt in \\d+ ms\\)\\.$',
      ),
    );
    const calls = tools.calls();
    expect(calls.map((call) => call.argv)).toEqual([
      ['run', 'services', 'describe', 'api', '--region=us-central1', '--project=acme-prod', '--format=json'],
      [
        'run',
        'revisions',
        'list',
        '--service=api',
        '--region=us-central1',
        '--project=acme-prod',
        '--sort-by=~metadata.creationTimestamp',
        '--limit=20',
        '--format=json',
      ],
      [
        'run',
        'services',
        'update-traffic',
        'api',
        '--to-revisions=api-00005-yus=100',
        '--region=us-central1',
        '--project=acme-prod',
        '--format=json',
        '--quiet',
      ],
    ]);
    // The key reached gcloud as a 0600 file named in the environment, gone afterwards; never
    // argv, never the action's inputs.
    for (const call of calls) {
      expect(call.credential).toMatchObject({ content: KEY, mode: 0o600 });
      expect(call.env['CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE']).toBe(call.credential!.file);
      expect(Object.keys(call.env).filter((name) => name.startsWith('INPUT_'))).toEqual([]);
      expect(existsSync(call.credential!.file)).toBe(false);
    }
    expect(JSON.stringify(calls.map((call) => call.argv))).not.toContain('private_key_id');
    expectNoSecretLeak(result, [KEY]);
  });

  it('goes straight to rollback-to, with an access token in its own file variable', async () => {
    const { tools, result } = await cloudRunRollback({
      inputs: { 'rollback-token': ACCESS_TOKEN, 'rollback-to': 'api-00004-abc' },
    });
    expect(result.outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-healthy': 'true' });
    const [call, ...more] = tools.calls();
    expect(more).toEqual([]);
    expect(call!.argv).toContain('--to-revisions=api-00004-abc=100');
    expect(call!.credential).toMatchObject({ content: ACCESS_TOKEN, mode: 0o600 });
    expect(call!.env['CLOUDSDK_AUTH_ACCESS_TOKEN_FILE']).toBe(call!.credential!.file);
    expectNoSecretLeak(result, [ACCESS_TOKEN]);
  });

  it('fails the rollback, never reporting success, when gcloud exits non-zero', async () => {
    const { result } = await cloudRunRollback({ env: { DK_STANDIN_FAIL: 'gcloud' } });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(result.failure).toMatch(
      new RegExp(
        String.raw`The rollback FAILED: the Cloud Run rollback of service "api" \(us-central1\) ` +
          String.raw`to its previous ready revision failed: gcloud run services update-traffic exited with code 1: ` +
          String.raw`ERROR: \(gcloud\.run\.services\.update-traffic\) PERMISSION_DENIED: ` +
          String.raw`Permission 'run\.services\.update' denied, so the unhealthy release may still be serving\.$`,
      ),
    );
    expect(result.summary).toContain('### ❌ Rollback');
    expectNoSecretLeak(result, [KEY]);
  });

  it('fails the rollback when no ready revision is older than the one serving', async () => {
    const { tools, result } = await cloudRunRollback({ env: { DK_GCLOUD_CURRENT: 'api-00005-yus' } });
    expect(result.outputs['rolled-back']).toBe('false');
    expect(tools.calls().map((call) => call.argv[2])).toEqual(['describe', 'list']);
    expect(result.failure).toContain(
      'failed: no ready revision of api is older than the one serving (api-00005-yus): give rollback-to, so',
    );
  });

  it('fails the rollback when gcloud is not installed', async () => {
    const { result } = await cloudRunRollback({ env: { PATH: mkdtempSync(join(tmpdir(), 'dk-empty-path-')) } });
    expect(result.outputs['rolled-back']).toBe('false');
    expect(result.failure).toContain(
      'failed: Could not start gcloud: not found on PATH: add google-github-actions/setup-gcloud before this step, so',
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
