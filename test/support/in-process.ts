import { randomUUID } from 'node:crypto';
import { constants, existsSync, appendFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { EOL } from 'node:os';
import { format } from 'node:util';
import type { AnnotationProperties } from '@actions/core';
import { type Core, effectsFor, type Env } from '../../src/lib/action.js';
import { inputVariable } from '../../scripts/runner-step.mjs';
import { type BundleResult, type BundleRun, stepEnvironment, stepResult } from './bundle.js';

/**
 * An action run in this process through its exported `run(core, env, effects)`, given exactly what
 * runBundle gives the bundle (the same runner environment, inputs and file-command files) and read
 * back the same way: its log, exit code, outputs, summary. `core` is a recording one that writes
 * what @actions/core writes (the same commands, escaped the same way, the same file commands),
 * to a string and the step's files instead of the process's stdout and environment; children start
 * in the step's environment and workspace. What the process's stderr and console receive while
 * the run is under way is the step's too (captureOutput). Scenario tests use it: no Node start-up,
 * no bundle, so they run in milliseconds where a bundle takes a few hundred. The runner contract
 * itself (the bundle, Node 24, the real @actions/core) stays with the `*.bundle.test.ts` files.
 */
export async function runInProcess(action: Action, run: BundleRun = {}): Promise<BundleResult> {
  if (run.measureMemory) throw new Error('runInProcess cannot measure a step’s memory: use runBundle');
  const step = stepEnvironment(action, run);
  const started = performance.now();
  const log = { stdout: '', exitCode: 0 };
  let stderr = '';
  const env: Env = { ...step.env };
  const { run: runAction } = await ACTIONS[action]();
  const stop = captureOutput({ stdout: (text) => (log.stdout += text), stderr: (text) => (stderr += text) });
  try {
    const finished = runAction(recordingCore(env, log), env, effectsFor(env, env['GITHUB_WORKSPACE']));
    await withinMs(finished, run.timeoutMs ?? 60_000, action);
  } finally {
    stop();
  }
  return stepResult(step, { exitCode: log.exitCode, stdout: log.stdout, stderr }, started);
}

/** How a test runs a step: runInProcess, or runBundle (which takes any action name) for the runner contract. */
export type StepRunner = typeof runInProcess;

/** The actions by the name runBundle knows them by; each module exports `run`. */
const ACTIONS = {
  deploy: () => import('../../src/deploy/main.js'),
  'health-check': () => import('../../src/health-check/main.js'),
  'migration-drift': () => import('../../src/migration-drift/main.js'),
  'trivy-gate': () => import('../../src/trivy-gate/main.js'),
  'eas-build': () => import('../../src/eas-build/main.js'),
  'slack-notify': () => import('../../src/slack-notify/main.js'),
  'dora-metrics': () => import('../../src/dora-metrics/main.js'),
  pipeline: () => import('../../src/pipeline/main.js'),
};

export type Action = keyof typeof ACTIONS;

/** Where captured output goes: one run's log. */
export interface OutputSink {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const sinks = new Set<OutputSink>();
let restoreOutput: (() => void) | undefined;

/**
 * Until the returned function is called, what this process writes to `process.stderr` and to the
 * console goes to `sink` instead, as a bundle's would go to its own pipes: `console.log`, `info`
 * and `debug` to stdout, `console.error`, `warn` and `process.stderr.write` to stderr (swallowed:
 * not shown, as a bundle's stderr is not). The console's methods themselves are patched, because
 * vitest replaces the console's streams. Runs overlapping in one worker (describe.concurrent)
 * each get every write made while they are under way; the originals come back when the last
 * capture stops.
 */
export function captureOutput(sink: OutputSink): () => void {
  if (sinks.size === 0) restoreOutput = patchOutput();
  const own = { ...sink };
  sinks.add(own);
  return () => {
    if (!sinks.delete(own) || sinks.size > 0) return;
    restoreOutput?.();
    restoreOutput = undefined;
  };
}

function patchOutput(): () => void {
  const to = (stream: keyof OutputSink) => (text: string) => {
    for (const sink of sinks) sink[stream](text);
  };
  // Own properties put back as they were; inherited ones by deleting the patch.
  const restore = (target: object, name: string) => {
    const own = Object.getOwnPropertyDescriptor(target, name);
    return () => (own ? Object.defineProperty(target, name, own) : Reflect.deleteProperty(target, name));
  };
  const console = globalThis.console;
  const methods = { log: 'stdout', info: 'stdout', debug: 'stdout', error: 'stderr', warn: 'stderr' } as const;
  const restores = Object.keys(methods).map((name) => restore(console, name));
  for (const [name, stream] of Object.entries(methods)) {
    const append = to(stream);
    Reflect.set(console, name, (...args: unknown[]) => append(format(...args) + '\n'));
  }
  const stderr = process.stderr;
  restores.push(restore(stderr, 'write'));
  const appendStderr = to('stderr');
  stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined;
    appendStderr(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(encoding ?? 'utf8'));
    const done = rest.find((arg) => typeof arg === 'function') as ((error?: Error | null) => void) | undefined;
    if (done) process.nextTick(done);
    return true;
  }) as typeof stderr.write;
  return () => {
    for (const undo of restores) undo();
  };
}

