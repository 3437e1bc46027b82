import type { Provider } from '../contract.js';
import { deployCommand } from './deploy.js';
import { commandInputs, type CommandRollback, type CommandTarget } from './inputs.js';
import { commandRollback } from './rollback.js';

/** The user's own commands, run by bash on the runner, for any platform without a provider here. */
export const command: Provider<CommandTarget, CommandRollback> = {
  name: 'command',
  ...commandInputs,
  deploy: deployCommand,
  ...commandRollback,
};
