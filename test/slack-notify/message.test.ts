import { describe, expect, it } from 'vitest';
import {
  buildMessage,
  headlineText,
  messageFields,
  type MessageSpec,
  STATUSES,
} from '../../src/slack-notify/message.js';
import { escapeMrkdwn, mrkdwnLink, truncate } from '../../src/slack-notify/mrkdwn.js';

const run: MessageSpec['run'] = {
  serverUrl: 'https://github.com',
  repository: 'acme/shop',
  sha: '8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a',
  shortSha: '8f3c2a1',
  refName: 'main',
  actor: 'octocat',
  runUrl: 'https://github.com/acme/shop/actions/runs/4242',
  workflow: 'deploy',
  job: 'ship',
  commitSubject: 'Fix checkout',
};
const spec = (over: Partial<MessageSpec> = {}): MessageSpec => ({
  status: 'success',
  fields: [],
  mentions: [],
  run,
  ...over,
});
const HOSTILE = '<!channel> "quotes" & \\ <@U0BOSS> <https://evil.example|click>\nsecond line';

/** Every mrkdwn text of a built message, headline included. */
function texts(message: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && (key === 'text' || key === 'fallback')) found.push(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(message);
  return found;
}

describe('mrkdwn escaping', () => {
  it('escapes the three control characters, and & first', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> "q"')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; "q"');
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });
  it('builds links whose URL cannot end the link early', () => {
    expect(mrkdwnLink('https://x.example/a|b>c', 'a <b>')).toBe('<https://x.example/a%7Cb%3Ec|a &lt;b&gt;>');
  });
  it('truncates without leaving half an escape', () => {
    expect(truncate('abc', 5)).toBe('abc');
    expect(truncate('ab&amp;cd', 5)).toBe('ab…');
  });
});

describe('buildMessage', () => {
  it.each(STATUSES)('gives %s its own colour, icon and headline', (status) => {
    const message = buildMessage(spec({ status, environment: 'production' }));
    const attachment = (message['attachments'] as Array<Record<string, unknown>>)[0]!;
    expect(attachment['color']).toMatch(/^#[0-9A-F]{6}$/);
    expect(message['text']).toContain('acme/shop to production');
    expect(attachment['fallback']).toBe(message['text']);
  });

  it('has distinct colours per status and the expected wording', () => {
    const colours = STATUSES.map(
      (status) => (buildMessage(spec({ status }))['attachments'] as Array<{ color: string }>)[0]!.color,
    );
    expect(new Set(colours).size).toBe(STATUSES.length);
    expect(headlineText(spec({ status: 'failure' }))).toBe(':x: *Deploy failed*: acme/shop');
    expect(headlineText(spec({ status: 'started', title: 'Shipping v2 <now>' }))).toBe(
      ':rocket: *Shipping v2 &lt;now&gt;*: acme/shop',
    );
  });

  it('holds repository, ref, linked short SHA with subject, actor, environment, URL, duration and run link', () => {
    const message = buildMessage(
      spec({ environment: 'production', url: 'https://shop.example.com', durationMs: 95_000 }),
    );
    const all = texts(message).join('\n');
    expect(all).toContain('*Repository*\n<https://github.com/acme/shop|acme/shop>');
    expect(all).toContain('*Ref*\nmain');
    expect(all).toContain(`*Commit*\n<https://github.com/acme/shop/commit/${run.sha}|8f3c2a1> Fix checkout`);
    expect(all).toContain('*Actor*\noctocat');
    expect(all).toContain('*Environment*\nproduction');
    expect(all).toContain('*URL*\n<https://shop.example.com|https://shop.example.com>');
    expect(all).toContain('*Duration*\n1 min 35 s');
    expect(all).toContain('<https://github.com/acme/shop/actions/runs/4242|View run> · deploy / ship');
  });

  it('leaves out empty fields and adds custom ones in order, escaped', () => {
    const fields = messageFields(
      spec({
        fields: [
          ['Version', 'v1.2.3'],
          ['Notes', '<!here> & more'],
        ],
      }),
    );
    expect(fields.some((f) => f.startsWith('*Environment*'))).toBe(false);
    expect(fields.slice(-2)).toEqual(['*Version*\nv1.2.3', '*Notes*\n&lt;!here&gt; &amp; more']);
  });

  it('splits more than ten fields across sections (Block Kit allows ten per section)', () => {
    const many = Array.from({ length: 12 }, (_, i): [string, string] => [`k${i}`, `v${i}`]);
    const blocks = (
      buildMessage(spec({ fields: many }))['attachments'] as Array<{ blocks: Array<{ fields?: unknown[] }> }>
    )[0]!.blocks;
    const sections = blocks.filter((b) => b.fields);
    expect(sections.map((s) => s.fields!.length)).toEqual([10, 6]);
  });

  it('makes a hostile commit message, text, title and fields inert: no ping, no link, valid JSON', () => {
    const hostileRun = { ...run, commitSubject: HOSTILE.split('\n')[0]!, refName: 'feat/<!everyone>', actor: 'x&y' };
    const message = buildMessage(
      spec({
        status: 'failure',
        run: hostileRun,
        text: HOSTILE,
        title: HOSTILE,
        environment: '<!here>',
        fields: [['<k>', HOSTILE]],
      }),
    );
    for (const text of texts(message)) {
      // The only `<` left open are our own links to GitHub.
      const opened = [...text.matchAll(/<([^>]*)>/g)].map((m) => m[1]!);
      for (const inner of opened) expect(inner).toMatch(/^https:\/\/github\.com\//);
      expect(text).not.toMatch(/<!|<@/);
    }
    const round = JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
    expect(JSON.stringify(round)).toContain('&lt;!channel&gt; \\"quotes\\" &amp;');
    expect(JSON.stringify(round)).toContain('\\nsecond line');
  });

  it('puts mentions in the headline only on failure', () => {
    const mentions = ['<!here>', '<@U0123ABCD>'];
    expect(buildMessage(spec({ status: 'failure', mentions }))['text']).toMatch(/^<!here> <@U0123ABCD> :x: /);
    for (const status of STATUSES.filter((s) => s !== 'failure')) {
      expect(texts(buildMessage(spec({ status, mentions }))).join('\n')).not.toMatch(/<!here>|<@U0123ABCD>/);
    }
  });

  it('keeps sections within Block Kit limits', () => {
    const message = buildMessage(spec({ text: '&'.repeat(5000), fields: [['big', 'x'.repeat(5000)]] }));
    for (const text of texts(message)) expect(text.length).toBeLessThanOrEqual(3000);
    const fields = messageFields(spec({ fields: [['big', 'x'.repeat(5000)]] }));
    expect(fields.at(-1)!.length).toBeLessThanOrEqual(2000);
  });
});