async function withinMs(work: Promise<void>, ms: number, action: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${action} did not finish within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * @actions/core, as it behaves, over a given environment: inputs, state and the file-command paths
 * are read from `env` (and exportVariable writes to it); commands and log lines are appended to
 * `log.stdout`; setFailed sets `log.exitCode`. Formats are @actions/core 3's (lib/command.js,
 * lib/file-command.js, lib/summary.js).
 */
export function recordingCore(env: Env, log: { stdout: string; exitCode: number }): Core {
  const write = (text: string) => (log.stdout += text);
  const command = (name: string, properties: Record<string, unknown>, message: unknown) => {
    const shown = Object.entries(properties)
      .filter(([, value]) => value)
      .map(([key, value]) => `${key}=${escapeProperty(value)}`)
      .join(',');
    write(`::${name}${shown ? ` ${shown}` : ''}::${escapeData(message)}${EOL}`);
  };
  // lib/file-command.js: prepareKeyValueMessage, then issueFileCommand.
  const fileCommand = (variable: string, name: string, value: unknown) => {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const converted = commandValue(value);
    if (name.includes(delimiter)) {
      throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (converted.includes(delimiter)) {
      throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    const path = env[variable];
    if (!path) throw new Error(`${variable} is not set: runInProcess always gives one`);
    if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
    appendFileSync(path, `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
  };
  const annotation =
    (name: string) =>
    (message: string | Error, properties: AnnotationProperties = {}): void =>
      command(name, annotationProperties(properties), message instanceof Error ? message.toString() : message);
  let summary = '';
  const core: Core = {
    getInput: (name, options) => {
      const value = env[inputVariable(name)] || '';
      if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
      return options?.trimWhitespace === false ? value : value.trim();
    },
    setOutput: (name, value) => fileCommand('GITHUB_OUTPUT', name, value),
    setSecret: (secret) => command('add-mask', {}, secret),
    setFailed: (message) => {
      log.exitCode = 1;
      annotation('error')(message);
    },
    info: (message) => write(message + EOL),
    debug: (message) => command('debug', {}, message),
    isDebug: () => env['RUNNER_DEBUG'] === '1',
    warning: annotation('warning'),
    notice: annotation('notice'),
    error: annotation('error'),
    startGroup: (name) => command('group', {}, name),
    endGroup: () => command('endgroup', {}, ''),
    exportVariable: (name, value) => {
      env[name] = commandValue(value);
      fileCommand('GITHUB_ENV', name, value);
    },
    saveState: (name, value) => fileCommand('GITHUB_STATE', name, value),
    getState: (name) => env[`STATE_${name}`] || '',
    summary: {
      addRaw(text: string, addEOL = false) {
        summary += text + (addEOL ? EOL : '');
        return this;
      },
      async write() {
        // lib/summary.js: filePath(), then append.
        const path = env['GITHUB_STEP_SUMMARY'];
        if (!path) {
          throw new Error(
            'Unable to find environment variable for $GITHUB_STEP_SUMMARY. ' +
              'Check if your runtime environment supports job summaries.',
          );
        }
        try {
          await access(path, constants.R_OK | constants.W_OK);
        } catch {
          throw new Error(
            `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
          );
        }
        appendFileSync(path, summary, { encoding: 'utf8' });
        summary = '';
        return this;
      },
    } as Core['summary'],
  };
  return core;
}

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' || value instanceof String ? String(value) : JSON.stringify(value);
}

function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotationProperties(properties: AnnotationProperties): Record<string, unknown> {
  if (Object.keys(properties).length === 0) return {};
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  };
}
