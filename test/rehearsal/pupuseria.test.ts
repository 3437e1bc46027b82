import { afterAll, describe, expect, test } from 'vitest';
import { rehearse } from './engine.js';
import { printTable } from './print.js';
import { json, repository, startRig, text, type Rig, type RigOptions } from './rig.js';

/**
 * examples/pupuseria.yml (seeds/004): FastAPI + React (nginx) images tested in CI, deployed to
 * Railway with the one-step pipeline. The CI "containers" listen on the seed's ports 8000 and 3000,
 * so these scenarios run one after another.
 */
const WORKFLOW = 'examples/pupuseria.yml';
const rigs: Rig[] = [];
afterAll(async () => Promise.all(rigs.map((rig) => rig.close())));

/**
 * What the seed's images answer: backend JSON health and Swagger docs; nginx plain-text health and
 * index.html for the rest.
 */
const INDEX = '<!doctype html><html><body><div id="root"></div><script src="/assets/index.js"></script></body></html>';
const CONTAINERS: RigOptions['containers'] = {
  'pupuseria-backend': {
    ports: [8000],
    routes: {
      '/health': json(200, { status: 'healthy' }),
      '/docs': text(200, '<title>Pupuseria API - Swagger UI</title><div id="swagger-ui"></div>', 'text/html'),
    },
  },
  'pupuseria-frontend': {
    ports: [3000],
    routes: { '/health': text(200, 'healthy\n'), '/': text(200, INDEX, 'text/html') },
  },
};

const REPOSITORY = repository({
  'backend/Dockerfile': 'FROM python:3.12-slim\n',
  'frontend/Dockerfile': 'FROM nginx:alpine\n',
  'docker-compose.yml': 'services:\n  backend:\n    build: backend\n  frontend:\n    build: frontend\n',
});

async function pupuseriaRig(options: RigOptions = {}): Promise<Rig> {
  const rig = await startRig({ railwayServices: ['backend', 'frontend'], containers: CONTAINERS, ...options });
  rigs.push(rig);
  const backend = await rig.service({
    routes: { '/health': (healthy) => json(healthy ? 200 : 503, { status: healthy ? 'healthy' : 'unhealthy' }) },
  });
  const frontend = await rig.service({
    routes: { '/health': () => text(200, 'healthy\n'), '/': () => text(200, INDEX, 'text/html') },
    broken: () => false,
  });
  Object.assign(rig.vars, { BACKEND_URL: backend.url, FRONTEND_URL: frontend.url, HEALTH_INTERVAL: '2s' });
  return rig;
}

const CI = {
  'backend-image': {
    result: 'success',
    steps: {
      'actions/checkout': 'success',
      'docker/setup-buildx-action': 'success',
      'Build and start the backend image': 'success',
      'Backend health': 'success',
      'API docs': 'success',
      Cleanup: 'success',
    },
  },
  'frontend-image': {
    result: 'success',
    steps: {
      'actions/checkout': 'success',
      'docker/setup-buildx-action': 'success',
      'Build and start the frontend image': 'success',
      'Frontend health (plain text)': 'success',
      'Index page': 'success',
      Cleanup: 'success',
    },
  },
  integration: {
    result: 'success',
    steps: {
      'actions/checkout': 'success',
      'Start both with docker compose': 'success',
      'Backend endpoints': 'success',
      'Frontend endpoints': 'success',
      'Logs on failure': 'skipped',
      Cleanup: 'success',
    },
  },
} as const;

const PUSH = { event: 'push', ref: 'refs/heads/main' } as const;
const deployLeg = (pipeline: 'success' | 'failure') => ({
  result: pipeline,
  steps: {
    'actions/checkout': 'success',
    pipeline,
    'run: echo "pupuseria $SERVICE is $STATUS ($DEPLOYMENT)"': pipeline === 'success' ? 'success' : 'skipped',
  },
});

describe('pupuseria', () => {
  test(
    'release: CI tests both images and both together, then each service ' +
      'is deployed to Railway and healthy, Slack told once per service',
    async () => {
      const rig = await pupuseriaRig();
      const run = await rehearse(WORKFLOW, rig.scenario({ ...PUSH, repository: REPOSITORY }));
      printTable('pupuseria — release (push to main)', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()).toEqual({
        ...CI,
        'deploy (backend, status=healthy, )': deployLeg('success'),
        'deploy (frontend, , /^healthy\\s*$/)': deployLeg('success'),
      });
      expect(run.step('deploy (backend, status=healthy, )', 'pipeline').outputs).toMatchObject({
        status: 'deployed',
        healthy: 'true',
      });
      expect(run.step('deploy (frontend, , /^healthy\\s*$/)', 'pipeline').outputs).toMatchObject({
        status: 'deployed',
        healthy: 'true',
      });
      const messages = rig.slackMessages().map((message) => JSON.stringify(message));
      expect(messages).toHaveLength(2);
      expect(rig.escaped.requests).toEqual([]);
    },
  );

  test('fork: a pull request from a fork runs the three CI jobs, deploys and sends nothing, all green', async () => {
    const rig = await pupuseriaRig();
    const run = await rehearse(WORKFLOW, rig.fork({ repository: REPOSITORY }));
    printTable('pupuseria — fork pull request', run);
    rig.expectNoLeaks(run);
    expect(run.outcomes()).toEqual({ ...CI, deploy: { result: 'skipped', steps: {} } });
    expect(rig.slackMessages()).toEqual([]);
    expect(rig.standins.calls().filter((call) => call.tool === 'railway')).toEqual([]);
  });

  test(
    "fork: a fork's own push to main (no RAILWAY_TOKEN) " + 'skips both deploys with a notice and stays green',
    async () => {
      const rig = await pupuseriaRig();
      const run = await rehearse(
        WORKFLOW,
        rig.fork({
          event: 'push',
          ref: 'refs/heads/main',
          payload: {},
          repo: 'outsider/pupuseria',
          repository: REPOSITORY,
        }),
      );
      printTable("pupuseria — a fork's push to main", run);
      rig.expectNoLeaks(run);
      for (const leg of ['deploy (backend, status=healthy, )', 'deploy (frontend, , /^healthy\\s*$/)']) {
        expect(run.outcomes()[leg]).toEqual(deployLeg('success'));
        expect(run.step(leg, 'pipeline').outputs).toMatchObject({ status: 'skipped' });
        expect(run.step(leg, 'pipeline').annotations.some((line) => line.startsWith('notice'))).toBe(true);
      }
      expect(rig.slackMessages()).toEqual([]);
    },
  );

  test(
    'bad release: the new backend is unhealthy, Railway rolls it back ' +
      '(verified healthy), Slack gets the story, the backend leg fails',
    async () => {
      const rig = await pupuseriaRig({ badRelease: true });
      const run = await rehearse(WORKFLOW, rig.scenario({ ...PUSH, repository: REPOSITORY }));
      printTable('pupuseria — bad release (backend unhealthy)', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()['deploy (backend, status=healthy, )']).toEqual(deployLeg('failure'));
      expect(run.outcomes()['deploy (frontend, , /^healthy\\s*$/)']).toEqual(deployLeg('success'));
      const pipeline = run.step('deploy (backend, status=healthy, )', 'pipeline');
      expect(pipeline.outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-healthy': 'true' });
      expect(pipeline.failure).toMatch(/rolled back/i);
      const story = rig
        .slackMessages()
        .map((message) => JSON.stringify(message))
        .find((message) => /rolled back/i.test(message));
      expect(story).toBeDefined();
      expect(rig.railway.calls.filter((call) => call.operationName === 'DeploymentRollback')).toHaveLength(1);
    },
  );
});
