import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  actionStep,
  readStep,
  type RunnerStep,
  runnerStep,
  type RunnerStepOptions,
} from '../../scripts/runner-step.mjs';
import { readWorkflowCommands } from './workflow-commands.js';

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
export function stepEnvironment(action: string, run: BundleRun): RunnerStep {
  return actionStep(action, run.inputs, { ...stepOptions(run), kind: action });
}

function runnerEnvironment(kind: string, run: BundleRun): RunnerStep {
  return runnerStep({ ...stepOptions(run), kind });
}

/** A BundleRun's say in the runner step. */
function stepOptions(run: BundleRun): RunnerStepOptions & { evaluate?: (expression: string) => string } {
  return {
    ...(run.dir === undefined ? {} : { dir: run.dir }),
    ...(run.cwd === undefined ? {} : { workspace: run.cwd }),
    ...(run.path === undefined ? {} : { path: run.path }),
    ...(run.eventName === undefined ? {} : { eventName: run.eventName }),
    ...(run.event === undefined ? {} : { event: run.event }),
    ...(run.env === undefined ? {} : { env: run.env }),
    ...(run.evaluate === undefined ? {} : { evaluate: run.evaluate }),
  };
}

async function runProcess(
  command: string,
  args: string[],
  { dir, files, env }: RunnerStep,
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
  { dir, files }: RunnerStep,
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
    ...readStep(files),
    durationMs: Math.round(performance.now() - started),
    dir,
    failure,
  };
}
