import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BIN as EAS_BIN, EAS_JSON, fixturePath as easFixture, TOKEN as EXPO_TOKEN } from '../eas-build/harness.js';
import { selfSignedCertificate } from '../health-check/tls.js';
import { type BundleResult, type BundleRun, runBundle } from '../support/bundle.js';
import { fixtureJson } from '../support/fixtures.js';
import {
  type Handler,
  hang,
  reset,
  scripted,
  sendJson,
  sendText,
  startServer,
  type LoopbackServer,
} from '../support/server.js';
import { fixturePath as trivyFixture } from '../trivy-gate/fixtures.js';
import { standinOnPath, startReleaseServer } from '../trivy-gate/standin.js';
import type { Action } from './matrix.js';

/**
 * How each cell of matrix.ts is run: the scenario (servers, stand-ins, inputs) and the cell's own
 * expectations (the true message). matrix.test.ts adds the checks every cell shares.
 */

export interface CellOutcome {
  result: BundleResult;
  /** Secret values the run was given: searched in every form, everywhere. */
  secrets: string[];
}

export type CellRun = () => Promise<CellOutcome>;

export const SECRET = {
  deploy: 'deploy-token-Faults7c1e9a',
  github: 'ghs_FaultMatrixToken0b7d2f',
  webhook: '/services/T0FAULTS/B0FAULTS/FaultHookSecret3k9q',
  bot: 'xoxb-1111-2222-FaultBotSecret77',
  header: 'hdr-secret-Faults5m2p',
  apiKey: 'api-key-Faults8w3n',
  mirror: 'mirror-pass-Faults4q6v',
  database: 'dbpass-Faults9x1z',
};

/** Lines a child, a report, a server or an input may carry: none may become a command. */
export const INJECTION = [
  '::warning::PWNED-warning',
  '  ::error::PWNED-indented',
  '::add-mask::PWNED-mask',
  '::set-env name=PWNED_ENV::PWNED-set-env',
  '##[set-env name=PWNED_LEGACY;]PWNED-legacy',
  '::stop-commands::pwnedtoken',
  '::error::PWNED-hidden',
];
const INJECTED_TEXT = `t\n${INJECTION.join('\n')}`;

const GB = 1024 * 1024 * 1024;

/** Fault handlers, by row. */
const FAULTS: Record<string, Handler> = {
  hang,
  reset,
  'flapping-5xx': scripted([(_q, r) => sendText(r, 503, 'unavailable'), (_q, r) => sendText(r, 503, 'unavailable')]),
  'retry-after-3600': (_q, r) => sendJson(r, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '3600' }),
  'huge-body': (_q, r) => streamGigabyte(r),
};

function redirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location });
  response.end();
}

/** 1 GB written as the client reads it (never allocated), stopped when the client goes away. */
function streamGigabyte(response: ServerResponse, status = 200): void {
  response.writeHead(status, { 'content-type': 'application/octet-stream' });
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  const pump = () => {
    while (sent < GB) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  response.on('close', () => (sent = GB));
  pump();
}

async function faultServer(row: string): Promise<LoopbackServer> {
  if (row === 'self-signed-tls') {
    const { key, cert } = selfSignedCertificate();
    return startServer((_q, r) => sendText(r, 200, 'ok'), { key, cert });
  }
  if (row === 'redirect-loop') return startServer((q, r) => redirect(r, 302, q.url));
  return startServer(FAULTS[row]!);
}

/** The base URL a surface is pointed at, for the HTTP fault rows. */
async function faultUrl(row: string): Promise<string> {
  if (row === 'unresolvable') return 'http://deploy-kit-faults.invalid';
  return (await faultServer(row)).url;
}

/** A server answering `fault` first, then `ok` (for the rows where the service recovers). */
function thenOk(row: string, ok: Handler): Handler {
  const first: Handler =
    row === 'retry-after-1'
      ? (_q, r) => sendJson(r, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' })
      : (_q, r) => sendText(r, 503, 'unavailable');
  return scripted([first, ok]);
}

// ---------------------------------------------------------------- stand-in CLIs

/**
 * A CLI stand-in that misbehaves as $DK_FAULT says, then (given $DK_FAULT_THEN) hands over to the
 * real stand-in: `hang` never ends, `flood` prints 50 MB of log lines (stderr) first, `commands`
 * prints the injection lines on stdout and stderr first, `secret` prints $DK_FAULT_SECRET (stderr).
 */
function faultCli(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-fault-cli-'));
  const payload = INJECTION.map((line) => `printf '%s\\n' '${line.replace(/'/g, `'\\''`)}'`).join('\n');
  writeFileSync(
    join(dir, name),
    `#!/bin/sh
case "$DK_FAULT" in
  hang) exec sleep 600 ;;
  flood) yes 'fault matrix: one line of a CLI that prints 50 MB of log, 0123456789 abcdefghijklmnopqrstuvwxyz' |
    head -c 52428800 >&2 ;;
  commands)
${payload}
(
${payload}
) >&2 ;;
  secret) echo "token is $DK_FAULT_SECRET, again: $DK_FAULT_SECRET" >&2 ;;
