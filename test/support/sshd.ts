import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { missingMessage } from '../../scripts/system-deps.mjs';

/**
 * A real OpenSSH server on 127.0.0.1 and a free port, with a generated host key and client key
 * (the STYLE.md guide, "OpenSSH on loopback"). `knownHosts` is the line that verifies its host key;
 * `wrongKnownHosts` names another key for the same host, which ssh must refuse. `env` is set in
 * every session (SetEnv), e.g. a PATH with stand-in executables such as `docker`.
 */
export interface Sshd {
  host: '127.0.0.1';
  port: number;
  user: string;
  /** The client's private key (OpenSSH format). */
  clientKey: string;
  knownHosts: string;
  wrongKnownHosts: string;
  dir: string;
  stop(): Promise<void>;
}

const SSHD = '/usr/sbin/sshd';

export async function startSshd(options: { env?: Record<string, string> } = {}): Promise<Sshd> {
  if (!existsSync(SSHD)) throw new Error(missingMessage(['openssh-server']));
  const dir = mkdtempSync(join(tmpdir(), 'dk-sshd-'));
  const keygen = (file: string) =>
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'deploy-kit-test', '-f', join(dir, file)]);
  keygen('host');
  keygen('client');
  keygen('other-host');
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client.pub')));
  const port = await freePort();
  // sshd takes the first SetEnv line only: every variable goes on that one line.
  const pairs = Object.entries(options.env ?? {}).map(([name, value]) => `"${name}=${value}"`);
  const setEnv = pairs.length ? [`SetEnv ${pairs.join(' ')}`] : [];
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      `PidFile ${join(dir, 'sshd.pid')}`,
      ...setEnv,
      '',
    ].join('\n'),
  );
  // sshd started by root wants its privilege-separation directory; started by another user it runs unprivileged.
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true });
  const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitForPort(port, child, () => log);
  const line = (pub: string) =>
    `[127.0.0.1]:${port} ${readFileSync(join(dir, pub), 'utf8').trim().split(' ').slice(0, 2).join(' ')}`;
  return {
    host: '127.0.0.1',
    port,
    user: userInfo().username,
    clientKey: readFileSync(join(dir, 'client'), 'utf8'),
    knownHosts: line('host.pub'),
    wrongKnownHosts: line('other-host.pub'),
    dir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sshd exited with ${child.exitCode}: ${log()}`);
    const open = await new Promise<boolean>((done) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.destroy();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`sshd did not listen on ${port}: ${log()}`);
}

/**
 * A `docker` stand-in for the host: each call appends `docker ARGS colour=$DEPLOY_COLOUR
 * port=$DEPLOY_PORT` to `log`. `path` is a PATH with it first, for startSshd's `env`.
 */
function dockerStandin(): { log: string; path: string } {
  const bin = mkdtempSync(join(tmpdir(), 'dk-remote-bin-'));
  const log = join(bin, 'docker.log');
  writeFileSync(join(bin, 'docker'), `#!/bin/sh\necho "docker $* colour=$DEPLOY_COLOUR port=$DEPLOY_PORT" >> ${log}\n`);
  chmodSync(join(bin, 'docker'), 0o755);
  return { log, path: `${bin}:/usr/local/bin:/usr/bin:/bin` };
}

/**
 * On the runner side: an `ssh` (put `dir` first on PATH) that appends its argv, one per line, to `argvLog`, then
 * runs the real one.
 */
function recordingSsh(): { dir: string; argvLog: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dk-ssh-wrapper-'));
  const argvLog = join(dir, 'argv.log');
  writeFileSync(join(dir, 'ssh'), `#!/bin/sh\nprintf '%s\\n' "$@" >> ${argvLog}\nexec /usr/bin/ssh "$@"\n`);
  chmodSync(join(dir, 'ssh'), 0o755);
  return { dir, argvLog };
}

/** A private key is masked line by line (as the runner masks multi-line secrets): the lines to look for. */
export function keyLines(key: string): string[] {
  return key
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 8);
}

export interface SshRig {
  sshd: Sshd;
  /** What the host's `docker` stand-in was asked (see dockerStandin). */
  dockerLog: string;
  /** The recording `ssh` for the runner's PATH (see recordingSsh). */
  ssh: { dir: string; argvLog: string };
}

/** The ssh tests' set-up: sshd with a `docker` stand-in on the host's PATH, and a recording `ssh` for the runner. */
export async function startSshRig(): Promise<SshRig> {
  const docker = dockerStandin();
  return { sshd: await startSshd({ env: { PATH: docker.path } }), dockerLog: docker.log, ssh: recordingSsh() };
}
