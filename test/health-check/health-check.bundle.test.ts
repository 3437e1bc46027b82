import { afterEach, describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, sendJson, startServer } from '../support/server.js';
import { checkWithRollback, releaseService, unhealthyStory } from './rollback-service.js';

/**
 * The bundle end to end, as the runner runs it (Node 24, the real @actions/core, the process's own
 * environment for the rollback command): one healthy release, one rolled back. The scenarios run
 * in-process in check.test.ts, rollback.test.ts and tls.test.ts.
 */

afterEach(closeAllServers);

describe('health-check bundle', () => {
  it('passes a healthy vera-style JSON endpoint at the first probe, with every output set', async () => {
    const veraHealthy = { status: 'ok', checks: { database: 'ok', redis: 'ok', s3: 'ok' } };
    const server = await startServer((_q, r) => sendJson(r, 200, veraHealthy));
    const result = await runBundle('health-check', {
      inputs: {
        url: `${server.url}/health`,
        'expected-status': '200',
        'expect-json': 'status=ok\nchecks.database=ok\nchecks.redis=ok\nchecks.s3=ok',
        interval: '100ms',
        'request-timeout': '2s',
        timeout: '5s',
      },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs).toMatchObject({
      healthy: 'true',
      attempts: '1',
      'status-code': '200',
      'rolled-back': 'false',
      'rollback-healthy': 'false',
    });
    expect(Number(result.outputs['elapsed-ms'])).toBeLessThan(2000);
    expect(JSON.parse(result.outputs['report']!)[0]).toMatchObject({
      url: `${server.url}/health`,
      healthy: true,
      verdict: 'healthy',
      attempts: 1,
      lastStatus: 200,
    });
    expect(result.summary).toContain('## ✅ Health check: healthy');
    expect(result.summary).toMatch(/\| healthy \| 1 \| 200 \| \d+ ms \| \d+ ms \|/);
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/health' });
  });

  it('rolls back an unhealthy release with a command, sees health restored, and fails with both stories', async () => {
    const service = await releaseService();
    const rollback = 'curl -fsS -X POST --data "$ROLLBACK_TO" "$CONTROL_URL/control/rollback"';
    const result = await checkWithRollback(
      service,
      {
        rollback: 'command',
        'rollback-to': 'dep_41',
        'rollback-command':
          `test -s "$HEALTH_REPORT" && test -n "$HEALTH_REASON" && ! env | grep -q '^INPUT_' && ` + rollback,
      },
      { env: { CONTROL_URL: service.url } },
      runBundle,
    );
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs).toMatchObject({
      healthy: 'false',
      'rolled-back': 'true',
      'rollback-healthy': 'true',
      'status-code': '503',
    });
    expect(service.rollbacks).toEqual(['dep_41']);
    const story = unhealthyStory(service);
    expect(result.failure?.slice(0, story.length)).toBe(story);
    expect(result.failure?.slice(story.length)).toMatch(
      new RegExp(
        /^Rolled back: the rollback command \(ROLLBACK_TO=dep_41\) exited with code 0 in \d+ ms; /.source +
          /the service is healthy again \(1 attempt in \d+ ms\)\.$/.source,
      ),
    );
    expect(result.summary).toContain('### ✅ Rollback');
    expect(result.summary).toContain('### ✅ Health after the rollback');
    expect(result.stdout).toContain('{"ok":true}');
  });
});