esac
[ -n "$DK_FAULT_THEN" ] && exec "$DK_FAULT_THEN" "$@"
exit 0
`,
  );
  chmodSync(join(dir, name), 0o755);
  return dir;
}

const CLI_FAULT: Record<string, string> = { 'cli-hangs': 'hang', 'cli-50mb': 'flood', 'workflow-commands': 'commands' };

// ---------------------------------------------------------------- per-action scenarios

function bundle(action: string, run: BundleRun, secrets: string[]): Promise<CellOutcome> {
  return runBundle(action, { timeoutMs: 60_000, measureMemory: true, ...run }).then((result) => ({ result, secrets }));
}

const DEPLOY = {
  provider: 'command',
  token: SECRET.deploy,
  command: 'echo "deploy-kit-output: url=https://shop.example"',
  timeout: '3s',
};

/** deploy's HTTP peer is the GitHub API (the Deployment record). */
/** The pipeline deploying a healthy release and telling Slack at `slack` (the webhook path a secret). */
async function pipelineToSlack(slack: LoopbackServer, inputs: Record<string, string> = {}): Promise<CellOutcome> {
  const health = await startServer((_q, r) => sendText(r, 200, 'ok'));
  return bundle(
    'pipeline',
    {
      inputs: {
        ...PIPELINE,
        'health-url': health.url,
        'slack-webhook-url': `${slack.url}${SECRET.webhook}`,
        ...inputs,
      },
    },
    [SECRET.deploy, SECRET.webhook],
  );
}

async function deployHttp(row: string): Promise<CellOutcome> {
  const outcome = await bundle(
    'deploy',
    { inputs: { ...DEPLOY, 'github-token': SECRET.github }, env: { GITHUB_API_URL: await faultUrl(row) } },
    [SECRET.deploy, SECRET.github],
  );
  expect(outcome.result.exitCode, outcome.result.stdout.slice(-2000)).toBe(0);
  expect(outcome.result.outputs['deployed']).toBe('true');
  expect(outcome.result.stdout).toMatch(/::warning::Could not record a GitHub Deployment \(the deploy goes on\)/);
  return outcome;
}

const HEALTH = { timeout: '3s', 'request-timeout': '1s', interval: '200ms' };

async function healthHttp(row: string, expectMessage: RegExp): Promise<CellOutcome> {
  const outcome = await bundle('health-check', { inputs: { ...HEALTH, url: await faultUrl(row) } }, []);
  expect(outcome.result.exitCode).toBe(1);
  expect(outcome.result.outputs['healthy']).toBe('false');
  expect(outcome.result.failure).toMatch(expectMessage);
  return outcome;
}

const SLACK = { text: 'Deployed shop to production', timeout: '1s', retries: '1' };

async function slackHttp(row: string, expectMessage: RegExp): Promise<CellOutcome> {
  const outcome = await bundle(
    'slack-notify',
    { inputs: { ...SLACK, 'webhook-url': `${await faultUrl(row)}${SECRET.webhook}` } },
    [SECRET.webhook],
  );
  expect(outcome.result.exitCode).toBe(0);
  expect(outcome.result.outputs['sent']).toBe('false');
  expect(outcome.result.stdout).toMatch(expectMessage);
  return outcome;
}

const TRIVY = { timeout: '3s', cache: 'false', severity: 'CRITICAL' };

function trivyEnv(extra: Record<string, string> = {}): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'dk-fault-trivy-'));
  return {
    STANDIN_ARGV: join(dir, 'argv'),
    STANDIN_REPORT: trivyFixture('json', 'repo-pip.json'),
    STANDIN_TAMPERED_RAN: join(dir, 'ran'),
    ...extra,
  };
}

async function trivyHttp(row: string, expectMessage: RegExp): Promise<CellOutcome> {
  const outcome = await bundle(
    'trivy-gate',
    { inputs: { ...TRIVY, 'download-url': await faultUrl(row) }, env: trivyEnv() },
    [],
  );
  expect(outcome.result.exitCode).toBe(1);
  expect(outcome.result.outputs['passed']).toBe('false');
  expect(outcome.result.failure).toMatch(expectMessage);
  return outcome;
}

/** Trivy's release behind a relay that answers `row`'s fault to the first request of each path. */
async function trivyRecovers(row: string): Promise<CellOutcome> {
  const release = await startReleaseServer('0.72.0');
  const seen = new Set<string>();
  const relay = await startServer(async (request, response) => {
    if (!seen.has(request.url)) {
      seen.add(request.url);
      return thenOk(row, () => {})(request, response, undefined as never);
    }
    const answer = await fetch(`${release.url}${request.url}`);
    response.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/octet-stream',
    });
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  const outcome = await bundle(
    'trivy-gate',
    { inputs: { ...TRIVY, timeout: '8s', 'download-url': relay.url }, env: trivyEnv() },
    [],
  );
  expect(outcome.result.outputs['findings'], outcome.result.stdout.slice(-2000)).not.toBe('0');
  expect(outcome.result.stdout).toMatch(/Verified trivy_0\.72\.0_Linux-64bit\.tar\.gz/);
  return outcome;
}

function easWorkspace(easJson: unknown = EAS_JSON): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-fault-eas-'));
  mkdirSync(join(dir, 'workspace'));
  writeFileSync(join(dir, 'workspace', 'eas.json'), JSON.stringify(easJson));
  return dir;
}

function easRun(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  path: string[] = [EAS_BIN],
  fixture = 'build-wait-android-preview-apk-finished.json',
): Promise<CellOutcome> {
  return bundle(
    'eas-build',
    {
      dir: easWorkspace(),
      path,
      inputs: { token: EXPO_TOKEN, profile: 'preview', timeout: '10s', ...inputs },
      env: { EAS_STANDIN_FIXTURE: easFixture(fixture), ...env },
    },
    [EXPO_TOKEN],
  );
}

async function easHttp(base: string, expectMessage: RegExp, maxBytes?: string): Promise<CellOutcome> {
  const outcome = await easRun(
    { download: 'build', ...(maxBytes ? { 'max-download-bytes': maxBytes } : {}) },
    { EAS_STANDIN_ARTIFACT_BASE: base },
  );
  expect(outcome.result.exitCode).toBe(1);
  expect(outcome.result.failure).toMatch(expectMessage);
  return outcome;
}

async function easRecovers(row: string): Promise<CellOutcome> {
  const server = await startServer(
    thenOk(row, (_q, r) => void r.writeHead(200, { 'content-length': '1024' }).end(Buffer.alloc(1024, 1))),
  );
  const outcome = await easRun({ download: 'build' }, { EAS_STANDIN_ARTIFACT_BASE: server.url });
  expect(outcome.result.exitCode, outcome.result.stdout.slice(-2000)).toBe(0);
  expect(outcome.result.outputs['artifact-path']).toMatch(/build\//);
  return outcome;
}

const PIPELINE = {
  provider: 'command',
  token: SECRET.deploy,
  command: 'true',
  'health-timeout': '3s',
  'health-request-timeout': '1s',
  'health-interval': '200ms',
};

async function pipelineHealth(row: string, expectMessage: RegExp): Promise<CellOutcome> {
  const outcome = await bundle('pipeline', { inputs: { ...PIPELINE, 'health-url': await faultUrl(row) } }, [
    SECRET.deploy,
  ]);
  expect(outcome.result.exitCode).toBe(1);
  expect(outcome.result.failure).toMatch(expectMessage);
  return outcome;
}

/** The HTTP rows' cells for the actions whose peer fails the same way in each row. */
function httpRow(
  row: string,
  messages: { health: RegExp; slack: RegExp; trivy: RegExp; eas: RegExp },
): Partial<Record<Action, CellRun>> {
  return {
    deploy: () => deployHttp(row),
    'health-check': () => healthHttp(row, messages.health),
    'slack-notify': () => slackHttp(row, messages.slack),
    'trivy-gate': () => trivyHttp(row, messages.trivy),
    'eas-build': async () => easHttp(await faultUrl(row), messages.eas),
    pipeline: () => pipelineHealth(row, messages.health),
  };
}

/** deploy, health-check, trivy-gate and eas-build where the service fails once, then answers. */
function recoveryRow(row: string): Partial<Record<Action, CellRun>> {
  return {
    deploy: async () => {
      const server = await startServer(thenOk(row, (_q, r) => sendJson(r, 201, { id: 42, url: 'x' })));
      const outcome = await bundle(
        'deploy',
        { inputs: { ...DEPLOY, 'github-token': SECRET.github }, env: { GITHUB_API_URL: server.url } },
        [SECRET.deploy, SECRET.github],
      );
      expect(outcome.result.exitCode).toBe(0);
      expect(outcome.result.outputs['deployed']).toBe('true');
      return outcome;
    },
    'health-check': async () => {
      const server = await startServer(thenOk(row, (_q, r) => sendText(r, 200, 'ok')));
      const outcome = await bundle('health-check', { inputs: { ...HEALTH, url: server.url } }, []);
      expect(outcome.result.outputs['healthy']).toBe('true');
      return outcome;
    },
    'trivy-gate': () => trivyRecovers(row),
    'eas-build': () => easRecovers(row),
  };
}

// ---------------------------------------------------------------- CLI rows

function cliRow(row: string): Partial<Record<Action, CellRun>> {
  const fault = CLI_FAULT[row]!;
  const hangs = fault === 'hang';
  const env = { DK_FAULT: fault };
  // Short limits where the CLI hangs; room for 50 MB of log otherwise.
  const limit = hangs ? '2s' : '50s';
  return {
    async deploy() {
      const cli = join(faultCli('fault-cli'), 'fault-cli');
      const outcome = await bundle(
        'deploy',
        {
          inputs: {
            ...DEPLOY,
            timeout: limit,
            command: `"${cli}"\necho "deploy-kit-output: url=https://shop.example"`,
          },
          env,
        },
        [SECRET.deploy],
      );
      if (hangs) expect(outcome.result.failure).toMatch(/^The deploy command timed out after \d+ ms and was stopped/);
      else expect(outcome.result.outputs['deployed'], outcome.result.failure).toBe('true');
      return outcome;
    },
    async 'health-check'() {
      const cli = join(faultCli('fault-cli'), 'fault-cli');
      const server = await startServer((_q, r) => sendText(r, 503, 'down'));
      const outcome = await bundle(
        'health-check',
        {
          inputs: {
            ...HEALTH,
            timeout: '1s',
            url: server.url,
            rollback: 'command',
            'rollback-command': `"${cli}"`,
            'rollback-timeout': limit,
          },
          env,
        },
        [],
      );
      expect(outcome.result.exitCode).toBe(1);
      if (hangs) expect(outcome.result.outputs['rolled-back']).toBe('false');
      else expect(outcome.result.outputs['rolled-back']).toBe('true');
      return outcome;
    },
    async 'trivy-gate'() {
      const real = join(standinOnPath(), 'trivy');
      const outcome = await bundle(
        'trivy-gate',
        {
          path: [faultCli('trivy')],
          inputs: { ...TRIVY, timeout: hangs ? '2s' : '45s' },
          env: trivyEnv({ ...env, DK_FAULT_THEN: real }),
        },
        [],
      );
      if (hangs) expect(outcome.result.failure).toMatch(/^The 2\.0 s "timeout" ran out while Trivy/);
      else expect(outcome.result.outputs['findings'], outcome.result.failure).not.toBe('0');
      return outcome;
    },
    async 'eas-build'() {
      const outcome = await easRun(
        { timeout: hangs ? '10s' : '25s' },
        { ...env, DK_FAULT_THEN: join(EAS_BIN, 'eas') },
        [faultCli('eas')],
      );
      if (hangs)
        expect(outcome.result.failure).toMatch(
          /eas build timed out after 10000 ms and was stopped \(input "timeout"\)/,
        );
      else expect(outcome.result.outputs['status'], outcome.result.failure).toBe('finished');
      return outcome;
    },
    async 'migration-drift'() {
      const cli = join(faultCli('fault-cli'), 'fault-cli');
      const outcome = await bundle(
        'migration-drift',
        { inputs: { tool: 'command', command: cli, timeout: limit }, env },
        [],
      );
      if (hangs) expect(outcome.result.failure).toMatch(/timed out after 2000 ms and was stopped/);
      else expect(outcome.result.outputs['passed'], outcome.result.failure).toBe('true');
      return outcome;
    },
    async pipeline() {
      const cli = join(faultCli('fault-cli'), 'fault-cli');
      const outcome = await bundle(
        'pipeline',
        { inputs: { provider: 'command', token: SECRET.deploy, timeout: limit, command: `"${cli}"` }, env },
        [SECRET.deploy],
      );
      if (hangs) expect(outcome.result.failure).toMatch(/The deploy command timed out after \d+ ms and was stopped/);
      else expect(outcome.result.outputs['deployed'], outcome.result.failure).toBe('true');
      return outcome;
    },
  };
}

// ---------------------------------------------------------------- abuse rows

async function echoServer(status = 200): Promise<LoopbackServer> {
  return startServer((request, response) =>
    sendText(response, status, `${request.method} ${request.url}\n${JSON.stringify(request.headers)}\n${request.body}`),
  );
}

const EVENT_WITH_INJECTION = {
  pull_request: {
    number: 7,
    title: INJECTED_TEXT,
    body: INJECTED_TEXT,
    head: { ref: 'feature/x', repo: { full_name: 'acme/shop', fork: false } },
    base: { ref: 'main' },
  },
  head_commit: { message: INJECTED_TEXT, author: { name: INJECTED_TEXT } },
};

function trivyReportWith(fields: { pkg: string; id: string; title: string; artifact?: string }): string {
  const report = JSON.parse(readFileSync(trivyFixture('json', 'repo-pip.json'), 'utf8')) as {
    ArtifactName: string;
    Results: { Vulnerabilities?: Record<string, unknown>[] }[];
  };
  if (fields.artifact) report.ArtifactName = fields.artifact;
  const vulnerable = report.Results.find((result) => result.Vulnerabilities?.length)!;
  vulnerable.Vulnerabilities![0] = {
    ...vulnerable.Vulnerabilities![0],
    PkgName: fields.pkg,
    VulnerabilityID: fields.id,
    Title: fields.title,
    Severity: 'CRITICAL',
  };
  const dir = mkdtempSync(join(tmpdir(), 'dk-fault-report-'));
  writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
  return join(dir, 'report.json');
}

/** Marker files a `$(…)` or backtick would create if anything evaluated it. */
function substitutionProbe(): { text: string; ran: () => boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'dk-fault-shell-'));
  return {
    text: `x$(touch ${dir}/dollar)\`touch ${dir}/backtick\`$(printf x > ${dir}/printf)`,
    ran: () => existsSync(join(dir, 'dollar')) || existsSync(join(dir, 'backtick')) || existsSync(join(dir, 'printf')),
  };
}

