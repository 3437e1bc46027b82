import { afterAll, describe, expect, test } from 'vitest';
import { rehearse, type Rehearsal } from './engine.js';
import { printTable } from './print.js';
import { EAS_CONFIG, json, repository, startRig, type Rig, type RigOptions } from './rig.js';
import { thirdPartyCalls } from './third-party.js';

/** examples/vitaltrack.yml (seeds/000): FastAPI on Railway, Expo app built with EAS. */
const WORKFLOW = 'examples/vitaltrack.yml';
const rigs: Rig[] = [];
afterAll(async () => Promise.all(rigs.map((rig) => rig.close())));

const REPOSITORY = repository({
  'frontend/eas.json': EAS_CONFIG,
  'frontend/package.json': '{"name":"vitaltrack","private":true}\n',
  'backend/requirements.txt': 'fastapi==0.115.0\n',
  '.trivyignore.yaml': 'vulnerabilities: []\n',
});

async function vitaltrackRig(options: RigOptions = {}): Promise<Rig> {
  const rig = await startRig({ railwayServices: ['backend', 'worker'], ...options });
  rigs.push(rig);
  const api = await rig.service({
    routes: {
      '/health': (healthy) =>
        json(healthy ? 200 : 503, {
          status: healthy ? 'healthy' : 'unhealthy',
          database: healthy ? 'connected' : 'disconnected',
        }),
    },
  });
  rig.vars['API_URL'] = api.url;
  return rig;
}

const BACKEND = {
  result: 'success',
  steps: {
    'actions/checkout': 'success',
    'actions/setup-python': 'success',
    'run: pip install -r requirements.txt ruff mypy': 'success',
    Ruff: 'success',
    MyPy: 'success',
    'API imports and its 30+ endpoints': 'success',
    'run: pytest': 'success',
  },
} as const;
const FRONTEND = {
  result: 'success',
  steps: {
    'actions/checkout': 'success',
    'actions/setup-node': 'success',
    'run: npm ci': 'success',
    TypeScript: 'success',
    ESLint: 'success',
    'The Expo app builds': 'success',
  },
} as const;

function commands(rig: Rig): string[] {
  return rig.standins.calls().map((call) => [call.tool, ...call.argv].join(' '));
}

