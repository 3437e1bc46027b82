// A step as the GitHub runner sets it up for an action (or a `run:` script): a runner temp directory
// with the file-command files, the environment (GITHUB_*, RUNNER_*, INPUT_* with action.yml
// defaults filled in), and, afterwards, what the step wrote to those files. One definition for the
// tests (test/support/bundle.ts, in-process.ts), the demo and the benches.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseFileCommand } from './file-commands.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A fixed commit, so that runs are comparable. */
export const STEP_SHA = '8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a';

/**
 * A fresh runner temp directory (or `options.dir`) with empty file-command files and temp,
 * tool-cache and workspace folders, and the environment the runner gives a step in it.
 */
export function runnerStep(options = {}) {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), `dk-${options.kind ?? 'step'}-`));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
  for (const sub of ['temp', 'tool-cache', 'workspace']) mkdirSync(join(dir, sub), { recursive: true });
  const env = {
    PATH: [...(options.path ?? []), process.env.PATH ?? ''].join(':'),
    HOME: process.env.HOME ?? dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: join(dir, 'temp'),
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    GITHUB_WORKSPACE: options.workspace ?? join(dir, 'workspace'),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: STEP_SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'ship',
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing listens here: a run that needs the GitHub API passes its loopback server.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    ...files,
    ...options.env,
  };
  return { dir, files, env };
}

/** `pipeline` is the root action.yml; anything else is actions/<name>/action.yml. */
export function actionYmlPath(action) {
  return action === 'pipeline' ? join(ROOT, 'action.yml') : join(ROOT, 'actions', action, 'action.yml');
}

/** An action.yml, parsed. */
export function readActionYml(action) {
  return parse(readFileSync(actionYmlPath(action), 'utf8'));
}

/**
 * The step of `action` (a folder of actions/, or `pipeline`): runnerStep, and every input as the
 * runner passes it (stepInputs over its action.yml; `evaluate` reads `${{ }}` in the defaults).
 */
export function actionStep(action, given = {}, options = {}) {
  const { evaluate, ...stepOptions } = options;
  const step = runnerStep({ kind: action, ...stepOptions });
  Object.assign(step.env, stepInputs(readActionYml(action).inputs, given, step.env, evaluate));
  return step;
}

/** The variable the runner sets for an input: `INPUT_` + the name upper-cased, hyphens kept. */
export function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Every input of an action.yml (`declared`, its `inputs:` map) as the runner passes them: the given
 * value, else the default with its `${{ }}` expressions evaluated (by `evaluate` when given; else
 * only `github.token`, from env's GITHUB_TOKEN, and `job.status`, success, are known), then any given
 * input the action does not declare.
 */
export function stepInputs(declared, given = {}, env = {}, evaluate) {
  const inputs = {};
  for (const [name, input] of Object.entries(declared ?? {})) {
    inputs[inputVariable(name)] = given[name] ?? runnerDefault(input.default, env, evaluate);
  }
  for (const [name, value] of Object.entries(given)) if (value !== undefined) inputs[inputVariable(name)] = value;
  return inputs;
}

function runnerDefault(value, env, evaluate) {
  if (value === undefined || value === null) return '';
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression) => {
    if (evaluate) return evaluate(expression);
    if (expression === 'github.token') return env.GITHUB_TOKEN ?? '';
    if (expression === 'job.status') return 'success';
    throw new Error(`the runner stand-in cannot evaluate the default expression \${{ ${expression} }}`);
  });
}

/** What the step wrote to its file commands. */
export function readStep(files) {
  return {
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    exportedEnv: parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8')),
    state: parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8')),
    path: readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean),
  };
}
