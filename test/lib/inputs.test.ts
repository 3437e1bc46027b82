import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/lib/errors.js';
import { Inputs, parseDuration } from '../../src/lib/inputs.js';
import { Secrets } from '../../src/lib/secrets.js';

const inputsOf = (values: Record<string, string>, secrets?: Secrets) =>
  new Inputs((name) => values[name] ?? '', secrets);

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['5s', 5000],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['1.5s', 1500],
    ['30', 30_000],
    ['0', 0],
  ])('%s -> %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '5 parsecs', '-5s', 's5', '5s;rm'])('rejects %j', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );
});

describe('Inputs', () => {
  it('reads booleans in the YAML 1.2 core forms and names the input otherwise', () => {
    const inputs = inputsOf({ a: 'True', b: 'FALSE', c: 'yes' });
    expect(inputs.boolean('a', false)).toBe(true);
    expect(inputs.boolean('b', true)).toBe(false);
    expect(inputs.boolean('missing', true)).toBe(true);
    expect(() => inputs.boolean('c', false)).toThrow(
      new ConfigError('Invalid "c" value "yes": expected "true" or "false".'),
    );
  });

  it('reads durations with bounds and says what is accepted', () => {
    const inputs = inputsOf({ interval: '250ms', timeout: 'forever', small: '10ms' });
    expect(inputs.duration('interval', 1000)).toBe(250);
    expect(inputs.duration('none', 1000)).toBe(1000);
    expect(() => inputs.duration('timeout', 1000)).toThrow(
      /Invalid "timeout" value "forever": expected a duration such as 500ms/,
    );
    expect(() => inputs.duration('small', 1000, { min: 100 })).toThrow(/"small".*must be at least 100ms/);
  });

  it('reads enums case-insensitively and lists the valid values', () => {
    const inputs = inputsOf({ provider: 'Railway', bad: 'heroku' });
    expect(inputs.enum('provider', ['railway', 'vercel'] as const, 'vercel')).toBe('railway');
    expect(() => inputs.enum('bad', ['railway', 'vercel', 'ssh'] as const)).toThrow(
      'Invalid "bad" value "heroku": valid values are "railway", "vercel" and "ssh".',
    );
  });

  it('reads integers, lists, key=value and Name: value maps', () => {
    const inputs = inputsOf({
      n: '3',
      f: '3.5',
      list: 'a, b\n# comment\n\nc',
      urls: 'http://x/a,b\nhttp://y',
      pairs: 'status=ok|healthy\nchecks.database = ok',
      headers: 'Authorization: Bearer x:y\nX-Trace: 1',
      broken: 'no separator here',
    });
    expect(inputs.integer('n', 1, { min: 1 })).toBe(3);
    expect(() => inputs.integer('f', 1)).toThrow(/Invalid "f" value "3.5": expected a whole number/);
    expect(inputs.list('list')).toEqual(['a', 'b', 'c']);
    expect(inputs.list('urls', { commas: false })).toEqual(['http://x/a,b', 'http://y']);
    expect([...inputs.keyValues('pairs')]).toEqual([
      ['status', 'ok|healthy'],
      ['checks.database', 'ok'],
    ]);
    expect([...inputs.headers('headers')]).toEqual([
      ['Authorization', 'Bearer x:y'],
      ['X-Trace', '1'],
    ]);
    expect(() => inputs.keyValues('broken')).toThrow(
      /Invalid "broken" value "no separator here": expected one "key=value" per line/,
    );
  });

  it('masks secrets before returning them and treats whitespace as empty', () => {
    const masked: string[] = [];
    const secrets = new Secrets((value) => masked.push(value));
    const inputs = inputsOf({ token: '  tok-123456  ', blank: '   ' }, secrets);
    expect(inputs.secret('token')).toBe('tok-123456');
    expect(masked).toContain('tok-123456');
    expect(inputs.secret('blank')).toBeUndefined();
    expect([...inputs.names]).toEqual(['token', 'blank']);
  });

  it('names a missing required input', () => {
    expect(() => inputsOf({}).required('url', 'one or more http(s) URLs')).toThrow(
      'Input "url" is required: give one or more http(s) URLs.',
    );
  });
});