describe.concurrent('vitaltrack', () => {
  test(
    'release: a push to main tests, deploys the backend on ' +
      'Railway (healthy), builds the production AAB, Slack told once',
    async () => {
      const rig = await vitaltrackRig();
      const run = await rehearse(
        WORKFLOW,
        rig.scenario({ event: 'push', ref: 'refs/heads/main', repository: REPOSITORY }),
      );
      printTable('vitaltrack — release (push to main)', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()).toEqual({
        'backend-tests': BACKEND,
        'frontend-tests': FRONTEND,
        'dependency-scan': { result: 'skipped', steps: {} },
        'preview-apk': { result: 'skipped', steps: {} },
        'deploy-backend': {
          result: 'success',
          steps: {
            'actions/checkout': 'success',
            deploy: 'success',
            health: 'success',
            'org/deploy-kit/actions/slack-notify': 'success',
          },
        },
        'production-aab': {
          result: 'success',
          steps: {
            'actions/checkout': 'success',
            'actions/setup-node': 'success',
            'run: npm ci': 'success',
            aab: 'success',
          },
        },
      });
      expect(commands(rig)).toEqual(
        expect.arrayContaining([
          'ruff check app/',
          'mypy app/ --ignore-missing-imports',
          'npx eslint . --ext .ts,.tsx',
          'npx expo export --platform android --output-dir dist',
          'railway up --detach --json --service 9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
        ]),
      );
      expect(run.step('production-aab', 'aab').outputs).toMatchObject({ status: 'finished', platform: 'android' });
      expect(rig.easCalls()[0]?.argv).toEqual(
        expect.arrayContaining(['build', '--platform', 'android', '--profile', 'production']),
      );
      expect(rig.slackMessages()).toHaveLength(1);
      expect(JSON.stringify(rig.slackMessages()[0])).toContain('vitaltrack backend deployed');
      expect(rig.escaped.requests).toEqual([]);
    },
  );

  test(
    'fork: a pull request from a fork tests, scans, and skips the ' +
      'preview APK with a notice; nothing deployed or sent, all green',
    async () => {
      const rig = await vitaltrackRig({ easFixture: 'build-wait-android-preview-apk-finished.json' });
      const run = await rehearse(WORKFLOW, rig.fork({ repository: REPOSITORY }));
      printTable('vitaltrack — fork pull request', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()).toEqual({
        'backend-tests': BACKEND,
        'frontend-tests': FRONTEND,
        'dependency-scan': {
          result: 'success',
          steps: { 'actions/checkout': 'success', 'org/deploy-kit/actions/trivy-gate': 'success' },
        },
        'preview-apk': {
          result: 'success',
          steps: {
            'actions/checkout': 'success',
            'actions/setup-node': 'success',
            'run: npm ci': 'success',
            eas: 'success',
            'actions/upload-artifact': 'skipped',
          },
        },
        'deploy-backend': { result: 'skipped', steps: {} },
        'production-aab': { result: 'skipped', steps: {} },
      });
      const eas = run.step('preview-apk', 'eas');
      expect(eas.outputs['skipped']).toBe('true');
      expect(eas.annotations.join('\n')).toMatch(/notice: .*EXPO_TOKEN|notice: .*token/i);
      expect(rig.easCalls()).toEqual([]);
      expect(rig.slackMessages()).toEqual([]);
      expect(rig.github.comments).toEqual([]);
      expect(rig.escaped.requests).toEqual([]);
    },
  );

  test('pull request with EXPO_TOKEN: the preview APK is downloaded and uploaded as the run artifact', async () => {
    const rig = await vitaltrackRig({ easFixture: 'build-wait-android-preview-apk-finished.json' });
    const payload = {
      pull_request: {
        number: 7,
        head: { ref: 'feature', repo: { full_name: 'acme/shop', fork: false } },
        base: { ref: 'main', repo: { full_name: 'acme/shop' } },
      },
    };
    const run = await rehearse(
      WORKFLOW,
      rig.scenario({ event: 'pull_request', ref: 'refs/pull/7/merge', payload, repository: REPOSITORY }),
    );
    printTable('vitaltrack — pull request (preview APK)', run);
    rig.expectNoLeaks(run);
    expect(run.job('preview-apk').result).toBe('success');
    const apk = run.step('preview-apk', 'eas').outputs['artifact-path'];
    expect(apk).toMatch(/\.apk$/);
    expect(run.step('preview-apk', 'actions/upload-artifact').conclusion).toBe('success');
    expect(
      thirdPartyCalls.some((call) => call.uses.startsWith('actions/upload-artifact') && call.inputs['path'] === apk),
    ).toBe(true);
    // The Trivy report and the preview build link, one comment each on the pull request.
    expect(rig.github.comments.map((comment) => comment.issue)).toEqual([7, 7]);
    expect(rig.github.comments.map((comment) => comment.body).join('\n')).toMatch(/expo\.dev|\.apk/);
  });

  test(
    'bad release: the new backend answers 503, Railway rolls back ' +
      'and it is healthy again, Slack gets the story, the job fails',
    async () => {
      const rig = await vitaltrackRig({ badRelease: true });
      const run = await rehearse(
        WORKFLOW,
        rig.scenario({ event: 'push', ref: 'refs/heads/main', repository: REPOSITORY }),
      );
      printTable('vitaltrack — bad release', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()['deploy-backend']).toEqual({
        result: 'failure',
        steps: {
          'actions/checkout': 'success',
          deploy: 'success',
          health: 'failure',
          'org/deploy-kit/actions/slack-notify': 'success',
        },
      });
      expect(run.step('deploy-backend', 'health').outputs).toMatchObject({
        'rolled-back': 'true',
        'rollback-healthy': 'true',
      });
      expect(run.step('deploy-backend', 'health').failure).toMatch(/rolled back/i);
      expect(rig.railway.calls.filter((call) => call.operationName === 'DeploymentRollback')).toHaveLength(1);
      expect(JSON.stringify(rig.slackMessages())).toContain(
        'rolled back to the previous deployment (healthy again: true)',
      );
      expect(rig.slackMessages()).toHaveLength(1);
    },
  );

  test('manual trigger: the tests and only what was chosen (the AAB)', async () => {
    const rig = await vitaltrackRig();
    const run: Rehearsal = await rehearse(
      WORKFLOW,
      rig.scenario({
        event: 'workflow_dispatch',
        ref: 'refs/heads/main',
        inputs: { run: 'production-aab' },
        repository: REPOSITORY,
      }),
    );
    printTable('vitaltrack — manual trigger (run: production-aab)', run);
    rig.expectNoLeaks(run);
    expect(run.job('backend-tests').result).toBe('success');
    expect(run.job('deploy-backend').result).toBe('skipped');
    expect(run.job('production-aab').result).toBe('success');
    expect(rig.railway.calls).toEqual([]);
  });
});
