import { ConfigError } from '../../lib/errors.js';
import { type Inputs, invalidValue, optionalHttpUrl } from '../../lib/inputs.js';
import type { ProviderInputs, RollbackCommon } from '../contract.js';
import { readTokenEnv } from '../token-env.js';
import { type BlueGreen, HOST, type SshHost, USER } from './remote.js';

/**
 * The SSH and blue-green inputs that actions/deploy and health-check's rollback share: the same
 * names, the same meanings and the same errors, so that a workflow passes the same values to both
 * steps; and the SSH fields, declared once.
 */

export interface SshTarget {
  provider: 'ssh';
  host: SshHost;
  /** Runs first (plain mode: the whole deploy; blue-green: before bringing up the idle colour). */
  script?: string | undefined;
  blueGreen?: BlueGreen | undefined;
  /** An extra secret for the script, exported as `tokenEnv`. */
  token?: string | undefined;
  tokenEnv: string;
}

/**
 * `rollback: ssh`: either `rollback-command` runs on the host, or, with `blue-green: true`, the
 * deploy's blue-green rollback switches traffic back to the `rollback-to` colour.
 */
export interface SshRollback extends RollbackCommon {
  provider: 'ssh';
  host: SshHost;
  command?: string | undefined;
  blueGreen?: BlueGreenLayout | undefined;
}

/**
 * `ssh-host`, `ssh-user`, `ssh-port` and `known-hosts` (required: the host key is verified, never
 * trusted on first use).
 */
export function readSshHost(inputs: Inputs, privateKey: string, what: string): SshHost {
  const hostName = inputs.required('ssh-host', `the host name or address to ${what}`);
  if (!HOST.test(hostName)) throw invalidValue('ssh-host', hostName, 'expected a host name or an IP address');
  const user = inputs.required('ssh-user', 'the user to log in as');
  if (!USER.test(user)) throw invalidValue('ssh-user', user, 'expected a user name such as deploy');
  const port = inputs.integer('ssh-port', 22, { min: 1, max: 65535 });
  const knownHosts = inputs.optional('known-hosts');
  if (!knownHosts) {
    throw new ConfigError(
      `Input "known-hosts" is required: give the host's known_hosts line(s) ` +
        `(ssh-keyscan -p ${port} ${hostName}, checked against the server's fingerprint), ` +
        'so that its key is verified rather than trusted on first use.',
    );
  }
  return { host: hostName, port, user, privateKey, knownHosts };
}

/** Where a blue-green deployment lives on the host and how traffic is switched: all a rollback needs. */
export type BlueGreenLayout = Omit<BlueGreen, 'keepOld' | 'pull'>;

/**
 * The blue-green inputs both the deploy and the rollback read (the compose project defaults to the
 * repository name).
 */
export function readBlueGreenLayout(inputs: Inputs, repo: string): BlueGreenLayout {
  const bluePort = inputs.integer('blue-port', 8001, { min: 1, max: 65535 });
  const greenPort = inputs.integer('green-port', 8002, { min: 1, max: 65535 });
  if (bluePort === greenPort) throw invalidValue('green-port', String(greenPort), 'it must differ from blue-port');
  const healthUrl =
    optionalHttpUrl(inputs, 'health-url', (url) => url.replaceAll('{port}', '1')) ?? 'http://127.0.0.1:{port}/health';
  const project = inputs.optional('compose-project') ?? (repo.toLowerCase().replace(/[^a-z0-9_-]/g, '-') || 'app');
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(project))
    throw invalidValue('compose-project', project, 'a compose project name is lowercase letters, digits, "-" and "_"');
  return {
    directory: inputs.required('remote-directory', 'the directory on the host holding the compose project'),
    composeFile: inputs.string('compose-file', 'docker-compose.yml'),
    project,
    bluePort,
    greenPort,
    healthUrl,
    healthTimeoutSeconds: Math.ceil(inputs.duration('health-timeout', 60_000, { min: 1000 }) / 1000),
    switchScript: inputs.required(
      'switch-script',
      'the commands that point traffic at $DEPLOY_PORT (e.g. rewrite the nginx upstream and reload)',
    ),
  };
}

/** The SSH provider's inputs for both steps. */
export const sshInputs: ProviderInputs<SshTarget, SshRollback> = {
  deployGate: () => ({ input: 'ssh-key', secretName: 'SSH_PRIVATE_KEY', what: 'the SSH deploy' }),
  readDeployTarget(inputs, given) {
    const host = readSshHost(inputs, given.secret, 'deploy to');
    const script = inputs.optional('script');
    const blueGreen = inputs.boolean('blue-green', false) ? readBlueGreen(inputs, given.repo) : undefined;
    if (!blueGreen && !script)
      throw new ConfigError(
        'Input "script" is required for the ssh provider (or set blue-green: true): ' +
          'give the commands to run on the host.',
      );
    return { provider: 'ssh', host, script, blueGreen, token: given.token, tokenEnv: readTokenEnv(inputs) };
  },
  readRollbackTarget(inputs, { command, common, repo }) {
    const { to } = common;
    const privateKey = inputs.secret('ssh-key');
    if (privateKey === undefined)
      throw new ConfigError(
        'Input "ssh-key" is required when "rollback" is "ssh": ' +
          'give the private key the deploy uses (${{ secrets.SSH_PRIVATE_KEY }}).',
      );
    const host = readSshHost(inputs, privateKey, 'roll back on');
    if (!inputs.boolean('blue-green', false)) {
      if (command === undefined) {
        throw new ConfigError(
          'Input "rollback-command" is required when "rollback" is "ssh" (or set blue-green: true): ' +
            'give the commands that roll back, run on the host by bash.',
        );
      }
      return { provider: 'ssh', host, command, ...common };
    }
    if (command !== undefined)
      throw new ConfigError(
        'Only one of "rollback-command" and "blue-green: true" can be set for rollback: ' +
          "ssh: blue-green runs the deploy action's own rollback.",
      );
    if (to !== undefined && to !== 'blue' && to !== 'green')
      throw invalidValue(
        'rollback-to',
        to,
        'with blue-green, the colour to return to: "blue" or "green" (the deploy\'s previous-deployment-id)',
      );
    return { provider: 'ssh', host, blueGreen: readBlueGreenLayout(inputs, repo), ...common };
  },
};

function readBlueGreen(inputs: Inputs, repo: string): BlueGreen {
  return {
    ...readBlueGreenLayout(inputs, repo),
    keepOld: inputs.boolean('keep-old-colour', true),
    pull: inputs.boolean('compose-pull', true),
  };
}
