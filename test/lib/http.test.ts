import { createServer, request as rawRequest } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import {
  closeHttp,
  HttpError,
  httpRequest,
  parseRetryAfter,
  planRetry,
  readBounded,
  type RetryPolicy,
} from '../../src/lib/http.js';
import { closeAllServers, hang, reset, scripted, sendJson, sendText, startServer } from '../support/server.js';

const policy: RetryPolicy = { retries: 3, minDelayMs: 50, maxDelayMs: 200, budgetMs: 5000 };

afterEach(async () => {
  await closeHttp();
  await closeAllServers();
});

describe('planRetry (pure)', () => {
  it('retries retryable statuses with doubling backoff, capped', () => {
    expect(planRetry({ attempt: 1, status: 503, waitedMs: 0, policy })).toEqual({ retry: true, delayMs: 50 });
    expect(planRetry({ attempt: 3, status: 500, waitedMs: 0, policy })).toEqual({ retry: true, delayMs: 200 });
  });
  it('honours Retry-After, but not past the budget', () => {
    expect(planRetry({ attempt: 1, status: 429, retryAfterMs: 1000, waitedMs: 0, policy })).toEqual({
      retry: true,
      delayMs: 1000,
    });
    const over = planRetry({ attempt: 1, status: 429, retryAfterMs: 120_000, waitedMs: 0, policy });
    expect(over.retry).toBe(false);
    if (!over.retry) expect(over.why).toMatch(/exceeds the retry budget/);
  });
  it('gives up on final statuses, unknown errors and after the last retry', () => {
    expect(planRetry({ attempt: 1, status: 400, waitedMs: 0, policy }).retry).toBe(false);
    expect(planRetry({ attempt: 1, errorCode: 'ERR_TLS_CERT_ALTNAME_INVALID', waitedMs: 0, policy }).retry).toBe(false);
    expect(planRetry({ attempt: 1, errorCode: 'ECONNRESET', waitedMs: 0, policy }).retry).toBe(true);
    expect(planRetry({ attempt: 4, status: 503, waitedMs: 0, policy }).retry).toBe(false);
  });
  it('retries a request that must not be repeated only when it cannot have been sent (issue 12, finding 6)', () => {
    const once = { ...policy, idempotent: false };
    for (const errorCode of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']) {
      expect(planRetry({ attempt: 1, errorCode, waitedMs: 0, policy: once }).retry, errorCode).toBe(true);
    }
    for (const errorCode of [
      'ECONNRESET',
      'EPIPE',
      'UND_ERR_SOCKET',
      'UND_ERR_HEADERS_TIMEOUT',
      'UND_ERR_BODY_TIMEOUT',
      'ETIMEDOUT',
    ]) {
      const decision = planRetry({ attempt: 1, errorCode, waitedMs: 0, policy: once });
      expect(decision.retry, errorCode).toBe(false);
      if (!decision.retry) expect(decision.why).toMatch(/after the request was sent/);
    }
    expect(planRetry({ attempt: 1, status: 429, waitedMs: 0, policy: once }).retry).toBe(true);
    expect(planRetry({ attempt: 1, status: 503, waitedMs: 0, policy: once }).retry).toBe(true);
  });
  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('readBounded', () => {
  const chunks = () => [Buffer.from('abcd'), Buffer.from('efgh'), Buffer.from('ijkl')];

  it('reads a Node stream and a web stream alike, up to the bound and no further', async () => {
    for (const body of [() => Readable.from(chunks()), () => ReadableStream.from(chunks())]) {
      expect(await readBounded(body(), 12)).toEqual({
        bytes: Buffer.from('abcdefghijkl'),
        truncated: false,
        bytesRead: 12,
      });
      expect(await readBounded(body(), 6)).toEqual({ bytes: Buffer.from('abcdef'), truncated: true, bytesRead: 6 });
    }
  });

  it('ends the stream it stops reading', async () => {
    const node = Readable.from(chunks());
    await readBounded(node, 2);
    expect(node.destroyed).toBe(true);
    let cancelled = false;
    const web = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(Buffer.from('endless')),
      cancel: () => {
        cancelled = true;
      },
    });
    expect((await readBounded(web, 100)).truncated).toBe(true);
    expect(cancelled).toBe(true);
  });
});

