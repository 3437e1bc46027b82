import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BundleResult, NODE24, ROOT, runBundle } from '../support/bundle.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, type LoopbackServer, scripted, startServer } from '../support/server.js';
import { WEBHOOK_PATH, webApiAnswer, webhookAnswer } from '../slack-notify/receiver.js';
// @ts-expect-error: a plain JavaScript module of the demo, shared with these tests
import { startSampleService } from '../../scripts/demo-service.mjs';

/**
 * dist/pipeline/index.js on Node 24 as the runner runs it, against loopback only: the demo's
 * sample service (GET /health per live release; v3 answers 503 degraded), deployed and rolled back
 * by scripts/demo-release.mjs as the `command` deploy and `rollback-command`, and a Slack stand-in
 * replaying the recorded answers of test/fixtures/slack (see test/slack-notify/receiver.ts).
 */

interface SampleService {
  url: string;
  live: string;
  history: string[];
  close(): Promise<void>;
}

const TOKEN = 'deploy-token-7f3a9c2e51b4';
const BOT_TOKEN = 'xoxb-2718-2818-PipelineBotTokenSecret';
const RELEASE = `"${NODE24}" "${join(ROOT, 'scripts/demo-release.mjs')}"`;

let service: SampleService;
beforeEach(async () => {
  service = (await startSampleService({ token: TOKEN })) as SampleService;
});
afterEach(async () => {
  await service.close();
  await closeAllServers();
});

function inputs(
  release: string,
  slack: LoopbackServer | undefined,
  more: Record<string, string> = {},
): Record<string, string> {
  return {
    provider: 'command',
    token: TOKEN,
    environment: 'production',
    command: `${RELEASE} ${release}`,
    'health-url': `${service.url}/health`,
    'health-expect-json': 'status=ok\nchecks.database=ok',
    'health-interval': '100ms',
    'health-max-attempts': '2',
    'health-timeout': '10s',
    'rollback-command': `${RELEASE} --rollback "$ROLLBACK_TO"`,
    ...(slack ? { 'slack-webhook-url': `${slack.url}${WEBHOOK_PATH}` } : {}),
    ...more,
  };
}

async function pipeline(given: Record<string, string>, secrets: string[]): Promise<BundleResult> {
  const result = await runBundle('pipeline', { inputs: given, env: { DEMO_SERVICE_URL: service.url } });
  expectAllOutputs(result, 'pipeline');
  expectNoSecretLeak(result, secrets);
  return result;
}

function slackBody(server: LoopbackServer, index = 0): any {
  return JSON.parse(server.requests[index]!.body);
}

function report(result: BundleResult): any {
  return JSON.parse(result.outputs['report']!);
}

