import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeExit, describeFailure, type Exec, type ExecResult, lastLines } from '../../lib/exec.js';
import { ENV_NAME } from '../token-env.js';

/**
 * Running a script on a host over OpenSSH with a verified host key. The key and known_hosts go to
 * 0600 files in a private temp directory; ssh gets a fixed command (`bash -s`) and the script on
 * stdin, preceded by `export NAME='value'` lines for its context and secrets: no value ever reaches
 * argv or the remote command line. Shared by actions/deploy and health-check's rollback.
 */

export interface SshHost {
  host: string;
  port: number;
  user: string;
  /** OpenSSH private key text (unencrypted: the run cannot answer a passphrase prompt). */
  privateKey: string;
  /** known_hosts lines for the host: the host key is verified, never trusted on first use. */
  knownHosts: string;
  connectTimeoutSeconds?: number;
}

/** Host names, IPv4 and IPv6 addresses; never anything ssh could take for an option. */
export const HOST = /^(?!-)[A-Za-z0-9._:[\]-]{1,253}$/;
export const USER = /^[A-Za-z_][A-Za-z0-9._-]{0,31}$/;

/** ssh's argv: host key checking strict, no user config, no agent, no password prompts. */
export function sshArgs(
  target: Pick<SshHost, 'host' | 'port' | 'user' | 'connectTimeoutSeconds'>,
  files: { key: string; knownHosts: string },
): string[] {
  return [
    '-F',
    '/dev/null',
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    `UserKnownHostsFile=${files.knownHosts}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'BatchMode=yes',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'IdentityAgent=none',
    '-o',
    `ConnectTimeout=${target.connectTimeoutSeconds ?? 20}`,
    '-o',
    'ServerAliveInterval=15',
    '-o',
    'ServerAliveCountMax=4',
    '-i',
    files.key,
    '-p',
    String(target.port),
    '-l',
    target.user,
    '--',
    target.host,
    'bash -s',
  ];
}

/** `'…'` quoting for bash: the value is data, whatever it holds. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `export NAME='value'` lines; names are checked, values quoted. */
export function shellExports(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([name, value]) => {
      if (!ENV_NAME.test(name)) throw new Error(`Invalid environment variable name ${JSON.stringify(name)}`);
      return `export ${name}=${shellQuote(value)}\n`;
    })
    .join('');
}

/**
 * What bash reads on stdin: strict mode (so a failing command fails the step, unlike
 * appleboy/ssh-action), the exports, then the script.
 */
export function remoteProgram(script: string, env: Record<string, string>): string {
  return `set -eo pipefail\n${shellExports(env)}${script.replace(/\r\n/g, '\n')}\n`;
}

export interface RemoteRun {
  script: string;
  /** Variables the script sees (context and secrets alike): they travel on stdin, never argv. */
  env?: Record<string, string>;
  exec: Exec;
  ssh?: string;
  timeoutMs?: number;
  redact?: (text: string) => string;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Where the private temp directory goes (RUNNER_TEMP on a runner). */
  tempDir?: string;
}

/** The script failed, or ssh could not run it; the message says which. */
export class RemoteScriptError extends Error {
  override name = 'RemoteScriptError';
  constructor(
    message: string,
    readonly result: ExecResult,
  ) {
    super(message);
  }
}

/** Runs the script on the host; resolves with the result when it exits 0, throws a RemoteScriptError otherwise. */
export async function runRemoteScript(target: SshHost, run: RemoteRun): Promise<ExecResult> {
  const dir = mkdtempSync(join(run.tempDir ?? tmpdir(), 'dk-ssh-'));
  try {
    const files = { key: join(dir, 'key'), knownHosts: join(dir, 'known_hosts') };
    // OpenSSH refuses a key without its final newline, and secrets pasted on Windows carry \r.
    writeFileSync(files.key, `${target.privateKey.replace(/\r\n/g, '\n').trim()}\n`, { mode: 0o600 });
    writeFileSync(files.knownHosts, `${target.knownHosts.replace(/\r\n/g, '\n').trim()}\n`, { mode: 0o600 });
    const result = await run.exec({
      command: run.ssh ?? 'ssh',
      args: sshArgs(target, files),
      input: remoteProgram(run.script, run.env ?? {}),
      ...(run.timeoutMs ? { timeoutMs: run.timeoutMs } : {}),
      ...(run.redact ? { redact: run.redact } : {}),
      ...(run.onLine ? { onLine: run.onLine } : {}),
    });
    if (result.exitCode !== 0) throw new RemoteScriptError(describeSshFailure(target, result, run.timeoutMs), result);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One sentence: a refused host key or login is told apart from the script's own failure. */
export function describeSshFailure(
  target: Pick<SshHost, 'host' | 'port' | 'user'>,
  result: ExecResult,
  timeoutMs?: number,
): string {
  const where = `${target.user}@${target.host}:${target.port}`;
  const stderr = result.stderr;
  if (result.exitCode === 255) {
    if (/host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .*host key is known/i.test(stderr)) {
      return (
        `The host key of ${target.host}:${target.port} does not match known-hosts, ` +
        'so the connection was refused (no trust on first use): check known-hosts against the ' +
        `server's key (ssh-keyscan -p ${target.port} ${target.host}, verified out of band).`
      );
    }
    if (/permission denied/i.test(stderr)) {
      const hint = "is its public key in the user's authorized_keys?";
      return `${where} refused the key in ssh-key (Permission denied): ${hint}`;
    }
    if (/connection refused|timed out|no route|could not resolve/i.test(stderr))
      return `Could not connect to ${where}: ${lastLines(stderr, 1)}`;
    if (/invalid format|load key|passphrase/i.test(stderr))
      return `ssh could not use ssh-key: ${lastLines(stderr, 1)} (an unencrypted OpenSSH private key is expected)`;
    return `ssh to ${where} failed: ${lastLines(stderr, 2) || describeExit(result, timeoutMs)}`;
  }
  return describeFailure(`The deploy script on ${where}`, result, timeoutMs);
}

