import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectAllOutputs } from '../support/metadata.js';
import { scripted, startServer } from '../support/server.js';
import { WEBHOOK_PATH, webApiAnswer, webhookAnswer } from '../slack-notify/receiver.js';
import { BOT_TOKEN, inputs, pipeline, service, slackBody, TOKEN, useSampleService } from './harness.js';

/** The pipeline's scenarios, run in-process (see harness.ts); pipeline.bundle.test.ts runs the bundle. */

useSampleService();

describe('pipeline (root action.yml)', () => {
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
      new RegExp(
        /::warning::.*The release is unhealthy.*No rollback is configured \(rollback: none\)\. /.source +
          /The step does not fail \(fail-on-unhealthy: false\)\./.source,
      ),
    );
    expect(result.summary).toContain('| Rollback | — none configured |');
    expect(service.history).toEqual(['deploy v1 -> v3']);
  });

  it('fails when the deploy fails: no health check, Slack told why', async () => {
    const slack = await startServer(webhookAnswer('200.ok'));
    const result = await pipeline(inputs('v9', slack), [TOKEN, `${slack.url}${WEBHOOK_PATH}`]);
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'The deploy with command to production failed: ' +
        'The deploy command exited with code 1: deploy refused: HTTP 404 no release v9',
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
    const result = await runInProcess('pipeline', { inputs: { provider: 'command', command: 'exit 1' } });
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
      '::warning::The Slack message was not sent: Slack refused the message (webhook): no_service (HTTP 404): ' +
        'the webhook is disabled or was removed (app uninstalled or its channel changed): ' +
        'create a new webhook URL and update the secret. The step goes on (slack-fail-on-error: false).',
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
    const invalid = 'Invalid "health-expected-status" value "2xx-3xx": ';
    expect(result.failure).toBe(`${invalid}expected status codes and ranges such as 200, 200-299, 2xx or 200,204.`);
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