describe('pipeline bundle (root action.yml)', () => {
  it('keeps secrets out of the Slack message even when the health story quotes them', async () => {
    const apiKey = 'echo-me-api-key-4242';
    // A health endpoint that echoes the request's headers into its failing answer's body.
    const echo = await startServer((request, response) => {
      response.writeHead(503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'down', seen: request.headers['x-api-key'] }));
    });
    const slack = await startServer(webhookAnswer('200.ok'));
    const result = await pipeline(
      inputs('v2', slack, {
        'health-url': `${echo.url}/health`,
        'health-headers': `X-Api-Key: ${apiKey}`,
        'health-expect-json': 'seen=ok',
        'rollback-command': '',
        rollback: 'none',
      }),
      [TOKEN, apiKey, `${slack.url}${WEBHOOK_PATH}`],
    );
    expect(result.exitCode).toBe(1);
    expect(echo.requests[0]!.headers['x-api-key']).toBe(apiKey);
    const sent = slack.requests.map((request) => request.body).join('\n');
    expect(sent).not.toContain(apiKey);
    expect(sent).toContain('saw \\"***\\"');
  });

  it('deploys a good release, finds it healthy, and tells Slack', async () => {
    const slack = await startServer(webhookAnswer('200.ok'));
    const result = await pipeline(inputs('v2', slack), [TOKEN, `${slack.url}${WEBHOOK_PATH}`]);
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

  it('rolls a bad release back to the previous one, sees it healthy again, fails with both stories and tells Slack', async () => {
    await fetch(`${service.url}/releases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: '{"version":"v2"}',
    });
    const slack = await startServer(webhookAnswer('200.ok'));
    const result = await pipeline(inputs('v3', slack, { 'slack-mention': 'here' }), [
      TOKEN,
      `${slack.url}${WEBHOOK_PATH}`,
    ]);
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
    const unhealthy = `The release is unhealthy: ${service.url}/health still unhealthy after 2 attempts (max-attempts): HTTP status: expected 200-299, saw 503; status: expected "ok", saw "degraded"; checks.database: expected "ok", saw "timeout".`;
    const rolledBack =
      /Rolled back: the rollback command \(ROLLBACK_TO=v2\) exited with code 0 in [0-9.]+ m?s; the service is healthy again \(1 attempt in [0-9.]+ m?s\)\.$/;
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
    // The timeline, after the verdict and the steps, before the sections: deploy, probes, rollback, re-check, one after the other.
    const timeline =
      /```mermaid\ngantt\n {2}title What happened\n {2}dateFormat x\n {2}axisFormat \S+\n {2}tickInterval \d+\w+\n {2}section Deploy\n {2}Deploy v3 with command done in [\d.]+ m?s :done, 0, (\d+)\n {2}section Health check\n {2}Unhealthy, 2 probes in [\d.]+ m?s, 127\.0\.0\.1\uA789\d+\/health :crit, (\d+), (\d+)\n {2}section Rollback\n {2}Rollback with command done in [\d.]+ m?s :done, (\d+), (\d+)\n {2}section After rollback\n {2}Healthy, 1 probe in [\d.]+ m?s, 127\.0\.0\.1\uA789\d+\/health :done, (\d+), \d+\n```/.exec(
        result.summary,
      );
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
        /title "Latency of each probe in ms, 127\.0\.0\.1:\d+\/health"\n {2}x-axis \["1", "2"\]\n {2}y-axis "ms" 0 --> \d+\n {2}bar \[\d+, \d+\]/g,
      ),
    ).toHaveLength(1);
  });

  it('with fail-on-unhealthy: false and rollback: none, passes with a warning and status unhealthy', async () => {
    const result = await pipeline(
      inputs('v3', undefined, { rollback: 'none', 'rollback-command': '', 'fail-on-unhealthy': 'false' }),
      [TOKEN],
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      status: 'unhealthy',
      healthy: 'false',
      'rolled-back': 'false',
      notified: 'false',
    });
    expect(result.stdout).toMatch(
      /::warning::.*The release is unhealthy.*No rollback is configured \(rollback: none\)\. The step does not fail \(fail-on-unhealthy: false\)\./,
    );
    expect(result.summary).toContain('| Rollback | — none configured |');
    expect(service.history).toEqual(['deploy v1 -> v3']);
  });

  it('fails when the deploy fails: no health check, Slack told why', async () => {
    const slack = await startServer(webhookAnswer('200.ok'));
    const result = await pipeline(inputs('v9', slack), [TOKEN, `${slack.url}${WEBHOOK_PATH}`]);
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'The deploy with command to production failed: The deploy command exited with code 1: deploy refused: HTTP 404 no release v9',
    );
    expect(result.outputs).toMatchObject({
      deployed: 'false',
      skipped: 'false',
      healthy: '',
      status: 'failed',
      notified: 'true',
    });
    expect(result.outputs['reason']).toBe(
      'The deploy command exited with code 1: deploy refused: HTTP 404 no release v9',
    );
    expect(result.stdout).not.toContain('Health check:');
    expect(service.history).toEqual([]);
    const message = slackBody(slack);
    expect(message.text).toBe(':x: *Deploy failed*: acme/shop to production');
    expect(JSON.stringify(message)).toContain('deploy refused: HTTP 404 no release v9');
    expect(result.summary).toMatch(/^## ❌ Deploy failed: acme\/shop to production\n/);
  });

  it('skips cleanly when the deploy token is empty (forks), and tells Slack it skipped', async () => {
    const slack = await startServer(webhookAnswer('200.ok'));
    const result = await pipeline(inputs('v2', slack, { token: '' }), [`${slack.url}${WEBHOOK_PATH}`]);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      deployed: 'false',
      skipped: 'true',
      reason: 'token empty',
      healthy: '',
      status: 'skipped',
      notified: 'true',
    });
    expect(result.stdout).toMatch(/::notice::Skipped the deploy command: input "token" is empty/);
    expect(service.history).toEqual([]);
    expect(slackBody(slack).text).toBe(':fast_forward: *Deploy skipped*: acme/shop to production');
    expect(result.summary).toMatch(/^## ⏭️ Deploy skipped: acme\/shop to production\n/);
  });

  it('skips with nothing else configured: every output, no Slack', async () => {
    const result = await runBundle('pipeline', { inputs: { provider: 'command', command: 'exit 1' } });
    expect(result.exitCode, result.stdout).toBe(0);
    expectAllOutputs(result, 'pipeline');
    expect(result.outputs).toMatchObject({ skipped: 'true', status: 'skipped', notified: 'false', 'slack-ts': '' });
    expect(result.summary).toContain('| Slack | ⏭️ skipped (no slack-webhook-url or slack-bot-token) |');
  });

  it('with a bot token, posts "deploying…" first and updates that message in place with the verdict', async () => {
    const api = await startServer(
      scripted([webApiAnswer('chat.postMessage.ok.bot-with-blocks'), webApiAnswer('chat.update.ok.bot-with-blocks')]),
    );
    const result = await pipeline(
      inputs('v2', undefined, {
        'slack-bot-token': BOT_TOKEN,
        'slack-channel': '#deploys',
        'slack-api-url': `${api.url}/api`,
        'slack-text': 'Shop API',
      }),
      [TOKEN, BOT_TOKEN],
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(api.requests.map((r) => r.url)).toEqual(['/api/chat.postMessage', '/api/chat.update']);
    for (const request of api.requests) expect(request.headers['authorization']).toBe(`Bearer ${BOT_TOKEN}`);
    const start = slackBody(api, 0);
    expect(start).toMatchObject({ channel: '#deploys', text: ':rocket: *Deploying…*: acme/shop to production' });
    expect(JSON.stringify(start)).toContain('Shop API\\nDeploying with command…');
    const update = slackBody(api, 1);
    expect(update).toMatchObject({
      channel: 'C0123456789',
      ts: '1768921234.123459',
      text: ':white_check_mark: *Deploy succeeded*: acme/shop to production',
    });
    expect(JSON.stringify(update)).toMatch(/Shop API\\nDeployed v2 with command/);
    expect(result.outputs).toMatchObject({ notified: 'true', 'slack-ts': '1768921234.123459', status: 'deployed' });
    expect(result.summary).toContain('| Slack | ✅ updated in place in C0123456789 |');
    expect(result.summary).toContain('"Deploying…" posted (ts 1768921234.123459).');
  });

  it('only warns when Slack refuses, unless slack-fail-on-error', async () => {
    const slack = await startServer(webhookAnswer('404.no_service'));
    const warned = await pipeline(inputs('v2', slack), [TOKEN, `${slack.url}${WEBHOOK_PATH}`]);
    expect(warned.exitCode, warned.stdout).toBe(0);
    expect(warned.outputs).toMatchObject({ status: 'deployed', notified: 'false' });
    expect(warned.stdout).toContain(
      '::warning::The Slack message was not sent: Slack refused the message (webhook): no_service (HTTP 404): the webhook is disabled or was removed (app uninstalled or its channel changed): create a new webhook URL and update the secret. The step goes on (slack-fail-on-error: false).',
    );
    expect(warned.summary).toContain('| Slack | ⚠️ not sent: no_service |');

    const failed = await pipeline(inputs('v1', slack, { 'slack-fail-on-error': 'true' }), [
      TOKEN,
      `${slack.url}${WEBHOOK_PATH}`,
    ]);
    expect(failed.exitCode).toBe(1);
    expect(failed.failure).toMatch(
      /^The Slack message was not sent: Slack refused the message \(webhook\): no_service/,
    );
    expect(failed.outputs).toMatchObject({ deployed: 'true', status: 'deployed', notified: 'false' });
  });

  it('names a bad input and does nothing at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-pipeline-'));
    const marker = join(dir, 'deployed');
    const slack = await startServer(webhookAnswer('200.ok'));
    // The Slack inputs come after the bad one, so the webhook is never even read.
    const result = await pipeline(
      inputs('v2', slack, { command: `touch "${marker}"`, 'health-expected-status': '2xx-3xx' }),
      [TOKEN],
    );
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'Invalid "health-expected-status" value "2xx-3xx": expected status codes and ranges such as 200, 200-299, 2xx or 200,204.',
    );
    expect(result.outputs).toMatchObject({
      status: 'failed',
      reason: result.failure,
      deployed: 'false',
      notified: 'false',
    });
    expect(existsSync(marker)).toBe(false);
    expect(slack.requests).toEqual([]);
  });
});