export interface BlueGreen {
  /** Directory on the host holding the compose project. */
  directory: string;
  composeFile: string;
  /** Compose project base name; each colour runs as `<project>-blue` / `<project>-green`. */
  project: string;
  bluePort: number;
  greenPort: number;
  /** Health URL on the host, `{port}` replaced by the colour's port. */
  healthUrl: string;
  healthTimeoutSeconds: number;
  /**
   * The user's script that points traffic at DEPLOY_COLOUR / DEPLOY_PORT (e.g. rewrite an nginx
   * upstream and reload).
   */
  switchScript: string;
  /** Leave the old colour running after the switch (instant rollback), or stop it. */
  keepOld: boolean;
  pull: boolean;
}

/** The blue-green parameters as the scripts below read them. */
export function blueGreenEnv(config: BlueGreen): Record<string, string> {
  return {
    DK_DIR: config.directory,
    DK_COMPOSE_FILE: config.composeFile,
    DK_PROJECT: config.project,
    DK_BLUE_PORT: String(config.bluePort),
    DK_GREEN_PORT: String(config.greenPort),
    DK_HEALTH_URL: config.healthUrl,
    DK_HEALTH_TIMEOUT: String(config.healthTimeoutSeconds),
    DK_SWITCH_SCRIPT: config.switchScript,
    DK_KEEP_OLD: String(config.keepOld),
    DK_PULL: String(config.pull),
  };
}

// Shared by the deploy and rollback scripts: which colour is live, ports, compose, health.
const BLUE_GREEN_LIB = String.raw`
cd -- "$DK_DIR"
state=.deploy-kit-colour
port_for() { if [ "$1" = blue ]; then echo "$DK_BLUE_PORT"; else echo "$DK_GREEN_PORT"; fi; }
compose() {
  local colour=$1
  shift
  DEPLOY_COLOUR=$colour DEPLOY_PORT=$(port_for "$colour") \
    docker compose -p "$DK_PROJECT-$colour" -f "$DK_COMPOSE_FILE" "$@"
}
healthy() {
  local url=${'${'}DK_HEALTH_URL//\{port\}/$(port_for "$1")}
  local deadline=$((SECONDS + DK_HEALTH_TIMEOUT))
  local code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    case "$code" in 2??|3??) break ;; esac
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "deploy-kit: $1 is not healthy at $url after $DK_HEALTH_TIMEOUT s (last answer: HTTP $code)" >&2
      return 1
    fi
    sleep 1
  done
  echo "deploy-kit: $1 is healthy at $url"
}
switch_to() {
  DEPLOY_COLOUR=$1 DEPLOY_PORT=$(port_for "$1") DEPLOY_PREVIOUS_COLOUR=$2 bash -eo pipefail -c "$DK_SWITCH_SCRIPT"
  echo "$1" > "$state.tmp"
  mv "$state.tmp" "$state"
}
live=$(cat "$state" 2>/dev/null || true)
case "$live" in blue|green) ;; *) live= ;; esac
`;

/**
 * Blue-green with docker compose, as tracehub does it: bring up the idle colour, health-check it,
 * switch traffic with the user's switch script, keep the old colour for rollback. A failed health
 * check takes the idle colour down again and leaves the live one untouched. Runs after the user's
 * `script` (backups, image pulls, logins) in the same bash.
 */
export const BLUE_GREEN_DEPLOY = String.raw`${BLUE_GREEN_LIB}
if [ "$live" = blue ]; then idle=green; else idle=blue; fi
echo "deploy-kit: live colour ${'${'}live:-none}, deploying $idle on port $(port_for "$idle")"
if [ "$DK_PULL" = true ]; then compose "$idle" pull; fi
compose "$idle" up -d --remove-orphans
if ! healthy "$idle"; then compose "$idle" down --remove-orphans || true; exit 1; fi
switch_to "$idle" "$live"
if [ -n "$live" ] && [ "$DK_KEEP_OLD" != true ]; then compose "$live" stop; fi
echo "deploy-kit-output: deployment-id=$idle"
echo "deploy-kit-output: previous-deployment-id=$live"
echo "deploy-kit-output: status=$idle live"
`;

/**
 * Switches back to `DK_TARGET_COLOUR` (the deploy's previous-deployment-id): start it if it was
 * stopped, health-check it, switch, and stop the colour that failed.
 */
export const BLUE_GREEN_ROLLBACK = String.raw`${BLUE_GREEN_LIB}
target=$DK_TARGET_COLOUR
case "$target" in
  blue|green) ;;
  *) echo "deploy-kit: nothing to roll back to (target colour '$target')" >&2; exit 1 ;;
esac
if [ "$live" = "$target" ]; then echo "deploy-kit: $target is already live"; exit 0; fi
compose "$target" start || compose "$target" up -d
healthy "$target"
switch_to "$target" "$live"
if [ -n "$live" ]; then compose "$live" stop || true; fi
echo "deploy-kit-output: deployment-id=$target"
`;

/** Rolls a blue-green deployment back to `colour`. */
export function rollbackBlueGreen(
  target: SshHost,
  config: BlueGreen,
  colour: string,
  run: Omit<RemoteRun, 'script'>,
): Promise<ExecResult> {
  return runRemoteScript(target, {
    ...run,
    script: BLUE_GREEN_ROLLBACK,
    env: { ...run.env, ...blueGreenEnv(config), DK_TARGET_COLOUR: colour },
  });
}
