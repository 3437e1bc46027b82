import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startPostgres } from '../migration-drift/postgres.js';
import { commitPullRequest, PROJECTS, SYSTEM_PYTHON } from '../migration-drift/projects.js';
import { rehearse, type Scenario } from './engine.js';
import { printTable } from './print.js';
import { json, repository, startRig, type Rig, type RigOptions } from './rig.js';

/**
 * examples/tracehub.yml (seeds/002): blue-green with docker compose over SSH to a real loopback
 * sshd. The host's colours listen on the example's fixed colour ports (8001/8002), so these
 * scenarios run one after another.
 */
const WORKFLOW = 'examples/tracehub.yml';
const rigs: Rig[] = [];
const cleanups: (() => void)[] = [];
afterAll(async () => {
  await Promise.all(rigs.map((rig) => rig.close()));
  for (const cleanup of cleanups) cleanup();
});

const HEALTHY = { status: 'healthy', database: 'connected' };

/**
 * The stage's directory on the host: compose files, the live colour, and the project's scripts
 * (each records its call).
 */
function deployDirectory(): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dk-tracehub-production-'));
  const log = join(dir, 'scripts.log');
  mkdirSync(join(dir, 'scripts'));
  writeFileSync(
    join(dir, 'docker-compose.yml'),
    'services:\n  backend:\n    image: ghcr.io/acme/tracehub-backend:${IMAGE_TAG}\n' +
      '    ports: ["127.0.0.1:${DEPLOY_PORT}:8000"]\n',
  );
  writeFileSync(
    join(dir, 'docker-compose.db.yml'),
    'services:\n  db:\n    image: postgres:16\n    ports: ["127.0.0.1:5432:5432"]\n',
  );
  writeFileSync(join(dir, '.deploy-kit-colour'), 'blue\n');
  const script = (name: string, body: string) => {
    writeFileSync(
      join(dir, 'scripts', name),
      `#!/bin/bash\nset -eo pipefail\necho "${name} $* cwd=$PWD" >> ${JSON.stringify(log)}\n${body}\n`,
    );
    chmodSync(join(dir, 'scripts', name), 0o755);
  };
  script('backup-db.sh', 'mkdir -p backups && : > "backups/backup_$1.sql"');
  script('smoke-test.sh', 'curl -fsS --max-time 5 "$1/health" > /dev/null');
  script('switch-nginx.sh', '');
  return { dir, log };
}

/**
 * A git checkout: main holds the clean Alembic project under backend/, HEAD adds the variant (as
 * checkout with fetch-depth: 0 leaves it).
 */
function pullRequestCheckout(variant: 'pr' | 'two-heads'): string {
  const dir = mkdtempSync(join(tmpdir(), `dk-tracehub-${variant}-`));
  cpSync(join(PROJECTS, 'alembic', 'clean'), join(dir, 'backend'), { recursive: true });
  writeFileSync(join(dir, 'backend', 'requirements.txt'), 'alembic==1.8.1\nSQLAlchemy==1.4.46\npsycopg2==2.9.5\n');
  commitPullRequest(dir, () => cpSync(join(PROJECTS, 'alembic', variant), join(dir, 'backend'), { recursive: true }));
  return dir;
}

/** `python` as setup-python leaves it: here Debian's, which has Alembic, SQLAlchemy and psycopg2. */
function realPython(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-python-'));
  symlinkSync(SYSTEM_PYTHON, join(dir, 'python'));
  return dir;
}

async function tracehubRig(
  options: RigOptions & { publicBroken?: boolean } = {},
): Promise<{ rig: Rig; directory: { dir: string; log: string } }> {
  const rig = await startRig({
    sshd: true,
    realTools: ['python'],
    path: [realPython()],
    containers: { colour: { ports: [], routes: { '/health': json(200, HEALTHY) } } },
    trivyReport: 'image-zero-findings-no-results.json',
    ...options,
  });
  rigs.push(rig);
  const directory = deployDirectory();
  const sshd = rig.sshd!;
  // The public URL (nginx on the host): broken after a bad release until the rollback starts the old colour again.
  const rolledBack = () => rig.standins.calls().some((call) => call.tool === 'docker' && call.argv.includes('start'));
  const site = await rig.service({
    routes: { '/health': (healthy) => json(healthy ? 200 : 502, healthy ? HEALTHY : { detail: 'Bad Gateway' }) },
    broken: () => Boolean(options.publicBroken) && !rolledBack(),
  });
  Object.assign(rig.secrets, { SSH_PRIVATE_KEY: sshd.clientKey });
  // The seed's 30 s watch, shortened (the example reads these two variables, unset in a real repository).
  Object.assign(rig.vars, {
    WATCH_WINDOW: '3s',
    WATCH_INTERVAL: '500ms',
    VPS_HOST: sshd.host,
    VPS_PORT: String(sshd.port),
    VPS_USER: sshd.user,
    VPS_KNOWN_HOSTS: sshd.knownHosts,
  });
  rig.environments = {
    production: { vars: { PUBLIC_URL: site.url, DEPLOY_DIRECTORY: directory.dir } },
    staging: { vars: { PUBLIC_URL: site.url, DEPLOY_DIRECTORY: directory.dir } },
  };
  return { rig, directory };
}

