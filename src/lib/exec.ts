import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join, resolve as resolvePath } from 'node:path';

/**
 * Processes: argv arrays only (never a shell string built from inputs), secrets through the
 * environment, a deadline that stops the whole process group, output streamed line by line to the
 * log (redacted) and captured up to a bound.
 *
 * Built on node:child_process rather than @actions/exec because @actions/exec exposes neither the
 * child nor an AbortSignal, so a hung `railway up` or `ssh` could never be stopped.
 */

export interface ExecRequest {
  command: string;
  args: readonly string[];
  /**
   * Added to the inherited environment; secrets travel here, never in args. The inherited
   * environment never includes the action's own inputs (`INPUT_*`, secrets among them) nor the
   * runner's token for its internal services (`ACTIONS_RUNTIME_TOKEN`): a child gets a secret only
   * when it is handed one here, by its own name.
   */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Stop the process (SIGTERM, then SIGKILL after 3 s) when it runs longer. */
  timeoutMs?: number;
  /** Written to stdin, then stdin is closed. */
  input?: string;
  /** Called with each output line (already redacted), e.g. to log it. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Applied to every line before onLine sees it. */
  redact?: (text: string) => string;
  /** Keep at most this many bytes of each stream (the tail is kept). Default 8 MiB. */
  maxCaptureBytes?: number;
}

export interface ExecResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

/** A way to run a process (the context's `effects.exec`, or a recording fake in tests). */
export type Exec = (request: ExecRequest) => Promise<ExecResult>;

/** Thrown when the executable cannot be started at all (not found, not executable). */
export class SpawnError extends Error {
  override name = 'SpawnError';
}

/**
 * Runs processes as a step whose environment is `env` and whose working directory is `cwd`: a
 * child inherits both (minus what no child should inherit); a request's relative `cwd` is taken
 * from the step's directory, as a shell in that directory would.
 */
export function executeIn(env: NodeJS.ProcessEnv, cwd?: string): Exec {
  return (req) =>
    spawnChild(
      { ...req, env: { ...inheritedEnvironment(env), ...req.env } },
      req.cwd === undefined ? cwd : cwd === undefined ? req.cwd : resolvePath(cwd, req.cwd),
    );
}

/** `dir`: where the child starts (req.cwd as the step sees it); messages name req.cwd as given. */
function spawnChild(req: ExecRequest, dir: string | undefined): Promise<ExecResult> {
  const started = performance.now();
  const limit = req.maxCaptureBytes ?? 8 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(req.command, [...req.args], {
      cwd: dir,
      env: req.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group, so that a timeout also stops what a shell script started.
      detached: process.platform !== 'win32',
      shell: false,
      windowsHide: true,
    });
    const stdout = new Capture(limit, 'stdout', req);
    const stderr = new Capture(limit, 'stderr', req);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    if (req.onLine) keepPaceWithLog(child);
    child.stdin.on('error', () => {}); // the process may exit without reading stdin
    child.stdin.end(req.input ?? '');

    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timer = req.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          signalTree(child.pid, 'SIGTERM');
          killTimer = setTimeout(() => signalTree(child.pid, 'SIGKILL'), 3000);
        }, req.timeoutMs)
      : undefined;

    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      const why = error.code === 'ENOENT' ? missingWhat(req, dir) : error.message;
      reject(new SpawnError(`Could not start ${req.command}: ${why}`));
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      resolve({
        exitCode,
        signal,
        stdout: stdout.finish(),
        stderr: stderr.finish(),
        timedOut,
        durationMs: Math.round(performance.now() - started),
      });
    });
  });
}

/**
 * A child that prints faster than the log is read would otherwise have all its output queued in
 * our memory (50 MB printed became 350 MB resident): its pipes are paused while our stdout has a
 * backlog, so the child waits instead, as it would writing to a terminal.
 */
