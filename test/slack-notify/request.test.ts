import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/lib/http.js';
import type { SlackConfig } from '../../src/slack-notify/config.js';
import { explainSlackError } from '../../src/slack-notify/explain.js';
import {
  buildRequest,
  describeOutcome,
  interpretAnswer,
  mentionReply,
  unanswered,
} from '../../src/slack-notify/request.js';
import { sendSlack } from '../../src/slack-notify/send.js';
import { fixture as recordedFixture } from '../support/fixtures.js';
import { fixture } from './receiver.js';

const message: SlackConfig['message'] = {
  status: 'started',
  fields: [],
  mentions: [],
  run: {
    serverUrl: 'https://github.com',
    repository: 'acme/shop',
    sha: '',
    shortSha: '',
    refName: 'main',
    actor: 'octocat',
    runUrl: '',
    workflow: '',
    job: '',
  },
};
const api = {
  kind: 'web-api',
  token: 'xoxb-unit-token',
  apiUrl: 'https://slack.com/api',
  channel: 'C0123456789',
} as const;
const answer = (status: number, body: string) => ({ status, headers: {}, body, attempts: 1 });

describe('buildRequest', () => {
  it('posts a webhook body as JSON with thread_ts, without auth', () => {
    const request = buildRequest(
      { message },
      { kind: 'webhook', webhookUrl: 'https://hooks.slack.com/services/T/B/x', threadTs: '1.2' },
    );
    expect(request).toMatchObject({
      via: 'webhook',
      url: 'https://hooks.slack.com/services/T/B/x',
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(JSON.parse(request.body)).toMatchObject({
      thread_ts: '1.2',
      text: expect.stringContaining('Deploy started'),
    });
  });

  it('posts, replies and updates through the Web API with a Bearer token', () => {
    const post = buildRequest({ message }, api);
    expect(post).toMatchObject({
      via: 'chat.postMessage',
      url: 'https://slack.com/api/chat.postMessage',
      headers: { authorization: 'Bearer xoxb-unit-token' },
    });
    expect(JSON.parse(post.body)).toMatchObject({
      channel: 'C0123456789',
      attachments: [expect.objectContaining({ color: '#1D9BD1' })],
    });
    expect(JSON.parse(buildRequest({ message }, { ...api, threadTs: '1.2' }).body)).toMatchObject({ thread_ts: '1.2' });
    const update = buildRequest(
      { message, payload: { text: 'raw', thread_ts: '9.9', channel: 'C0OTHER' } },
      { ...api, updateTs: '1.3' },
    );
    expect(update.url).toBe('https://slack.com/api/chat.update');
    expect(JSON.parse(update.body)).toEqual({ text: 'raw', channel: 'C0123456789', ts: '1.3' });
  });
});

describe('mentionReply', () => {
  it('pings in the thread only when a failure updates a message and there are mentions', () => {
    const failure = { ...message, status: 'failure' as const, mentions: ['<!here>'] };
    const reply = mentionReply({ message: failure }, { ...api, updateTs: '1.3' });
    expect(reply?.url).toBe('https://slack.com/api/chat.postMessage');
    expect(JSON.parse(reply!.body)).toEqual({
      channel: 'C0123456789',
      thread_ts: '1.3',
      text: '<!here> :x: *Deploy failed*: acme/shop',
    });
    expect(mentionReply({ message: failure }, api)).toBeUndefined();
    expect(mentionReply({ message: { ...failure, status: 'success' } }, { ...api, updateTs: '1.3' })).toBeUndefined();
    expect(mentionReply({ message: { ...failure, mentions: [] } }, { ...api, updateTs: '1.3' })).toBeUndefined();
    expect(mentionReply({ message: failure, payload: { text: 'x' } }, { ...api, updateTs: '1.3' })).toBeUndefined();
  });
});

describe('interpretAnswer (recorded Slack answers)', () => {
  it('takes a webhook 200 "ok" as sent, and any other answer as its plain-text code', () => {
    expect(interpretAnswer('webhook', answer(200, fixture('webhook/200.ok.txt')))).toMatchObject({ sent: true });
    for (const file of readdirSync(recordedFixture('slack', 'webhook')).filter(
      (f) => f.endsWith('.txt') && !f.startsWith('200'),
    )) {
      const [status, code] = file.split('.');
      const outcome = interpretAnswer('webhook', answer(Number(status), fixture(`webhook/${file}`)));
      expect(outcome).toMatchObject({ sent: false, error: code, httpStatus: Number(status) });
      expect(outcome.explanation, `an explanation for ${code}`).toBeTruthy();
    }
    expect(interpretAnswer('webhook', answer(502, '<html>Bad gateway</html>'))).toMatchObject({ error: 'HTTP_502' });
  });

  it('reads ts and channel of Web API successes', () => {
    expect(
      interpretAnswer('chat.postMessage', answer(200, fixture('web-api/chat.postMessage.ok.bot-with-blocks.json'))),
    ).toMatchObject({
      sent: true,
      ts: '1768921234.123459',
      channel: 'C0123456789',
    });
    expect(
      interpretAnswer('chat.update', answer(200, fixture('web-api/chat.update.ok.spec-example.json'))),
    ).toMatchObject({ sent: true, ts: '1401383885.000061', channel: 'C024BE91L' });
  });

  it('reads the error of every recorded ok:false answer (HTTP 200) and explains the common ones', () => {
    for (const file of readdirSync(recordedFixture('slack', 'web-api')).filter((f) => f.includes('.error.'))) {
      const code = (JSON.parse(fixture(`web-api/${file}`)) as { error: string }).error;
      const outcome = interpretAnswer(
        file.startsWith('chat.update') ? 'chat.update' : 'chat.postMessage',
        answer(200, fixture(`web-api/${file}`)),
      );
      expect(outcome).toMatchObject({ sent: false, error: code, httpStatus: 200 });
      expect(outcome.explanation, `an explanation for ${code}`).toBeTruthy();
    }
    expect(
      interpretAnswer('chat.postMessage', answer(200, fixture('web-api/chat.postMessage.error.missing_scope.json')))
        .explanation,
    ).toContain('chat:write');
    expect(
      interpretAnswer('chat.postMessage', answer(429, fixture('web-api/http429.ratelimited.body.json')), 30_000),
    ).toMatchObject({ error: 'ratelimited', retryAfterMs: 30_000 });
    expect(interpretAnswer('chat.postMessage', answer(503, 'upstream down'))).toMatchObject({ error: 'HTTP_503' });
  });
});

describe('describeOutcome', () => {
  it('says what Slack answered, and what to do', () => {
    const dead = interpretAnswer('webhook', answer(404, 'no_service'));
    expect(describeOutcome(dead)).toBe(
      'Slack refused the message (webhook): no_service (HTTP 404): ' +
        'the webhook is disabled or was removed (app uninstalled or its channel changed): ' +
        'create a new webhook URL and update the secret.',
    );
    expect(describeOutcome({ ...interpretAnswer('webhook', answer(500, 'rollup_error')), attempts: 3 })).toBe(
      'Slack refused the message (webhook, after 3 attempts): rollup_error (HTTP 500): Slack had an internal error.',
    );
    expect(describeOutcome(unanswered('webhook', 'TIMEOUT', 1, 1500))).toBe(
      'No answer from Slack (webhook): no complete answer within 1.5 s after the request was sent, ' +
        'so Slack may have posted it; not sent again, to avoid a duplicate (TIMEOUT).',
    );
    expect(describeOutcome(unanswered('webhook', 'ECONNREFUSED', 4, 1500))).toBe(
      'Could not reach Slack (webhook, after 4 attempts): connection refused (ECONNREFUSED).',
    );
    expect(unanswered('chat.postMessage', 'UND_ERR_SOCKET', 1, 1500)).toMatchObject({ maybeDelivered: true });
    expect(explainSlackError('something_new')).toBeUndefined();
  });

  it("adds the HTTP client's words only where its own explanation is generic", () => {
    expect(describeOutcome(unanswered('webhook', 'UND_ERR_SOCKET', 1, 1500, 'other side closed'))).toMatch(
      /^No answer from Slack \(webhook\): the connection broke .* \(UND_ERR_SOCKET: other side closed\)\.$/,
    );
    expect(unanswered('webhook', 'ECONNREFUSED', 1, 1500, 'connect ECONNREFUSED 127.0.0.1:9').detail).toBeUndefined();
    expect(unanswered('webhook', 'TIMEOUT', 1, 1500, 'no complete answer within 1500 ms').detail).toBeUndefined();
  });
});

describe('sendSlack', () => {
  const webhookUrl = 'https://hooks.slack.com/services/T0/B0/sendSecretPath';
  const config: SlackConfig = {
    destination: { kind: 'webhook', webhookUrl },
    message,
    failOnError: false,
    retries: 0,
    timeoutMs: 1000,
    notes: [],
  };

  it('keeps what the HTTP client said of a failure, without the URL', async () => {
    const http = () =>
      Promise.reject(new HttpError(`${webhookUrl}: other side closed (UND_ERR_SOCKET)`, 'UND_ERR_SOCKET', 1));
    const outcome = await sendSlack(config, { http, sleep: async () => {} });
    expect(outcome).toMatchObject({ sent: false, error: 'UND_ERR_SOCKET', detail: 'other side closed' });
    expect(JSON.stringify(outcome)).not.toContain('sendSecretPath');
  });

  it('drops a message of another shape, which may hold the URL anywhere', async () => {
    const http = () => Promise.reject(new HttpError(`failed for ${webhookUrl}`, 'UND_ERR_SOCKET', 1));
    const outcome = await sendSlack(config, { http, sleep: async () => {} });
    expect(outcome.detail).toBeUndefined();
    expect(JSON.stringify(outcome)).not.toContain('sendSecretPath');
  });
});
