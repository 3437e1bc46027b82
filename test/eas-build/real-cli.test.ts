import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PINNED_EAS_VERSION } from '../../src/eas-build/config.js';
import { buildArgs } from '../../src/eas-build/command.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import {
  expectRecorded,
  freshHome,
  linesOf,
  OFFLINE_ENV,
  REAL_FIXTURES,
  type RealRun,
  realCli,
  runnerNode,
  runRealCli,
} from '../support/real-cli.js';
import { EAS_JSON, type EasResult, runEasBuild, TOKEN } from './harness.js';

/*
 * The real eas-cli, at the version the action pins, from npm (installed once, cached by version:
 * test/support/real-cli.ts), with no network (test/support/offline.cjs). Each failure shape runs
 * twice, concurrently: the CLI alone, compared with its recorded output in
 * test/fixtures/eas/real-offline/<shape>/, and the eas-build action (in-process) driving it, which must fail
 * with a sentence quoting the CLI's own lines, set every output and write a job summary.
 */

const eas = await realCli('eas-cli', PINNED_EAS_VERSION, 'eas');
const FIXTURES = join(REAL_FIXTURES, 'eas', 'real-offline');
const ARGS = buildArgs({
  platform: 'android',
  profile: 'preview',
  wait: true,
  autoSubmit: false,
  clearCache: false,
  message: undefined,
  submitProfile: undefined,
});
const EXPO_PROJECT = {
  'app.json': { expo: { name: 'shop', slug: 'shop' } },
  'package.json': { name: 'shop', version: '1.0.0', private: true },
};

interface Shape {
  name: string;
  /** What the working directory holds besides eas.json. */
  files: Record<string, unknown>;
  project: string;
  token: boolean;
}

const SHAPES: Shape[] = [
  { name: 'network-down', files: EXPO_PROJECT, project: 'eas.json, app.json, package.json', token: true },
  { name: 'no-project', files: {}, project: 'eas.json only (no app.json, no package.json)', token: true },
  { name: 'no-token', files: EXPO_PROJECT, project: 'eas.json, app.json, package.json', token: false },
];

function workspace(dir: string, shape: Shape): string {
  const path = join(dir, 'workspace');
  mkdirSync(path, { recursive: true });
  for (const [name, content] of Object.entries({ 'eas.json': EAS_JSON, ...shape.files }))
    writeFileSync(join(path, name), JSON.stringify(content, null, 2));
  return path;
}

describe.runIf(eas.ready)(`the real eas-cli ${PINNED_EAS_VERSION}, offline`, () => {
  const direct = new Map<string, RealRun>();
  const action = new Map<string, EasResult>();

  beforeAll(async () => {
    if (!eas.ready) return;
    await Promise.all(
      SHAPES.flatMap((shape) => [
        runRealCli(
          eas,
          ARGS,
          workspace(mkdtempSync(join(tmpdir(), 'dk-real-eas-')), shape),
          shape.token ? { EXPO_TOKEN: TOKEN } : {},
        ).then((run) => direct.set(shape.name, run)),
        (async () => {
          const dir = mkdtempSync(join(tmpdir(), 'dk-real-eas-'));
          workspace(dir, shape);
          const result = await runEasBuild({
            dir,
            noStandIn: true,
            path: [eas.binDir, runnerNode().dir],
            easJson: EAS_JSON,
            inputs: { platform: 'android', profile: 'preview', ...(shape.token ? {} : { token: '' }) },
            env: { ...OFFLINE_ENV, HOME: freshHome() },
            timeoutMs: 120_000,
          });
          action.set(shape.name, result);
        })(),
      ]),
    );
  }, 240_000);

  function recorded(shape: Shape) {
    return expectRecorded(join(FIXTURES, shape.name), direct.get(shape.name)!, {
      command: `eas ${ARGS.join(' ')}`,
      env: shape.token ? ['EXPO_TOKEN'] : [],
      project: shape.project,
    });
  }

  for (const shape of SHAPES.filter((s) => s.token)) {
    it(`${shape.name}: the step fails quoting the cause eas-cli printed, with every output and a summary`, () => {
      const cli = recorded(shape);
      expect(cli.exitCode).toBe(1);
      // The recorded shape: the reason on stdout (not JSON despite --json), a bare error on stderr.
      expect(linesOf(cli.stdout)).toEqual([
        'request to https://api.expo.dev/graphql failed, reason: getaddrinfo ENOTFOUND api.expo.dev',
      ]);
      expect(linesOf(cli.stderr).map((line) => line.trim())).toEqual(['Error: GraphQL request failed.']);

      const result = action.get(shape.name)!;
      expect(result.exitCode, result.stdout).toBe(1);
      expect(result.failure).toBe(
        'eas build exited with code 1: Error: GraphQL request failed. ' +
          '(on stdout: request to https://api.expo.dev/graphql failed, reason: getaddrinfo ENOTFOUND api.expo.dev)',
      );
      expectAllOutputs(result, 'eas-build');
      expect(result.outputs).toMatchObject({ 'build-id': '', 'build-ids': '[]', builds: '[]', skipped: 'false' });
      expect(result.summary).toContain('### ❌ EAS build failed');
      expect(result.summary).toContain('getaddrinfo ENOTFOUND api.expo.dev');
      expect(result.stdout).toContain(`Using eas from PATH: ${eas.ready ? eas.bin : ''}`);
      expectNoSecretLeak(result, [TOKEN]);
    });
  }

  it('no-token: eas-cli asks for a login, but the action never starts it without a token', () => {
    const cli = recorded(SHAPES.find((shape) => shape.name === 'no-token')!);
    expect(cli.exitCode).toBe(1);
    expect(linesOf(cli.stderr)[0]).toBe('An Expo user account is required to proceed.');
    const result = action.get('no-token')!;
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ skipped: 'true', status: 'skipped' });
    expect(result.stdout).not.toContain('Using eas from PATH');
    expect(result.summary).toContain('EAS build skipped');
    expectAllOutputs(result, 'eas-build');
  });
});

if (!eas.ready) {
  describe('the real eas-cli, offline', () => {
    it.skip(`skipped: ${eas.skip}`, () => {});
  });
}
