import { afterEach, describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { closeAllServers, startServer } from '../support/server.js';
import { WEBHOOK_PATH, webhookAnswer, webhookNotifier } from './receiver.js';

// The bundle end to end: dist/slack-notify/index.js on Node 24, posting to a loopback Slack webhook
// receiver (see ./receiver.ts); one message sent, one refused. The scenarios run in-process in
// webhook.test.ts and web-api.test.ts.

afterEach(closeAllServers);

const HOSTILE_COMMIT = '<!channel> "quotes" & \\ `ticks` <https://evil.example|x>\nsecond line <!here>';

const notify = webhookNotifier(runBundle);

describe('slack-notify bundle through an incoming webhook', () => {
  it('posts the run as Block Kit JSON and reports sent', async () => {
    const server = await startServer(webhookAnswer('200.ok'));
    const result = await notify(
      server,
      {
        status: 'success',
        environment: 'production',
        url: 'https://shop.example.com',
        duration: '95s',
        fields: 'Version=v1.4.0',
      },
      { event: { head_commit: { message: HOSTILE_COMMIT } } },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ sent: 'true', skipped: 'false', ts: '', channel: '' });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', url: WEBHOOK_PATH });
    expect(request!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request!.headers['authorization']).toBeUndefined();
    const body = JSON.parse(request!.body) as {
      text: string;
      attachments: Array<{ color: string; blocks: unknown[] }>;
    };
    expect(body.text).toBe(':white_check_mark: *Deploy succeeded*: acme/shop to production');
    expect(body.attachments[0]!.color).toBe('#2EB67D');
    const blocks = JSON.stringify(body.attachments[0]!.blocks);
    for (const field of ['Repository', 'Ref', 'Commit', 'Actor', 'Environment', 'URL', 'Duration', 'Version'])
      expect(blocks).toContain(`*${field}*`);
    // The hostile commit subject arrives escaped: no ping, no forged link.
    expect(blocks).toContain(
      '|8f3c2a1> &lt;!channel&gt; \\"quotes\\" &amp; \\\\ `ticks` &lt;https://evil.example|x&gt;',
    );
    expect(request!.body).not.toMatch(/<!channel>|<!here>|<https:\/\/evil/);
    expect(result.summary).toContain('Slack notification sent through the incoming webhook');
  });

  it('fails the step on 404 no_service with fail-on-error: true', async () => {
    const server = await startServer(webhookAnswer('404.no_service'));
    const result = await notify(server, { 'fail-on-error': 'true' });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      /^Slack refused the message \(webhook\): no_service \(HTTP 404\): the webhook is disabled/,
    );
    expect(result.outputs).toMatchObject({ sent: 'false', skipped: 'false' });
  });
});