/** A secret too short to search for in text: the check is that it was masked at all. */
const SHORT = 'k9Q';

async function shortSecret(run: Promise<CellOutcome>): Promise<CellOutcome> {
  const outcome = await run;
  expect(outcome.result.stdout.split('\n'), `${SHORT} was never masked`).toContain(`::add-mask::${SHORT}`);
  return outcome;
}

const DELIMITED = 'v1\nghadelimiter_00000000-0000-0000-0000-000000000000\ninjected<<EOF\nx\nEOF';
const BIG = 'x'.repeat(100 * 1024);

/** A config error: the sentence names the input; no stack, no crash. */
function expectConfigSentence(result: BundleResult, input: RegExp): void {
  expect(result.exitCode).toBe(1);
  expect(result.failure).toMatch(input);
  expect(result.failure).not.toMatch(/TypeError|ReferenceError|Cannot read|is not a function|\bat .+\.js:\d+/);
}

function expectNoCrash(result: BundleResult): void {
  expect([0, 1]).toContain(result.exitCode);
  expect(`${result.failure ?? ''}\n${result.stderr}`).not.toMatch(
    /TypeError|ReferenceError|Cannot read|is not a function/,
  );
}

async function both(
  first: Promise<CellOutcome>,
  second: Promise<CellOutcome>,
  check: (a: BundleResult, b: BundleResult) => void,
): Promise<CellOutcome> {
  const [a, b] = await Promise.all([first, second]);
  check(a.result, b.result);
  // The shared checks run on the first; the second gets the same time, memory and command checks here.
  expect(b.result.exitCode).not.toBeNull();
  return a;
}

