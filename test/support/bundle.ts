import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFileCommand } from '../../scripts/file-commands.mjs';
import { readActionMeta } from './metadata.js';
import { readWorkflowCommands } from './workflow-commands.js';

export { parseFileCommand };

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Node 24 from the `node` package in devDependencies: the runtime `runs.using: node24` gives. */
export const NODE24 = join(ROOT, 'node_modules', 'node', 'bin', 'node');

/** GNU time, for measureMemory. */
const TIME = '/usr/bin/time';

export interface BundleRun {
  /** Inputs by their action.yml names; action.yml defaults fill the rest, as the runner does. */
  inputs?: Record<string, string>;
  /** Extra environment (e.g. GITHUB_API_URL of a loopback server, or GITHUB_TOKEN). */
  env?: Record<string, string>;
  /** Directories put in front of PATH (stand-in executables). */
  path?: string[];
  eventName?: string;
  event?: Record<string, unknown>;
  cwd?: string;
  timeoutMs?: number;
  /** Reuse a runner temp directory (e.g. to share a tool cache between two runs). */
  dir?: string;
  /** Measure the step's peak memory (GNU time's max RSS of the bundle and the children it waited for). */
  measureMemory?: boolean;
  /**
   * Evaluates an `${{ }}` expression in an action.yml default (the rehearsal passes GitHub's own
   * evaluator); without it only `github.token` and `job.status` (success) are known.
   */
  evaluate?: (expression: string) => string;
}

export interface BundleResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Variables written to GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  /** Directories written to GITHUB_PATH. */
  path: string[];
  durationMs: number;
  dir: string;
  /** The `::error::` / `setFailed` message, if any. */
  failure: string | undefined;
  /** Peak resident memory in KiB, when measureMemory was asked for. */
  maxRssKb?: number;
}

/** `action` is a folder of actions/ or `pipeline` for the root action.yml. */
export async function runBundle(action: string, run: BundleRun = {}): Promise<BundleResult> {
  const bundle = join(ROOT, 'dist', action, 'index.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist: run npm run build`);
  const { dir, files, env } = stepEnvironment(action, run);
  const [command, args] = run.measureMemory
    ? [TIME, ['-f', '%M', '-o', join(dir, 'max-rss-kb'), NODE24, bundle]]
    : [NODE24, [bundle]];
  return runProcess(command, args, { dir, files, env }, run.timeoutMs);
}

/**
 * A `run:` step as the runner executes it with `shell: bash`: the script in a file under
 * RUNNER_TEMP, `bash --noprofile --norc -eo pipefail FILE`, in the same environment and with the
 * same file commands (GITHUB_OUTPUT, GITHUB_ENV, ...) as runBundle gives an action.
 */
export async function runScript(script: string, run: BundleRun = {}): Promise<BundleResult> {
  const { dir, files, env } = runnerEnvironment('run', run);
  const file = join(dir, 'temp', `${randomUUID()}.sh`);
  writeFileSync(file, script);
  return runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { dir, files, env }, run.timeoutMs);
}

/**
 * What the runner gives the step of `action` (a folder of actions/, or `pipeline`): a fresh runner
 * temp directory with empty file-command files, the environment, and every input (action.yml
 * defaults filling the ones not given).
 */
export function stepEnvironment(action: string, run: BundleRun): RunnerEnvironment {
  const step = runnerEnvironment(action, run);
  const meta = readActionMeta(action);
  for (const [name, input] of Object.entries(meta.inputs ?? {})) {
    step.env[inputVariable(name)] = run.inputs?.[name] ?? runnerDefault(input.default, step.env, run.evaluate);
  }
  for (const [name, value] of Object.entries(run.inputs ?? {})) step.env[inputVariable(name)] = value;
  return step;
}

export interface RunnerEnvironment {
  dir: string;
  files: Record<
    'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_ENV' | 'GITHUB_STATE' | 'GITHUB_PATH' | 'GITHUB_EVENT_PATH',
    string
  >;
  env: Record<string, string>;
}

/** A fresh runner temp directory with empty file-command files, and the environment the runner gives a step. */
function runnerEnvironment(kind: string, run: BundleRun): RunnerEnvironment {
  const dir = run.dir ?? mkdtempSync(join(tmpdir(), `dk-${kind}-`));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(run.event ?? {}));
  for (const sub of ['temp', 'tool-cache', 'workspace']) mkdirSync(join(dir, sub), { recursive: true });

  const env: Record<string, string> = {
    PATH: [...(run.path ?? []), process.env['PATH'] ?? ''].join(':'),
    HOME: process.env['HOME'] ?? dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: join(dir, 'temp'),
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    GITHUB_WORKSPACE: run.cwd ?? join(dir, 'workspace'),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: '8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'ship',
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing listens here: a test that needs the GitHub API passes its loopback server.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_EVENT_NAME: run.eventName ?? 'push',
    ...files,
    ...run.env,
  };
  return { dir, files, env };
}

async function runProcess(
  command: string,
  args: string[],
  { dir, files, env }: RunnerEnvironment,
  timeoutMs = 60_000,
): Promise<BundleResult> {
  const started = performance.now();
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number | null; stdout: string; stderr: string }>(
    (done, fail) => {
      // Its own process group, so that the harness's kill also stops what the bundle started.
      const child = spawn(command, args, {
        cwd: env['GITHUB_WORKSPACE'],
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }, timeoutMs);
      child.on('error', fail);
      child.on('close', (code) => {
        clearTimeout(timer);
        done({ exitCode: code, stdout: out, stderr: err });
      });
    },
  );
  const rss = existsSync(join(dir, 'max-rss-kb'))
    ? Number(readFileSync(join(dir, 'max-rss-kb'), 'utf8').trim().split('\n').at(-1))
    : undefined;
  return {
    ...(rss !== undefined && Number.isFinite(rss) ? { maxRssKb: rss } : {}),
    ...stepResult({ dir, files, env }, { exitCode, stdout, stderr }, started),
  };
}

/** What a step left behind: its log, exit code, and what it wrote to the file commands. */
export function stepResult(
  { dir, files }: RunnerEnvironment,
  { exitCode, stdout, stderr }: { exitCode: number | null; stdout: string; stderr: string },
  started: number,
): BundleResult {
  // The failure the runner shows: an `::error::` it would run, not one hidden by a stop-commands.
  const failure = readWorkflowCommands(stdout).commands.find(
    (command) => command.name === 'error' && Object.keys(command.properties).length === 0,
  )?.data;
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    exportedEnv: parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8')),
    state: parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8')),
    path: readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean),
    durationMs: Math.round(performance.now() - started),
    dir,
    failure,
  };
}

/** The variable the runner sets for an input: `INPUT_` + the name upper-cased, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The runner evaluates expressions in defaults; the ones our action.yml files use are known here. */
function runnerDefault(value: unknown, env: Record<string, string>, evaluate?: (expression: string) => string): string {
  if (value === undefined || value === null) return '';
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (evaluate) return evaluate(expression);
    if (expression === 'github.token') return env['GITHUB_TOKEN'] ?? '';
    if (expression === 'job.status') return 'success';
    throw new Error(`runBundle does not know how to evaluate the default expression \${{ ${expression} }}`);
  });
}
