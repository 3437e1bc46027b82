import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../support/context.js';
import {
  type BlueGreen,
  remoteProgram,
  rollbackBlueGreen,
  runRemoteScript,
  shellExports,
  sshArgs,
} from '../../src/providers/ssh/remote.js';
import { closeAllServers, sendText, startServer } from '../support/server.js';
import { type Sshd, startSshd } from '../support/sshd.js';

let sshd: Sshd;
beforeAll(async () => {
  sshd = await startSshd();
});
afterAll(async () => {
  await closeAllServers();
  await sshd?.stop();
});

const host = () => ({
  host: sshd.host,
  port: sshd.port,
  user: sshd.user,
  privateKey: sshd.clientKey,
  knownHosts: sshd.knownHosts,
});

describe('ssh client', () => {
  it('quotes exported values so that bash reads them back unchanged', () => {
    const values = { A: `it's $(id) \`id\` "q" ; & | \n second line`, B: '' };
    const out = execFileSync('bash', ['-s'], {
      input: `${shellExports(values)}printf '%s|' "$A" "$B"`,
      encoding: 'utf8',
    });
    expect(out).toBe(`${values.A}||`);
    expect(() => shellExports({ 'BAD-NAME': 'x' })).toThrow('Invalid environment variable name "BAD-NAME"');
    expect(remoteProgram('echo hi\r\n', {})).toBe('set -eo pipefail\necho hi\n\n');
  });

  it('builds argv with strict host key checking, no user config, and a fixed remote command', () => {
    const args = sshArgs(
      { host: 'vps.example.com', port: 2222, user: 'deploy' },
      { key: '/tmp/k', knownHosts: '/tmp/kh' },
    );
    expect(args.slice(0, 2)).toEqual(['-F', '/dev/null']);
    expect(args).toContain('StrictHostKeyChecking=yes');
    expect(args).toContain('UserKnownHostsFile=/tmp/kh');
    expect(args).toContain('BatchMode=yes');
    expect(args.slice(-3)).toEqual(['--', 'vps.example.com', 'bash -s']);
  });

  it('runs a script with secrets on stdin, and removes the key afterwards', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'dk-ssh-unit-'));
    const result = await runRemoteScript(host(), {
      script: 'echo "hello $WHO"',
      env: { WHO: 'deploy-kit' },
      exec: execute,
      tempDir: temp,
    });
    expect(result.stdout).toBe('hello deploy-kit\n');
    expect(execFileSync('ls', ['-A', temp], { encoding: 'utf8' })).toBe('');
  });

  it('rolls blue-green back to the previous colour: start it, health-check, switch, stop the failed one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-rollback-'));
    const bin = mkdtempSync(join(tmpdir(), 'dk-rollback-bin-'));
    writeFileSync(join(dir, '.deploy-kit-colour'), 'green\n');
    const blue = await startServer((_req, res) => sendText(res, 200, 'ok'));
    const config: BlueGreen = {
      directory: dir,
      composeFile: 'compose.yaml',
      project: 'tracehub',
      bluePort: blue.port,
      greenPort: 1,
      healthUrl: 'http://127.0.0.1:{port}/health',
      healthTimeoutSeconds: 5,
      switchScript: `echo "switched to $DEPLOY_COLOUR:$DEPLOY_PORT" > ${join(dir, 'switched')}`,
      keepOld: true,
      pull: false,
    };
    // docker is a stand-in on the remote PATH, given through the script's environment.
    writeFileSync(join(bin, 'docker'), `#!/bin/sh\necho "docker $*" >> ${join(dir, 'docker.log')}\n`, { mode: 0o755 });
    const result = await rollbackBlueGreen(host(), config, 'blue', { env: {}, ...withPath(bin) });
    expect(result.stdout).toContain('deploy-kit-output: deployment-id=blue');
    expect(readFileSync(join(dir, '.deploy-kit-colour'), 'utf8')).toBe('blue\n');
    expect(readFileSync(join(dir, 'switched'), 'utf8')).toBe(`switched to blue:${blue.port}\n`);
    expect(readFileSync(join(dir, 'docker.log'), 'utf8')).toBe(
      'docker compose -p tracehub-blue -f compose.yaml start\ndocker compose -p tracehub-green -f compose.yaml stop\n',
    );
    await expect(rollbackBlueGreen(host(), config, '', withPath(bin))).rejects.toThrow(
      "nothing to roll back to (target colour '')",
    );
  });
});

/** Prepends a directory to the remote PATH by wrapping the script (the sshd here sets no PATH). */
function withPath(dir: string) {
  return {
    exec: (request: Parameters<typeof execute>[0]) =>
      execute({ ...request, input: `export PATH=${dir}:$PATH\n${request.input ?? ''}` }),
  };
}
