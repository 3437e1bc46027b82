import type { ConfigContext } from '../lib/action.js';
import { ConfigError } from '../lib/errors.js';
import { type InputSource, type Inputs, invalidValue, orList } from '../lib/inputs.js';
import type { CheckConfig } from '../health-check/check.js';
import { readCheckConfig, readRollbackConfig, rollbackUsesToken } from '../health-check/config.js';
import { PROVIDER_NAMES, type RollbackConfig } from '../health-check/rollback.js';
import { readConfig as readDeployConfig, type DeployConfig } from '../deploy/config.js';
import { readConfig as readSlackConfig, type SlackConfig } from '../slack-notify/config.js';
import { AUTO_ROLLBACK, checkInput, deployInput, ROLLBACK_FALLBACKS, rollbackInput, slackInput } from './names.js';

/** The whole pipeline, read and validated before anything happens. */
export interface PipelineConfig {
  deploy: DeployConfig;
  /** Absent when health-url is empty: no health check, so no rollback either. */
  check?: CheckConfig;
  /** `to` empty here is filled with the deploy's previous-deployment-id once it is known. */
  rollback: RollbackConfig;
  /** How `rollback: auto` chose, for the log (absent when the provider was given). */
  rollbackChoice?: string;
  failOnUnhealthy: boolean;
  slack: SlackConfig;
}

/**
 * Each sub-action's own reader, on the pipeline's inputs under the names of names.ts. The order is
 * the order of the story: a bad deploy input is reported before a bad Slack input.
 */
export async function readConfig(inputs: Inputs, context: ConfigContext): Promise<PipelineConfig> {
  const { run, effects } = context;
  const deploy = inputs.readAs(deployInput, (sub) => readDeployConfig(sub, context));
  const checking = inputs.list(checkInput('url'), { commas: false }).length > 0;
  const check = checking
    ? inputs.readAs(checkInput, (sub) => readCheckConfig(sub, (path) => effects.files.read(path)))
    : undefined;

  const given = inputs.string(rollbackInput('rollback'), AUTO_ROLLBACK);
  const choices = [AUTO_ROLLBACK, ...PROVIDER_NAMES];
  if (!choices.includes(given.toLowerCase()))
    throw invalidValue('rollback', given, `valid values are ${orList(choices)}`);
  const hasCommand = inputs.optional(rollbackInput('rollback-command')) !== undefined;
  if (!checking && (hasCommand || !['none', AUTO_ROLLBACK].includes(given.toLowerCase()))) {
    throw new ConfigError(
      `Input "${hasCommand ? 'rollback-command' : 'rollback'}" is set but "health-url" is empty: ` +
        'the rollback runs when the health check after the deploy fails, so give health-url.',
    );
  }
  const auto = given.toLowerCase() === AUTO_ROLLBACK ? autoRollback(deploy, checking, hasCommand) : undefined;
  // A skipped deploy (an empty secret, e.g. on a fork) rolls nothing back, whatever rollback says:
  // its provider's inputs and secret are not for health-check to demand.
  const skipped = deploy.skip !== undefined;
  const rollbackSource = (name: string): InputSource => {
    if (name === 'rollback' && skipped) return { value: 'none' };
    if (name === 'rollback' && auto) return { value: auto.provider };
    if (name === 'rollback-command' && (skipped || auto?.provider === 'none')) return { value: '' };
    // The deploy's token serves the rollback too, for the providers that take one.
    const fallback = ROLLBACK_FALLBACKS[name];
    if (fallback && inputs.raw(rollbackInput(name)) === '' && rollbackUsesToken(auto?.provider ?? given))
      return deployInput(fallback);
    return rollbackInput(name);
  };
  let rollback: RollbackConfig;
  try {
    rollback = inputs.readAs(rollbackSource, (sub) => readRollbackConfig(sub, run));
  } catch (error) {
    if (error instanceof ConfigError && auto)
      throw new ConfigError(`${error.message} (${auto.why}; set rollback: none to roll back nothing.)`);
    throw error;
  }
  const failOnUnhealthy = inputs.boolean('fail-on-unhealthy', true);
  const slack = await inputs.readAs(slackInput, (sub) => readSlackConfig(sub, context));
  return {
    deploy,
    ...(check ? { check } : {}),
    rollback,
    ...(auto ? { rollbackChoice: auto.why } : {}),
    failOnUnhealthy,
    slack,
  };
}

/**
 * `rollback: auto`: a rollback with `rollback-command` when one is given, else with the deploy's
 * own provider when health-check can roll it back; nothing when there is nothing to check or
 * nothing will be deployed (a skip).
 */
export function autoRollback(
  deploy: Pick<DeployConfig, 'provider' | 'skip'>,
  checking: boolean,
  hasCommand: boolean,
): { provider: string; why: string } {
  if (deploy.skip) return { provider: 'none', why: 'rollback: auto rolls back nothing when the deploy is skipped' };
  if (!checking) return { provider: 'none', why: 'rollback: auto rolls back nothing without health-url' };
  if (hasCommand) return { provider: 'command', why: 'rollback: auto runs rollback-command' };
  const known = PROVIDER_NAMES.filter((name) => name !== 'none' && name !== 'command') as string[];
  if (known.includes(deploy.provider))
    return {
      provider: deploy.provider,
      why: `rollback: auto rolls back with ${deploy.provider}, the deploy's provider`,
    };
  return {
    provider: 'none',
    why:
      'rollback: auto has no rollback for provider ' +
      `${deploy.provider}${known.length ? ` (health-check rolls back ${orList(known, 'or')})` : ''}: ` +
      'give rollback-command',
  };
}
