import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { startServer } from '../support/server.js';
import { WEBHOOK_PATH, webhookAnswer } from '../slack-notify/receiver.js';
import { inputs, pipeline, report, service, slackBody, TOKEN, useSampleService } from './harness.js';

/**
 * dist/pipeline/index.js on Node 24 as the runner runs it (see harness.ts): a good release and a bad
 * one rolled back, end to end. The other scenarios run in-process (pipeline.test.ts).
 */

useSampleService();

describe('pipeline bundle (root action.yml)', () => {
  it('deploys a good release, finds it healthy, and tells Slack', async () => {
    const slack = await startServer(webhookAnswer('200.ok'));
    const result = await pipeline(inputs('v2', slack), [TOKEN, `${slack.url}${WEBHOOK_PATH}`], runBundle);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(service.history).toEqual(['deploy v1 -> v2']);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      skipped: 'false',
      reason: '',
      'deployment-id': 'v2',
      'previous-deployment-id': 'v1',
      url: `${service.url}/`,
      healthy: 'true',
      'rolled-back': 'false',
      'rollback-healthy': 'false',
      notified: 'true',
      'slack-ts': '',
      status: 'deployed',
    });
    expect(Number(result.outputs['duration-ms'])).toBeGreaterThan(0);
    expect(report(result)).toMatchObject({
      status: 'deployed',
      deploy: { deploymentId: 'v2' },
      health: [{ healthy: true, lastStatus: 200 }],
      rollback: null,
      notification: { sent: true, via: 'webhook' },
    });

    expect(slack.requests).toHaveLength(1);
    const message = slackBody(slack);
    expect(message.text).toBe(':white_check_mark: *Deploy succeeded*: acme/shop to production');
    expect(message.attachments[0].color).toBe('#2EB67D');
    const blocks = JSON.stringify(message.attachments[0].blocks);
    expect(blocks).toMatch(
      /Deployed v2 with command to production in [0-9.]+ m?s \(previous: v1\)\. The URL is healthy \(1 attempt in/,
    );
    expect(blocks).toContain(`*URL*\\n<${service.url}/|${service.url}/>`);
    expect(blocks).toContain('*Deployment*\\nv2');
    expect(blocks).toContain('*Health*\\nhealthy');
    expect(blocks).toContain('*Environment*\\nproduction');

    expect(result.summary).toMatch(/^## ✅ Deployed: acme\/shop to production\n/);
    expect(result.summary).toContain('| Deploy | ✅ deployed `v2` with command in');
    expect(result.summary).toContain('| Health check | ✅ healthy |');
    expect(result.summary).toContain('| Slack | ✅ sent |');
    expect(result.summary).toContain('### ✅ Health check: healthy');
  });

  it('rolls a bad release back to the previous one, healthy again; fails with both stories, tells Slack', async () => {
    await fetch(`${service.url}/releases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: '{"version":"v2"}',
    });
    const slack = await startServer(webhookAnswer('200.ok'));
    const result = await pipeline(
      inputs('v3', slack, { 'slack-mention': 'here' }),
      [TOKEN, `${slack.url}${WEBHOOK_PATH}`],
      runBundle,
    );
    expect(result.exitCode).toBe(1);
    expect(service.history).toEqual(['deploy v1 -> v2', 'deploy v2 -> v3', 'rollback v3 -> v2']);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      'deployment-id': 'v3',
      'previous-deployment-id': 'v2',
      healthy: 'false',
      'rolled-back': 'true',
      'rollback-healthy': 'true',
      notified: 'true',
      status: 'rolled-back',
    });
    const unhealthy =
      `The release is unhealthy: ${service.url}/health still unhealthy after 2 attempts (max-attempts): ` +
      'HTTP status: expected 200-299, saw 503; status: expected "ok", saw "degraded"; ' +
      'checks.database: expected "ok", saw "timeout".';
    const rolledBack = new RegExp(
      /Rolled back: the rollback command \(ROLLBACK_TO=v2\) exited with code 0 in [0-9.]+ m?s; /.source +
        /the service is healthy again \(1 attempt in [0-9.]+ m?s\)\.$/.source,
    );
    expect(result.failure).toMatch(/^Deployed v3 with command to production in [0-9.]+ m?s \(previous: v2\)\. /);
    expect(result.failure).toContain(unhealthy);
    expect(result.failure).toMatch(rolledBack);
    expect(result.outputs['reason']).toContain(unhealthy);
    expect(report(result)).toMatchObject({
      status: 'rolled-back',
      health: [{ healthy: false, lastStatus: 503 }],
      rollback: { ok: true, healthyAfter: true, health: [{ healthy: true }] },
    });

    const message = slackBody(slack);
    expect(message.text).toBe('<!here> :x: *Deploy rolled back (unhealthy release)*: acme/shop to production');
    expect(message.attachments[0].color).toBe('#E01E5A');
    const blocks = JSON.stringify(message.attachments[0].blocks);
    expect(blocks).toContain('saw \\"degraded\\"');
    expect(blocks).toContain('Rolled back: the rollback command (ROLLBACK_TO=v2)');
    expect(blocks).toContain('*Health*\\nunhealthy (HTTP 503)');
    expect(blocks).toContain('*Rollback*\\nhealthy again: the rollback command (ROLLBACK_TO=v2)');

    expect(result.summary).toMatch(/^## ❌ Rolled back \(unhealthy release\): acme\/shop to production\n/);
    expect(result.summary).toContain('| Health check | ❌ unhealthy (HTTP 503) |');
    expect(result.summary).toContain('| Rollback | ✅ healthy again: the rollback command (ROLLBACK_TO=v2) |');
    expect(result.summary).toContain('| `checks.database` | "ok" | "timeout" |');
    expect(result.summary).toContain('#### ✅ Health after the rollback');
    // The timeline, after the verdict and the steps, before the sections: deploy, probes, rollback, re-check,
    // one after the other.
    const timeline = new RegExp(
      [
        /```mermaid\ngantt\n {2}title What happened\n {2}dateFormat x\n {2}axisFormat \S+\n {2}tickInterval \d+\w+\n/,
        / {2}section Deploy\n {2}Deploy v3 with command done in [\d.]+ m?s :done, 0, (\d+)\n/,
        / {2}section Health check\n/,
        / {2}Unhealthy, 2 probes in [\d.]+ m?s, 127\.0\.0\.1\uA789\d+\/health :crit, (\d+), (\d+)\n/,
        / {2}section Rollback\n {2}Rollback with command done in [\d.]+ m?s :done, (\d+), (\d+)\n/,
        / {2}section After rollback\n/,
        / {2}Healthy, 1 probe in [\d.]+ m?s, 127\.0\.0\.1\uA789\d+\/health :done, (\d+), \d+\n```/,
      ]
        .map((part) => part.source)
        .join(''),
    ).exec(result.summary);
    expect(timeline, result.summary).not.toBeNull();
    const [deployEnd, checkStart, checkEnd, rollbackStart, rollbackEnd, recheckStart] = timeline!.slice(1).map(Number);
    expect(checkStart).toBe(deployEnd);
    expect(rollbackStart).toBeGreaterThanOrEqual(checkEnd!);
    expect(recheckStart).toBe(rollbackEnd);
    expect(result.summary.indexOf('| Step | Result |')).toBeLessThan(timeline!.index);
    expect(timeline!.index).toBeLessThan(result.summary.indexOf('### ✅ Deployed with command'));
    // One latency chart: the unhealthy URL's two probes (the re-check's single probe is in its table).
    expect(
      result.summary.match(
        new RegExp(
          /title "Latency of each probe in ms, 127\.0\.0\.1:\d+\/health"\n {2}x-axis \["1", "2"\]\n/.source +
            / {2}y-axis "ms" 0 --> \d+\n {2}bar \[\d+, \d+\]/.source,
          'g',
        ),
      ),
    ).toHaveLength(1);
  });
});
