import { bashScriptArgs, toolFailure } from '../../lib/exec.js';
import type { DeployRun } from '../contract.js';
import { parseScriptOutputs } from '../script-outputs.js';
import { runLogged } from '../tool.js';
import type { CommandTarget } from './inputs.js';

/**
 * Any deploy command, run by bash as one argv element (the user's own code, never a string we
 * assemble), with the token in the variable named by `token-env` and the run in DEPLOY_* variables.
 */
export async function deployCommand(target: CommandTarget, context: DeployRun): Promise<void> {
  const result = await runLogged(context, 'bash', bashScriptArgs(target.command), {
    ...context.contextEnv,
    [target.tokenEnv]: target.token,
  });
  Object.assign(context.progress, parseScriptOutputs(result.stdout));
  if (result.exitCode !== 0) throw toolFailure('The deploy command', result);
}
