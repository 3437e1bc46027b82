import type { Provider } from '../contract.js';
import { deploySsh } from './deploy.js';
import { sshInputs, type SshRollback, type SshTarget } from './inputs.js';
import { sshRollback } from './rollback.js';

/**
 * A host over OpenSSH: the user's script (or blue-green with docker compose) to deploy, the
 * rollback command or the blue-green switch back.
 */
export const ssh: Provider<SshTarget, SshRollback> = { name: 'ssh', ...sshInputs, deploy: deploySsh, ...sshRollback };