function keepPaceWithLog(child: ChildProcessWithoutNullStreams): void {
  const streams = [child.stdout, child.stderr];
  const check = () => {
    if (!process.stdout.writableNeedDrain || streams.every((stream) => stream.isPaused())) return;
    for (const stream of streams) stream.pause();
    process.stdout.once('drain', () => {
      for (const stream of streams) stream.resume();
    });
  };
  for (const stream of streams) stream.on('data', check);
}

/** spawn says ENOENT for a missing working directory as for a missing executable: tell them apart. */
function missingWhat(req: ExecRequest, dir: string | undefined): string {
  if (dir !== undefined && !existsSync(dir)) return `the working directory ${req.cwd ?? dir} does not exist`;
  return req.command.includes('/') ? 'no such file' : 'not found on PATH';
}

/** The parent's environment minus what no child should inherit (see ExecRequest.env). */
function inheritedEnvironment(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !name.startsWith('INPUT_') && name !== 'ACTIONS_RUNTIME_TOKEN'),
  );
}

function signalTree(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, signal);
  } catch {
    // already gone
  }
}

/** Collects one stream: the tail up to a bound, and complete lines handed to onLine as they come. */
class Capture {
  #chunks: Buffer[] = [];
  #bytes = 0;
  #partial = '';

  constructor(
    private readonly limit: number,
    private readonly stream: 'stdout' | 'stderr',
    private readonly req: ExecRequest,
  ) {}

  push(chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#bytes += chunk.length;
    while (this.#bytes > this.limit && this.#chunks.length > 1) this.#bytes -= this.#chunks.shift()!.length;
    if (!this.req.onLine) return;
    const lines = (this.#partial + chunk.toString('utf8')).split('\n');
    this.#partial = lines.pop() ?? '';
    for (const line of lines) this.#emit(line);
  }

  finish(): string {
    if (this.#partial) this.#emit(this.#partial);
    this.#partial = '';
    const text = Buffer.concat(this.#chunks).toString('utf8');
    return this.req.redact ? this.req.redact(text) : text;
  }

  #emit(line: string): void {
    const clean = line.replace(/\r$/, '');
    this.req.onLine?.(this.req.redact ? this.req.redact(clean) : clean, this.stream);
  }
}

/**
 * The argv that runs a user's own multi-line script (a `command`, a `rollback-command`) the way a
 * `run:` step does (`bash --noprofile --norc -eo pipefail`): a failing line fails the whole script.
 * The script is one argv element, never interpolated.
 */
export function bashScriptArgs(script: string): string[] {
  return ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script];
}

/** How a command is shown in logs: each argument quoted when it needs it. */
export function showCommand(command: string, args: readonly string[]): string {
  return [command, ...args]
    .map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

/** One line saying how a process ended, for error messages. */
export function describeExit(result: ExecResult, timeoutMs?: number): string {
  if (result.timedOut) return `timed out after ${timeoutMs ?? result.durationMs} ms and was stopped`;
  if (result.signal) return `was killed by ${result.signal}`;
  return `exited with code ${result.exitCode}`;
}

/** `<what> exited with code 1: <its last lines>`: how a failed process is told, everywhere. */
export function describeFailure(what: string, result: ExecResult, timeoutMs?: number, lines = 3): string {
  const said = lastLines(result.stderr, lines) || lastLines(result.stdout, lines);
  return `${what} ${describeExit(result, timeoutMs)}${said ? `: ${said}` : ''}`;
}

/** describeFailure as an Error, to throw. */
export function toolFailure(what: string, result: ExecResult, timeoutMs?: number): Error {
  return new Error(describeFailure(what, result, timeoutMs));
}

/** The last few non-empty lines of a stream, for an error message. */
export function lastLines(text: string, count = 5): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .join('\n');
}

/** The first executable file named `name` in the directories of a PATH string. */
export function findOnPath(name: string, searchPath: string | undefined): string | undefined {
  for (const dir of (searchPath ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
