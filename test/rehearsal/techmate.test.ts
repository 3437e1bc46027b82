import { afterAll, describe, expect, test } from 'vitest';
import { rehearse } from './engine.js';
import { printTable } from './print.js';
import { EAS_CONFIG, json, repository, startRig, text, type Rig, type RigOptions } from './rig.js';

/** examples/techmate.yml (seeds/003): Cloud Run API, Vercel web, Expo mobile with EAS. */
const WORKFLOW = 'examples/techmate.yml';
const rigs: Rig[] = [];
afterAll(async () => Promise.all(rigs.map((rig) => rig.close())));

const GCP_CREDENTIALS = JSON.stringify({
  type: 'service_account',
  project_id: 'techmate-prod',
  private_key_id: 'k1d-7e2c9a0b4f',
  client_email: 'deploy@techmate-prod.iam.gserviceaccount.com',
});
const REPOSITORY = repository({
  'mobile/eas.json': EAS_CONFIG,
  'mobile/package.json': '{"name":"techmate-mobile","private":true}\n',
});

async function techmateRig(options: RigOptions & { broken?: 'api' | 'web' } = {}): Promise<Rig> {
  const rig = await startRig(options);
  rigs.push(rig);
  rig.secrets['GCP_CREDENTIALS'] = GCP_CREDENTIALS;
  // /health (database, memory, disk), /health/ready, /health/live as seeds/003 lists them.
  const api = await rig.service({
    routes: {
      '/health': (healthy) =>
        json(healthy ? 200 : 503, {
          status: healthy ? 'ok' : 'error',
          checks: { database: healthy ? 'ok' : 'down', memory: 'ok', disk: 'ok' },
        }),
      '/health/ready': (healthy) => json(healthy ? 200 : 503, { ready: healthy }),
      '/health/live': () => json(200, { live: true }),
    },
    ...(options.broken === 'web' ? { broken: () => false } : {}),
  });
  const web = await rig.service({
    routes: {
      '/': (healthy) =>
        healthy ? text(200, '<!doctype html><div id="root"></div>', 'text/html') : text(500, 'Internal Server Error'),
    },
    ...(options.broken === 'web' ? {} : { broken: () => false }),
  });
  Object.assign(rig.vars, {
    API_URL: api.url,
    STAGING_API_URL: api.url,
    WEB_URL: `${web.url}/`,
    STAGING_WEB_URL: `${web.url}/`,
  });
  return rig;
}

const CI = {
  result: 'success',
  steps: {
    'actions/checkout': 'success',
    'actions/setup-node': 'success',
    'run: npm ci': 'success',
    'Lint and type check': 'success',
    'Backend tests (unit and property-based)': 'success',
    'Web tests': 'success',
    'Mobile tests': 'success',
    'Build backend and web': 'success',
    'Integration tests': 'success',
  },
} as const;

const DISPATCH = {
  event: 'workflow_dispatch',
  ref: 'refs/heads/main',
  inputs: { release: '1.8.0' },
  repository: REPOSITORY,
} as const;
const gcloud = (rig: Rig) =>
  rig.standins
    .calls()
    .filter((call) => call.tool === 'gcloud')
    .map((call) => call.argv.slice(0, 3).join(' '));

