import { type Inputs, invalidValue } from '../lib/inputs.js';

/** A name a shell accepts for an exported variable. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `token-env`: the variable the deploy command or script gets the token in (command, ssh). */
export function readTokenEnv(inputs: Inputs): string {
  const value = inputs.string('token-env', 'DEPLOY_TOKEN');
  if (!ENV_NAME.test(value))
    throw invalidValue('token-env', value, 'expected an environment variable name such as FLY_API_TOKEN');
  return value;
}
