import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { WEBHOOK_PATH, webhookAnswer } from '../slack-notify/receiver.js';
import { type GithubApi, startGithubApi } from '../support/github-api.js';
import { type Sshd, startSshd } from '../support/sshd.js';
import { RAILWAY_IDS, startRailwayApi, type RailwayApiStandIn } from '../support/railway-api.js';
import { type LoopbackServer, sendText, startServer } from '../support/server.js';
import { recordedTools, STANDIN_BIN, standins, type Standins } from '../support/standins.js';
import { startVercelApi, VERCEL_IDS, type VercelApiStandIn } from '../support/vercel-api.js';
import { BIN as EAS_BIN, EAS_JSON, fixturePath as easFixture, startArtifactServer } from '../eas-build/harness.js';
import { fixturePath as trivyFixture } from '../trivy-gate/fixtures.js';
import { standinOnPath as trivyOnPath } from '../trivy-gate/standin.js';
import type { Rehearsal, Scenario } from './engine.js';
import { expectNoSecretLeak } from '../support/leaks.js';

/**
 * What a rehearsal scenario runs against, all on 127.0.0.1: a Slack webhook receiver, the Railway
 * and Vercel API stand-ins, a GitHub API stand-in, service health endpoints, the recorded CLI
 * stand-ins on PATH, and a proxy that refuses everything, set as HTTP(S)_PROXY with NO_PROXY only
 * for loopback: a URL that escaped to a real host would be refused there and show in `escaped`.
 */

export const SECRETS = {
  RAILWAY_TOKEN: 'rw-project-token-7Hq2Lm9Xv4Kc',
  VERCEL_TOKEN: 'vc-token-Zr8Tq3Wm6Ny1Bx',
  EXPO_TOKEN: 'expo-token-Zq8vR2mK7tW4nB9x',
  DATABASE_URL: 'postgresql://vera:db-pass-Jk4Lm8Qw@127.0.0.1:9/vera',
} as const;

const STAGING_RAILWAY_TOKEN = 'rw-staging-token-3Fd8Kq1Zp6';

/** Commands run: steps call; each is recorded and succeeds unless the scenario scripts a failure. */
const TOOLS = [
  'npm',
  'npx',
  'pip',
  'pytest',
  'python',
  'flake8',
  'black',
  'mypy',
  'bandit',
  'safety',
  'ruff',
  'docker',
  'gh',
  'alembic',
];

export type Health = 'healthy' | 'unhealthy';

export interface ServiceSpec {
  /** Answers by path; `healthy` says whether the service is healthy now. */
  routes: Record<string, (healthy: boolean) => [number, string, string]>;
  /** The service is healthy until `broken()` says otherwise. */
  broken?: () => boolean;
}

export interface Rig {
  scenario(extra: Partial<Scenario> & Pick<Scenario, 'event' | 'ref'>): Scenario;
  /** A pull request from a fork: no secrets at all (repository or environment), a read-only token. */
  fork(extra?: Partial<Scenario>): Scenario;
  /** Railway for the `staging` environment: its own project token and stand-in. */
  stagingRailway: RailwayApiStandIn;
  slack: LoopbackServer;
  /** What the `eas` stand-in was asked, one entry per call. */
  easCalls(): { argv: string[]; expoToken: string | null; cwd: string }[];
  /** Slack messages received (webhook JSON bodies). */
  slackMessages(): Record<string, unknown>[];
  railway: RailwayApiStandIn;
  /** The deploy host, with options.sshd. */
  sshd: Sshd | undefined;
  vercel: VercelApiStandIn;
  github: GithubApi;
  standins: Standins;
  /**
   * expectNoSecretLeak (test/support/leaks.ts) on every deploy-kit step, for each secret the step
   * was given: masked, and never in its output, outputs, summary or state. Also: every request
   * made of the GitHub API conformed to GitHub's published description.
   */
  expectNoLeaks(run: Rehearsal): void;
  /** Requests that tried to leave loopback (must stay empty). */
  escaped: LoopbackServer;
  service(spec: ServiceSpec): Promise<LoopbackServer>;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  /** Secrets and variables of GitHub environments (staging has its own Railway token). */
  environments: NonNullable<Scenario['environments']>;
  close(): Promise<void>;
}

