import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { closeAllServers, hang, reset, scripted, startServer } from '../support/server.js';
import { rateLimited, WEBHOOK_PATH, webhookAnswer, webhookNotifier } from './receiver.js';

// The action in-process (slack-notify.bundle.test.ts runs the bundle itself), posting to a loopback
// Slack webhook receiver that replays the recorded answers in test/fixtures/slack/webhook (see ./receiver.ts).

afterEach(closeAllServers);

const notify = webhookNotifier(runInProcess);

describe('slack-notify through an incoming webhook', () => {
  it('sends a raw YAML payload as written, with thread-ts', async () => {
    const server = await startServer(webhookAnswer('200.ok'));
    const payload =
      'text: "Release *v2* is out"\nblocks:\n  - type: section\n    text: { type: mrkdwn, text: "Release *v2*" }\n';
    const result = await notify(server, { payload, 'thread-ts': '1503435956.000247' });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      text: 'Release *v2* is out',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Release *v2*' } }],
      thread_ts: '1503435956.000247',
    });
  });

  it('warns with what Slack answered (400 invalid_payload) and does not retry a 4xx', async () => {
    const server = await startServer(webhookAnswer('400.invalid_payload'));
    const result = await notify(server);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['sent']).toBe('false');
    expect(server.requests).toHaveLength(1);
    expect(result.stdout).toMatch(
      new RegExp(
        /::warning::Slack refused the message \(webhook\): invalid_payload /.source +
          /\(HTTP 400\): Slack could not read the message/.source,
      ),
    );
    expect(result.summary).toContain('Slack notification failed');
  });

  it('warns on 404 no_service (webhook revoked) and goes on', async () => {
    const server = await startServer(webhookAnswer('404.no_service'));
    const result = await notify(server, { status: 'failure' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /::warning::.*no_service \(HTTP 404\): the webhook is disabled or was removed.*fail-on-error: false/,
    );
  });

  it('retries a 429 after Retry-After, then sends', async () => {
    const server = await startServer(scripted([rateLimited(1), webhookAnswer('200.ok')]));
    const result = await notify(server);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['sent']).toBe('true');
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(900);
    expect(result.stdout).toContain('Slack (webhook): HTTP 429; retrying in 1 s (attempt 2 of 4).');
    expect(server.requests[1]!.body).toBe(server.requests[0]!.body);
  });

  it('retries a 500, then sends', async () => {
    const server = await startServer(scripted([webhookAnswer('500.rollup_error'), webhookAnswer('200.ok')]));
    const result = await notify(server);
    expect(result.outputs['sent']).toBe('true');
    expect(server.requests).toHaveLength(2);
  });

  it('gives up on a persistent 500 after the retries it was given', async () => {
    const server = await startServer(webhookAnswer('500.rollup_error'));
    const result = await notify(server, { retries: '2' });
    expect(result.exitCode).toBe(0);
    expect(server.requests).toHaveLength(3);
    expect(result.stdout).toMatch(
      new RegExp(
        /::warning::Slack refused the message \(webhook, after 3 attempts\): /.source +
          /rollup_error \(HTTP 500\): Slack had an internal error\./.source,
      ),
    );
  });

  // Issue 12, finding 6: the server has read the whole request before it hangs or resets, so Slack
  // may have posted it; a second POST would post a second message.
  it('ends a hang at the timeout, and does not post again: Slack may have the message', async () => {
    const server = await startServer(hang);
    const result = await notify(server, { timeout: '1s', retries: '3', 'fail-on-error': 'true' });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'No answer from Slack (webhook): no complete answer within 1 s after the request was sent, ' +
        'so Slack may have posted it; not sent again, to avoid a duplicate (TIMEOUT).',
    );
    expect(server.requests).toHaveLength(1);
    expect(result.summary).toContain('Slack notification failed (1 attempt).');
    expect(result.durationMs).toBeLessThan(20_000);
  });

  it('does not post again after a reset that came once the request was read', async () => {
    const server = await startServer(reset);
    const result = await notify(server, { retries: '3' });
    expect(result.exitCode).toBe(0);
    expect(server.requests).toHaveLength(1);
    expect(result.outputs['sent']).toBe('false');
    expect(result.stdout).toMatch(
      new RegExp(
        /::warning::No answer from Slack \(webhook\): the connection broke before an answer /.source +
          /after the request was sent, so Slack may have posted it/.source,
      ),
    );
    expect(result.summary).toContain('Slack notification failed (1 attempt).');
  });

  it('counts the attempts in the summary when a retry got the message through', async () => {
    const server = await startServer(scripted([webhookAnswer('500.rollup_error'), webhookAnswer('200.ok')]));
    const result = await notify(server, { retries: '2' });
    expect(result.outputs['sent']).toBe('true');
    expect(server.requests).toHaveLength(2);
    expect(result.summary).toContain('Slack notification sent through the incoming webhook; 2 attempts.');
  });

  it('warns when nothing listens (connection refused), after retrying: the request never left', async () => {
    const server = await startServer(hang);
    const webhookUrl = `${server.url}${WEBHOOK_PATH}`;
    await server.close();
    const result = await runInProcess('slack-notify', { inputs: { 'webhook-url': webhookUrl, retries: '1' } });
    expectNoSecretLeak(result, [webhookUrl]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /::warning::Could not reach Slack \(webhook, after 2 attempts\): connection refused \(ECONNREFUSED\)/,
    );
    expect(result.summary).toContain('Slack notification failed (2 attempts).');
  });
});
