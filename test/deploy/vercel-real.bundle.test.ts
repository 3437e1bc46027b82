import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERCEL_CLI } from '../../src/providers/vercel/deploy.js';
import { type BundleResult, runBundle } from '../support/bundle.js';
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

/*
 * The real Vercel CLI, at the version deploy pins, from npm (installed once, cached by version:
 * test/support/real-cli.ts), with no network (test/support/offline.cjs). Each failure shape runs
 * twice, concurrently: the CLI alone, compared with its recorded output in
 * test/fixtures/vercel/real-offline/<shape>/, and the deploy bundle driving it, which must fail with
 * a sentence quoting the CLI's own line and naming the cause, set every output and write a summary.
 * The unlinked shape takes vercel ~20 s (it retries before giving up), hence one run per shape.
 */

const vercel = await realCli(VERCEL_CLI.packageName, VERCEL_CLI.version, VERCEL_CLI.bin);
/** The CLI runs on the runner's Node (the first on PATH), as on a runner. */
const NODE = runnerNode();
const FIXTURES = join(REAL_FIXTURES, 'vercel', 'real-offline');
/** Well-formed (Vercel tokens are word characters) but unknown to Vercel. */
const TOKEN = 'Vt8kQ2mZ7xR4nB9wLc3pYd6h';
/** A token vercel refuses before any request: it may not contain "-". */
const MALFORMED_TOKEN = 'vercel-token-5e8b2d7c1a';
const IDS = { orgId: 'team_offline0000000000000000', projectId: 'prj_offline00000000000000000' };
const ARGS = ['deploy', '--prebuilt', '--yes', '--format=json'];

interface Shape {
  name: string;
  project: string;
  linked: boolean;
  token: string;
}

const UNLINKED = 'empty: no .vercel/project.json, no ids';
const SHAPES: Shape[] = [
  { name: 'network-down-unlinked', project: UNLINKED, linked: false, token: TOKEN },
  {
    name: 'network-down-linked',
    project: '.vercel/output/config.json; VERCEL_ORG_ID and VERCEL_PROJECT_ID set',
    linked: true,
    token: TOKEN,
  },
  { name: 'bad-token', project: UNLINKED, linked: false, token: MALFORMED_TOKEN },
  { name: 'no-token', project: UNLINKED, linked: false, token: '' },
];
const shapeNamed = (name: string) => SHAPES.find((shape) => shape.name === name)!;

function workspace(shape: Shape): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dk-real-vercel-')), 'workspace');
  mkdirSync(path, { recursive: true });
  if (shape.linked) {
    mkdirSync(join(path, '.vercel', 'output'), { recursive: true });
    writeFileSync(join(path, '.vercel', 'output', 'config.json'), '{"version":3}\n');
  }
  return path;
}

