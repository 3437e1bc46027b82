import { afterAll, describe, expect, test } from 'vitest';
import { rehearse } from './engine.js';
import { json, startRig, type Rig } from './rig.js';
import { printTable } from './print.js';

/** examples/vera.yml (seeds/001): Railway API + Vercel web; tags release production, main goes to staging. */
const WORKFLOW = 'examples/vera.yml';
const rigs: Rig[] = [];
afterAll(async () => Promise.all(rigs.map((rig) => rig.close())));

async function veraRig(badRelease = false): Promise<Rig> {
  const rig = await startRig({ badRelease });
  rigs.push(rig);
  // GET /health as seeds/001 writes it: {status, checks: {database, redis, s3}}, 503 when a check fails.
  const api = await rig.service({
    routes: {
      '/health': (healthy) =>
        json(healthy ? 200 : 503, {
          status: 'ok',
          uptime: 12.5,
          checks: { database: healthy ? 'ok' : 'error: connect ECONNREFUSED', redis: 'ok', s3: 'ok' },
        }),
    },
  });
  const web = await rig.service({
    routes: { '/': () => [200, 'text/html', '<!doctype html><div id="root"></div>'] },
    broken: () => false,
  });
  Object.assign(rig.vars, { API_URL: api.url, STAGING_API_URL: api.url, WEB_URL: `${web.url}/` });
  return rig;
}

const TAG = { event: 'push', ref: 'refs/tags/v1.4.0' } as const;

