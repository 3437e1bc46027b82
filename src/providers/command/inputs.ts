import { ConfigError } from '../../lib/errors.js';
import type { ProviderInputs, RollbackCommon } from '../contract.js';
import { readTokenEnv } from '../token-env.js';

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

/** The command provider's inputs for both steps. */
export const commandInputs: ProviderInputs<CommandTarget, CommandRollback> = {
  // The secret is named after the variable the command gets it in.
  deployGate: (inputs) => ({ input: 'token', secretName: readTokenEnv(inputs), what: 'the deploy command' }),
  readDeployTarget: (inputs, given) => ({
    provider: 'command',
    token: given.secret,
    tokenEnv: readTokenEnv(inputs),
    command: inputs.required('command', 'the command that deploys (run with bash)'),
  }),
  readRollbackTarget(_inputs, { command, common }) {
    if (command === undefined)
      throw new ConfigError(
        'Input "rollback-command" is required when "rollback" is "command": give the shell command that rolls back.',
      );
    return { provider: 'command', command, ...common };
  },
};
