import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BundleResult } from '../support/bundle.js';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, sendJson, sendText, startServer, type LoopbackServer } from '../support/server.js';

/**
 * `rollback: command` end to end: a loopback service that is unhealthy until its control endpoint
 * is told to roll back (as a platform's rollback API would be), and the user's command calling it
 * with curl. The control endpoint can also answer an error, or be left uncalled.
 */

afterEach(closeAllServers);

interface Service extends LoopbackServer {
  rollbacks: string[];
}

/** `/health` answers vera's JSON: 503 until a rollback; `POST /control/rollback` answers `controlStatus`. */
async function service(options: { controlStatus?: number; healthyAfterRollback?: boolean } = {}): Promise<Service> {
  let rolledBack = false;
  const rollbacks: string[] = [];
  const server = await startServer((q, r) => {
    if (q.method === 'POST' && q.url === '/control/rollback') {
      rollbacks.push(q.body);
      if ((options.controlStatus ?? 200) !== 200)
        return sendJson(r, options.controlStatus!, { error: 'rollback_unavailable' });
      rolledBack = options.healthyAfterRollback ?? true;
      return sendJson(r, 200, { ok: true });
    }
    if (rolledBack) return sendJson(r, 200, { status: 'ok', checks: { database: 'ok' } });
    return sendJson(r, 503, { status: 'error', checks: { database: 'down' } });
  });
  return Object.assign(server, { rollbacks });
}

const CURL_ROLLBACK = 'curl -fsS -X POST --data "$ROLLBACK_TO" "$CONTROL_URL/control/rollback"';

function run(
  server: LoopbackServer,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<BundleResult> {
  return runInProcess('health-check', {
    inputs: {
      url: `${server.url}/health`,
      'expect-json': 'status=ok\nchecks.database=ok',
      interval: '100ms',
      'max-attempts': '2',
      timeout: '5s',
      rollback: 'command',
      'rollback-to': 'dep_41',
      'rollback-command': CURL_ROLLBACK,
      ...inputs,
    },
    env: { CONTROL_URL: server.url, ...env },
  });
}

describe('health-check: rollback with a command', () => {
  it('does not roll back a healthy release', async () => {
    const server = await service({});
    await fetch(`${server.url}/control/rollback`, { method: 'POST', body: 'warm-up' });
    const result = await run(server, {});
    expect(result.exitCode, result.stdout).toBe(0);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs).toMatchObject({ healthy: 'true', 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(server.rollbacks).toEqual(['warm-up']);
  });

  it('fails a multi-line rollback whose middle step fails, as a run: step would', async () => {
    const server = await service({});
    const result = await run(server, { 'rollback-command': 'echo step 1\nfalse\necho step 3 done' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(result.stdout).not.toContain('step 3 done');
  });

  it('never reports a failed rollback command as success', async () => {
    const server = await service({});
    const result = await run(server, { 'rollback-command': 'echo "cannot reach the platform" >&2; exit 1' });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(result.failure).toMatch(
      new RegExp(
        /The rollback FAILED: the rollback command \(ROLLBACK_TO=dep_41\) exited with code 1 /.source +
          /\(cannot reach the platform\), so the unhealthy release may still be serving\.$/.source,
      ),
    );
    expect(result.summary).toContain('### ❌ Rollback');
    expect(result.summary).not.toContain('Health after the rollback');
  });

  it('fails the rollback when the rollback API answers an error', async () => {
    const server = await service({ controlStatus: 500 });
    const result = await run(server, {});
    expect(result.exitCode).toBe(1);
    expect(server.rollbacks).toEqual(['dep_41']);
    expect(result.outputs).toMatchObject({ 'rolled-back': 'false', 'rollback-healthy': 'false' });
    expect(result.failure).toMatch(
      new RegExp(
        /The rollback FAILED: the rollback command \(ROLLBACK_TO=dep_41\) exited with code 22 /.source +
          /\(curl: \(22\) The requested URL returned error: 500\)/.source,
      ),
    );
  });

  it('says so when the rollback ran but the service is still unhealthy', async () => {
    const server = await service({ healthyAfterRollback: false });
    const result = await run(server, {});
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-healthy': 'false' });
    expect(result.failure).toMatch(
      new RegExp(
        /exited with code 0 in \d+ ms; but the service is still unhealthy after the rollback: /.source +
          /.*still unhealthy after 2 attempts/.source,
      ),
    );
    expect(result.summary).toContain('### ❌ Health after the rollback');
  });

  it('stops a rollback command that outlives rollback-timeout', async () => {
    const server = await service({});
    const result = await run(server, { 'rollback-command': 'sleep 30', 'rollback-timeout': '1s' });
    expect(result.exitCode).toBe(1);
    expect(result.durationMs).toBeLessThan(10_000);
    expect(result.outputs['rolled-back']).toBe('false');
    expect(result.failure).toMatch(
      /The rollback FAILED: the rollback command \(ROLLBACK_TO=dep_41\) timed out after 1000 ms and was stopped/,
    );
  });

  it('passes rollback-to to the command as data: shell syntax in it is inert', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-hc-'));
    const marker = join(dir, 'pwned');
    const hostile = `$(touch ${marker}); touch ${marker} \`touch ${marker}\`\nsecond line "quoted" 'single'`;
    const server = await service({});
    const result = await run(server, {
      'rollback-to': hostile,
      'rollback-command': `printf '%s' "$ROLLBACK_TO" > "${dir}/got"; ${CURL_ROLLBACK}`,
    });
    expect(result.exitCode).toBe(1);
    expect(existsSync(marker)).toBe(false);
    expect(readFileSync(join(dir, 'got'), 'utf8')).toBe(hostile);
    expect(server.rollbacks).toEqual([hostile]);
  });

  it("keeps header secrets out of the command's environment and of everything written", async () => {
    const token = 'hc_secret_5a4b3c2d1e0f';
    const server = await service({});
    const result = await run(server, {
      headers: `Authorization: Bearer ${token}`,
      'rollback-command': `env; ${CURL_ROLLBACK}`,
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['rollback-healthy']).toBe('true');
    expectNoSecretLeak(result, [token]);
  });

  it('can be told not to check health after the rollback', async () => {
    const server = await service({});
    const result = await run(server, { 'verify-after-rollback': 'false' });
    expect(result.outputs).toMatchObject({ 'rolled-back': 'true', 'rollback-healthy': 'false' });
    expect(result.failure).toMatch(/health after the rollback was not checked \(verify-after-rollback: false\)\.$/);
  });

  it('fails with the health story alone when rollback is none', async () => {
    const server = await startServer((_q, r) => sendText(r, 503, 'down'));
    const result = await runInProcess('health-check', {
      inputs: { url: `${server.url}/health`, interval: '100ms', 'max-attempts': '1' },
    });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    expect(result.failure).toMatch(/No rollback is configured \(rollback: none\)\.$/);
  });
});
