import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DownloadError, downloadFile } from '../../src/lib/download.js';
import type { RetryNotice } from '../../src/lib/http.js';
import { closeAllServers, sendText, startServer } from '../support/server.js';

const FAST_RETRY = { retries: 2, minDelayMs: 10, maxDelayMs: 20, budgetMs: 1000 };
const body = Buffer.from('0123456789'.repeat(500));
const target = () => join(mkdtempSync(join(tmpdir(), 'dk-download-')), 'sub', 'app.apk');

afterEach(() => closeAllServers());

describe('downloadFile', () => {
  it('streams the body to the file through a redirect, and leaves no .part file', async () => {
    const server = await startServer((request, response) => {
      if (request.url === '/a') {
        response.writeHead(302, { location: '/b?sig=s3cr3t' });
        response.end();
      } else sendText(response, 200, body.toString());
    });
    const destination = target();
    const result = await downloadFile({ url: `${server.url}/a`, destination, maxBytes: 1e6, retry: FAST_RETRY });
    expect(result).toEqual({ path: destination, bytes: body.length, attempts: 1 });
    expect(readFileSync(destination)).toEqual(body);
    expect(readdirSync(join(destination, '..'))).toEqual(['app.apk']);
  });

  it('retries a truncated body (Content-Length mismatch) and a 503, then succeeds', async () => {
    let calls = 0;
    const server = await startServer((_request, response) => {
      calls += 1;
      if (calls === 1) {
        response.writeHead(200, { 'content-length': String(body.length) });
        response.write(body.subarray(0, 100), () => response.socket?.destroy());
      } else if (calls === 2) sendText(response, 503, 'busy');
      else sendText(response, 200, body.toString());
    });
    const notices: RetryNotice[] = [];
    const result = await downloadFile({
      url: `${server.url}/x`,
      destination: target(),
      maxBytes: 1e6,
      retry: FAST_RETRY,
      onRetry: (n) => notices.push(n),
    });
    expect(result.attempts).toBe(3);
    expect(notices.map((n) => n.cause)).toEqual([
      expect.stringMatching(/^the download was truncated: received 100 of 5000 bytes/),
      'HTTP 503',
    ]);
  });

  it('reports a body that stays truncated, with the byte counts and the attempts', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-length': String(body.length) });
      response.write(body.subarray(0, 100), () => response.socket?.destroy());
    });
    const destination = target();
    const failure = downloadFile({
      url: `${server.url}/x?token=abc123`,
      destination,
      maxBytes: 1e6,
      retry: FAST_RETRY,
    });
    await expect(failure).rejects.toThrow(DownloadError);
    await expect(
      downloadFile({ url: `${server.url}/x?token=abc123`, destination, maxBytes: 1e6, retry: FAST_RETRY }),
    ).rejects.toThrow(
      new RegExp(
        `^Could not download ${server.url}/x \\(3 attempts\\): the download was truncated: received 100 of 5000 bytes`,
      ),
    );
    expect(readdirSync(join(destination, '..'))).toEqual([]);
  });

  it('fails at once on a 404, and on a body over the limit (announced or not)', async () => {
    const server = await startServer((request, response) => {
      if (request.url === '/missing') sendText(response, 404, 'nope');
      else if (request.url === '/announced')
        sendText(response, 200, body.toString(), { 'content-length': String(body.length) });
      else {
        response.writeHead(200, { 'transfer-encoding': 'chunked' });
        response.end(body);
      }
    });
    await expect(
      downloadFile({ url: `${server.url}/missing`, destination: target(), maxBytes: 1e6, retry: FAST_RETRY }),
    ).rejects.toThrow(`Could not download ${server.url}/missing: HTTP 404`);
    await expect(
      downloadFile({ url: `${server.url}/announced`, destination: target(), maxBytes: 1000, retry: FAST_RETRY }),
    ).rejects.toThrow('the file is 5000 bytes, more than the 1000 allowed');
    await expect(
      downloadFile({ url: `${server.url}/chunked`, destination: target(), maxBytes: 1000, retry: FAST_RETRY }),
    ).rejects.toThrow('the file is larger than the 1000 bytes allowed');
    expect(server.requests.filter((r) => r.url === '/missing')).toHaveLength(1);
  });

  it("stops attempts and the waits between them when the caller's signal ends (a step deadline)", async () => {
    const server = await startServer(() => {}); // accepts, never answers
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('the 1.0 s "timeout" ran out')), 300);
    const started = performance.now();
    const download = downloadFile({
      url: `${server.url}/a.tgz`,
      destination: target(),
      maxBytes: 1e6,
      signal: controller.signal,
      retry: { retries: 5, minDelayMs: 5000, maxDelayMs: 5000, budgetMs: 60_000 },
    });
    await expect(download).rejects.toThrow(
      new DownloadError(`Could not download ${server.url}/a.tgz: the 1.0 s "timeout" ran out`),
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
