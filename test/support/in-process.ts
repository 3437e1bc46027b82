import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { AnnotationProperties } from '@actions/core';
import { type Core, effectsFor, type Env } from '../../src/lib/action.js';
import { type BundleResult, type BundleRun, stepEnvironment, stepResult } from './bundle.js';

/**
 * An action run in this process through its exported `run(core, env, effects)`, given exactly what
 * runBundle gives the bundle (the same runner environment, inputs and file-command files) and read
 * back the same way: its log, exit code, outputs, summary. `core` is a recording one that writes
 * what @actions/core writes (the same commands, escaped the same way, the same file commands),
 * to a string and the step's files instead of the process's stdout and environment; children start
 * in the step's environment and workspace. Scenario tests use it: no Node start-up, no bundle, so
 * they run in milliseconds where a bundle takes a few hundred. The runner contract itself (the
 * bundle, Node 24, the real @actions/core) stays with the `*.bundle.test.ts` files.
 */
export async function runInProcess(action: Action, run: BundleRun = {}): Promise<BundleResult> {
  if (run.measureMemory) throw new Error('runInProcess cannot measure a step’s memory: use runBundle');
  const step = stepEnvironment(action, run);
  const started = performance.now();
  const log = { stdout: '', exitCode: 0 };
  const env: Env = { ...step.env };
  const { run: runAction } = await ACTIONS[action]();
  const finished = runAction(recordingCore(env, log), env, effectsFor(env, env['GITHUB_WORKSPACE']));
  await (run.timeoutMs === undefined ? finished : withinMs(finished, run.timeoutMs, action));
  return stepResult(step, { exitCode: log.exitCode, stdout: log.stdout, stderr: '' }, started);
}

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
  const fileCommand = (variable: string, name: string, value: unknown) => {
    const path = env[variable];
    if (!path) throw new Error(`${variable} is not set: runInProcess always gives one`);
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(path, `${name}<<${delimiter}${EOL}${commandValue(value)}${EOL}${delimiter}${EOL}`);
  };
  const annotation =
    (name: string) =>
    (message: string | Error, properties: AnnotationProperties = {}): void =>
      command(name, annotationProperties(properties), message instanceof Error ? message.toString() : message);
  let summary = '';
  const core: Core = {
    getInput: (name, options) => {
      const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
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
        const path = env['GITHUB_STEP_SUMMARY'];
        if (!path) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.');
        appendFileSync(path, summary);
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