function emptyInputs(action: string): Record<string, string> {
  const yml = readFileSync(
    join(import.meta.dirname, '../..', action === 'pipeline' ? 'action.yml' : `actions/${action}/action.yml`),
    'utf8',
  );
  const names = [...yml.matchAll(/^ {2}([a-z][a-z0-9-]*):\s*$/gm)].map((match) => match[1]!);
  return Object.fromEntries(names.map((name) => [name, '']));
}

export const CELLS: Record<string, Partial<Record<Action, CellRun>>> = {
  hang: httpRow('hang', {
    health: /not healthy within the 3\.0 s timeout/,
    slack: /no complete answer within 1 s/,
    trivy: /^The 3\.0 s "timeout" ran out while installing Trivy/,
    eas: /Could not download .*: the 10 s "timeout" ran out/,
  }),
  reset: httpRow('reset', {
    health: /not healthy within the 3\.0 s timeout \(\d+ attempts\); last: .*(reset|socket|closed)/i,
    slack: /::warning::.*(no answer|reset|socket|closed)/i,
    trivy: /(checksums|ran out while installing Trivy)/,
    eas: /Could not download .*(reset|socket|closed|ran out)/i,
  }),
  'flapping-5xx': {
    ...recoveryRow('flapping-5xx'),
    'slack-notify': async () => {
      const server = await startServer(thenOk('flapping-5xx', (_q, r) => sendText(r, 200, 'ok')));
      const outcome = await bundle(
        'slack-notify',
        { inputs: { ...SLACK, 'webhook-url': `${server.url}${SECRET.webhook}` } },
        [SECRET.webhook],
      );
      if (outcome.result.outputs['sent'] !== 'true') expect(outcome.result.stdout).toMatch(/::warning::.*503/);
      return outcome;
    },
    pipeline: async () => {
      const server = await startServer(thenOk('flapping-5xx', (_q, r) => sendText(r, 200, 'ok')));
      const outcome = await bundle('pipeline', { inputs: { ...PIPELINE, 'health-url': server.url } }, [SECRET.deploy]);
      expect(outcome.result.exitCode, outcome.result.failure).toBe(0);
      return outcome;
    },
  },
  'retry-after-1': {
    ...recoveryRow('retry-after-1'),
    'slack-notify': async () => {
      const server = await startServer(thenOk('retry-after-1', (_q, r) => sendText(r, 200, 'ok')));
      const outcome = await bundle(
        'slack-notify',
        { inputs: { ...SLACK, 'webhook-url': `${server.url}${SECRET.webhook}` } },
        [SECRET.webhook],
      );
      expect(outcome.result.outputs['sent']).toBe('true');
      expect(server.requests.length).toBe(2);
      expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(900);
      return outcome;
    },
    pipeline: async () => {
      const slack = await startServer(thenOk('retry-after-1', (_q, r) => sendText(r, 200, 'ok')));
      const outcome = await pipelineToSlack(slack);
      expect(outcome.result.outputs['notified']).toBe('true');
      return outcome;
    },
  },
  'retry-after-3600': {
    ...httpRow('retry-after-3600', {
      health: /not healthy within the 3\.0 s timeout.*429/,
      slack: /::warning::.*(rate|429)/i,
      trivy: /HTTP 429/,
      eas: /Could not download .*HTTP 429/,
    }),
    pipeline: async () => {
      const slack = await faultServer('retry-after-3600');
      const outcome = await pipelineToSlack(slack, { 'slack-timeout': '1s' });
      expect(outcome.result.outputs['notified']).toBe('false');
      expect(outcome.result.stdout).toMatch(/::warning::.*(rate|429)/i);
      return outcome;
    },
  },
  'self-signed-tls': httpRow('self-signed-tls', {
    health: /not healthy within the 3\.0 s timeout \(\d+ attempts\); last: .*(certificate|SELF_SIGNED)/i,
    slack: /::warning::.*(SELF_SIGNED|certificate)/i,
    trivy: /(certificate|SELF_SIGNED)/i,
    eas: /Could not download .*(certificate|SELF_SIGNED)/i,
  }),
  'huge-body': {
    deploy: () => deployHttp('huge-body'),
    'health-check': async () => {
      const outcome = await bundle('health-check', { inputs: { ...HEALTH, url: await faultUrl('huge-body') } }, []);
      expect(outcome.result.outputs['healthy']).toBe('true');
      return outcome;
    },
    'slack-notify': async () => {
      const outcome = await bundle(
        'slack-notify',
        { inputs: { ...SLACK, 'webhook-url': `${await faultUrl('huge-body')}${SECRET.webhook}` } },
        [SECRET.webhook],
      );
      expect(outcome.result.exitCode).toBe(0);
      return outcome;
    },
    'trivy-gate': () => trivyHttp('huge-body', /checksums file .* has no line for trivy_0\.72\.0_Linux-64bit\.tar\.gz/),
    'eas-build': async () =>
      easHttp(await faultUrl('huge-body'), /Could not download .*larger than the 1048576 bytes allowed/, '1048576'),
    pipeline: async () => {
      const outcome = await bundle('pipeline', { inputs: { ...PIPELINE, 'health-url': await faultUrl('huge-body') } }, [
        SECRET.deploy,
      ]);
      expect(outcome.result.exitCode, outcome.result.failure).toBe(0);
      return outcome;
    },
  },
  'redirect-loop': {
    ...httpRow('redirect-loop', {
      health: /not healthy within the 3\.0 s timeout \(\d+ attempts\); last: .*(302|redirect)/i,
      slack: /::warning::.*(redirect|30\d)/i,
      trivy: /redirect/i,
      eas: /Could not download .*redirect/i,
    }),
    'health-check': async () => {
      const outcome = await bundle(
        'health-check',
        // Ten hops per probe: room for them on a loaded machine, so the probe ends on the loop, not the clock.
        {
          inputs: {
            ...HEALTH,
            url: await faultUrl('redirect-loop'),
            'follow-redirects': 'true',
            'request-timeout': '2500ms',
          },
        },
        [],
      );
      expect(outcome.result.outputs['healthy']).toBe('false');
      expect(outcome.result.failure).toMatch(
        /not healthy within the 3\.0 s timeout \(\d+ attempts?\); last: .*redirect/i,
      );
      return outcome;
    },
  },
  'cross-host-redirect': {
    deploy: async () => {
      const other = await echoServer(201);
      const origin = await startServer((_q, r) =>
        redirect(r, 307, `http://localhost:${other.port}/repos/acme/shop/deployments`),
      );
      const outcome = await bundle(
        'deploy',
        { inputs: { ...DEPLOY, 'github-token': SECRET.github }, env: { GITHUB_API_URL: origin.url } },
        [SECRET.deploy, SECRET.github],
      );
      for (const request of other.requests) expect(JSON.stringify(request.headers)).not.toContain(SECRET.github);
      return outcome;
    },
    'health-check': async () => {
      const other = await echoServer();
      const origin = await startServer((_q, r) => redirect(r, 302, `http://localhost:${other.port}/health`));
      const outcome = await bundle(
        'health-check',
        {
          inputs: {
            ...HEALTH,
            url: origin.url,
            'follow-redirects': 'true',
            headers: `Authorization: Bearer ${SECRET.header}\nX-Api-Key: ${SECRET.apiKey}`,
          },
        },
        [SECRET.header, SECRET.apiKey],
      );
      expect(other.requests.length).toBeGreaterThan(0);
      for (const request of other.requests)
        expect(JSON.stringify(request.headers)).not.toMatch(new RegExp(`${SECRET.header}|${SECRET.apiKey}`));
      return outcome;
    },
    'slack-notify': async () => {
      const other = await echoServer();
      const origin = await startServer((_q, r) =>
        redirect(r, 307, `http://localhost:${other.port}/api/chat.postMessage`),
      );
      const outcome = await bundle(
        'slack-notify',
        { inputs: { ...SLACK, 'bot-token': SECRET.bot, channel: 'C0DEPLOYS', 'api-url': origin.url } },
        [SECRET.bot],
      );
      for (const request of other.requests) expect(JSON.stringify(request.headers)).not.toContain(SECRET.bot);
      return outcome;
    },
    'trivy-gate': async () => {
      const other = await echoServer(404);
      const origin = await startServer((q, r) => redirect(r, 302, `http://localhost:${other.port}${q.url}`));
      const outcome = await bundle(
        'trivy-gate',
        {
          inputs: { ...TRIVY, 'download-url': origin.url.replace('//', `//mirror:${SECRET.mirror}@`) },
          env: trivyEnv(),
        },
        [SECRET.mirror],
      );
      expect(outcome.result.exitCode).toBe(1);
      for (const request of other.requests) {
        expect(JSON.stringify(request.headers)).not.toContain(SECRET.mirror);
        expect(JSON.stringify(request.headers)).not.toContain(
          Buffer.from(`mirror:${SECRET.mirror}`).toString('base64'),
        );
      }
      return outcome;
    },
    pipeline: async () => {
      const other = await echoServer();
      const origin = await startServer((_q, r) => redirect(r, 302, `http://localhost:${other.port}/health`));
      const outcome = await bundle(
        'pipeline',
        {
          inputs: {
            ...PIPELINE,
            'health-url': origin.url,
            'health-follow-redirects': 'true',
            'health-headers': `X-Api-Key: ${SECRET.apiKey}`,
          },
        },
        [SECRET.deploy, SECRET.apiKey],
      );
      for (const request of other.requests) expect(JSON.stringify(request.headers)).not.toContain(SECRET.apiKey);
      return outcome;
    },
  },
  unresolvable: httpRow('unresolvable', {
    health: /not healthy within the 3\.0 s timeout.*(ENOTFOUND|EAI_AGAIN|resolve|getaddrinfo)/i,
    slack: /::warning::.*(ENOTFOUND|EAI_AGAIN|resolve|no answer)/i,
    trivy: /deploy-kit-faults\.invalid/,
    eas: /Could not download http:\/\/deploy-kit-faults\.invalid/,
  }),
  'cli-hangs': cliRow('cli-hangs'),
  'cli-50mb': cliRow('cli-50mb'),
  'truncated-download': {
    'trivy-gate': async () => {
      const release = await startReleaseServer('0.72.0');
      const cut = await startServer(async (request, response) => {
        const answer = await fetch(`${release.url}${request.url}`);
        const body = Buffer.from(await answer.arrayBuffer());
        if (!request.url.endsWith('.tar.gz')) return void (response.writeHead(answer.status), response.end(body));
        response.writeHead(200, { 'content-length': String(body.length) });
        response.write(body.subarray(0, body.length >> 1));
        setTimeout(() => response.socket?.destroy(), 20);
      });
      const outcome = await bundle(
        'trivy-gate',
        { inputs: { ...TRIVY, 'download-url': cut.url }, env: trivyEnv() },
        [],
      );
      expect(outcome.result.exitCode).toBe(1);
      expect(outcome.result.failure).toMatch(/truncated|ran out while installing Trivy/);
      expect(outcome.result.stdout).not.toMatch(/Verified trivy/);
      return outcome;
    },
    'eas-build': async () => {
      const server = await startServer((_q, r) => {
        r.writeHead(200, { 'content-length': '65536' });
        r.write(Buffer.alloc(1000, 1));
        setTimeout(() => r.socket?.destroy(), 20);
      });
      const outcome = await easHttp(server.url, /Could not download .*(truncated|ran out)/);
      expect(existsSync(join(outcome.result.dir, 'workspace', 'build'))).toBe(
        existsSync(join(outcome.result.dir, 'workspace', 'build')),
      );
      return outcome;
    },
  },
  'secrets-everywhere': {
    async deploy() {
      const cli = join(faultCli('fault-cli'), 'fault-cli');
      const outcome = await bundle(
        'deploy',
        {
          inputs: {
            ...DEPLOY,
            'github-token': SECRET.github,
            'token-env': 'DK_FAULT_SECRET',
            command: `"${cli}"\nexit 3`,
          },
          env: { DK_FAULT: 'secret', GITHUB_API_URL: 'http://127.0.0.1:9' },
        },
        [SECRET.deploy, SECRET.github],
      );
      expect(outcome.result.exitCode).toBe(1);
      expect(outcome.result.stdout).toContain('token is ***');
      return outcome;
    },
    async 'health-check'() {
      const server = await echoServer(503);
      const url = server.url.replace('//', `//probe:${SECRET.mirror}@`);
      const outcome = await bundle(
        'health-check',
        {
          inputs: {
            ...HEALTH,
            timeout: '1s',
            url,
            headers: `Authorization: Bearer ${SECRET.header}\nX-Api-Key: ${SECRET.apiKey}`,
          },
        },
        [SECRET.header, SECRET.apiKey],
      );
      expect(outcome.result.outputs['healthy']).toBe('false');
      return outcome;
    },
    async 'slack-notify'() {
      const server = await echoServer(404);
      const outcome = await bundle(
        'slack-notify',
        { inputs: { ...SLACK, 'webhook-url': `${server.url}${SECRET.webhook}`, 'fail-on-error': 'true' } },
        [SECRET.webhook],
      );
      const bot = await bundle(
        'slack-notify',
        {
          inputs: {
            ...SLACK,
            'bot-token': SECRET.bot,
            channel: 'C0DEPLOYS',
            'api-url': server.url,
            'fail-on-error': 'true',
          },
        },
        [SECRET.bot],
      );
      expect(outcome.result.exitCode).toBe(1);
      expect(bot.result.exitCode).toBe(1);
      return { result: bot.result, secrets: [SECRET.bot, SECRET.webhook] };
    },
    async 'trivy-gate'() {
      const server = await echoServer(404);
      const outcome = await bundle(
        'trivy-gate',
        {
          inputs: {
            ...TRIVY,
            'download-url': server.url.replace('//', `//mirror:${SECRET.mirror}@`),
            'github-token': SECRET.github,
            comment: 'true',
          },
          env: trivyEnv(),
        },
        [SECRET.mirror, SECRET.github],
      );
      expect(outcome.result.exitCode).toBe(1);
      return outcome;
    },
    async 'eas-build'() {
      const outcome = await easRun(
        {},
        { DK_FAULT: 'secret', DK_FAULT_SECRET: EXPO_TOKEN, DK_FAULT_THEN: join(EAS_BIN, 'eas') },
        [faultCli('eas')],
      );
      expect(outcome.result.exitCode, outcome.result.failure).toBe(0);
      return outcome;
    },
    async 'migration-drift'() {
      const url = `postgresql://app:${SECRET.database}@127.0.0.1:9/shop`;
      const outcome = await bundle(
        'migration-drift',
        {
          inputs: {
            tool: 'command',
            command: 'sh -c "echo connecting to $DATABASE_URL; exit 2"',
            'database-url': url,
            timeout: '5s',
          },
        },
        [SECRET.database],
      );
      expect(outcome.result.exitCode).toBe(1);
      return outcome;
    },
    async pipeline() {
      const slack = await echoServer(404);
      const health = await echoServer(503);
      const outcome = await bundle(
        'pipeline',
        {
          inputs: {
            ...PIPELINE,
            'health-timeout': '1s',
            'health-url': health.url,
            'health-headers': `X-Api-Key: ${SECRET.apiKey}`,
            'slack-webhook-url': `${slack.url}${SECRET.webhook}`,
          },
        },
        [SECRET.deploy, SECRET.apiKey, SECRET.webhook],
      );
      expect(outcome.result.exitCode).toBe(1);
      return outcome;
    },
  },
  'short-secret': {
    deploy: () => shortSecret(bundle('deploy', { inputs: { ...DEPLOY, token: SHORT } }, [])),
    'health-check': async () => {
      const server = await startServer((_q, r) => sendText(r, 200, 'ok'));
      return shortSecret(
        bundle('health-check', { inputs: { ...HEALTH, url: server.url, headers: `X-Pin: ${SHORT}` } }, []),
      );
    },
    'slack-notify': () =>
      shortSecret(
        bundle(
          'slack-notify',
          { inputs: { ...SLACK, 'bot-token': SHORT, channel: 'C0DEPLOYS', 'api-url': 'http://127.0.0.1:9' } },
          [],
        ),
      ),
    'trivy-gate': () =>
      shortSecret(
        bundle(
          'trivy-gate',
          { inputs: { report: trivyFixture('json', 'repo-pip.json'), severity: 'none', 'github-token': SHORT } },
          [],
        ),
      ),
    'eas-build': () => shortSecret(easRun({ token: SHORT })),
    'migration-drift': () =>
      shortSecret(
        bundle('migration-drift', { inputs: { tool: 'command', command: 'true', 'github-token': SHORT } }, []),
      ),
    pipeline: () =>
      shortSecret(
        bundle('pipeline', { inputs: { ...PIPELINE, token: SHORT, 'health-url': 'http://127.0.0.1:9' } }, []),
      ),
  },
  'delivered-no-answer': {
    async deploy() {
      const api = await startServer(hang);
      const outcome = await bundle(
        'deploy',
        { inputs: { ...DEPLOY, 'github-token': SECRET.github }, env: { GITHUB_API_URL: api.url } },
        [SECRET.deploy, SECRET.github],
      );
      expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
      return outcome;
    },
    async 'slack-notify'() {
      const slack = await startServer(hang);
      const outcome = await bundle(
        'slack-notify',
        { inputs: { ...SLACK, 'webhook-url': `${slack.url}${SECRET.webhook}`, retries: '3' } },
        [SECRET.webhook],
      );
      expect(slack.requests).toHaveLength(1);
      return outcome;
    },
    async pipeline() {
      const slack = await startServer(hang);
      const outcome = await pipelineToSlack(slack, { 'slack-timeout': '1s' });
      expect(slack.requests).toHaveLength(1);
      return outcome;
    },
  },
  'workflow-commands': {
    async deploy() {
      const cli = join(faultCli('fault-cli'), 'fault-cli');
      const outcome = await bundle(
        'deploy',
        {
          inputs: { ...DEPLOY, command: `"${cli}"\nexit 3` },
          env: { DK_FAULT: 'commands' },
          event: EVENT_WITH_INJECTION,
          eventName: 'pull_request',
        },
        [SECRET.deploy],
      );
      expect(outcome.result.exitCode).toBe(1);
      return outcome;
    },
    async 'health-check'() {
      const server = await startServer((_q, r) => sendText(r, 503, INJECTED_TEXT));
      return bundle(
        'health-check',
        { inputs: { ...HEALTH, timeout: '1s', url: server.url, 'expect-body': INJECTED_TEXT } },
        [],
      );
    },
    async 'slack-notify'() {
      const server = await startServer((_q, r) => sendText(r, 400, INJECTED_TEXT));
      return bundle(
        'slack-notify',
        {
          inputs: {
            ...SLACK,
            'webhook-url': `${server.url}${SECRET.webhook}`,
            text: INJECTED_TEXT,
            title: INJECTED_TEXT,
            fields: `Note=${INJECTION.join(' ')}`,
          },
          event: EVENT_WITH_INJECTION,
          eventName: 'pull_request',
        },
        [SECRET.webhook],
      );
    },
    async 'trivy-gate'() {
      const report = trivyReportWith({
        pkg: `lodash\n${INJECTION.join('\n')}`,
        id: `CVE-2026-1\n${INJECTION[0]}`,
        title: INJECTED_TEXT,
        artifact: INJECTED_TEXT,
      });
      const outcome = await bundle('trivy-gate', { inputs: { report, severity: 'CRITICAL' } }, []);
      expect(outcome.result.exitCode).toBe(1);
      return outcome;
    },
    async 'eas-build'() {
      return easRun(
        { message: INJECTED_TEXT.replace(/\n/g, ' ') },
        { DK_FAULT: 'commands', DK_FAULT_THEN: join(EAS_BIN, 'eas') },
        [faultCli('eas')],
      );
    },
    async 'migration-drift'() {
      const cli = join(faultCli('fault-cli'), 'fault-cli');
      return bundle(
        'migration-drift',
        { inputs: { tool: 'command', command: `sh -c '"$0"; exit 1' ${cli}` }, env: { DK_FAULT: 'commands' } },
        [],
      );
    },
    async pipeline() {
      const cli = join(faultCli('fault-cli'), 'fault-cli');
      const health = await startServer((_q, r) => sendText(r, 503, INJECTED_TEXT));
      return bundle(
        'pipeline',
        {
          inputs: {
            ...PIPELINE,
            'health-timeout': '1s',
            command: `"${cli}"`,
            'health-url': health.url,
            'slack-text': INJECTED_TEXT,
          },
          env: { DK_FAULT: 'commands' },
          event: EVENT_WITH_INJECTION,
        },
        [SECRET.deploy],
      );
    },
  },
  'output-delimiters': {
    async deploy() {
      const outcome = await bundle(
        'deploy',
        {
          inputs: {
            ...DEPLOY,
            command:
              `echo "deploy-kit-output: deployment-id=ghadelimiter_1<<EOF"\n` +
              `echo "deploy-kit-output: injected=1"\necho "injected<<EOF"`,
          },
        },
        [SECRET.deploy],
      );
      expect(outcome.result.outputs['deployment-id']).toBe('ghadelimiter_1<<EOF');
      return outcome;
    },
    async 'health-check'() {
      const server = await startServer((_q, r) => sendText(r, 503, DELIMITED));
      const outcome = await bundle('health-check', { inputs: { ...HEALTH, timeout: '1s', url: server.url } }, []);
      expect(() => JSON.parse(outcome.result.outputs['report']!)).not.toThrow();
      return outcome;
    },
    async 'slack-notify'() {
      const answer = fixtureJson<Record<string, unknown>>(
        'slack',
        'web-api',
        'chat.postMessage.ok.bot-with-blocks.json',
      );
      const server = await startServer((_q, r) => sendJson(r, 200, { ...answer, ts: DELIMITED, channel: DELIMITED }));
      const outcome = await bundle(
        'slack-notify',
        { inputs: { ...SLACK, 'bot-token': SECRET.bot, channel: 'C0DEPLOYS', 'api-url': server.url } },
        [SECRET.bot],
      );
      if (outcome.result.outputs['sent'] === 'true') expect(outcome.result.outputs['ts']).toBe(DELIMITED);
      return outcome;
    },
    async 'trivy-gate'() {
      const dir = join(mkdtempSync(join(tmpdir(), 'dk-fault-paths-')), 'reports\ninjected<<EOF');
      mkdirSync(dir);
      const report = join(dir, 'report.json');
      copyFileSync(trivyFixture('json', 'repo-pip.json'), report);
      const outcome = await bundle('trivy-gate', { inputs: { report, severity: 'none' } }, []);
      expect(outcome.result.outputs['report-path']).toBe(report);
      return outcome;
    },
    async 'eas-build'() {
      const builds = JSON.parse(
        readFileSync(easFixture('build-wait-android-preview-apk-finished.json'), 'utf8'),
      ) as Record<string, unknown>[];
      builds[0]!['appVersion'] = DELIMITED;
      const file = join(mkdtempSync(join(tmpdir(), 'dk-fault-eas-json-')), 'builds.json');
      writeFileSync(file, JSON.stringify(builds));
      const outcome = await bundle(
        'eas-build',
        {
          dir: easWorkspace(),
          path: [EAS_BIN],
          inputs: { token: EXPO_TOKEN, profile: 'preview', timeout: '10s' },
          env: { EAS_STANDIN_FIXTURE: file },
        },
        [EXPO_TOKEN],
      );
      expect(outcome.result.outputs['app-version']).toBe(DELIMITED);
      return outcome;
    },
    async 'migration-drift'() {
      const outcome = await bundle(
        'migration-drift',
        { inputs: { tool: 'command', command: `sh -c 'exit 0' 'ghadelimiter_1' 'injected<<EOF'` } },
        [],
      );
      expect(JSON.parse(outcome.result.outputs['report']!)).toMatchObject({ tool: 'command', passed: true });
      return outcome;
    },
    async pipeline() {
      const health = await startServer((_q, r) => sendText(r, 200, 'ok'));
      const outcome = await bundle(
        'pipeline',
        {
          inputs: {
            ...PIPELINE,
            command:
              `echo "deploy-kit-output: deployment-id=ghadelimiter_1<<EOF"\n` + 'echo "deploy-kit-output: injected=1"',
            'health-url': health.url,
          },
        },
        [SECRET.deploy],
      );
      expect(outcome.result.outputs['deployment-id']).toBe('ghadelimiter_1<<EOF');
      return outcome;
    },
  },
  'shell-substitution': {
    async deploy() {
      const probe = substitutionProbe();
      const outcome = await bundle(
        'deploy',
        {
          inputs: {
            ...DEPLOY,
            environment: probe.text,
            service: probe.text,
            project: probe.text,
            tag: probe.text,
            'environment-url': `https://x.example/${probe.text}`,
            command: 'echo "$DEPLOY_ENVIRONMENT"',
          },
        },
        [SECRET.deploy],
      );
      expect(probe.ran()).toBe(false);
      return outcome;
    },
    async 'health-check'() {
      const probe = substitutionProbe();
      const server = await startServer((_q, r) => sendText(r, 200, 'ok'));
      const outcome = await bundle(
        'health-check',
        {
          inputs: {
            ...HEALTH,
            url: `${server.url}/?q=${encodeURIComponent(probe.text)}`,
            headers: `X-Probe: ${probe.text}`,
            'expect-body': probe.text,
          },
        },
        [],
      );
      expect(probe.ran()).toBe(false);
      return outcome;
    },
    async 'slack-notify'() {
      const probe = substitutionProbe();
      const server = await startServer((_q, r) => sendText(r, 200, 'ok'));
      const outcome = await bundle(
        'slack-notify',
        {
          inputs: {
            ...SLACK,
            'webhook-url': `${server.url}${SECRET.webhook}`,
            text: probe.text,
            title: probe.text,
            fields: `Probe=${probe.text}`,
            environment: probe.text,
            mention: probe.text,
          },
        },
        [SECRET.webhook],
      );
      expect(probe.ran()).toBe(false);
      return outcome;
    },
    async 'trivy-gate'() {
      const probe = substitutionProbe();
      const outcome = await bundle(
        'trivy-gate',
        {
          path: [standinOnPath()],
          inputs: { ...TRIVY, 'scan-ref': probe.text, allow: `CVE-1: ${probe.text}` },
          env: trivyEnv(),
        },
        [],
      );
      expect(probe.ran()).toBe(false);
      return outcome;
    },
    async 'eas-build'() {
      const probe = substitutionProbe();
      const outcome = await easRun({ message: probe.text });
      expect(probe.ran()).toBe(false);
      return outcome;
    },
    async 'migration-drift'() {
      const probe = substitutionProbe();
      const outcome = await bundle(
        'migration-drift',
        { inputs: { tool: 'command', command: `echo '${probe.text}'`, 'base-ref': probe.text } },
        [],
      );
      expect(probe.ran()).toBe(false);
      return outcome;
    },
    async pipeline() {
      const probe = substitutionProbe();
      const health = await startServer((_q, r) => sendText(r, 200, 'ok'));
      const outcome = await bundle(
        'pipeline',
        {
          inputs: {
            ...PIPELINE,
            environment: probe.text,
            'health-url': health.url,
            'health-expect-body': probe.text,
            'slack-text': probe.text,
          },
        },
        [SECRET.deploy],
      );
      expect(probe.ran()).toBe(false);
      return outcome;
    },
  },
  'invalid-enum-duration': {
    deploy: () =>
      both(
        bundle('deploy', { inputs: { ...DEPLOY, provider: 'heroku' } }, [SECRET.deploy]),
        bundle('deploy', { inputs: { ...DEPLOY, timeout: '5 parsecs' } }, [SECRET.deploy]),
        (a, b) => {
          expectConfigSentence(a, /^Invalid "provider" value "heroku"/);
          expectConfigSentence(b, /"timeout"/);
        },
      ),
    'health-check': () =>
      both(
        bundle('health-check', { inputs: { ...HEALTH, url: 'http://127.0.0.1:9', method: 'TELEPORT' } }, []),
        bundle('health-check', { inputs: { ...HEALTH, url: 'http://127.0.0.1:9', timeout: 'soon' } }, []),
        (a, b) => {
          expectConfigSentence(a, /"method"/);
          expectConfigSentence(b, /"timeout"/);
        },
      ),
    'slack-notify': () =>
      both(
        bundle(
          'slack-notify',
          { inputs: { ...SLACK, 'webhook-url': `http://127.0.0.1:9${SECRET.webhook}`, status: 'exploded' } },
          [SECRET.webhook],
        ),
        bundle(
          'slack-notify',
          { inputs: { ...SLACK, 'webhook-url': `http://127.0.0.1:9${SECRET.webhook}`, timeout: '-1s' } },
          [SECRET.webhook],
        ),
        (a, b) => {
          expectConfigSentence(a, /"status"/);
          expectConfigSentence(b, /"timeout"/);
        },
      ),
    'trivy-gate': () =>
      both(
        bundle('trivy-gate', { inputs: { ...TRIVY, 'scan-type': 'universe' } }, []),
        bundle('trivy-gate', { inputs: { ...TRIVY, timeout: '10 fortnights' } }, []),
        (a, b) => {
          expectConfigSentence(a, /"scan-type"/);
          expectConfigSentence(b, /"timeout"/);
        },
      ),
    'eas-build': () =>
      both(easRun({ platform: 'windows-phone' }), easRun({ timeout: 'forever' }), (a, b) => {
        expectConfigSentence(a, /"platform"/);
        expectConfigSentence(b, /"timeout"/);
      }),
    'migration-drift': () =>
      both(
        bundle('migration-drift', { inputs: { tool: 'flyway' } }, []),
        bundle('migration-drift', { inputs: { tool: 'command', command: 'true', timeout: '1 eon' } }, []),
        (a, b) => {
          expectConfigSentence(a, /"tool"/);
          expectConfigSentence(b, /"timeout"/);
        },
      ),
    pipeline: () =>
      both(
        bundle('pipeline', { inputs: { ...PIPELINE, provider: 'heroku' } }, [SECRET.deploy]),
        bundle(
          'pipeline',
          { inputs: { ...PIPELINE, 'health-url': 'http://127.0.0.1:9', 'health-timeout': 'a while' } },
          [SECRET.deploy],
        ),
        (a, b) => {
          expectConfigSentence(a, /"provider"/);
          expectConfigSentence(b, /"health-timeout"/);
        },
      ),
  },
  'empty-oversized': Object.fromEntries(
    (['deploy', 'health-check', 'slack-notify', 'trivy-gate', 'eas-build', 'migration-drift', 'pipeline'] as const).map(
      (action) => {
        const big: Record<Action, Record<string, string>> = {
          deploy: { ...DEPLOY, environment: BIG },
          'health-check': { ...HEALTH, url: 'http://127.0.0.1:9', timeout: '1s', 'expect-body': BIG },
          'slack-notify': { ...SLACK, 'webhook-url': `http://127.0.0.1:9${SECRET.webhook}`, text: BIG },
          'trivy-gate': { ...TRIVY, report: trivyFixture('json', 'repo-pip.json'), allow: `CVE-1: ${BIG}` },
          'eas-build': { token: EXPO_TOKEN, profile: 'preview', message: BIG },
          'migration-drift': { tool: 'command', command: `echo ${BIG}` },
          pipeline: { ...PIPELINE, 'slack-text': BIG },
        };
        const secrets: Record<Action, string[]> = {
          deploy: [SECRET.deploy],
          'health-check': [],
          'slack-notify': [SECRET.webhook],
          'trivy-gate': [],
          'eas-build': [EXPO_TOKEN],
          'migration-drift': [],
          pipeline: [SECRET.deploy],
        };
        const run: CellRun = () =>
          both(
            bundle(
              action,
              {
                inputs: emptyInputs(action),
                ...(action === 'eas-build' ? { dir: easWorkspace(), path: [EAS_BIN] } : {}),
              },
              [],
            ),
            bundle(
              action,
              {
                inputs: big[action],
                ...(action === 'eas-build'
                  ? {
                      dir: easWorkspace(),
                      path: [EAS_BIN],
                      env: { EAS_STANDIN_FIXTURE: easFixture('build-wait-android-preview-apk-finished.json') },
                    }
                  : {}),
              },
              secrets[action],
            ),
            (empty, oversized) => {
              expectNoCrash(empty);
              expectNoCrash(oversized);
            },
          );
        return [action, run];
      },
    ),
  ),
  'outside-workspace': {
    async deploy() {
      const outcome = await bundle(
        'deploy',
        {
          inputs: {
            ...DEPLOY,
            'working-directory': '/etc',
            command: 'head -c 0 passwd; echo "deploy-kit-output: url=https://shop.example"',
          },
        },
        [SECRET.deploy],
      );
      expect(outcome.result.stdout).not.toMatch(/root:x/);
      return outcome;
    },
    async 'health-check'() {
      const outcome = await bundle(
        'health-check',
        { inputs: { ...HEALTH, url: 'https://127.0.0.1:9', 'ca-cert': '/etc/passwd' } },
        [],
      );
      expect(outcome.result.exitCode).toBe(1);
      expect(outcome.result.failure).toMatch(/ca-cert/);
      return outcome;
    },
    async 'trivy-gate'() {
      const outcome = await bundle('trivy-gate', { inputs: { report: '/etc/passwd' } }, []);
      expect(outcome.result.failure).toBe(
        'The Trivy report /etc/passwd is not valid JSON (a character ' +
          'where JSON cannot have it): run Trivy with --format json.',
      );
      return outcome;
    },
    async 'eas-build'() {
      const outcome = await easRun({ 'working-directory': '/etc' });
      expect(outcome.result.failure).toMatch(/No eas\.json in "\/etc"/);
      return outcome;
    },
    async 'migration-drift'() {
      const outcome = await bundle('migration-drift', { inputs: { 'working-directory': '/etc' } }, []);
      expectNoCrash(outcome.result);
      return outcome;
    },
    async pipeline() {
      const outcome = await bundle(
        'pipeline',
        { inputs: { ...PIPELINE, 'health-url': 'http://127.0.0.1:9', 'working-directory': '/definitely/not/here' } },
        [SECRET.deploy],
      );
      expect(outcome.result.failure).toMatch(/\/definitely\/not\/here does not exist/);
      return outcome;
    },
  },
};
