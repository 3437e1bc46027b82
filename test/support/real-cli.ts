import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';
import { NODE24, ROOT } from './bundle.js';

/**
 * The real CLIs from npm, at the versions the actions pin, for the tests that run them (not the
 * stand-ins). Each is installed once into node_modules/.cache/deploy-kit/real-clis/<name>@<version>
 * (an npm prefix, keyed by version) and reused by every later run, by any test file. A test is
 * skipped, with the reason in its title, only when the npm registry itself cannot be reached; any
 * other install failure fails the test.
 *
 * The CLIs run with NODE_OPTIONS preloading offline.cjs (OFFLINE_ENV): no host name resolves and no
 * connection leaves loopback, so they fail as they do on a machine without network, and a token
 * never reaches a real service even where the network is up.
 */

/** The fixtures of what the real CLIs print offline. */
export const REAL_FIXTURES = join(ROOT, 'test', 'fixtures');

export const REAL_CLI_CACHE = join(ROOT, 'node_modules', '.cache', 'deploy-kit', 'real-clis');

/** Environment that takes the network away from a Node process and its Node children. */
export const OFFLINE_ENV = { NODE_OPTIONS: `--require=${resolve(import.meta.dirname, 'offline.cjs')}` } as const;

export type RealCli =
  | {
      ready: true;
      packageName: string;
      version: string;
      /** a directory holding only the CLI's executable, for PATH */ binDir: string;
      bin: string;
    }
  | { ready: false; packageName: string; version: string; skip: string };

const INSTALL_TIMEOUT_MS = 10 * 60_000;

/** `packageName@version` from the cache, installed there first when missing. */
export async function realCli(packageName: string, version: string, bin: string): Promise<RealCli> {
  const prefix = join(REAL_CLI_CACHE, `${packageName.replace('/', '+')}@${version}`);
  if (!installedVersion(prefix, packageName)) {
    const unreachable = await registryUnreachable();
    if (unreachable)
      return {
        ready: false,
        packageName,
        version,
        skip: `${unreachable}, so the real ${packageName}@${version} cannot be installed`,
      };
    const staging = `${prefix}.partial-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const install = await npm(
      [
        'install',
        '--prefix',
        staging,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `${packageName}@${version}`,
      ],
      INSTALL_TIMEOUT_MS,
    );
    if (!install.ok) {
      rmSync(staging, { recursive: true, force: true });
      throw new Error(
        `npm install ${packageName}@${version} failed although the registry answers npm ping: ${install.output}`,
      );
    }
    try {
      renameSync(staging, prefix);
    } catch {
      // Another test process finished the same install first: use that one.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const found = installedVersion(prefix, packageName);
  if (found !== version) throw new Error(`${prefix} holds ${packageName}@${found}, not ${version}`);
  const binDir = join(prefix, 'only-bin');
  if (!existsSync(join(binDir, bin))) {
    mkdirSync(binDir, { recursive: true });
    symlinkSync(join(prefix, 'node_modules', '.bin', bin), join(binDir, bin));
  }
  return { ready: true, packageName, version, binDir, bin: join(binDir, bin) };
}

/** Why the registry cannot be used (npm ping's reason), or undefined when it answers. */
async function registryUnreachable(): Promise<string | undefined> {
  const ping = await npm(['ping', '--fetch-timeout=20000', '--fetch-retries=0'], 30_000);
  return ping.ok ? undefined : `the npm registry is unreachable (npm ping: ${npmReason(ping.output)})`;
}

/**
 * An npm cache (under REAL_CLI_CACHE) holding `packageName@version` and its dependencies, filled by
 * an install with --ignore-scripts: for a package whose postinstall downloads its binary from elsewhere
 * (@railway/cli, from GitHub), which an install here must attempt offline (`npm_config_offline`).
 */
export async function cachedPackage(
  packageName: string,
  version: string,
): Promise<{ ready: true; cache: string } | { ready: false; skip: string }> {
  const cache = join(REAL_CLI_CACHE, 'npm-cache');
  const stamp = join(cache, `${packageName.replace('/', '+')}@${version}.added`);
  if (existsSync(stamp)) return { ready: true, cache };
  const unreachable = await registryUnreachable();
  if (unreachable)
    return { ready: false, skip: `${unreachable}, so the real ${packageName}@${version} cannot be fetched` };
  const scratch = mkdtempSync(join(tmpdir(), 'dk-npm-cache-fill-'));
  const add = await npm(
    [
      'install',
      '--ignore-scripts',
      '--prefix',
      scratch,
      '--cache',
      cache,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `${packageName}@${version}`,
    ],
    INSTALL_TIMEOUT_MS,
  );
  rmSync(scratch, { recursive: true, force: true });
  if (!add.ok)
    throw new Error(
      `npm install --ignore-scripts ${packageName}@${version} failed ` +
        `although the registry answers npm ping: ${add.output}`,
    );
  writeFileSync(stamp, '');
  return { ready: true, cache };
}

function installedVersion(prefix: string, packageName: string): string | undefined {
  try {
    return (
      JSON.parse(readFileSync(join(prefix, 'node_modules', packageName, 'package.json'), 'utf8')) as {
        version?: string;
      }
    ).version;
  } catch {
    return undefined;
  }
}

function npm(args: string[], timeoutMs: number): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    execFile(
      'npm',
      args,
      { timeout: timeoutMs, env: { ...process.env, npm_config_update_notifier: 'false' } },
      (error, stdout, stderr) => {
        done({ ok: !error, output: `${stderr}${stdout}`.trim() || String(error?.message ?? '') });
      },
    );
  });
}

/** npm's own reason (`npm error code ECONNREFUSED`, …), without the pointer to its debug log. */
function npmReason(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.includes('A complete log of this run'));
  return lines.slice(0, 3).join(' / ') || '(no output)';
}

/** One line per stream that is not empty, as the action quotes them (trailing spaces trimmed). */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}

export interface RealRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/**
 * The Node that runs a CLI's `#!/usr/bin/env node` on a runner: the first `node` on PATH. That is
 * the runner image's Node (20 or 22 on GitHub's), not the node24 the action itself runs on, which
 * is not on PATH. Here: the first one outside this repository's node_modules (the system's), else
 * Node 24 from devDependencies; DK_REAL_CLI_NODE=<path of a node> chooses another.
 */