export interface RigOptions {
  /** The new release is unhealthy until it is rolled back. */
  badRelease?: boolean;
  /** Extra entries for DK_STANDIN_FAIL (`npm run test:smoke`, `gcloud`, ...). */
  fail?: string[];
  env?: Record<string, string>;
  path?: string[];
  /** Railway services of the project (default `api`, `worker`); the first has the deployment history. */
  railwayServices?: [string, string];
  /** The eas-cli answer the `eas` stand-in prints (test/fixtures/eas or test/eas-build/fixtures). */
  easFixture?: string;
  /** Images the runner's `docker run`/`compose up` stand-in starts as loopback "containers" (see standin.cjs). */
  containers?: Record<string, { ports: number[]; routes: Record<string, [number, string, string]> }>;
  /**
   * A real sshd on loopback (test/support/sshd.ts) whose sessions get the recorded tools (docker
   * starting loopback "containers") first on PATH, as the deploy host.
   */
  sshd?: boolean;
  /** Commands of TOOLS to leave off the stand-ins (e.g. python, when the real one must run). */
  realTools?: string[];
  /** The report the trivy stand-in writes (test/fixtures/trivy/json); default a clean one. */
  trivyReport?: string;
}

export async function startRig(options: RigOptions = {}): Promise<Rig> {
  const servers: LoopbackServer[] = [];
  const keep = <T extends LoopbackServer>(server: T) => (servers.push(server), server);
  const slack = keep(await startServer(webhookAnswer('200.ok')));
  const railway = keep(
    await startRailwayApi({
      token: SECRETS.RAILWAY_TOKEN,
      services: [
        { id: RAILWAY_IDS.serviceId, name: options.railwayServices?.[0] ?? 'api' },
        { id: 'c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e0f', name: options.railwayServices?.[1] ?? 'worker' },
      ],
      statuses: { [RAILWAY_IDS.upDeploymentId]: ['SUCCESS'] },
      rollbackCreates: { id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', statuses: ['SUCCESS'] },
    }),
  );
  // A Railway project token is scoped to one environment: staging has its own (GitHub environment secret).
  const stagingRailway = keep(
    await startRailwayApi({
      token: STAGING_RAILWAY_TOKEN,
      environments: [
        { id: RAILWAY_IDS.environmentId, name: 'staging' },
        { id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', name: 'production' },
      ],
      statuses: { [RAILWAY_IDS.upDeploymentId]: ['SUCCESS'] },
    }),
  );
  const vercel = keep(await startVercelApi({ token: SECRETS.VERCEL_TOKEN }));
  const github = keep(await startGithubApi({ token: 'ghs_rehearsalTokenReadOnly000000000000' }));
  const artifacts = keep(await startArtifactServer('ok'));
  const escaped = keep(
    await startServer((_request, response) => sendText(response, 502, 'the rehearsal refuses non-loopback traffic')),
  );
  const log = standins();
  const tools = recordedTools(TOOLS.filter((tool) => !options.realTools?.includes(tool)));
  /** Rolled back: the Railway or Vercel stand-in received a rollback, or gcloud moved traffic. */
  const rolledBack = () =>
    railway.calls.some((call) => call.operationName === 'DeploymentRollback') ||
    vercel.aliasRequests.length > 0 ||
    log.calls().some((call) => call.tool === 'gcloud' && call.argv.includes('update-traffic'));
  const broken = () => Boolean(options.badRelease) && !rolledBack();

  const secrets: Record<string, string> = {
    ...SECRETS,
    SLACK_WEBHOOK: slack.url + WEBHOOK_PATH,
    SLACK_WEBHOOK_URL: slack.url + WEBHOOK_PATH,
  };
  const vars: Record<string, string> = {
    RAILWAY_API_URL: `${railway.url}/graphql/v2`,
    VERCEL_API_URL: vercel.url,
    VERCEL_ORG_ID: VERCEL_IDS.teamId,
    VERCEL_PROJECT_ID: VERCEL_IDS.projectId,
  };
  const proxy = escaped.url;
  const env: Record<string, string> = {
    ...log.env,
    DK_STANDIN_FAIL: (options.fail ?? []).join(','),
    GITHUB_API_URL: github.url,
    HTTP_PROXY: proxy,
    HTTPS_PROXY: proxy,
    http_proxy: proxy,
    https_proxy: proxy,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    EAS_STANDIN_FIXTURE: easFixture(options.easFixture ?? 'build-wait-android-production-aab-finished.json'),
    EAS_STANDIN_RECORD: join(mkdtempSync(join(tmpdir(), 'dk-eas-')), 'calls.jsonl'),
    EAS_STANDIN_ARTIFACT_BASE: artifacts.url,
    STANDIN_REPORT: trivyFixture('json', options.trivyReport ?? 'repo-npm-list-all-pkgs.json'),
    ...options.env,
  };
  if (options.containers) {
    const file = join(mkdtempSync(join(tmpdir(), 'dk-containers-')), 'containers.json');
    writeFileSync(file, JSON.stringify(options.containers));
    env['DK_CONTAINERS'] = file;
  }
  const sshd = options.sshd
    ? await startSshd({
        env: {
          PATH: `${tools}:/usr/local/bin:/usr/bin:/bin`,
          DK_STANDIN_LOG: log.log,
          ...(env['DK_CONTAINERS'] ? { DK_CONTAINERS: env['DK_CONTAINERS'] } : {}),
        },
      })
    : undefined;
  const path = [...(options.path ?? []), tools, STANDIN_BIN, EAS_BIN, trivyOnPath()];

  const rig = {} as Rig;
  const scenario = (extra: Partial<Scenario> & Pick<Scenario, 'event' | 'ref'>): Scenario => ({
    secrets,
    vars,
    environments: rig.environments,
    ...extra,
    env: { ...env, ...extra.env },
    path: [...(extra.path ?? []), ...path],
  });
  return Object.assign(rig, {
    environments: {
      staging: {
        secrets: { RAILWAY_TOKEN: STAGING_RAILWAY_TOKEN },
        vars: { RAILWAY_API_URL: `${stagingRailway.url}/graphql/v2` },
      },
    } as Rig['environments'],
    scenario,
    expectNoLeaks(run: Rehearsal) {
      // Trimmed: an action reads a secret input without the line end a key file ends with.
      const values = Object.values(rig.secrets)
        .concat(Object.values(rig.environments).flatMap((scoped) => Object.values(scoped.secrets ?? {})))
        .map((secret) => secret.trim());
      for (const job of run.jobs) {
        for (const step of job.steps) {
          if (step.kind !== 'deploy-kit' || !step.result) continue;
          const given = values.filter((secret) => Object.values(step.inputs).some((value) => value.includes(secret)));
          expectNoSecretLeak(step.result, given);
        }
      }
      expect(github.problems, 'requests GitHub would refuse').toEqual([]);
    },
    fork: (extra = {}) =>
      scenario({
        event: 'pull_request',
        ref: 'refs/pull/42/merge',
        payload: forkPullRequest(),
        ...extra,
        secrets: {},
        environments: Object.fromEntries(
          Object.entries(rig.environments).map(([name, scoped]) => [name, { vars: scoped.vars ?? {} }]),
        ),
      }),
    stagingRailway,
    sshd,
    slack,
    easCalls: () => {
      const file = env['EAS_STANDIN_RECORD']!;
      return existsSync(file)
        ? readFileSync(file, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line))
        : [];
    },
    slackMessages: () => slack.requests.map((request) => JSON.parse(request.body) as Record<string, unknown>),
    railway,
    vercel,
    github,
    standins: log,
    escaped,
    async service(spec: ServiceSpec) {
      const isBroken = spec.broken ?? broken;
      const server = await startServer((request, response) => {
        const route = spec.routes[new URL(request.url, 'http://x').pathname];
        if (!route) return sendText(response, 404, 'Not Found');
        const [status, type, body] = route(!isBroken());
        response.writeHead(status, { 'content-type': type });
        response.end(body);
      });
      servers.push(server);
      return server;
    },
    secrets,
    vars,
    close: async () => {
      await Promise.all(servers.map((server) => server.close()));
      await sshd?.stop();
      // Containers a workflow left running (its cleanup step skipped or failed).
      const containers = `${log.log}.containers`;
      if (existsSync(containers)) {
        for (const line of readFileSync(containers, 'utf8').split('\n').filter(Boolean)) {
          try {
            process.kill((JSON.parse(line) as { pid: number }).pid, 'SIGTERM');
          } catch {
            // already gone
          }
        }
      }
    },
  });
}

export const json = (status: number, body: unknown): [number, string, string] => [
  status,
  'application/json',
  JSON.stringify(body),
];
export const text = (status: number, body: string, type = 'text/plain'): [number, string, string] => [
  status,
  type,
  body,
];

/** A pull request from a fork, as the pull_request event payload has it. */
export function forkPullRequest(repo = 'acme/shop'): Record<string, unknown> {
  return {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      head: {
        ref: 'patch-1',
        sha: '1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c',
        repo: { full_name: 'outsider/shop', fork: true },
      },
      base: { ref: 'main', sha: '8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a', repo: { full_name: repo, fork: false } },
    },
    repository: { full_name: repo },
  };
}

/** A checkout: a directory with the files a scenario's workflow reads. */
export function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-repo-'));
  for (const [name, content] of Object.entries(files)) {
    const file = join(dir, name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** eas.json as the eas-build tests use it (preview APK, production AAB, submit profiles). */
export const EAS_CONFIG = JSON.stringify(EAS_JSON, null, 2);