describe.concurrent('techmate', () => {
  test(
    'release: the manual dispatch builds and pushes the image, ' +
      'deploys Cloud Run and Vercel production, both healthy, releases, Slack told once',
    async () => {
      const rig = await techmateRig();
      const run = await rehearse(WORKFLOW, rig.scenario(DISPATCH));
      printTable('techmate — release (manual dispatch 1.8.0)', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()).toEqual({
        ci: { result: 'skipped', steps: {} },
        staging: { result: 'skipped', steps: {} },
        production: {
          result: 'success',
          steps: {
            'actions/checkout': 'success',
            'Build and push the API image': 'success',
            api: 'success',
            health: 'success',
            web: 'success',
            'web-health': 'success',
            'GitHub release': 'success',
            'org/deploy-kit/actions/slack-notify': 'success',
          },
        },
        mobile: { result: 'skipped', steps: {} },
      });
      const docker = rig.standins
        .calls()
        .filter((call) => call.tool === 'docker')
        .map((call) => call.argv.join(' '));
      const image = 'europe-west1-docker.pkg.dev/techmate-prod/app/api:8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a';
      expect(docker).toEqual([
        'login -u _json_key --password-stdin https://europe-west1-docker.pkg.dev',
        `build -t ${image} backend`,
        `push ${image}`,
      ]);
      expect(run.step('production', 'api').inputs['image']).toBe(image);
      expect(gcloud(rig)).toContain('run deploy api');
      expect(rig.standins.calls().find((call) => call.tool === 'gh')?.argv).toEqual([
        'release',
        'create',
        'v1.8.0',
        '--target',
        '8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a',
        '--generate-notes',
      ]);
      expect(rig.slackMessages()).toHaveLength(1);
      expect(JSON.stringify(rig.slackMessages()[0])).toContain('Production release 1.8.0 deployed');
      expect(rig.escaped.requests).toEqual([]);
    },
  );

  test('fork: a pull request from a fork runs CI only, green, nothing deployed or sent', async () => {
    const rig = await techmateRig();
    const run = await rehearse(WORKFLOW, rig.fork({ repository: REPOSITORY }));
    printTable('techmate — fork pull request', run);
    rig.expectNoLeaks(run);
    expect(run.outcomes()).toEqual({
      ci: CI,
      staging: { result: 'skipped', steps: {} },
      production: { result: 'skipped', steps: {} },
      mobile: { result: 'skipped', steps: {} },
    });
    expect(rig.slackMessages()).toEqual([]);
    expect(rig.standins.calls().filter((call) => ['gcloud', 'vercel', 'docker'].includes(call.tool))).toEqual([]);
  });

  test(
    "fork: a fork's own push to main (no secrets) skips the image, " +
      'both deploys, the health check and E2E with notices; staging stays green',
    async () => {
      const rig = await techmateRig();
      const run = await rehearse(
        WORKFLOW,
        rig.fork({
          event: 'push',
          ref: 'refs/heads/main',
          payload: {},
          repo: 'outsider/techmate',
          repository: REPOSITORY,
        }),
      );
      printTable("techmate — a fork's push to main", run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()['staging']).toEqual({
        result: 'success',
        steps: {
          'actions/checkout': 'success',
          'Build and push the API image': 'success',
          api: 'success',
          'Staging health': 'skipped',
          web: 'success',
          'actions/setup-node': 'success',
          'E2E tests': 'skipped',
        },
      });
      expect(run.step('staging', 'Build and push the API image').annotations).toEqual([
        'notice: GCP_CREDENTIALS is not available (a fork): the image is not built',
      ]);
      for (const id of ['api', 'web']) {
        expect(run.step('staging', id).outputs).toMatchObject({ skipped: 'true', deployed: 'false' });
        expect(run.step('staging', id).annotations.some((line) => line.startsWith('notice'))).toBe(true);
      }
      expect(rig.standins.calls().filter((call) => ['gcloud', 'vercel', 'docker'].includes(call.tool))).toEqual([]);
      expect(rig.slackMessages()).toEqual([]);
    },
  );

  test(
    'bad release: the new revision fails its smoke tests, traffic goes back to ' +
      'the previous revision and is healthy, Slack gets the story, the job fails',
    async () => {
      const rig = await techmateRig({ badRelease: true });
      const run = await rehearse(WORKFLOW, rig.scenario(DISPATCH));
      printTable('techmate — bad release', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()['production']).toEqual({
        result: 'failure',
        steps: {
          'actions/checkout': 'success',
          'Build and push the API image': 'success',
          api: 'success',
          health: 'failure',
          web: 'skipped',
          'web-health': 'skipped',
          'GitHub release': 'skipped',
          'org/deploy-kit/actions/slack-notify': 'success',
        },
      });
      expect(run.step('production', 'health').outputs).toMatchObject({
        'rolled-back': 'true',
        'rollback-healthy': 'true',
      });
      expect(gcloud(rig)).toContain('run services update-traffic');
      const story = JSON.stringify(rig.slackMessages());
      expect(rig.slackMessages()).toHaveLength(1);
      expect(story).toContain('Production release 1.8.0 failed');
      expect(story).toContain('traffic is back on the previous Cloud Run revision (healthy again: true)');
      expect(rig.standins.calls().some((call) => call.tool === 'gh')).toBe(false);
    },
  );

  test(
    'bad web release: the new Vercel production deployment answers 500, ' +
      'is rolled back to the previous one (verified), Slack gets the story, no GitHub release',
    async () => {
      const rig = await techmateRig({ badRelease: true, broken: 'web' });
      const run = await rehearse(WORKFLOW, rig.scenario(DISPATCH));
      printTable('techmate — bad web release', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()['production']).toEqual({
        result: 'failure',
        steps: {
          'actions/checkout': 'success',
          'Build and push the API image': 'success',
          api: 'success',
          health: 'success',
          web: 'success',
          'web-health': 'failure',
          'GitHub release': 'skipped',
          'org/deploy-kit/actions/slack-notify': 'success',
        },
      });
      expect(run.step('production', 'web-health').outputs).toMatchObject({
        'rolled-back': 'true',
        'rollback-healthy': 'true',
      });
      expect(rig.vercel.aliasRequests).toHaveLength(1);
      expect(rig.vercel.aliasRequests[0]).toMatchObject({ type: 'rollback' });
      expect(JSON.stringify(rig.slackMessages())).toContain(
        'Web health failed: rolled back to the previous Vercel production deployment (healthy again: true)',
      );
    },
  );

  test('staging: main builds the image, deploys Cloud Run and a Vercel preview, checks health, runs E2E', async () => {
    const rig = await techmateRig();
    const run = await rehearse(
      WORKFLOW,
      rig.scenario({ event: 'push', ref: 'refs/heads/main', repository: REPOSITORY }),
    );
    printTable('techmate — push to main (staging)', run);
    rig.expectNoLeaks(run);
    expect(run.outcomes()['ci']).toEqual(CI);
    expect(Object.values(run.outcomes()['staging']!.steps).every((outcome) => outcome === 'success')).toBe(true);
    expect(run.job('staging').result).toBe('success');
    expect(
      rig.standins.calls().find((call) => call.tool === 'npm' && call.argv.join(' ') === 'run test:e2e')?.env[
        'API_URL'
      ],
    ).toBe(rig.vars['STAGING_API_URL']);
  });

  test('EAS on a mobile-v* tag: Android and iOS built and submitted, Slack says so', async () => {
    const rig = await techmateRig({ easFixture: 'build-wait-all-production-finished.json' });
    const run = await rehearse(
      WORKFLOW,
      rig.scenario({ event: 'push', ref: 'refs/tags/mobile-v1.0.1', repository: REPOSITORY }),
    );
    printTable('techmate — tag mobile-v1.0.1', run);
    rig.expectNoLeaks(run);
    expect(run.outcomes()['mobile']).toEqual({
      result: 'success',
      steps: {
        'actions/checkout': 'success',
        'actions/setup-node': 'success',
        'run: npm ci': 'success',
        eas: 'success',
        'org/deploy-kit/actions/slack-notify': 'success',
      },
    });
    expect(rig.easCalls()[0]?.argv).toEqual(
      expect.arrayContaining(['--platform', 'all', '--auto-submit-with-profile', 'production']),
    );
    expect(JSON.stringify(rig.slackMessages())).toContain(
      'Mobile mobile-v1.0.1 built and submitted (Play internal, TestFlight)',
    );
  });

  test('EAS on a mobile-v* tag, build errored: the job fails and Slack titles it failed, not "submitted"', async () => {
    const rig = await techmateRig({ easFixture: 'build-wait-android-errored.json' });
    const run = await rehearse(
      WORKFLOW,
      rig.scenario({ event: 'push', ref: 'refs/tags/mobile-v1.0.2', repository: REPOSITORY }),
    );
    printTable('techmate — tag mobile-v1.0.2, EAS build errored', run);
    rig.expectNoLeaks(run);
    expect(run.job('mobile').result).toBe('failure');
    expect(run.step('mobile', 'eas').conclusion).toBe('failure');
    const story = JSON.stringify(rig.slackMessages());
    expect(story).toContain('Mobile mobile-v1.0.2 failed (EAS build errored)');
    expect(story).not.toContain('submitted');
  });
});
