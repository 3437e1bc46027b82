import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  deployArgs,
  describeService,
  gcloudAuth,
  listRevisions,
  listRevisionsArgs,
  parseService,
  parseTrafficTargets,
  previousReadyRevision,
  rollbackCloudRun,
  servingRevision,
  tagUrl,
  updateTrafficArgs,
} from '../../src/providers/cloud-run/gcloud.js';
import { execute } from '../support/context.js';
import { STANDIN_BIN, standins } from '../support/standins.js';

const target = { service: 'api', region: 'us-central1', project: 'acme-prod' };
const gcloudOut = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(`${STANDIN_BIN}/gcloud`, args, {
    env: { ...process.env, CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: '/dev/null', ...env },
    encoding: 'utf8',
  });

describe('cloud-run client', () => {
  it('builds argv with every user value as one --flag=value element', () => {
    expect(deployArgs(target, { image: 'img:1', noTraffic: true, tag: 'green' })).toEqual([
      'run',
      'deploy',
      'api',
      '--image=img:1',
      '--region=us-central1',
      '--project=acme-prod',
      '--no-traffic',
      '--tag=green',
      '--format=json',
      '--quiet',
    ]);
    expect(updateTrafficArgs(target, { revision: 'api-00006-kov' })).toEqual([
      'run',
      'services',
      'update-traffic',
      'api',
      '--to-revisions=api-00006-kov=100',
      '--region=us-central1',
      '--project=acme-prod',
      '--format=json',
      '--quiet',
    ]);
    expect(updateTrafficArgs({ service: 'api', region: 'us-central1' }, { latest: true })).toContain('--to-latest');
    expect(listRevisionsArgs(target)).toContain('--sort-by=~metadata.creationTimestamp');
  });

  it('parses the Knative Service: new revision, serving revision, tag URL', () => {
    const deployed = parseService(gcloudOut(deployArgs(target, { image: 'img:1', noTraffic: true, tag: 'green' })));
    expect(deployed).toMatchObject({
      name: 'api',
      latestCreatedRevision: 'api-00007-leg',
      latestReadyRevision: 'api-00007-leg',
      ready: true,
    });
    expect(servingRevision(deployed)).toBe('api-00006-kov');
    expect(tagUrl(deployed, 'green')).toBe('https://green---api-4goqgbaxqq-uc.a.run.app');
    expect(() => parseService('Some text')).toThrow('gcloud printed a service that is not JSON: Some text');
  });

  it('finds the previous ready revision in a revision list', () => {
    const revisions = [
      { name: 'api-00008-new', ready: false },
      { name: 'api-00007-leg', ready: true },
      { name: 'api-00006-bad', ready: false },
      { name: 'api-00005-yus', ready: true },
    ];
    expect(previousReadyRevision(revisions, 'api-00007-leg')?.name).toBe('api-00005-yus');
    expect(previousReadyRevision(revisions, 'api-00005-yus')).toBeUndefined();
  });

  it('parses update-traffic output in the shape deploy-cloudrun records', () => {
    const text = JSON.stringify([
      {
        displayPercent: '100%',
        key: 'LATEST',
        latestRevision: true,
        revisionName: 'test-basic-yaml-00007-leg',
        specPercent: '100',
        statusPercent: '100',
        tags: [],
        urls: [],
      },
    ]);
    expect(parseTrafficTargets(text)).toEqual([
      { revision: 'test-basic-yaml-00007-leg', percent: 100, latestRevision: true },
    ]);
  });

  it('describes, lists and rolls back through gcloud (the stand-in), credentials in a 0600 file', async () => {
    const tools = standins();
    const auth = gcloudAuth('ya29.token-for-rollback-1234');
    const deps = { exec: execute, gcloud: `${STANDIN_BIN}/gcloud`, env: { ...tools.env, ...auth.env } };
    try {
      expect(servingRevision((await describeService(target, deps))!)).toBe('api-00006-kov');
      expect((await listRevisions(target, deps)).map((r) => r.name)).toEqual([
        'api-00007-leg',
        'api-00006-kov',
        'api-00005-yus',
      ]);
      const traffic = await rollbackCloudRun(target, 'api-00006-kov', deps);
      expect(traffic).toEqual([{ revision: 'api-00006-kov', percent: 100, latestRevision: false }]);
      expect(tools.calls().at(-1)!.argv).toContain('--to-revisions=api-00006-kov=100');
      expect(tools.calls().at(-1)!.credential).toMatchObject({ content: 'ya29.token-for-rollback-1234', mode: 0o600 });
      expect(
        await describeService(target, { ...deps, env: { ...deps.env, DK_GCLOUD_NEW_SERVICE: '1' } }),
      ).toBeUndefined();
      await expect(
        rollbackCloudRun(target, 'api-00006-kov', { ...deps, env: { ...deps.env, DK_STANDIN_FAIL: 'gcloud' } }),
      ).rejects.toThrow(
        'gcloud run services update-traffic exited with code 1: ERROR: ' +
          "(gcloud.run.services.update-traffic) PERMISSION_DENIED: Permission 'run.services.update' denied",
      );
    } finally {
      auth.dispose();
    }
  });
});