describe('httpRequest against loopback servers', () => {
  it('retries a 429 after Retry-After and returns the final answer with attempts', async () => {
    const server = await startServer(
      scripted([
        (_q, r) => sendText(r, 429, 'rate_limited', { 'retry-after': '1' }),
        (_q, r) => sendText(r, 200, 'ok'),
      ]),
    );
    const notices: string[] = [];
    const response = await httpRequest({
      url: server.url,
      method: 'POST',
      body: '{}',
      retry: policy,
      onRetry: (n) => notices.push(`${n.cause} ${n.delayMs}`),
    });
    expect(response.status).toBe(200);
    expect(response.attempts).toBe(2);
    expect(notices).toEqual(['HTTP 429 1000']);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
    expect(server.requests[1]!.body).toBe('{}');
  });

  it('returns the last 5xx with its body once retries are spent', async () => {
    const server = await startServer((_q, r) => sendText(r, 500, 'rollup_error'));
    const response = await httpRequest({ url: server.url, retry: { ...policy, retries: 2 } });
    expect(response).toMatchObject({ status: 500, body: 'rollup_error', attempts: 3 });
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a final status', async () => {
    const server = await startServer((_q, r) => sendText(r, 404, 'no_service'));
    const response = await httpRequest({ url: server.url, method: 'POST', body: 'x', retry: policy });
    expect(response).toMatchObject({ status: 404, body: 'no_service', attempts: 1 });
  });

  it('stops a server that accepts and never answers at the deadline', async () => {
    const server = await startServer(hang);
    const started = performance.now();
    const error = await httpRequest({ url: server.url, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).code).toBe('TIMEOUT');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('reports a reset connection, and retries it when asked', async () => {
    const server = await startServer(scripted([reset, (_q, r) => sendText(r, 200, 'fine')]));
    const response = await httpRequest({ url: server.url, retry: policy });
    expect(response).toMatchObject({ status: 200, attempts: 2 });
    const lone = await startServer(reset);
    await expect(httpRequest({ url: lone.url })).rejects.toThrow(HttpError);
  });

  it('does not send a POST again after a reset or a hang that came once the request was read', async () => {
    const resets = await startServer(scripted([reset, (_q, r) => sendText(r, 200, 'second copy')]));
    const error = await httpRequest({ url: resets.url, method: 'POST', body: '{"text":"hi"}', retry: policy }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).attempts).toBe(1);
    expect(resets.requests).toHaveLength(1);
    const hangs = await startServer(hang);
    const timeout = await httpRequest({
      url: hangs.url,
      method: 'POST',
      body: '{}',
      timeoutMs: 300,
      retry: policy,
    }).catch((e: unknown) => e);
    expect(timeout).toMatchObject({ code: 'TIMEOUT', attempts: 1 });
    expect(hangs.requests).toHaveLength(1);
    // Said to be safe to repeat (a GraphQL query sent as POST): retried.
    const again = await startServer(scripted([reset, (_q, r) => sendText(r, 200, 'fine')]));
    expect(
      await httpRequest({ url: again.url, method: 'POST', body: '{}', retry: { ...policy, idempotent: true } }),
    ).toMatchObject({ status: 200, attempts: 2 });
  });

  it('reads a huge body only up to the bound', async () => {
    const server = await startServer((_q, r) => {
      r.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && r.write(chunk)) sent++;
        if (sent < 200) r.once('drain', pump);
        else r.end();
      };
      pump();
    });
    const response = await httpRequest({ url: server.url, maxBodyBytes: 100_000 });
    expect(response.truncated).toBe(true);
    expect(response.body.length).toBe(100_000);
  });

  it('follows redirects only when asked, and stops a loop', async () => {
    const server = await startServer((q, r) => {
      if (q.url === '/old') r.writeHead(301, { location: '/new' }).end();
      else if (q.url === '/loop') r.writeHead(302, { location: '/loop' }).end();
      else sendJson(r, 200, { ok: true });
    });
    expect((await httpRequest({ url: `${server.url}/old` })).status).toBe(301);
    expect((await httpRequest({ url: `${server.url}/old`, maxRedirects: 5 })).body).toBe('{"ok":true}');
    await expect(httpRequest({ url: `${server.url}/loop`, maxRedirects: 3 })).rejects.toThrow(/redirect/i);
  });

  const crossOrigin =
    "sends none of the caller's headers to another origin, keeps them on the same one " + '(issue 12, finding 3)';
  it(crossOrigin, async () => {
    const headers = {
      authorization: 'Bearer tok-sameorigin-1',
      'x-api-key': 'key-sameorigin-2',
      cookie: 'session=abc123',
      accept: 'text/plain',
    };
    // Another origin: the same host on another port, and localhost for 127.0.0.1.
    const other = await startServer((_q, r) => sendText(r, 200, 'other'));
    const origin = await startServer((q, r) => {
      if (q.url === '/same') r.writeHead(307, { location: '/final' }).end();
      else if (q.url === '/port') r.writeHead(302, { location: `${other.url}/landed` }).end();
      else if (q.url === '/host') r.writeHead(301, { location: `http://localhost:${other.port}/landed` }).end();
      else sendText(r, 200, 'final');
    });
    expect((await httpRequest({ url: `${origin.url}/same`, headers, maxRedirects: 5 })).body).toBe('final');
    expect(origin.requests.at(-1)!.headers).toMatchObject(headers);
    for (const path of ['/port', '/host']) {
      expect((await httpRequest({ url: `${origin.url}${path}`, headers, maxRedirects: 5 })).body).toBe('other');
      const seen = other.requests.at(-1)!.headers;
      for (const name of Object.keys(headers)) expect(seen[name], `${path}: ${name}`).toBeUndefined();
    }
  });

  it('stays without the headers when a chain comes back to the first origin, and a 303 goes on as a GET', async () => {
    let firstUrl = '';
    const away = await startServer((_q, r) => {
      r.writeHead(303, { location: `${firstUrl}/final` }).end();
    });
    const first = await startServer((q, r) => {
      if (q.url === '/start') r.writeHead(307, { location: `${away.url}/bounce` }).end();
      else sendText(r, 200, 'done');
    });
    firstUrl = first.url;
    const response = await httpRequest({
      url: `${first.url}/start`,
      method: 'POST',
      body: '{}',
      headers: { 'x-api-key': 'key-roundtrip-3', 'content-type': 'application/json' },
      maxRedirects: 5,
    });
    expect(response.body).toBe('done');
    expect(away.requests[0]).toMatchObject({ method: 'POST', body: '{}' });
    expect(away.requests[0]!.headers['x-api-key']).toBeUndefined();
    expect(first.requests[1]).toMatchObject({ method: 'GET', url: '/final', body: '' });
    expect(first.requests[1]!.headers['x-api-key']).toBeUndefined();
  });

  it('goes through HTTPS_PROXY/HTTP_PROXY unless NO_PROXY matches', async () => {
    const target = await startServer((_q, r) => sendText(r, 200, 'via'));
    let tunnels = 0;
    const proxy = createServer();
    proxy.on('request', (req, res) => {
      // Absolute-form proxying of plain http.
      tunnels++;
      const upstream = rawRequest(req.url!, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    });
    proxy.on('connect', (req, socket) => {
      tunnels++;
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host!, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(socket).pipe(upstream);
      });
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    const saved = { ...process.env };
    try {
      process.env['HTTP_PROXY'] = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      delete process.env['http_proxy'];
      delete process.env['NO_PROXY'];
      delete process.env['no_proxy'];
      expect((await httpRequest({ url: target.url })).body).toBe('via');
      expect(tunnels).toBe(1);
      await closeHttp();
      process.env['NO_PROXY'] = '127.0.0.1';
      await httpRequest({ url: target.url });
      expect(tunnels).toBe(1);
    } finally {
      process.env = saved;
      await closeHttp();
      proxy.closeAllConnections();
      proxy.close();
    }
  });
});