describe('Inputs under other names (a sub-action read by the pipeline)', () => {
  const prefixed = (name: string) => (name === 'status' ? { value: 'failure' } : `health-${name}`);

  it('reads each name where the rule says, records the parent names, masks with the parent secrets', () => {
    const masked: string[] = [];
    const parent = inputsOf(
      { 'health-url': 'http://a/health', 'health-token': 'tok-1234567890', url: 'not this one' },
      new Secrets((v) => masked.push(v)),
    );
    const sub = parent.renamed(prefixed);
    expect(sub.required('url')).toBe('http://a/health');
    expect(sub.secret('token')).toBe('tok-1234567890');
    expect(sub.optional('status')).toBe('failure');
    expect([...parent.names]).toEqual(['health-url', 'health-token']);
    expect([...sub.names]).toEqual(['url', 'token', 'status']);
    expect(masked).toContain('tok-1234567890');
  });

  it("words a sub-reader's ConfigError with the names the user wrote, for the inputs it read", () => {
    const parent = inputsOf({ 'health-insecure': 'true', 'health-ca-cert': 'x', 'health-method': 'GET' });
    const read = (sub: Inputs) => {
      sub.boolean('insecure', false);
      sub.optional('ca-cert');
      throw new ConfigError(
        'Only one of "insecure: true" and "ca-cert" can be set; "method" is "GET"; "timeout" was not read.',
      );
    };
    expect(() => parent.readAs(prefixed, read)).toThrow(
      'Only one of "health-insecure: true" and "health-ca-cert" can be set; "method" is "GET"; "timeout" was not read.',
    );
    expect(() => parent.readAs(prefixed, (sub) => sub.integer('retries', 1, { max: 3 }) && sub)).not.toThrow();
  });

  it('rewords async readers too, and leaves other errors alone', async () => {
    const parent = inputsOf({ 'health-url': 'ftp://x' });
    await expect(parent.readAs(prefixed, async (sub) => sub.enum('url', ['http://x'] as const))).rejects.toThrow(
      'Invalid "health-url" value "ftp://x"',
    );
    expect(() =>
      parent.readAs(prefixed, () => {
        throw new TypeError('"url" bug');
      }),
    ).toThrow('"url" bug');
  });
});

describe('Secrets', () => {
  it('redacts every form of a secret, longest first', () => {
    const secrets = new Secrets();
    secrets.add('https://hooks.example/T0/B0/abc def');
    secrets.add('abc def');
    expect(secrets.redact('url=https://hooks.example/T0/B0/abc def')).toBe('url=***');
    expect(secrets.redact(`q=${encodeURIComponent('abc def')} j="abc def"`)).toBe('q=*** j="***"');
  });

  it('masks and redacts a secret of any length, as the runner masks ::add-mask:: values (issue 12, finding 5)', () => {
    const masked: string[] = [];
    const secrets = new Secrets((value) => masked.push(value));
    secrets.add('k9');
    secrets.add('Z');
    secrets.add('   ');
    expect(masked).toEqual(['k9', 'Z']);
    expect(secrets.redact('token=k9 zone=Z9')).toBe('token=*** zone=***9');
  });

  it('redacts in one pass, so a secret made of asterisks does not grow what was already redacted', () => {
    const secrets = new Secrets();
    secrets.add('*');
    secrets.add('hunter22');
    expect(secrets.redact('a*b hunter22')).toBe('a***b ***');
  });
});

describe('Inputs.headers', () => {
  it(
    'masks header values (and the credential after a scheme), ' +
      'never quotes a line, and leaves content headers alone',
    () => {
      const masked: string[] = [];
      const inputs = inputsOf(
        {
          headers: 'Authorization: Bearer tok-abcdef123\nAccept: application/json',
          broken: 'Authorization Bearer s3cr3t-token',
        },
        new Secrets((v) => masked.push(v)),
      );
      expect(Object.fromEntries(inputs.headers('headers'))).toEqual({
        Authorization: 'Bearer tok-abcdef123',
        Accept: 'application/json',
      });
      expect(masked).toEqual(expect.arrayContaining(['Bearer tok-abcdef123', 'tok-abcdef123']));
      expect(masked).not.toContain('application/json');
      expect(() => inputs.headers('broken')).toThrow(
        'Input "broken" line 1 is not "Name: value" with a valid header name ' +
          '(the line is not shown: header values are secrets).',
      );
      expect(masked).toContain('Authorization Bearer s3cr3t-token');
    },
  );
});
