import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, type LoopbackServer } from '../support/server.js';
import { keyLines, type Sshd, type SshRig, startSshRig } from '../support/sshd.js';
import { checkWithRollback, healthyService, releaseService, unhealthyStory } from '../health-check/rollback-service.js';

/**
 * `rollback: ssh` end to end against a real OpenSSH server on 127.0.0.1 (generated host and client
 * keys, the host key verified through known-hosts). The rollback on the host calls the service's
 * control endpoint with curl, which makes it healthy; the blue-green case runs the deploy action's
 * blue-green rollback with a `docker` stand-in on the host's PATH.
 */

let sshd: Sshd;
/** On the "remote" side: a `docker` stand-in that records each call with the colour and port it got. */
let dockerLog: string;
/** On the runner side: an `ssh` that records its argv, then runs the real one. */
let sshWrapper: SshRig['ssh'];

beforeAll(async () => ({ sshd, dockerLog, ssh: sshWrapper } = await startSshRig()));
afterAll(() => Promise.all([closeAllServers(), sshd?.stop()]));

const curlRollback = (service: LoopbackServer) =>
  `curl -fsS -X POST --data "$ROLLBACK_TO" ${service.url}/control/rollback`;

function sshRollback(service: LoopbackServer, inputs: Record<string, string>) {
  writeFileSync(sshWrapper.argvLog, '');
  return checkWithRollback(
    service,
    {
      rollback: 'ssh',
      'ssh-host': sshd.host,
      'ssh-port': String(sshd.port),
      'ssh-user': sshd.user,
      'ssh-key': sshd.clientKey,
      'known-hosts': sshd.knownHosts,
      'rollback-to': 'release-41',
      ...inputs,
    },
    { path: [sshWrapper.dir] },
  );
}

describe('health-check (in-process): rollback with ssh (real OpenSSH on loopback)', () => {
  it('does not connect when the release is healthy', async () => {
    const service = await healthyService();
    const result = await sshRollback(service, { 'rollback-command': curlRollback(service) });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ healthy: 'true', 'rolled-back': 'false' });
    expect(readFileSync(sshWrapper.argvLog, 'utf8')).toBe('');
    expect(service.rollbacks).toEqual([]);
    expectAllOutputs(result, 'health-check');
    expectNoSecretLeak(result, keyLines(sshd.clientKey));
  });

  it(
    'runs rollback-command on the host with the host key verified, ' +
      'sees health restored and fails with both stories',
    async () => {
      const service = await releaseService();
      const result = await sshRollback(service, {
        'rollback-command': `test -n "$HEALTH_REASON"\n${curlRollback(service)}`,
      });
      expect(result.exitCode).toBe(1);
      expectAllOutputs(result, 'health-check');
      expect(result.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true', 'rollback-healthy': 'true' });
      expect(service.rollbacks).toEqual(['release-41']);
      expect(result.failure).toMatch(
        new RegExp(
          `^${escape(unhealthyStory(service))}Rolled back: the rollback command on ` +
            `${sshd.user}@127\\.0\\.0\\.1:${sshd.port} \\(ROLLBACK_TO=release-41\\) ` +
            'exited with code 0 in [\\d.]+ m?s; the service is healthy again \\(1 attempt in \\d+ ms\\)\\.$',
        ),
      );
      const argv = readFileSync(sshWrapper.argvLog, 'utf8').split('\n');
      expect(argv).toContain('StrictHostKeyChecking=yes');
      expect(argv.slice(-3)).toEqual(['127.0.0.1', 'bash -s', '']);
      expect(argv.join('\n')).not.toContain('release-41');
      expectNoSecretLeak(result, keyLines(sshd.clientKey));
    },
  );

  it('fails the rollback, never reporting success, when the command fails on the host', async () => {
    const service = await releaseService();
    const result = await sshRollback(service, {
      'rollback-command': 'echo "no previous image on this host" >&2\nexit 3\necho never',
    });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(result.failure).toMatch(
      new RegExp(
        String.raw`The rollback FAILED: the rollback command on \S+ \(ROLLBACK_TO=release-41\) exited with code 3 ` +
          String.raw`\(no previous image on this host\), so the unhealthy release may still be serving\.$`,
      ),
    );
    expectNoSecretLeak(result, keyLines(sshd.clientKey));
  });

  it('refuses a host whose key does not match known-hosts: the command never runs', async () => {
    const service = await releaseService();
    const result = await sshRollback(service, {
      'rollback-command': curlRollback(service),
      'known-hosts': sshd.wrongKnownHosts,
    });
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(service.rollbacks).toEqual([]);
    expect(result.failure).toContain(
      `(ROLLBACK_TO=release-41) could not run: The host key of 127.0.0.1:${sshd.port} ` +
        'does not match known-hosts, so the connection was refused (no trust on first use)',
    );
    expectNoSecretLeak(result, keyLines(sshd.clientKey));
  });

  it(
    'rolls a blue-green deployment back to the rollback-to colour: ' +
      'start it, check it on the host, switch, stop the failed one',
    async () => {
      const service = await releaseService();
      const directory = mkdtempSync(join(tmpdir(), 'dk-bluegreen-'));
      writeFileSync(join(directory, '.deploy-kit-colour'), 'green\n');
      writeFileSync(dockerLog, '');
      const result = await sshRollback(service, {
        'blue-green': 'true',
        'rollback-to': 'blue',
        'remote-directory': directory,
        'compose-project': 'shop',
        'health-url': `${service.url}/ready/{port}`,
        'switch-script':
          'curl -fsS -X POST --data "$DEPLOY_COLOUR:$DEPLOY_PORT:$DEPLOY_PREVIOUS_COLOUR" ' +
          `${service.url}/control/rollback`,
      });
      expect(result.outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-healthy': 'true' });
      expect(service.rollbacks).toEqual(['blue:8001:green']);
      expect(readFileSync(join(directory, '.deploy-kit-colour'), 'utf8').trim()).toBe('blue');
      expect(readFileSync(dockerLog, 'utf8').trim().split('\n')).toEqual([
        'docker compose -p shop-blue -f docker-compose.yml start colour=blue port=8001',
        'docker compose -p shop-green -f docker-compose.yml stop colour=green port=8002',
      ]);
      expect(service.requests.some((request) => request.url === '/ready/8001')).toBe(true);
      expect(result.failure).toContain(
        `Rolled back: the blue-green rollback on ${sshd.user}@127.0.0.1:${sshd.port} ` +
          'to the blue colour switched traffic back to blue in',
      );
      expect(existsSync(join(directory, '.deploy-kit-colour.tmp'))).toBe(false);
    },
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