const CI = {
  backend: {
    result: 'success',
    steps: {
      'actions/checkout': 'success',
      'actions/setup-python': 'success',
      'Install dependencies': 'success',
      'Lint (flake8, black)': 'success',
      'Type check (mypy)': 'success',
      'Unit tests with coverage': 'success',
      'Security scan (bandit, safety)': 'success',
    },
  },
  frontend: {
    result: 'success',
    steps: {
      'actions/checkout': 'success',
      'actions/setup-node': 'success',
      'run: npm ci': 'success',
      ESLint: 'success',
      TypeScript: 'success',
      Build: 'success',
      'npm audit': 'success',
    },
  },
} as const;

const IMAGES = {
  result: 'success',
  steps: {
    'actions/checkout': 'success',
    'Build and push both images': 'success',
    'trivy-backend': 'success',
    'trivy-frontend': 'success',
    'github/codeql-action/upload-sarif': 'success',
    'github/codeql-action/upload-sarif #2': 'success',
  },
} as const;

const remote = (rig: Rig) =>
  rig.standins
    .calls()
    .filter((call) => call.tool === 'docker')
    .map((call) => call.argv.join(' '));

describe('tracehub', { timeout: 180_000 }, () => {
  test(
    'release: main builds and scans both images, backs up, deploys the green colour, ' +
      'migrates, smoke tests, switches, watches (30 s; 3 s here), removes blue, Slack told once',
    async () => {
      const { rig, directory } = await tracehubRig();
      const run = await rehearse(WORKFLOW, rig.scenario({ event: 'push', ref: 'refs/heads/main' }));
      printTable('tracehub — release (push to main → production)', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()).toEqual({
        ...CI,
        migrations: { result: 'skipped', steps: {} },
        images: IMAGES,
        deploy: {
          result: 'success',
          steps: {
            deploy: 'success',
            watch: 'success',
            'Remove the old colour and unused images': 'success',
            'org/deploy-kit/actions/slack-notify': 'success',
          },
        },
      });
      expect(run.job('deploy').environment).toBe('production');
      expect(run.step('deploy', 'deploy').outputs).toMatchObject({
        deployed: 'true',
        'deployment-id': 'green',
        'previous-deployment-id': 'blue',
      });
      // The backup ran in the stage's directory, before anything else; then migration, smoke test,
      // switch on the green colour's port.
      expect(readFileSync(directory.log, 'utf8').trim().split('\n')).toEqual([
        `backup-db.sh production cwd=${directory.dir}`,
        'smoke-test.sh http://127.0.0.1:8002 cwd=' + directory.dir,
        `switch-nginx.sh production 8002 cwd=${directory.dir}`,
      ]);
      const tag = 'main-8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a';
      expect(remote(rig)).toEqual([
        // on the runner
        'login ghcr.io -u octocat --password-stdin',
        `build -t ghcr.io/acme/tracehub-backend:${tag} backend`,
        `push ghcr.io/acme/tracehub-backend:${tag}`,
        `build -t ghcr.io/acme/tracehub-frontend:${tag} frontend`,
        `push ghcr.io/acme/tracehub-frontend:${tag}`,
        // on the host
        'login ghcr.io -u tracehub --password-stdin',
        'compose -p tracehub-production-db -f docker-compose.db.yml up -d',
        'compose -p tracehub-production-green -f docker-compose.yml pull',
        'compose -p tracehub-production-green -f docker-compose.yml up -d --remove-orphans',
        'compose -p tracehub-production-green exec -T backend alembic upgrade head',
        'compose -p tracehub-production-blue down',
        'image prune -f',
      ]);
      expect(readFileSync(join(directory.dir, '.deploy-kit-colour'), 'utf8').trim()).toBe('green');
      expect(existsSync(join(directory.dir, 'backups', 'backup_production.sql'))).toBe(true);
      expect(rig.slackMessages()).toHaveLength(1);
      expect(JSON.stringify(rig.slackMessages()[0])).toContain('tracehub production deployed (green)');
      expect(rig.escaped.requests).toEqual([]);
    },
  );

  test(
    'fork: a pull request from a fork runs backend and frontend CI (no model change: ' +
      'the migration check skips with a notice), nothing deployed or sent, all green',
    async () => {
      const { rig } = await tracehubRig();
      const checkout = repository({ 'README.md': '# tracehub\n' });
      execFileSync(
        'sh',
        [
          '-c',
          'git init -q -b main && git add -A && git -c user.name=t -c user.email=t@e ' +
            'commit -q -m base && git update-ref refs/remotes/origin/main HEAD',
        ],
        { cwd: checkout },
      );
      const run = await rehearse(WORKFLOW, rig.fork({ repository: checkout }));
      printTable('tracehub — fork pull request', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()).toEqual({
        ...CI,
        migrations: {
          result: 'success',
          steps: {
            'actions/checkout': 'success',
            changed: 'success',
            'actions/setup-python': 'skipped',
            'run: pip install -r backend/requirements.txt': 'skipped',
            'Migrations reversible, on a fresh database, no drift, one head': 'skipped',
          },
        },
        images: { result: 'skipped', steps: {} },
        deploy: { result: 'skipped', steps: {} },
      });
      expect(run.step('migrations', 'changed').annotations).toEqual([
        'notice: No change under backend/alembic/ or backend/app/models/: nothing to check',
      ]);
      expect(rig.slackMessages()).toEqual([]);
      expect(remote(rig)).toEqual([]);
    },
  );

  test(
    'bad release: the public health check fails during the 30 s watch, ' +
      'traffic goes back to blue (verified), Slack gets the story, the job fails',
    async () => {
      const { rig, directory } = await tracehubRig({ publicBroken: true });
      const run = await rehearse(WORKFLOW, rig.scenario({ event: 'push', ref: 'refs/heads/main' }));
      printTable('tracehub — bad release (public health fails after the switch)', run);
      rig.expectNoLeaks(run);
      expect(run.outcomes()['deploy']).toEqual({
        result: 'failure',
        steps: {
          deploy: 'success',
          watch: 'failure',
          'Remove the old colour and unused images': 'skipped',
          'org/deploy-kit/actions/slack-notify': 'success',
        },
      });
      expect(run.step('deploy', 'watch').outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-healthy': 'true' });
      expect(run.step('deploy', 'watch').failure).toMatch(/rolled back/i);
      expect(remote(rig)).toEqual(
        expect.arrayContaining([
          'compose -p tracehub-production-blue -f docker-compose.yml start',
          'compose -p tracehub-production-green -f docker-compose.yml stop',
        ]),
      );
      expect(readFileSync(join(directory.dir, '.deploy-kit-colour'), 'utf8').trim()).toBe('blue');
      expect(readFileSync(directory.log, 'utf8')).toContain('switch-nginx.sh production 8001');
      const story = JSON.stringify(rig.slackMessages());
      expect(rig.slackMessages()).toHaveLength(1);
      expect(story).toContain('tracehub production deploy failed');
      expect(story).toContain('traffic is back on the blue colour (healthy again: true)');
    },
  );

  test('staging: develop deploys to staging on its own ports', async () => {
    const { rig, directory } = await tracehubRig();
    rig.environments!['staging']!.secrets = {};
    const run = await rehearse(WORKFLOW, rig.scenario({ event: 'push', ref: 'refs/heads/develop' }));
    printTable('tracehub — push to develop → staging', run);
    rig.expectNoLeaks(run);
    expect(run.job('deploy').environment).toBe('staging');
    expect(run.job('deploy').result).toBe('success');
    expect(readFileSync(directory.log, 'utf8')).toContain('switch-nginx.sh staging 8102');
  });

  for (const [variant, passes] of [
    ['pr', true],
    ['two-heads', false],
  ] as const) {
    const outcome =
      variant === 'pr'
        ? 'one migration passes every check on a fresh PostgreSQL'
        : 'a second head (branched history) fails the check';
    test(`migrations: a pull request adding ${outcome}`, async () => {
      const postgres = await startPostgres();
      cleanups.push(() => postgres.stop());
      postgres.sql("CREATE ROLE tracehub LOGIN PASSWORD 'tracehub'");
      postgres.sql('CREATE DATABASE tracehub_ci OWNER tracehub');
      const { rig } = await tracehubRig();
      const payload = {
        pull_request: {
          number: 9,
          head: { ref: 'feature', repo: { full_name: 'acme/tracehub', fork: false } },
          base: { ref: 'main', repo: { full_name: 'acme/tracehub' } },
        },
      };
      const scenario: Scenario = rig.scenario({
        event: 'pull_request',
        ref: 'refs/pull/9/merge',
        payload,
        repository: pullRequestCheckout(variant),
        services: { postgres: { ports: { '5432': String(postgres.port) } } },
      });
      const run = await rehearse(WORKFLOW, scenario);
      printTable(`tracehub — pull request, migrations (${variant})`, run);
      rig.expectNoLeaks(run);
      const check = run.step('migrations', 'Migrations reversible, on a fresh database, no drift, one head');
      expect(run.step('migrations', 'changed').outputs['models']).toBe('true');
      expect(check.inputs['database-url']).toBe(
        `postgresql://tracehub:tracehub@localhost:${postgres.port}/tracehub_ci`,
      );
      if (passes) {
        expect(check.conclusion, check.result?.stdout).toBe('success');
        expect(check.outputs).toMatchObject({ passed: 'true', 'added-revisions': '1' });
        // The migration summary, posted once on the pull request.
        expect(rig.github.comments).toHaveLength(1);
        expect(rig.github.comments[0]).toMatchObject({ issue: 9, body: expect.stringContaining('d4e5f6a7b8c9') });
        expect(run.job('migrations').result).toBe('success');
      } else {
        expect(check.conclusion).toBe('failure');
        expect(check.outputs['failed-checks']).toContain('heads');
        expect(check.failure).toMatch(/head/i);
        expect(run.job('migrations').result).toBe('failure');
      }
    });
  }
});