describe.concurrent('vera', () => {
  test('release: a v* tag deploys production on Railway, the web app on Vercel, healthy, Slack told once', async () => {
    const rig = await veraRig();
    const run = await rehearse(WORKFLOW, rig.scenario(TAG));
    printTable('vera — release (tag v1.4.0)', run);
    rig.expectNoLeaks(run);
    expect(run.outcomes()).toEqual({
      checks: {
        result: 'success',
        steps: {
          'actions/checkout': 'success',
          'actions/setup-node': 'success',
          'run: npm ci': 'success',
          'run: npm test -- --coverage': 'success',
          'run: npm run lint': 'success',
          'run: npm run type-check': 'success',
        },
      },
      security: { result: 'skipped', steps: {} },
      staging: { result: 'skipped', steps: {} },
      production: {
        result: 'success',
        steps: {
          'actions/checkout': 'success',
          'actions/setup-node': 'success',
          deploy: 'success',
          health: 'success',
          'Database migration': 'success',
          'org/deploy-kit/actions/slack-notify': 'success',
        },
      },
      web: {
        result: 'success',
        steps: {
          'actions/checkout': 'success',
          'actions/setup-node': 'success',
          'Build the web app (vercel pull, vercel build)': 'success',
          vercel: 'success',
          'Health, or roll the web app back to the previous production deployment': 'success',
        },
      },
    });
    expect(run.step('production', 'deploy').outputs).toMatchObject({
      deployed: 'true',
      'previous-deployment-id': expect.any(String),
    });
    expect(run.step('production', 'health').outputs).toMatchObject({ healthy: 'true', 'rolled-back': 'false' });
    expect(run.step('web', 'vercel').outputs['deployed']).toBe('true');
    const messages = rig.slackMessages();
    expect(messages).toHaveLength(1);
    expect(JSON.stringify(messages[0])).toContain('Production v1.4.0');
    expect(rig.railway.calls.map((call) => call.operationName)).not.toContain('DeploymentRollback');
    const migrate = rig.standins
      .calls()
      .find((call) => call.tool === 'npm' && call.argv.join(' ') === 'run migrate:prod');
    expect(migrate?.env['DATABASE_URL']).toBe(rig.secrets['DATABASE_URL']);
    expect(rig.escaped.requests).toEqual([]);
  });

  test(
    'fork: a pull request from a fork runs the checks and the ' +
      'HIGH security gate, deploys nothing, sends nothing, all green',
    async () => {
      const rig = await veraRig();
      const run = await rehearse(WORKFLOW, rig.fork());
      printTable('vera — fork pull request', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()).toEqual({
        checks: {
          result: 'success',
          steps: {
            'actions/checkout': 'success',
            'actions/setup-node': 'success',
            'run: npm ci': 'success',
            'run: npm test -- --coverage': 'success',
            'run: npm run lint': 'success',
            'run: npm run type-check': 'success',
          },
        },
        security: {
          result: 'success',
          steps: { 'actions/checkout': 'success', 'org/deploy-kit/actions/trivy-gate': 'success' },
        },
        staging: { result: 'skipped', steps: {} },
        production: { result: 'skipped', steps: {} },
        web: { result: 'skipped', steps: {} },
      });
      expect(run.step('security', 'org/deploy-kit/actions/trivy-gate').outputs['passed']).toBe('true');
      expect(rig.slackMessages()).toEqual([]);
      expect(rig.standins.calls().filter((call) => ['railway', 'vercel'].includes(call.tool))).toEqual([]);
      expect(rig.escaped.requests).toEqual([]);
    },
  );

  test(
    'bad release: the new production release answers 503, is rolled ' +
      'back on Railway and verified, Slack gets the story, the job fails',
    async () => {
      const rig = await veraRig(true);
      const run = await rehearse(WORKFLOW, rig.scenario(TAG));
      printTable('vera — bad release (tag v1.4.0, /health 503)', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()['production']).toEqual({
        result: 'failure',
        steps: {
          'actions/checkout': 'success',
          'actions/setup-node': 'success',
          deploy: 'success',
          health: 'failure',
          'Database migration': 'skipped',
          'org/deploy-kit/actions/slack-notify': 'success',
        },
      });
      expect(run.job('web').result).toBe('success');
      const health = run.step('production', 'health');
      expect(health.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true', 'rollback-healthy': 'true' });
      expect(health.failure).toMatch(/rolled back/i);
      expect(rig.railway.calls.filter((call) => call.operationName === 'DeploymentRollback')).toHaveLength(1);
      const messages = rig.slackMessages();
      expect(messages).toHaveLength(1);
      expect(JSON.stringify(messages[0])).toMatch(
        /Health checks failed after \d+ attempts: rolled back to the previous deployment \(healthy again: true\)/,
      );
      expect(rig.standins.calls().some((call) => call.tool === 'npm' && call.argv.includes('migrate:prod'))).toBe(
        false,
      );
      expect(rig.escaped.requests).toEqual([]);
    },
  );

  test(
    'tag-only production: a push to main deploys staging, runs the smoke ' +
      'tests and tells Slack the commit; production and web stay skipped',
    async () => {
      const rig = await veraRig();
      const run = await rehearse(WORKFLOW, rig.scenario({ event: 'push', ref: 'refs/heads/main' }));
      printTable('vera — push to main', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()['staging']).toEqual({
        result: 'success',
        steps: {
          'actions/checkout': 'success',
          'actions/setup-node': 'success',
          deploy: 'success',
          'Smoke tests': 'success',
          'org/deploy-kit/actions/slack-notify': 'success',
        },
      });
      expect(run.job('production').result).toBe('skipped');
      expect(run.job('web').result).toBe('skipped');
      expect(rig.stagingRailway.calls.find((call) => call.operationName === 'ProjectToken')).toBeDefined();
      expect(rig.railway.calls).toEqual([]);
      const smoke = rig.standins
        .calls()
        .find((call) => call.tool === 'npm' && call.argv.join(' ') === 'run test:smoke');
      expect(smoke?.env['API_URL']).toBe(rig.vars['STAGING_API_URL']);
      const messages = rig.slackMessages();
      expect(messages).toHaveLength(1);
      expect(JSON.stringify(messages[0])).toContain(
        'Staging deployed (commit: 8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a)',
      );
      expect(rig.escaped.requests).toEqual([]);
    },
  );
});