export function runnerNode(): { dir: string; major: number } {
  const chosen = process.env['DK_REAL_CLI_NODE'];
  const own = join(ROOT, 'node_modules');
  const path =
    chosen ??
    (process.env['PATH'] ?? '')
      .split(delimiter)
      .map((dir) => join(dir, 'node'))
      .find((node) => !node.startsWith(own) && existsSync(node)) ??
    NODE24;
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  return { dir: dirname(path), major: Number(/^v(\d+)/.exec(version)?.[1]) };
}

/**
 * The CLI itself, as the action starts it (argv array, the token in the environment), offline, in
 * `cwd` with a fresh HOME (no login, no CLI state from an earlier run), the runner's Node first on PATH.
 */
export function runRealCli(
  cli: Extract<RealCli, { ready: true }>,
  args: readonly string[],
  cwd: string,
  env: Record<string, string>,
): Promise<RealRun> {
  const started = performance.now();
  return new Promise((done, fail) => {
    execFile(
      cli.bin,
      [...args],
      {
        cwd,
        timeout: 120_000,
        env: {
          PATH: [runnerNode().dir, cli.binDir, process.env['PATH'] ?? ''].join(delimiter),
          HOME: freshHome(),
          LANG: 'C.UTF-8',
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          ...OFFLINE_ENV,
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const code = (error as { code?: unknown } | null)?.code;
        if (error && typeof code !== 'number') return fail(error);
        done({
          exitCode: typeof code === 'number' ? code : 0,
          stdout,
          stderr,
          durationMs: Math.round(performance.now() - started),
        });
      },
    );
  });
}

/** A fresh HOME for a run of a real CLI (its login and state files start empty every time). */
export function freshHome(): string {
  return mkdtempSync(join(tmpdir(), 'dk-real-home-'));
}

export interface RecordedShape {
  /** e.g. "vercel deploy --prebuilt --yes --format=json" */
  command: string;
  /** The environment the CLI got, secrets as names only. */
  env: string[];
  /** What the working directory held. */
  project: string;
}

/** The exact Node version a CLI prints in its banner ("Vercel CLI 58.4.4 (Node.js 20.20.2)") varies by machine. */
const normalise = (text: string) => text.replace(/\(Node\.js \d+\.\d+\.\d+\)/g, '(Node.js <version>)');

/**
 * The fixture in `dir` (stdout.txt, stderr.txt, shape.json) against what the real CLI did just now:
 * equal, or, with DK_RECORD_REAL_CLIS=1, rewritten from this run (test/fixtures/eas/real-offline/README.md).
 * Returns what the CLI printed.
 */
export function expectRecorded(dir: string, run: RealRun, shape: RecordedShape): RealRun {
  const now = { exitCode: run.exitCode, stdout: normalise(run.stdout), stderr: normalise(run.stderr) };
  if (process.env['DK_RECORD_REAL_CLIS'] === '1') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'stdout.txt'), now.stdout);
    writeFileSync(join(dir, 'stderr.txt'), now.stderr);
    writeFileSync(
      join(dir, 'shape.json'),
      `${JSON.stringify({ ...shape, exitCode: run.exitCode, durationMs: run.durationMs }, null, 2)}\n`,
    );
  }
  const recorded = JSON.parse(readFileSync(join(dir, 'shape.json'), 'utf8')) as RecordedShape & {
    exitCode: number | null;
  };
  expect(now).toEqual({
    exitCode: recorded.exitCode,
    stdout: readFileSync(join(dir, 'stdout.txt'), 'utf8'),
    stderr: readFileSync(join(dir, 'stderr.txt'), 'utf8'),
  });
  expect(shape).toEqual({ command: recorded.command, env: recorded.env, project: recorded.project });
  return run;
}
