import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BundleResult, type BundleRun } from '../support/bundle.js';
import { runInProcess, type StepRunner } from '../support/in-process.js';
import { type LoopbackServer, startServer } from '../support/server.js';
import { fixture as recordedFixture } from '../support/fixtures.js';

/**
 * Helpers for running eas-build with the stand-in `eas` (bin/eas) in a throwaway project: in this
 * process by default, or through dist/eas-build when a test passes runBundle.
 */

export const BIN = resolve(import.meta.dirname, 'bin');
/** Derived answers the recorded set lacks (see fixtures/README.md); the rest come from test/fixtures/eas. */
const DERIVED_FIXTURES = resolve(import.meta.dirname, 'fixtures');
const RECORDED_FIXTURES = recordedFixture('eas');

/** Every eas-cli JSON answer: test/fixtures/eas plus the derived ones here. */
export const FIXTURE_NAMES = [...readdirSync(RECORDED_FIXTURES), ...readdirSync(DERIVED_FIXTURES)]
  .filter((name) => name.endsWith('.json'))
  .sort();

/** The path of a fixture by name, derived ones first. */
export function fixturePath(name: string): string {
  const derived = join(DERIVED_FIXTURES, name);
  return existsSync(derived) ? derived : join(RECORDED_FIXTURES, name);
}
export const TOKEN = 'expo-token-Zq8vR2mK7tW4nB9x';

export const EAS_JSON = {
  cli: { version: '>= 16.0.0', appVersionSource: 'remote' },
  build: {
    development: { developmentClient: true, distribution: 'internal' },
    preview: { distribution: 'internal', android: { buildType: 'apk' }, channel: 'preview' },
    production: { autoIncrement: true, channel: 'production' },
  },
  submit: {
    production: { android: { track: 'internal' } },
    internal: { android: { track: 'internal', releaseStatus: 'completed' }, ios: { ascAppId: '6450000000' } },
  },
};

export interface EasRecord {
  argv: string[];
  expoToken: string | null;
  /** Names of other environment variables that held the token. */
  tokenElsewhere: string[];
  cwd: string;
  script: string;
}

export interface EasRun extends BundleRun {
  /** Fixture file name (test/fixtures/eas, or a derived one in fixtures/). */
  fixture?: string;
  /** eas.json contents (object or raw text); null: no eas.json. Default EAS_JSON. */
  easJson?: unknown;
  /** Loopback server the artifacts are served from. */
  artifacts?: LoopbackServer;
  /** Keep the stand-in off PATH (install tests). */
  noStandIn?: boolean;
}

export interface EasResult extends BundleResult {
  /** One entry per `eas` call. */
  calls: EasRecord[];
  workspace: string;
}

export async function runEasBuild(run: EasRun = {}, runStep: StepRunner = runInProcess): Promise<EasResult> {
  const dir = run.dir ?? mkdtempSync(join(tmpdir(), 'dk-eas-'));
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const easJson = run.easJson === undefined ? EAS_JSON : run.easJson;
  if (easJson !== null)
    writeFileSync(
      join(workspace, 'eas.json'),
      typeof easJson === 'string' ? easJson : JSON.stringify(easJson, null, 2),
    );
  const record = join(dir, 'eas-calls.jsonl');
  const result = await runStep('eas-build', {
    ...run,
    dir,
    path: [...(run.noStandIn ? [] : [BIN]), ...(run.path ?? [])],
    inputs: { token: TOKEN, ...run.inputs },
    env: {
      EAS_STANDIN_RECORD: record,
      EAS_STANDIN_FIXTURE: fixturePath(run.fixture ?? 'build-wait-android-preview-apk-finished.json'),
      ...(run.artifacts ? { EAS_STANDIN_ARTIFACT_BASE: run.artifacts.url } : {}),
      ...run.env,
    },
  });
  const calls = existsSync(record)
    ? readFileSync(record, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as EasRecord)
    : [];
  return { ...result, calls, workspace };
}

export function fixture<T = Record<string, unknown>[]>(name: string): T {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as T;
}

/** A stand-in artifact server like Expo's: /artifacts/eas/<file> redirects to a signed storage URL. */
export const SIGNATURE = 'X-Goog-Signature=5f3a9c0e7b1d4f2a8c6e0b9d3f7a1c5e';

export type ArtifactMode = 'ok' | 'truncate' | 'truncate-once' | 'missing' | 'too-large';

export async function startArtifactServer(
  mode: ArtifactMode,
  body = Buffer.alloc(64 * 1024, 7),
): Promise<LoopbackServer> {
  let truncations = 0;
  return startServer((request, response) => {
    const path = request.url.split('?')[0]!;
    if (path.startsWith('/artifacts/eas/')) {
      if (mode === 'missing') {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('Not Found');
        return;
      }
      response.writeHead(302, { location: `/signed/${path.slice('/artifacts/eas/'.length)}?${SIGNATURE}` });
      response.end();
      return;
    }
    if (!path.startsWith('/signed/') || !request.url.includes(SIGNATURE)) {
      response.writeHead(403);
      response.end('unsigned');
      return;
    }
    if (mode === 'truncate' || (mode === 'truncate-once' && truncations === 0)) {
      truncations += 1;
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) });
      response.write(body.subarray(0, 1000), () => response.socket?.destroy());
      return;
    }
    const size = mode === 'too-large' ? body.length * 4 : body.length;
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size) });
    response.end(mode === 'too-large' ? Buffer.concat([body, body, body, body]) : body);
  });
}

/** Bad inputs and the error each gets: the README's "Bad inputs" table (config.test.ts, gate.test.ts). */
export const BAD_INPUTS: [name: string, inputs: Record<string, string>, error: string][] = [
  [
    'platform: web',
    { platform: 'web' },
    'Invalid "platform" value "web": valid values are "android", "ios" and "all".',
  ],
  [
    'profile: --clear-cache',
    { profile: '--clear-cache' },
    'Invalid "profile" value "--clear-cache": expected a profile name of eas.json',
  ],
  [
    'submit-profile: internal',
    { 'submit-profile': 'internal' },
    'Input "submit-profile" is set but "auto-submit" is false',
  ],
  ['download: out, wait: false', { download: 'out', wait: 'false' }, 'Input "download" needs wait: true'],
  [
    'eas-version: ^16',
    { 'eas-version': '^16' },
    'Invalid "eas-version" value "^16": expected an exact eas-cli version such as 24.8.0, or "latest"',
  ],
  [
    'message: 1025 characters',
    { message: 'x'.repeat(1025) },
    'eas-cli accepts at most 1024 characters (this one has 1025)',
  ],
  ['timeout: soon', { timeout: 'soon' }, 'Invalid "timeout" value "soon"'],
  [
    'max-download-bytes: 1GB',
    { 'max-download-bytes': '1GB' },
    'Invalid "max-download-bytes" value "1GB": expected a whole number',
  ],
  ['wait: yes', { wait: 'yes' }, 'Invalid "wait" value "yes": expected "true" or "false"'],
];
