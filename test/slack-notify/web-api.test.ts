import { afterEach, describe, expect, it } from 'vitest';
import type { BundleRun } from '../support/bundle.js';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, type LoopbackServer, scripted, sendJson, startServer } from '../support/server.js';
import { fixture, rateLimited, webApiAnswer } from './receiver.js';

// The action in-process against a loopback Slack Web API that replays the recorded answers in
// test/fixtures/slack/web-api (HTTP 200 with ok:true/false; 429 with Retry-After).

afterEach(closeAllServers);

const TOKEN = 'xoxb-1234-5678-DeployKitBotTokenSecret';

async function notify(server: LoopbackServer, inputs: Record<string, string> = {}, run: BundleRun = {}) {
  const result = await runInProcess('slack-notify', {
    ...run,
    inputs: { 'bot-token': TOKEN, 'api-url': `${server.url}/api`, ...inputs },
  });
  expectNoSecretLeak(result, [TOKEN]);
  expectAllOutputs(result, 'slack-notify');
  return result;
}

function body(server: LoopbackServer, index = 0): Record<string, unknown> {
  return JSON.parse(server.requests[index]!.body) as Record<string, unknown>;
}

describe('slack-notify through the Web API (bot token)', () => {
  it('posts with chat.postMessage and outputs the ts and channel Slack gives', async () => {
    const server = await startServer(webApiAnswer('chat.postMessage.ok.bot-with-blocks'));
    const result = await notify(server, { channel: '#deploys', status: 'started', environment: 'production' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ sent: 'true', skipped: 'false', ts: '1768921234.123459', channel: 'C0123456789' });
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/api/chat.postMessage' });
    expect(request!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    expect(request!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(body(server)).toMatchObject({
      channel: '#deploys',
      text: ':rocket: *Deploy started*: acme/shop to production',
      attachments: [{ color: '#1D9BD1' }],
    });
    expect(result.summary).toContain('Slack notification sent to C0123456789 (ts 1768921234.123459)');
  });

  it('updates a message in place with chat.update (update-ts), duration since it was posted', async () => {
    const server = await startServer(webApiAnswer('chat.update.ok.spec-example'));
    const postedTs = `${Math.floor(Date.now() / 1000) - 125}.000200`;
    const result = await notify(server, {
      channel: 'C024BE91L',
      'update-ts': postedTs,
      status: 'success',
      mention: 'here',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ sent: 'true', ts: '1401383885.000061', channel: 'C024BE91L' });
    expect(server.requests.map((r) => r.url)).toEqual(['/api/chat.update']);
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
    const sent = body(server);
    expect(sent).toMatchObject({
      channel: 'C024BE91L',
      ts: postedTs,
      text: ':white_check_mark: *Deploy succeeded*: acme/shop',
      attachments: [{ color: '#2EB67D' }],
    });
    expect(JSON.stringify(sent)).toMatch(/\*Duration\*\\n2 min [0-9]+ s/);
    expect(result.summary).toContain('Slack notification updated');
  });

  it('updates a message to failure and pings the mentions in its thread (edits do not notify)', async () => {
    const server = await startServer(
      scripted([webApiAnswer('chat.update.ok.spec-example'), webApiAnswer('chat.postMessage.ok.spec-example')]),
    );
    const result = await notify(server, {
      channel: 'C024BE91L',
      'update-ts': '1401383885.000061',
      status: 'failure',
      mention: 'here, S0ONCALL1',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ sent: 'true', ts: '1401383885.000061', channel: 'C024BE91L' });
    expect(server.requests.map((r) => r.url)).toEqual(['/api/chat.update', '/api/chat.postMessage']);
    expect(body(server, 0)).toMatchObject({
      text: '<!here> <!subteam^S0ONCALL1> :x: *Deploy failed*: acme/shop',
      attachments: [{ color: '#E01E5A' }],
    });
    expect(body(server, 1)).toEqual({
      channel: 'C024BE91L',
      thread_ts: '1401383885.000061',
      text: '<!here> <!subteam^S0ONCALL1> :x: *Deploy failed*: acme/shop',
    });
  });

  it('replies in a thread (thread-ts), without mentions unless it failed', async () => {
    const server = await startServer(webApiAnswer('chat.postMessage.ok.spec-example'));
    const result = await notify(server, {
      channel: 'C0123456789',
      'thread-ts': '1768921234.123459',
      mention: 'here',
      text: 'Smoke tests passed',
    });
    expect(result.exitCode).toBe(0);
    expect(server.requests[0]!.url).toBe('/api/chat.postMessage');
    expect(body(server)).toMatchObject({ channel: 'C0123456789', thread_ts: '1768921234.123459' });
    expect(server.requests[0]!.body).not.toContain('<!here>');
  });

  it('merges channel and ts into a raw JSON payload', async () => {
    const server = await startServer(webApiAnswer('chat.update.ok.spec-example'));
    const payload = '{"text": "Deployed v2", "blocks": [{"type": "divider"}]}';
    const result = await notify(server, { channel: 'C024BE91L', 'update-ts': '1401383885.000061', payload });
    expect(result.exitCode).toBe(0);
    expect(body(server)).toEqual({
      text: 'Deployed v2',
      blocks: [{ type: 'divider' }],
      channel: 'C024BE91L',
      ts: '1401383885.000061',
    });
  });

  it.each([
    [
      'not_in_channel',
      'chat.postMessage.error.not_in_channel',
      /not_in_channel \(HTTP 200\): the bot is not a member of the channel: invite it/,
    ],
    [
      'invalid_auth',
      'chat.postMessage.error.invalid_auth',
      /invalid_auth \(HTTP 200\): bot-token is not a valid token/,
    ],
    [
      'channel_not_found',
      'chat.postMessage.error.channel_not_found',
      /channel_not_found \(HTTP 200\): no such channel for this token/,
    ],
  ])('warns on ok:false %s with its explanation, without retrying', async (_code, file, message) => {
    const server = await startServer(webApiAnswer(file));
    const result = await notify(server, { channel: 'C0123456789' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ sent: 'false', ts: '', channel: '' });
    expect(server.requests).toHaveLength(1);
    expect(result.stdout).toMatch(
      new RegExp(`::warning::Slack refused the message \\(chat.postMessage\\): ${message.source}`),
    );
  });

  it('fails on chat.update cant_update_message with fail-on-error: true', async () => {
    const server = await startServer(webApiAnswer('chat.update.error.cant_update_message.spec-example'));
    const result = await notify(server, {
      channel: 'C024BE91L',
      'update-ts': '1401383885.000061',
      'fail-on-error': 'true',
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      new RegExp(
        /^Slack refused the message \(chat.update\): cant_update_message \(HTTP 200\): /.source +
          /a bot can only update its own messages/.source,
      ),
    );
  });

  it('retries HTTP 429 after Retry-After, and the HTTP-200 rate_limited answer too', async () => {
    const rateLimitedOk = (_q: unknown, response: Parameters<typeof sendJson>[0]) =>
      sendJson(response, 200, { ok: false, error: 'rate_limited' }, { 'retry-after': '1' });
    const server = await startServer(
      scripted([rateLimited(1), rateLimitedOk, webApiAnswer('chat.postMessage.ok.bot-with-blocks')]),
    );
    const result = await notify(server, { channel: 'C0123456789' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['ts']).toBe('1768921234.123459');
    expect(server.requests).toHaveLength(3);
    expect(result.stdout).toContain('Slack (chat.postMessage): HTTP 429; retrying in 1 s (attempt 2 of 4).');
    expect(result.stdout).toContain('Slack (chat.postMessage): rate_limited; retrying in 1 s (attempt 3 of 4).');
    expect(fixture('web-api/http429.ratelimited.body.json')).toContain('ratelimited');
  });

  it('prefers the bot token when a webhook URL is also given, and says so', async () => {
    const server = await startServer(webApiAnswer('chat.postMessage.ok.bot-with-blocks'));
    const webhookUrl = `${server.url}/services/T0AAAA/B0BBBB/IgnoredWebhookSecret`;
    const result = await notify(server, { channel: 'C0123456789', 'webhook-url': webhookUrl });
    expectNoSecretLeak(result, [TOKEN, webhookUrl]);
    expect(server.requests.map((r) => r.url)).toEqual(['/api/chat.postMessage']);
    expect(result.stdout).toContain(
      'Both bot-token and webhook-url are set: posting with bot-token; webhook-url is ignored.',
    );
  });
});

describe('slack-notify gate and bad inputs', () => {
  it('skips cleanly when neither webhook-url nor bot-token is given', async () => {
    const result = await runInProcess('slack-notify', { inputs: { channel: 'C0123456789', status: 'failure' } });
    expectAllOutputs(result, 'slack-notify');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ sent: 'false', skipped: 'true', ts: '', channel: '' });
    expect(result.stdout).toMatch(/::notice::Skipped the Slack notification .*forks/);
    expect(result.summary).toContain('Slack notification skipped');
  });

  // Each row is also in the README's "Bad inputs" table.
  it.each([
    [
      'bot-token without channel',
      { 'bot-token': TOKEN },
      'Input "channel" is required with "bot-token": give a channel ID such as C0123456789.',
    ],
    [
      'require-token with no secret',
      { 'require-token': 'true' },
      /^Input "webhook-url" is empty but required \(require-token: true\)/,
    ],
    [
      'a YAML payload with a syntax error',
      { 'bot-token': TOKEN, channel: 'C1', payload: 'text: hi\nblocks: [\n' },
      /^Invalid "payload": not valid YAML: Flow sequence .* at line 2, column 10\.$/,
    ],
    [
      'a payload that is a list',
      { 'bot-token': TOKEN, channel: 'C1', payload: '[1, 2]' },
      'Invalid "payload": expected a JSON object or a YAML mapping with text, blocks or attachments, got a list.',
    ],
    [
      'update-ts with a webhook',
      {
        'webhook-url': 'https://hooks.slack.com/services/T0/B0/BadInputWebhookSecret',
        'update-ts': '1503435956.000247',
      },
      'Input "update-ts" needs bot-token: an incoming webhook cannot edit a message it posted.',
    ],
    [
      'a webhook-url that is not a URL',
      { 'webhook-url': 'hooks.slack.com/services/T0/B0/BadInputWebhookSecret' },
      'Input "webhook-url" is not an http(s) URL (its value is not shown: it is a secret).',
    ],
    [
      'an unknown status',
      { 'bot-token': TOKEN, channel: 'C1', status: 'succeeded' },
      'Invalid "status" value "succeeded": ' +
        'valid values are "success", "failure", "cancelled", "started" and "skipped".',
    ],
    [
      'a mention by user name',
      { 'bot-token': TOKEN, channel: 'C1', mention: '@alice' },
      /^Invalid "mention" value "@alice": expected here, channel, everyone, a member ID/,
    ],
  ])('fails on %s with one sentence naming the input', async (_what, inputs, failure) => {
    const result = await runInProcess('slack-notify', { inputs });
    const secrets = [
      TOKEN,
      'https://hooks.slack.com/services/T0/B0/BadInputWebhookSecret',
      'hooks.slack.com/services/T0/B0/BadInputWebhookSecret',
    ];
    expectNoSecretLeak(
      result,
      secrets.filter((s) => Object.values(inputs).includes(s)),
    );
    expectAllOutputs(result, 'slack-notify');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual({ sent: 'false', skipped: 'false', ts: '', channel: '' });
    if (typeof failure === 'string') expect(result.failure).toBe(failure);
    else expect(result.failure).toMatch(failure);
  });
});