describe.runIf(vercel.ready)(`the real vercel ${VERCEL_CLI.version}, offline`, () => {
  const direct = new Map<string, RealRun>();
  const action = new Map<string, BundleResult>();

  beforeAll(async () => {
    if (!vercel.ready) return;
    await Promise.all(
      SHAPES.flatMap((shape) => [
        runRealCli(vercel, ARGS, workspace(shape), {
          // What deploy gives the CLI (src/providers/vercel/deploy.ts).
          NO_UPDATE_NOTIFIER: '1',
          ...(shape.token ? { VERCEL_TOKEN: shape.token } : {}),
          ...(shape.linked ? { VERCEL_ORG_ID: IDS.orgId, VERCEL_PROJECT_ID: IDS.projectId } : {}),
        }).then((run) => direct.set(shape.name, run)),
        runBundle('deploy', {
          cwd: workspace(shape),
          path: [vercel.binDir, NODE.dir],
          inputs: {
            provider: 'vercel',
            token: shape.token,
            prebuilt: 'true',
            ...(shape.linked ? { 'vercel-org-id': IDS.orgId, 'vercel-project-id': IDS.projectId } : {}),
          },
          env: { ...OFFLINE_ENV, HOME: freshHome() },
          timeoutMs: 120_000,
        }).then((result) => action.set(shape.name, result)),
      ]),
    );
  }, 240_000);

  function recorded(shape: Shape) {
    return expectRecorded(join(FIXTURES, shape.name), direct.get(shape.name)!, {
      command: `vercel ${ARGS.join(' ')}`,
      env: [
        'NO_UPDATE_NOTIFIER',
        ...(shape.token ? ['VERCEL_TOKEN'] : []),
        ...(shape.linked ? ['VERCEL_ORG_ID', 'VERCEL_PROJECT_ID'] : []),
      ],
      project: shape.project,
    });
  }

  function expectFailedStep(result: BundleResult, token: string): void {
    expect(result.exitCode, result.stdout).toBe(1);
    expectAllOutputs(result, 'deploy');
    expect(result.outputs).toMatchObject({
      deployed: 'false',
      skipped: 'false',
      status: 'failed',
      'deployment-id': '',
      url: '',
    });
    expect(result.outputs['reason']).toBe(result.failure);
    expect(result.summary).toContain('### ❌ Deploy with Vercel failed');
    expectNoSecretLeak(result, [token]);
  }

  /** What vercel said besides its banner and telemetry notice (the lines the step quotes). */
  const own = (cli: RealRun) => linesOf(cli.stderr).filter((line) => !/^(Vercel CLI \d|>\s)/.test(line));
  /** What Vercel's API answers the action offline, asked for the cause. */
  const UNREACHABLE = 'Cause: https://api.vercel.com/v2/user: getaddrinfo ENOTFOUND api.vercel.com';

  it('network down, project not linked (issue 10): vercel exits 0 with nothing deployed; the step says why', () => {
    const shape = shapeNamed('network-down-unlinked');
    const cli = recorded(shape);
    expect([cli.exitCode, cli.stdout, own(cli).at(-1)]).toEqual([0, '', 'Loading teams…']);

    const result = action.get(shape.name)!;
    expectFailedStep(result, TOKEN);
    expect(result.failure).toBe(
      'vercel deploy exited with code 0 but deployed nothing (no deployment on its stdout): ' +
        `Loading teams… ${UNREACHABLE}`,
    );
    expect(result.summary).toContain('getaddrinfo ENOTFOUND api.vercel.com');
    expect(result.failure).not.toContain('succeeded');
  });

  it('network down, project linked: the step fails quoting vercel and naming the cause', () => {
    const shape = shapeNamed('network-down-linked');
    const cli = recorded(shape);
    expect(cli.stdout).toBe('');
    expect(own(cli)).toContain('Retrieving project…');

    const result = action.get(shape.name)!;
    expectFailedStep(result, TOKEN);
    const ended =
      cli.exitCode === 0
        ? 'exited with code 0 but deployed nothing (no deployment on its stdout)'
        : `exited with code ${cli.exitCode}`;
    const said = own(cli).slice(-3).join('\n');
    expect(result.failure).toBe(`vercel deploy ${ended}: ${said}${/[.…]$/.test(said) ? '' : '.'} ${UNREACHABLE}`);
    expect(result.summary).toContain('getaddrinfo ENOTFOUND api.vercel.com');
  });

  it('bad token: vercel refuses it before any request; the step fails quoting its error', () => {
    const shape = shapeNamed('bad-token');
    const cli = recorded(shape);
    expect(cli.exitCode).toBe(1);
    expect(own(cli)).toContain('Error: You defined "--token", but its contents are invalid. Must not contain: "-"');

    const result = action.get(shape.name)!;
    expectFailedStep(result, MALFORMED_TOKEN);
    expect(result.failure).toBe(`vercel deploy exited with code 1: ${own(cli).slice(-3).join('\n')}`);
    expect(result.failure).toContain('Must not contain: "-"');
  });

  it('no token: vercel asks for credentials, but the step skips before starting it', () => {
    const cli = recorded(shapeNamed('no-token'));
    expect(cli.exitCode).toBe(1);
    expect(linesOf(cli.stderr)).toContain(
      'Error: No existing credentials found. Please run `vercel login` or pass "--token"',
    );
    const result = action.get('no-token')!;
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ deployed: 'false', skipped: 'true', status: 'skipped' });
    expect(result.stdout).not.toContain('Using vercel from PATH');
    expect(result.summary).toContain('Deploy skipped (Vercel)');
    expectAllOutputs(result, 'deploy');
  });
});

if (!vercel.ready) {
  describe('the real vercel, offline', () => {
    it.skip(`skipped: ${vercel.skip}`, () => {});
  });
}
