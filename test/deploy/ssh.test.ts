import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, sendText, startServer } from '../support/server.js';
import { keyLines, type Sshd, type SshRig, startSshRig } from '../support/sshd.js';

const TOKEN = 'ghcr-pull-token-2a7f9d1c';

let sshd: Sshd;
/** On the "remote" side: a `docker` stand-in that records each call with the colour and port it got. */
let dockerLog: string;
/** On the runner side: an `ssh` that records its argv, then runs the real one. */
let sshWrapper: SshRig['ssh'];

beforeAll(async () => ({ sshd, dockerLog, ssh: sshWrapper } = await startSshRig()));
afterAll(() => Promise.all([closeAllServers(), sshd?.stop()]));

function sshInputs(extra: Record<string, string>): Record<string, string> {
  return {
    provider: 'ssh',
    'ssh-host': sshd.host,
    'ssh-port': String(sshd.port),
    'ssh-user': sshd.user,
    'ssh-key': sshd.clientKey,
    'known-hosts': sshd.knownHosts,
    ...extra,
  };
}

describe('deploy: ssh (real OpenSSH on loopback)', () => {
  it('runs the script on the host, host key verified; context and token arrive as data, never argv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-remote-'));
    const marker = join(dir, 'pwned');
    const hostile = `prod'; touch ${marker}; echo '$(touch ${marker})`;
    const result = await runInProcess('deploy', {
      inputs: sshInputs({
        token: TOKEN,
        environment: hostile,
        script: [
          `cd ${dir}`,
          'printf "%s" "$DEPLOY_ENVIRONMENT" > environment.txt',
          'printf "%s" "$DEPLOY_TOKEN" > token.txt',
          'echo "deploying $DEPLOY_SHA"',
          'echo "deploy-kit-output: deployment-id=release-42"',
          'echo "deploy-kit-output: url=https://tracehub.example"',
        ].join('\n'),
      }),
      path: [sshWrapper.dir],
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      'deployment-id': 'release-42',
      url: 'https://tracehub.example',
    });
    expect(result.stdout).toContain('deploying 8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a');
    expect(readFileSync(join(dir, 'environment.txt'), 'utf8')).toBe(hostile);
    expect(readFileSync(join(dir, 'token.txt'), 'utf8')).toBe(TOKEN);
    expect(existsSync(marker)).toBe(false);
    const argv = readFileSync(sshWrapper.argvLog, 'utf8');
    expect(argv).toContain('StrictHostKeyChecking=yes');
    expect(argv.trim().split('\n').at(-1)).toBe('bash -s');
    expect(argv).not.toContain(TOKEN);
    expect(argv).not.toContain('prod');
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [TOKEN, ...keyLines(sshd.clientKey)]);
  });

  it("fails the step when the script fails (set -e), with the script's last words", async () => {
    const result = await runInProcess('deploy', {
      inputs: sshInputs({ script: 'echo pulling images\nfalse\necho never' }),
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      `The deploy script on ${sshd.user}@127.0.0.1:${sshd.port} exited with code 1: pulling images`,
    );
    expect(result.stdout).not.toContain('never');
    expect(result.outputs).toMatchObject({ deployed: 'false', skipped: 'false' });
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [...keyLines(sshd.clientKey)]);
  });

  it('refuses a host whose key does not match known-hosts, and runs nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-remote-'));
    const result = await runInProcess('deploy', {
      inputs: sshInputs({ 'known-hosts': sshd.wrongKnownHosts, script: `touch ${join(dir, 'ran')}` }),
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      new RegExp(
        /^The host key of 127\.0\.0\.1:\d+ does not match known-hosts, /.source +
          /so the connection was refused \(no trust on first use\)/.source,
      ),
    );
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [...keyLines(sshd.clientKey)]);
  });

  it('says when the server refuses the key', async () => {
    const otherKey = readFileSync(join(sshd.dir, 'other-host'), 'utf8');
    const result = await runInProcess('deploy', { inputs: sshInputs({ 'ssh-key': otherKey, script: 'true' }) });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      `${sshd.user}@127.0.0.1:${sshd.port} refused the key in ssh-key (Permission denied): ` +
        "is its public key in the user's authorized_keys?",
    );
    expectNoSecretLeak(result, keyLines(otherKey));
  });

  it(
    'blue-green: brings up the idle colour, health-checks it, switches, keeps the old colour; ' +
      'a failed health check changes nothing',
    async () => {
      const health = { blue: 200, green: 200 };
      const blue = await startServer((_request, response) =>
        sendText(response, health.blue, health.blue === 200 ? '{"status":"healthy"}' : 'starting'),
      );
      const green = await startServer((_request, response) => sendText(response, health.green, '{"status":"healthy"}'));
      const dir = mkdtempSync(join(tmpdir(), 'dk-compose-'));
      const switchLog = join(dir, 'switch.log');
      const inputs = sshInputs({
        'blue-green': 'true',
        'remote-directory': dir,
        'compose-project': 'tracehub',
        'blue-port': String(blue.port),
        'green-port': String(green.port),
        'health-timeout': '3s',
        'switch-script': `echo "$DEPLOY_PREVIOUS_COLOUR -> $DEPLOY_COLOUR on $DEPLOY_PORT" >> ${switchLog}`,
        script: 'echo "backing up the database"',
      });

      const first = await runInProcess('deploy', { inputs });
      expect(first.exitCode, first.stdout + first.stderr).toBe(0);
      expect(first.outputs).toMatchObject({
        deployed: 'true',
        'deployment-id': 'blue',
        'previous-deployment-id': '',
        status: 'blue live',
      });
      expect(first.stdout).toContain('backing up the database');

      const second = await runInProcess('deploy', { inputs });
      expect(second.exitCode, second.stdout).toBe(0);
      expect(second.outputs).toMatchObject({ 'deployment-id': 'green', 'previous-deployment-id': 'blue' });
      expect(readFileSync(join(dir, '.deploy-kit-colour'), 'utf8')).toBe('green\n');
      expect(readFileSync(switchLog, 'utf8')).toBe(` -> blue on ${blue.port}\nblue -> green on ${green.port}\n`);
      const docker = readFileSync(dockerLog, 'utf8');
      expect(docker).toContain(
        `docker compose -p tracehub-green -f docker-compose.yml up -d --remove-orphans colour=green port=${green.port}`,
      );
      expect(docker).not.toContain('tracehub-blue -f docker-compose.yml stop'); // the old colour is kept for rollback

      health.blue = 503; // the next deploy goes to blue, which never becomes healthy
      const third = await runInProcess('deploy', { inputs });
      expect(third.exitCode).toBe(1);
      expect(third.failure).toMatch(
        new RegExp(
          /^The deploy script on .* exited with code 1: /.source +
            /deploy-kit: blue is not healthy at http:\/\/127\.0\.0\.1:\d+\/health after 3 s \(last answer: HTTP 503\)$/
              .source,
        ),
      );
      expect(readFileSync(join(dir, '.deploy-kit-colour'), 'utf8')).toBe('green\n');
      expect(readFileSync(dockerLog, 'utf8')).toContain(
        'docker compose -p tracehub-blue -f docker-compose.yml down --remove-orphans colour=blue',
      );
      expect(readFileSync(switchLog, 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
      expectAllOutputs(third, 'deploy');
      expectNoSecretLeak(third, [...keyLines(sshd.clientKey)]);
    },
    60_000,
  );
});
