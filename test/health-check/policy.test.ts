import { describe, expect, it } from 'vitest';
import {
  describeMismatches,
  judgeAnswer,
  parseBodyExpectation,
  parseJsonExpectation,
  parseStatusRanges,
  valueAt,
  type Expectations,
} from '../../src/health-check/policy.js';

const ok = (json: Expectations['json'] = [], body?: Expectations['body']): Expectations => ({
  statuses: parseStatusRanges('200-299')!,
  json,
  ...(body ? { body } : {}),
});
const expectJson = (line: string) => {
  const at = line.indexOf('=');
  return parseJsonExpectation(line.slice(0, at), line.slice(at + 1))!;
};

describe('status ranges', () => {
  it('reads single codes, ranges, classes and lists', () => {
    expect(parseStatusRanges('200')).toEqual([{ from: 200, to: 200 }]);
    expect(parseStatusRanges('200-299')).toEqual([{ from: 200, to: 299 }]);
    expect(parseStatusRanges('200, 204')).toEqual([
      { from: 200, to: 200 },
      { from: 204, to: 204 },
    ]);
    expect(parseStatusRanges('2xx,301')).toEqual([
      { from: 200, to: 299 },
      { from: 301, to: 301 },
    ]);
  });
  it('refuses what is not a status', () => {
    for (const bad of ['', 'ok', '20', '299-200', '600', '200-', '200;204', '6xx'])
      expect(parseStatusRanges(bad), bad).toBeUndefined();
  });
});

describe('judging an answer', () => {
  it('passes an expected status and fails another with expected and seen', () => {
    expect(judgeAnswer({ status: 204, body: '', truncated: false }, ok())).toEqual([]);
    expect(judgeAnswer({ status: 503, body: '', truncated: false }, ok())).toEqual([
      { what: 'status', subject: 'HTTP status', expected: '200-299', seen: '503' },
    ]);
  });

  it('checks a substring or a /regex/ with flags', () => {
    const plain = parseBodyExpectation('healthy');
    expect(judgeAnswer({ status: 200, body: 'healthy\n', truncated: false }, ok([], plain))).toEqual([]);
    expect(judgeAnswer({ status: 200, body: 'starting', truncated: false }, ok([], plain))[0]).toMatchObject({
      subject: 'body',
      expected: 'the text "healthy"',
      seen: 'starting',
    });
    const regex = parseBodyExpectation('/^up( \\d+)?$/i');
    expect(regex.kind).toBe('regex');
    expect(judgeAnswer({ status: 200, body: 'UP 3', truncated: false }, ok([], regex))).toEqual([]);
    expect(judgeAnswer({ status: 200, body: 'down', truncated: false }, ok([], regex))).toHaveLength(1);
    // A global flag would make test() stateful between probes; it is dropped.
    const global = parseBodyExpectation('/ok/g');
    for (let i = 0; i < 3; i++)
      expect(judgeAnswer({ status: 200, body: 'ok', truncated: false }, ok([], global))).toEqual([]);
    expect(() => parseBodyExpectation('/(/')).toThrow();
  });

  it('checks JSON fields at dotted paths with | alternatives (vera)', () => {
    const expectations = ok([
      expectJson('status=ok|healthy'),
      expectJson('checks.database=ok'),
      expectJson('checks.redis=ok'),
    ]);
    const healthy = { status: 'ok', checks: { database: 'ok', redis: 'ok', s3: 'ok' } };
    expect(judgeAnswer({ status: 200, body: JSON.stringify(healthy), truncated: false }, expectations)).toEqual([]);
    const failed = { status: 'degraded', checks: { database: 'down', s3: 'ok' } };
    const mismatches = judgeAnswer({ status: 503, body: JSON.stringify(failed), truncated: false }, expectations);
    expect(describeMismatches(mismatches)).toBe(
      'HTTP status: expected 200-299, saw 503; status: expected "ok" or "healthy", saw "degraded"; ' +
        'checks.database: expected "ok", saw "down"; checks.redis: expected "ok", saw (missing)',
    );
  });

  it('compares numbers, booleans and null by their JSON text, and indexes arrays', () => {
    const doc = { ready: true, workers: 3, error: null, nodes: [{ state: 'up' }] };
    expect(valueAt(doc, ['nodes', '0', 'state'])).toBe('up');
    expect(valueAt(doc, ['nodes', 'x'])).toBeUndefined();
    expect(valueAt(doc, ['constructor'])).toBeUndefined();
    const expectations = ok([
      expectJson('ready=true'),
      expectJson('workers=3'),
      expectJson('error=null'),
      expectJson('nodes.0.state=up'),
    ]);
    expect(judgeAnswer({ status: 200, body: JSON.stringify(doc), truncated: false }, expectations)).toEqual([]);
  });

  it('says when the body is not JSON, or was cut before it could be read', () => {
    const expectations = ok([expectJson('status=ok')]);
    expect(
      judgeAnswer({ status: 200, body: '<html>maintenance</html>', truncated: false }, expectations)[0],
    ).toMatchObject({
      expected: 'a JSON body',
      seen: 'not JSON: <html>maintenance</html>',
    });
    expect(
      judgeAnswer({ status: 200, body: '{"status": "ok", "pad": "xxxx', truncated: true }, expectations)[0]!.seen,
    ).toMatch(/cut at max-body-bytes/);
  });

  it('refuses an empty path segment', () => {
    expect(parseJsonExpectation('checks..db', 'ok')).toBeUndefined();
    expect(parseJsonExpectation('checks.db', 'ok|up')).toMatchObject({
      segments: ['checks', 'db'],
      accepted: ['ok', 'up'],
    });
  });
});
