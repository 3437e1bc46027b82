import { ConfigError } from '../../lib/errors.js';
import type { Inputs } from '../../lib/inputs.js';
import type { ProviderGate, RollbackCommon } from '../contract.js';

/** The `command` provider: the user's own script, on the runner, run by bash. */

export interface CommandTarget {
  provider: 'command';
  token: string;
  tokenEnv: string;
  command: string;
}

/**
 * `rollback: command`: what the script needs to know travels in environment variables, never in
 * the script: ROLLBACK_TO, HEALTH_REPORT (path of the JSON report) and HEALTH_REASON.
 */
export interface CommandRollback extends RollbackCommon {
  provider: 'command';
  command: string;
}

/** The secret a deploy is gated on (skipped without it, or failed with require-token). */
export const COMMAND_GATE: ProviderGate = { input: 'token', secretName: 'DEPLOY_TOKEN', what: 'the deploy command' };

export function readCommandTarget(inputs: Inputs, token: string, tokenEnv: string): CommandTarget {
  return { provider: 'command', token, tokenEnv, command: inputs.required('command', 'the command that deploys (run with bash)') };
}

export function readCommandRollback(command: string | undefined, common: RollbackCommon): CommandRollback {
  if (command === undefined) throw new ConfigError('Input "rollback-command" is required when "rollback" is "command": give the shell command that rolls back.');
  return { provider: 'command', command, ...common };
}
