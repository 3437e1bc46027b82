import { existsSync, readFileSync, statSync } from 'node:fs';
import * as actionsCore from '@actions/core';
import { inertText } from './commands.js';
import { readRunContext, type RunContext } from './context.js';
import { ConfigError, messageOf } from './errors.js';
import { type Exec, executeIn } from './exec.js';
import { closeHttp, httpRequest, type HttpRequest, type HttpResponse } from './http.js';
import { type Clock, realClock } from './poll.js';
import { Inputs } from './inputs.js';
import { Secrets } from './secrets.js';
import { ICON, mdText } from './summary.js';

/**
 * The part of @actions/core the actions use. `run(core)` takes it as a parameter so that unit tests
 * can pass a recording fake (ESM namespaces cannot be spied on); without one, the real @actions/core
 * (or the stand-in that @github/local-action substitutes for it).
 */
export type Core = Pick<
  typeof actionsCore,
  | 'getInput'
  | 'setOutput'
  | 'setSecret'
  | 'setFailed'
  | 'info'
  | 'warning'
  | 'notice'
  | 'error'
  | 'debug'
  | 'isDebug'
  | 'startGroup'
  | 'endGroup'
  | 'exportVariable'
  | 'saveState'
  | 'getState'
> & { summary: Pick<typeof actionsCore.summary, 'addRaw' | 'write'> };

export type Env = Record<string, string | undefined>;

/** The files a config reads (a ca-cert path, manage.py, alembic.ini): injected so that tests can give their own. */
export interface Files {
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /** The file's text; throws (with the errno `code`) when it cannot be read. */
  read(path: string): string;
}

/**
 * The outside world an action touches, injected the same way in every action: child processes,
 * time, HTTP and files. `run` uses the real ones; a test gives its own.
 */
export interface Effects {
  exec: Exec;
  clock: Clock;
  http: (request: HttpRequest) => Promise<HttpResponse>;
  files: Files;
}

/**
 * The real effects of a step whose environment is `env` and whose working directory is `cwd`:
 * children inherit that environment and start there (a test runs an action in-process with its own).
 */
export function effectsFor(env: Env, cwd?: string): Effects {
  return {
    exec: executeIn(env, cwd),
    clock: realClock,
    http: httpRequest,
    files: {
      exists: (path) => existsSync(path),
      isDirectory: (path) => existsSync(path) && statSync(path).isDirectory(),
      read: (path) => readFileSync(path, 'utf8'),
    },
  };
}

/** What every action's body is given. Its `core` redacts secrets from every line: the raw one is never in reach. */
export interface ActionContext {
  core: Core;
  inputs: Inputs;
  secrets: Secrets;
  /** The process environment: read only while building the config. */
  env: Env;
  run: RunContext;
  effects: Effects;
}

/** What every action's `readConfig(inputs, context)` may look at besides its inputs. */
export type ConfigContext = Pick<ActionContext, 'run' | 'env' | 'secrets' | 'effects'>;

export type OutputValues = Record<string, string | number | boolean>;

export interface ActionSpec<O extends OutputValues> {
  /**
   * Every output the action declares, with the value it has when nothing sets it. All of them are
   * written on every path (success, skip, failure), so later steps can always branch on them.
   */
  outputs: O;
  main(context: ActionContext, outputs: O): Promise<void>;
  /**
   * The step's name in the job summary written when `main` fails before writing one of its own
   * (e.g. "EAS build"): every failure leaves a summary. Default "deploy-kit step".
   */
  title?: string;
}

/** The runs (by their Secrets) that have written a job summary. */
const summarised = new WeakSet<Secrets>();

/** Runs under way in this process (one in a bundle; several when tests run actions in-process). */
let running = 0;

/**
 * An action's exported `run(core?, env?, effects?)`: runAction with its spec. `run()` alone is what
 * the bundle's index.ts and @github/local-action call; tests pass a recording core and effects.
 */
export function defineAction<O extends OutputValues>(
  spec: ActionSpec<O>,
): (core?: Core, env?: Env, effects?: Effects) => Promise<void> {
  return (core, env, effects) => runAction(spec, core, env, effects);
}

/**
 * Runs an action body: masks secrets as inputs are read, turns any throw (even a non-Error) into
 * one `setFailed` sentence with secrets redacted (and a job summary saying it, when the body wrote
 * none), writes every output on every path, and closes HTTP pools so that the process ends on its own.
 */
export async function runAction<O extends OutputValues>(
  spec: ActionSpec<O>,
  core: Core = actionsCore,
  env: Env = process.env,
  effects: Effects = effectsFor(env),
): Promise<void> {
  running += 1;
  const outputs = { ...spec.outputs };
  const secrets = new Secrets((value) => core.setSecret(value));
  try {
    const context: ActionContext = {
      core: redactingCore(core, secrets),
      secrets,
      inputs: new Inputs((name) => core.getInput(name), secrets),
      env,
      run: readRunContext(env),
      effects,
    };
    await spec.main(context, outputs);
  } catch (error) {
    if (!(error instanceof ConfigError) && error instanceof Error && error.stack)
      core.debug(secrets.redact(error.stack));
    core.setFailed(secrets.redact(messageOf(error)));
    if (!summarised.has(secrets)) {
      await writeSummary(
        { core, secrets, env },
        `### ${ICON.fail} ${mdText(spec.title ?? 'deploy-kit step')} failed\n\n${mdText(messageOf(error))}\n`,
      );
    }
  } finally {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, secrets.redact(String(value)));
    // The connection pools are the process's: the last run to end closes them, so that it can exit.
    running -= 1;
    if (running === 0) await closeHttp();
  }
}

/**
 * The core an action body gets: every log line and group title passes through `secrets.redact`
 * first. The runner masks what `setSecret` registered, but a line is ours to keep clean (a probe
 * quoting a body that echoes a header, a tool's error); and outside a runner nothing masks at all.
 * `info` is the one way text reaches stdout unescaped (child output, report fields, bodies), so it
 * also goes through `inertText`: no line of it can run as a workflow command. The others are
 * commands whose data @actions/core escapes.
 */
function redactingCore(core: Core, secrets: Secrets): Core {
  const clean = (message: string | Error) => secrets.redact(message instanceof Error ? message.message : message);
  return {
    ...core,
    info: (message) => core.info(inertText(secrets.redact(message))),
    debug: (message) => core.debug(secrets.redact(message)),
    warning: (message, properties) => core.warning(clean(message), properties),
    notice: (message, properties) => core.notice(clean(message), properties),
    error: (message, properties) => core.error(clean(message), properties),
    setFailed: (message) => core.setFailed(clean(message)),
    startGroup: (name) => core.startGroup(secrets.redact(name)),
  };
}

/** A log group that closes even when the work inside it throws. */
export async function group<T>(core: Core, name: string, work: () => Promise<T>): Promise<T> {
  core.startGroup(name);
  try {
    return await work();
  } finally {
    core.endGroup();
  }
}

/**
 * Append markdown to the job summary, secrets redacted. Outside a runner (no GITHUB_STEP_SUMMARY)
 * this only notes it in the debug log; a summary never fails a step.
 */
export async function writeSummary(
  context: Pick<ActionContext, 'core' | 'secrets' | 'env'>,
  markdown: string,
): Promise<void> {
  summarised.add(context.secrets);
  if (!context.env['GITHUB_STEP_SUMMARY']) {
    context.core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  try {
    await context.core.summary.addRaw(context.secrets.redact(markdown), true).write();
  } catch (error) {
    context.core.warning(`Could not write the job summary: ${messageOf(error)}`);
  }
}
