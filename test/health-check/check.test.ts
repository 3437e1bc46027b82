import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { BundleResult } from '../support/bundle.js';
import { loadUndici } from '../../src/lib/http.js';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, hang, reset, scripted, sendJson, sendText, startServer } from '../support/server.js';

/**
 * The action, run in-process as the runner would run its bundle (health-check.bundle.test.ts runs
 * the bundle itself), against loopback services scripted to behave like the real pipelines' health
 * endpoints (vera, tracehub, techmate, pupuseria) and to fail like real servers do. Intervals are
 * short; timing assertions leave wide margins for a loaded machine.
 */

afterEach(closeAllServers);

const FAST = { interval: '100ms', 'request-timeout': '2s', timeout: '5s' };

function run(inputs: Record<string, string>, env?: Record<string, string>): Promise<BundleResult> {
  return runInProcess('health-check', { inputs: { ...FAST, ...inputs }, ...(env ? { env } : {}) });
}

function report(result: BundleResult) {
  return JSON.parse(result.outputs['report']!) as {
    url: string;
    healthy: boolean;
    verdict: string;
    reason: string;
    attempts: number;
    lastStatus: number | null;
    lastError: string | null;
    latencyMs: { p50: number | null; p95: number | null };
    mismatches: { subject: string; expected: string; seen: string }[];
    bodyExcerpt: string | null;
  }[];
}

const veraHealthy = { status: 'ok', checks: { database: 'ok', redis: 'ok', s3: 'ok' } };
const veraJson = 'status=ok\nchecks.database=ok\nchecks.redis=ok\nchecks.s3=ok';

