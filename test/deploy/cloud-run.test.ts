import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { STANDIN_BIN, standins } from '../support/standins.js';

const KEY = JSON.stringify({
  type: 'service_account',
  project_id: 'acme-prod',
  private_key_id: 'k1d-0f3a9c2b7e',
  client_email: 'deploy@acme-prod.iam.gserviceaccount.com',
});
const ACCESS_TOKEN = 'ya29.a0AfB_test-access-token-1234';

async function cloudRunRun(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  const tools = standins(env);
  const result = await runInProcess('deploy', {
    inputs: {
      provider: 'cloud-run',
      token: KEY,
      service: 'api',
      region: 'us-central1',
      project: 'acme-prod',
      image: 'us-docker.pkg.dev/acme-prod/app/api:8f3c2a1',
      ...inputs,
    },
    env: tools.env,
    path: [STANDIN_BIN],
  });
  return { tools, result };
}

describe('deploy: cloud-run', () => {
  it('deploys the image and reports the new and the previously serving revision', async () => {
    const { tools, result } = await cloudRunRun();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      'deployment-id': 'api-00007-leg',
      'previous-deployment-id': 'api-00006-kov',
      url: 'https://api-4goqgbaxqq-uc.a.run.app',
      status: 'ready',
    });
    const [describe, deploy] = tools.calls();
    expect(describe!.argv).toEqual([
      'run',
      'services',
      'describe',
      'api',
      '--region=us-central1',
      '--project=acme-prod',
      '--format=json',
    ]);
    expect(deploy!.argv).toEqual([
      'run',
      'deploy',
      'api',
      '--image=us-docker.pkg.dev/acme-prod/app/api:8f3c2a1',
      '--region=us-central1',
      '--project=acme-prod',
      '--format=json',
      '--quiet',
    ]);
    // The key reached gcloud as a 0600 file named in the environment, and is gone afterwards.
    expect(deploy!.credential).toMatchObject({ content: KEY, mode: 0o600 });
    expect(deploy!.env['CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE']).toBe(deploy!.credential!.file);
    expect(existsSync(deploy!.credential!.file)).toBe(false);
    expect(JSON.stringify(tools.calls().map((c) => c.argv))).not.toContain('private_key_id');
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [KEY]);
  });

  it(
    'deploys blue-green style: no traffic, a tag, and the tag URL as url; ' +
      'an access token goes in its own file variable',
    async () => {
      const { tools, result } = await cloudRunRun({ token: ACCESS_TOKEN, 'no-traffic': 'true', tag: 'green' });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.outputs).toMatchObject({
        'deployment-id': 'api-00007-leg',
        'previous-deployment-id': 'api-00006-kov',
        url: 'https://green---api-4goqgbaxqq-uc.a.run.app',
        status: 'ready, no traffic',
      });
      const deploy = tools.calls()[1]!;
      expect(deploy.argv).toContain('--no-traffic');
      expect(deploy.argv).toContain('--tag=green');
      expect(deploy.env['CLOUDSDK_AUTH_ACCESS_TOKEN_FILE']).toBe(deploy.credential!.file);
      expect(deploy.credential!.content).toBe(ACCESS_TOKEN);
      expectNoSecretLeak(result, [ACCESS_TOKEN]);
    },
  );

  it('deploys a new service with no previous revision', async () => {
    const { result } = await cloudRunRun({}, { DK_GCLOUD_NEW_SERVICE: '1' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      'deployment-id': 'api-00007-leg',
      'previous-deployment-id': '',
    });
  });

  it("fails with gcloud's error when the revision does not start", async () => {
    const { result } = await cloudRunRun({}, { DK_STANDIN_FAIL: 'gcloud' });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      new RegExp(
        /^gcloud run deploy api exited with code 1: .*\nDeployment failed\n/.source +
          /ERROR: \(gcloud.run.deploy\) Revision 'api-00007-leg' is not ready/.source,
      ),
    );
    expect(result.outputs).toMatchObject({ deployed: 'false', 'previous-deployment-id': 'api-00006-kov' });
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [KEY]);
  });

  it('says how to get gcloud when it is missing', async () => {
    const result = await runInProcess('deploy', {
      inputs: { provider: 'cloud-run', token: ACCESS_TOKEN, service: 'api', region: 'us-central1', image: 'app:1' },
      env: { PATH: mkdtempSync(join(tmpdir(), 'dk-empty-path-')) },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'gcloud is not installed on this runner: add google-github-actions/setup-gcloud before this step.',
    );
  });
});
