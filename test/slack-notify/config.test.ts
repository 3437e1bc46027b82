import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/lib/context.js';
import { ConfigError } from '../../src/lib/errors.js';
import { Inputs } from '../../src/lib/inputs.js';
import { Secrets } from '../../src/lib/secrets.js';
import { readConfig } from '../../src/slack-notify/config.js';
import { parseMentions } from '../../src/slack-notify/mentions.js';
import { parsePayload } from '../../src/slack-notify/payload.js';
import { configContext } from '../support/context.js';
import { expectReadsDeclaredInputs } from '../support/metadata.js';
import { parse as parseYaml } from 'yaml';

const WEBHOOK = 'https://hooks.slack.com/services/T0AAAA/B0BBBB/unitWebhookSecret';
const TOKEN = 'xoxb-unit-test-token-1234';
const run = readRunContext({
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: 'abcdef0123456789',
  GITHUB_REF_NAME: 'main',
  GITHUB_RUN_ID: '7',
});

function read(values: Record<string, string>, now?: number) {
  const secrets = new Secrets();
  const inputs = new Inputs((name) => values[name] ?? '', secrets);
  return {
    config: readConfig(inputs, configContext({ run, secrets, ...(now === undefined ? {} : { now }) })),
    secrets,
  };
}

describe('readConfig', () => {
  it('reads exactly the inputs action.yml declares', () => {
    expectReadsDeclaredInputs(
      'slack-notify',
      // readConfig reads every input before its one await; the rejection of an invalid scenario is expected.
      (inputs) => void readConfig(inputs, configContext({ run })).catch(() => undefined),
      [{}, { 'webhook-url': WEBHOOK }, { 'bot-token': TOKEN, channel: 'C1' }],
    );
  });

  it('skips when neither secret is given, whatever else is set', async () => {
    const { config } = read({ channel: 'C1', 'update-ts': '1503435956.000247', status: 'failure' });
    const { destination } = await config;
    expect(destination.kind).toBe('skip');
    if (destination.kind === 'skip') expect(destination.notice).toMatch(/webhook-url.*forks/s);
  });

  it('fails instead of skipping with require-token: true', async () => {
    await expect(read({ 'require-token': 'true' }).config).rejects.toThrow(/"webhook-url" is empty but required/);
  });

  it('masks both secrets as it reads them', async () => {
    const { config, secrets } = read({ 'webhook-url': WEBHOOK, 'bot-token': TOKEN, channel: 'C1' });
    await config;
    expect(secrets.values).toEqual(expect.arrayContaining([WEBHOOK, TOKEN]));
  });

  it("masks a webhook URL's path on its own, as errors name it without the rest", async () => {
    const { config, secrets } = read({ 'webhook-url': WEBHOOK });
    await config;
    expect(
      secrets.redact('https://hooks.slack.com/services/T0AAAA/B0BBBB/unitWebhookSecret: connect ECONNREFUSED'),
    ).toBe('***: connect ECONNREFUSED');
    expect(secrets.redact('POST /services/T0AAAA/B0BBBB/unitWebhookSecret failed')).toBe('POST *** failed');
  });

  it('does not mask a path too short to be a secret (the URL still is): the job keeps its slashes', async () => {
    const url = 'https://relay.example/?key=relaySecretKey123';
    const { config, secrets } = read({ 'webhook-url': url });
    await config;
    expect(secrets.values).toContain(url);
    expect(secrets.redact('a/b/c failed for ' + url)).toBe('a/b/c failed for ***');
  });

  it('uses the webhook, with thread-ts', async () => {
    const { destination, message } = await read({
      'webhook-url': WEBHOOK,
      'thread-ts': '1503435956.000247',
      status: 'Failure',
    }).config;
    expect(destination).toEqual({ kind: 'webhook', webhookUrl: WEBHOOK, threadTs: '1503435956.000247' });
    expect(message.status).toBe('failure');
  });

  it('prefers bot-token over webhook-url and says so', async () => {
    const config = await read({
      'webhook-url': WEBHOOK,
      'bot-token': TOKEN,
      channel: 'C1',
      'api-url': 'http://127.0.0.1:1/api/',
    }).config;
    expect(config.destination).toMatchObject({
      kind: 'web-api',
      token: TOKEN,
      channel: 'C1',
      apiUrl: 'http://127.0.0.1:1/api',
    });
    expect(config.notes.join()).toMatch(/webhook-url is ignored/);
  });

  it('takes the channel from the payload when the input is empty', async () => {
    const config = await read({ 'bot-token': TOKEN, payload: 'channel: C0FROMPAYLOAD\ntext: hi' }).config;
    expect(config.destination).toMatchObject({ channel: 'C0FROMPAYLOAD' });
    expect(config.payload).toEqual({ channel: 'C0FROMPAYLOAD', text: 'hi' });
  });

  it('derives the duration of an update from its ts, unless duration is given', async () => {
    const now = 1_503_436_051_000; // 95 s after the ts
    const config = await read({ 'bot-token': TOKEN, channel: 'C1', 'update-ts': '1503435956.000247' }, now).config;
    expect(config.message.durationMs).toBeCloseTo(95_000, -1);
    const given = await read(
      { 'bot-token': TOKEN, channel: 'C1', 'update-ts': '1503435956.000247', duration: '1500ms' },
      now,
    ).config;
    expect(given.message.durationMs).toBe(1500);
  });

  it('reads duration, fields, mentions and defaults', async () => {
    const config = await read({
      'webhook-url': WEBHOOK,
      duration: '2m',
      fields: 'Version=v1\nRegion = eu',
      mention: 'here, U0123ABCD',
    }).config;
    expect(config.message).toMatchObject({
      status: 'success',
      durationMs: 120_000,
      fields: [
        ['Version', 'v1'],
        ['Region', 'eu'],
      ],
      mentions: ['<!here>', '<@U0123ABCD>'],
    });
    expect(config).toMatchObject({ failOnError: false, retries: 3, timeoutMs: 10_000 });
  });

  const bad: Array<[string, Record<string, string>, RegExp | string]> = [
    ['bot-token without channel', { 'bot-token': TOKEN }, /Input "channel" is required with "bot-token"/],
    [
      'update-ts without channel',
      { 'bot-token': TOKEN, 'update-ts': '1503435956.000247' },
      /"channel" is required.*channel output/,
    ],
    [
      'update-ts with a webhook',
      { 'webhook-url': WEBHOOK, 'update-ts': '1503435956.000247' },
      /"update-ts" needs bot-token/,
    ],
    [
      'update-ts and thread-ts',
      { 'bot-token': TOKEN, channel: 'C1', 'update-ts': '1503435956.000247', 'thread-ts': '1503435956.000248' },
      /Only one of "update-ts" or "thread-ts"/,
    ],
    [
      'a malformed ts',
      { 'bot-token': TOKEN, channel: 'C1', 'thread-ts': 'yesterday' },
      /Invalid "thread-ts" value "yesterday"/,
    ],
    [
      'an unknown status',
      { 'webhook-url': WEBHOOK, status: 'ok' },
      /Invalid "status" value "ok": valid values are "success", "failure", "cancelled", "started" and "skipped"/,
    ],
    [
      'a webhook that is not a URL',
      { 'webhook-url': 'hooks.slack.com/services/T/B/notAUrlSecret' },
      /"webhook-url" is not an http\(s\) URL \(its value is not shown/,
    ],
    ['a token as webhook', { 'webhook-url': 'xoxb-pasted-in-wrong-input' }, /looks like a token: pass it as bot-token/],
    ['a URL as bot-token', { 'bot-token': WEBHOOK, channel: 'C1' }, /"bot-token" holds a URL/],
    [
      'a bad url',
      { 'webhook-url': WEBHOOK, url: 'shop.example.com' },
      /Invalid "url" value "shop.example.com": expected an http/,
    ],
    ['a bad field line', { 'webhook-url': WEBHOOK, fields: 'just text' }, /Invalid "fields" value "just text"/],
    ['a mention by name', { 'webhook-url': WEBHOOK, mention: '@alice' }, /Invalid "mention" value "@alice".*member ID/],
    [
      'retries out of range',
      { 'webhook-url': WEBHOOK, retries: '50' },
      /Invalid "retries" value "50": must be at most 10/,
    ],
    ['a bad timeout', { 'webhook-url': WEBHOOK, timeout: 'soon' }, /Invalid "timeout" value "soon"/],
    ['a bad boolean', { 'webhook-url': WEBHOOK, 'fail-on-error': 'yes' }, /Invalid "fail-on-error" value "yes"/],
    [
      'a payload that is not JSON',
      { 'webhook-url': WEBHOOK, payload: '{"text": "hi",}' },
      'Invalid "payload": not valid JSON: ' +
        'Expected double-quoted property name in JSON at position 14 (line 1 column 15).',
    ],
  ];
  it.each(bad)('rejects %s, naming the input', async (_what, values, message) => {
    const error = await read(values).config.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('unitWebhookSecret');
  });
});

describe('parsePayload', () => {
  it('reads JSON objects and YAML mappings', () => {
    expect(parsePayload('{"text": "hi", "blocks": []}', parseYaml)).toEqual({ text: 'hi', blocks: [] });
    expect(parsePayload('text: "hi: there"\nblocks:\n  - type: divider\n', parseYaml)).toEqual({
      text: 'hi: there',
      blocks: [{ type: 'divider' }],
    });
  });
  it('names the line of a parse error', () => {
    expect(() => parsePayload('{\n  "text": "a"\n  "b": 1\n}', parseYaml)).toThrow(
      /not valid JSON: .*\(line 3 column 3\)\./,
    );
    expect(() => parsePayload('text: a: b', parseYaml)).toThrow(
      /not valid YAML: Nested mappings .* at line 1, column 7\.$/,
    );
  });
  it('wants a mapping', () => {
    expect(() => parsePayload('- a\n- b', parseYaml)).toThrow(/got a list/);
    expect(() => parsePayload('just words', parseYaml)).toThrow(/got a string/);
  });
});

describe('parseMentions', () => {
  it('normalises the accepted forms', () => {
    expect(
      parseMentions([
        'here',
        '@channel',
        '!everyone',
        'U0123ABCD',
        '@W0123ABCD',
        'S0GROUP1',
        '<!here>',
        '<@U0123ABCD>',
        '<!subteam^S0GROUP1>',
      ]),
    ).toEqual([
      '<!here>',
      '<!channel>',
      '<!everyone>',
      '<@U0123ABCD>',
      '<@W0123ABCD>',
      '<!subteam^S0GROUP1>',
      '<!here>',
      '<@U0123ABCD>',
      '<!subteam^S0GROUP1>',
    ]);
  });
  it('refuses anything else, so no markup rides along', () => {
    for (const bad of ['@alice', '<!channel> <https://x|y>', '<@U0123ABCD|bob>', 'u0123abcd'])
      expect(() => parseMentions([bad])).toThrow(ConfigError);
  });
});