describe('health-check: checking', () => {
  it('waits out a slow start: connection refused, then 503 while starting, then healthy', async () => {
    // Reserve a port, leave it closed (connection refused), then listen on it a moment later.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((done) => probe.close(done));
    // Starting: the first two answers are 503 (counted, not timed: the probes share this event loop).
    let answered = 0;
    const service = createServer((_q, r) => {
      const starting = answered++ < 2;
      sendJson(r, starting ? 503 : 200, starting ? { status: 'starting' } : veraHealthy);
    });
    // The action and its HTTP client imported before the clock starts (a first import can take
    // seconds on a loaded machine): the probes start at once and are refused for 1.2 s.
    await Promise.all([import('../../src/health-check/main.js'), loadUndici()]);
    const starting = setTimeout(() => service.listen(port, '127.0.0.1'), 1200);
    try {
      // A generous deadline: what is asserted is the answers counted, not how long they took.
      const result = await run({ url: `http://127.0.0.1:${port}/health`, 'expect-json': 'status=ok', timeout: '15s' });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(Number(result.outputs['attempts']), result.stdout).toBeGreaterThanOrEqual(4);
      expect(result.stdout).toMatch(/#1: no answer in \d+ ms: .*ECONNREFUSED/);
      expect(result.stdout).toMatch(
        /: 503 in \d+ ms: HTTP status: expected 200-299, saw 503; status: expected "ok", saw "starting"/,
      );
    } finally {
      clearTimeout(starting);
      service.closeAllConnections();
      service.close();
    }
  });

  it('fails a vera 503 with JSON, showing each check expected and seen', async () => {
    const server = await startServer((_q, r) =>
      sendJson(r, 503, { status: 'error', checks: { database: 'down', redis: 'ok', s3: 'ok' } }),
    );
    const result = await run({ url: `${server.url}/health`, 'expect-json': veraJson, 'max-attempts': '2' });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs).toMatchObject({
      healthy: 'false',
      attempts: '2',
      'status-code': '503',
      'rolled-back': 'false',
    });
    expect(result.failure).toBe(
      `The release is unhealthy: ${server.url}/health still unhealthy after 2 attempts (max-attempts): ` +
        'HTTP status: expected 200-299, saw 503; status: expected "ok", saw "error"; ' +
        'checks.database: expected "ok", saw "down". No rollback is configured (rollback: none).',
    );
    expect(result.summary).toContain('| `status` | "ok" | "error" |');
    expect(result.summary).toContain('| `checks.database` | "ok" | "down" |');
    expect(report(result)[0]!.mismatches).toContainEqual({
      subject: 'checks.database',
      expected: '"ok"',
      seen: '"down"',
    });
  });

  it('fails a 200 with a degraded body (tracehub) and says which field', async () => {
    const server = await startServer((_q, r) => sendJson(r, 200, { status: 'degraded', database: 'connected' }));
    const result = await run({
      url: `${server.url}/health`,
      'expect-json': 'status=healthy\ndatabase=connected',
      'max-attempts': '2',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['status-code']).toBe('200');
    expect(report(result)[0]!.mismatches).toEqual([{ subject: 'status', expected: '"healthy"', seen: '"degraded"' }]);
    expect(result.summary).toContain('| `status` | "healthy" | "degraded" |');
  });

  it('judges a flapping service unhealthy inside the stable-for window', async () => {
    const ok = (_q: unknown, r: ServerResponse) => sendJson(r, 200, { status: 'healthy', database: 'connected' });
    const down = (_q: unknown, r: ServerResponse) => sendJson(r, 500, { status: 'error', database: 'disconnected' });
    const server = await startServer(scripted([ok, ok, down, ok]));
    const result = await run({
      url: `${server.url}/health`,
      'expect-json': 'status=healthy\ndatabase=connected',
      'stable-for': '2s',
    });
    expect(result.exitCode).toBe(1);
    expect(server.requests).toHaveLength(3);
    expect(report(result)[0]!.reason).toMatch(
      new RegExp(
        /^healthy at \d+ ms, then failed \d+ ms into the 2\.0 s stable-for window: /.source +
          /HTTP status: expected 200-299, saw 500/.source,
      ),
    );
  });

  it('passes once the stable-for window has held', async () => {
    const server = await startServer((_q, r) => sendJson(r, 200, { status: 'healthy', database: 'connected' }));
    const result = await run({ url: `${server.url}/health`, 'expect-json': 'status=healthy', 'stable-for': '500ms' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(server.requests.length).toBeGreaterThanOrEqual(5);
    expect(server.requests.at(-1)!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(480);
  });

  it('honours the deadline when the server accepts and never answers', async () => {
    const server = await startServer(hang);
    const result = await run({ url: `${server.url}/health`, timeout: '1s', 'request-timeout': '30s' });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    const elapsed = Number(result.outputs['elapsed-ms']);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    // One attempt, cut at the deadline; the upper bound only catches a deadline ignored (30 s), with
    // room for a loaded machine (the probe shares this process's event loop).
    expect(result.outputs['attempts']).toBe('1');
    expect(elapsed).toBeLessThan(2500);
    expect(result.durationMs).toBeLessThan(6000);
    expect(result.failure).toMatch(
      /not healthy within the 1\.0 s timeout \(1 attempt\); last: no answer: no complete answer within 1000 ms/,
    );
    expect(result.outputs['status-code']).toBe('');
  });

  it('reports a connection reset as no answer', async () => {
    const server = await startServer(reset);
    const result = await run({ url: `${server.url}/health`, 'max-attempts': '2' });
    expect(result.exitCode).toBe(1);
    const [entry] = report(result);
    expect(entry).toMatchObject({ lastStatus: null, attempts: 2 });
    expect(entry!.lastError).toMatch(/closed|reset|socket/i);
    expect(result.summary).toContain('| an HTTP answer |');
  });

  it('stops a redirect loop when following redirects, and judges a 3xx as it is when not', async () => {
    const server = await startServer((q, r) => {
      if (q.url === '/loop') r.writeHead(302, { location: '/loop' }).end();
      else if (q.url === '/moved') r.writeHead(301, { location: '/health' }).end();
      else sendText(r, 200, 'healthy');
    });
    const loop = await run({ url: `${server.url}/loop`, 'follow-redirects': 'true', 'max-attempts': '1' });
    expect(loop.exitCode).toBe(1);
    expect(report(loop)[0]!.lastError).toMatch(/more than 10 redirects/);
    const followed = await run({ url: `${server.url}/moved`, 'follow-redirects': 'true', 'expect-body': 'healthy' });
    expect(followed.exitCode, followed.stdout).toBe(0);
    const notFollowed = await run({ url: `${server.url}/moved`, 'max-attempts': '1' });
    expect(notFollowed.outputs['status-code']).toBe('301');
    expect(notFollowed.exitCode).toBe(1);
  });

  it('sends none of its headers across a redirect to another origin (issue 12, finding 3)', async () => {
    const apiKey = 'hc-api-key-5d1e9a7c3b';
    const bearer = 'hc-bearer-8f2a6c4e0d';
    // Two loopback servers on different ports are two origins.
    const other = await startServer((_q, r) => sendText(r, 200, 'healthy'));
    const origin = await startServer((q, r) => {
      if (q.url === '/health') r.writeHead(302, { location: '/moved' }).end();
      else r.writeHead(302, { location: `${other.url}/health` }).end();
    });
    const result = await run({
      url: `${origin.url}/health`,
      'follow-redirects': 'true',
      'expect-body': 'healthy',
      headers: `X-Api-Key: ${apiKey}\nAuthorization: Bearer ${bearer}\nX-Trace: trace-1`,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(origin.requests.map((q) => [q.url, q.headers['x-api-key'], q.headers['authorization']])).toEqual([
      ['/health', apiKey, `Bearer ${bearer}`],
      ['/moved', apiKey, `Bearer ${bearer}`],
    ]);
    expect(other.requests).toHaveLength(1);
    for (const name of ['x-api-key', 'authorization', 'x-trace'])
      expect(other.requests[0]!.headers[name], name).toBeUndefined();
    expectNoSecretLeak(result, [apiKey, bearer]);
  });

  it('reads a huge body only up to max-body-bytes', async () => {
    let written = 0;
    const server = await startServer((_q, r) => {
      r.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      r.write('healthy ');
      let stopped = false;
      r.on('close', () => (stopped = true));
      const pump = () => {
        while (!stopped && written < 500 * 1024 * 1024) {
          written += chunk.length;
          if (!r.write(chunk)) return void r.once('drain', pump);
        }
        r.end();
      };
      pump();
    });
    const result = await run({ url: `${server.url}/health`, 'expect-body': 'healthy', 'max-body-bytes': '65536' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(written).toBeLessThan(64 * 1024 * 1024);
    const json = await run({
      url: `${server.url}/health`,
      'expect-json': 'status=ok',
      'max-body-bytes': '65536',
      'max-attempts': '1',
    });
    expect(report(json)[0]!.mismatches[0]!.seen).toMatch(/cut at max-body-bytes/);
    expect(report(json)[0]!.bodyExcerpt!.length).toBeLessThanOrEqual(300);
  });

  it("checks techmate's three endpoints concurrently, naming the one that fails", async () => {
    const server = await startServer((q, r) => {
      if (q.url === '/health/ready' && q.headers['x-ready'] !== 'yes') sendJson(r, 503, { ready: false });
      else sendJson(r, 200, { status: 'ok' });
    });
    const urls = ['/health', '/health/ready', '/health/live'].map((p) => `${server.url}${p}`).join('\n');
    const result = await run({ url: urls, 'max-attempts': '3' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['status-code']).toBe('503');
    expect(report(result).map((u) => [u.url.replace(server.url, ''), u.verdict])).toEqual([
      ['/health', 'healthy'],
      ['/health/ready', 'unhealthy'],
      ['/health/live', 'healthy'],
    ]);
    expect(result.failure).toMatch(
      /^The release is unhealthy: http:\/\/127\.0\.0\.1:\d+\/health\/ready still unhealthy after 3 attempts/,
    );
    expect(result.failure).not.toMatch(/\/health\/live/);
    const healthy = await run({ url: urls, headers: 'X-Ready: yes' });
    expect(healthy.exitCode, healthy.stdout).toBe(0);
    expect(healthy.outputs['attempts']).toBe('3');
    expect(healthy.summary.match(/#### ✅/g)).toHaveLength(3);
  });

  it('checks pupuseria\'s plain-text "healthy" with a bounded number of retries', async () => {
    const server = await startServer(
      scripted([(_q, r) => sendText(r, 200, 'starting'), (_q, r) => sendText(r, 200, 'healthy\n')]),
    );
    const result = await run({ url: `${server.url}/health`, 'expect-body': 'healthy', 'max-attempts': '4' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['attempts']).toBe('2');
    const down = await startServer((_q, r) => sendText(r, 502, 'Bad Gateway'));
    const failed = await run({ url: `${down.url}/health`, 'expect-body': '/^healthy$/m', 'max-attempts': '4' });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs['attempts']).toBe('4');
    expect(down.requests).toHaveLength(4);
    expect(failed.summary).toContain('| `body` | a match for /^healthy$/m | Bad Gateway |');
  });

  it('says a healthy streak was cut short by max-attempts before the stable-for window ended', async () => {
    const server = await startServer((_q, r) => sendText(r, 200, 'ok'));
    const result = await run({
      url: `${server.url}/health`,
      'stable-for': '10s',
      timeout: '30s',
      interval: '100ms',
      'max-attempts': '2',
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      /healthy for \d+ ms of the 10 s stable-for window after 2 attempts \(max-attempts\)/,
    );
    expect(result.failure).not.toContain('undefined');
  });

  it('sends headers, and no header value leaks anywhere, even when the server echoes it', async () => {
    const token = 'tok_live_9f8e7d6c5b4a3210';
    const server = await startServer((q, r) =>
      sendJson(r, 503, { status: 'error', echo: q.headers['authorization'], key: q.headers['x-api-key'] }),
    );
    const result = await run({
      url: `${server.url}/health`,
      headers: `Authorization: Bearer ${token}\nX-Api-Key: key-0123456789abcdef`,
      'expect-json': 'status=ok',
      'max-attempts': '2',
    });
    expect(result.exitCode).toBe(1);
    expect(server.requests[0]!.headers).toMatchObject({
      authorization: `Bearer ${token}`,
      'x-api-key': 'key-0123456789abcdef',
    });
    expect(report(result)[0]!.bodyExcerpt).toContain('***');
    expectNoSecretLeak(result, [token, `Bearer ${token}`, 'key-0123456789abcdef']);
  });

  it('uses the method asked for', async () => {
    const server = await startServer((_q, r) => sendText(r, 204, ''));
    const result = await run({ url: `${server.url}/health`, method: 'HEAD', 'expected-status': '204' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(server.requests[0]!.method).toBe('HEAD');
  });

  it('warns instead of failing with fail-on-unhealthy: false', async () => {
    const server = await startServer((_q, r) => sendText(r, 500, 'boom'));
    const result = await run({ url: `${server.url}/health`, 'max-attempts': '1', 'fail-on-unhealthy': 'false' });
    expect(result.exitCode).toBe(0);
    expectAllOutputs(result, 'health-check');
    expect(result.outputs['healthy']).toBe('false');
    expect(result.stdout).toMatch(
      /::warning::The release is unhealthy: .*The step does not fail \(fail-on-unhealthy: false\)\./,
    );
  });

  it('fails a bad input with a sentence naming it, outputs still set', async () => {
    const result = await run({ url: 'http://127.0.0.1:9/health', 'expected-status': 'ok' });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'health-check');
    expect(result.failure).toBe(
      'Invalid "expected-status" value "ok": expected status codes and ranges such as 200, 200-299, 2xx or 200,204.',
    );
    const ftp = await run({ url: 'file:///etc/passwd' });
    expect(ftp.failure).toBe(
      'Invalid "url" value "file:///etc/passwd": only http:// and https:// URLs can be checked.',
    );
  });

  it('treats shell syntax in inputs as plain text', async () => {
    const marker = `/tmp/dk-hc-pwned-${process.pid}`;
    const server = await startServer((_q, r) => sendText(r, 200, 'ok'));
    const result = await run({
      url: `${server.url}/health?x=$(touch ${marker})\n${server.url}/h;touch%20${marker}`,
      'expect-body': `$(touch ${marker})`,
      'max-attempts': '1',
    });
    expect(result.exitCode).toBe(1);
    expect(existsSync(marker)).toBe(false);
    expect(server.requests.map((q) => q.url)).toContain(`/h;touch%20${marker}`);
  });
});
