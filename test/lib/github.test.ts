import { afterEach, describe, expect, it } from 'vitest';
import { octokit, rateLimitWaitMs } from '../../src/lib/github.js';
import { closeHttp } from '../../src/lib/http.js';
import { closeAllServers, hang, sendJson, startServer } from '../support/server.js';

afterEach(async () => {
  await closeHttp();
  await closeAllServers();
});

describe("rateLimitWaitMs: GitHub's rate-limit answers", () => {
  it('reads Retry-After as seconds or a date, then the reset when nothing remains, then a minute for a 429', () => {
    expect(rateLimitWaitMs(429, { 'retry-after': '7' }, 0)).toBe(7000);
    expect(rateLimitWaitMs(403, { 'retry-after': new Date(90_000).toUTCString() }, 60_000)).toBe(30_000);
    expect(rateLimitWaitMs(403, { 'x-ratelimit-remaining': 0, 'x-ratelimit-reset': 100 }, 90_000)).toBe(11_000);
    expect(rateLimitWaitMs(429, {}, 0)).toBe(60_000);
  });

  it('is no rate limit for a 403 that only refuses, or for other statuses', () => {
    expect(rateLimitWaitMs(403, { 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': '100' }, 0)).toBeUndefined();
    expect(rateLimitWaitMs(403, {}, 0)).toBeUndefined();
    expect(rateLimitWaitMs(503, { 'retry-after': '5' }, 0)).toBeUndefined();
  });
});

describe('octokit: GitHub with a deadline and a bounded body', () => {
  it('reads an ordinary answer', async () => {
    const api = await startServer((_q, r) => sendJson(r, 200, { login: 'octocat' }));
    const client = await octokit('ghs_token', { apiUrl: api.url });
    expect((await client.request('GET /user')).data).toEqual({ login: 'octocat' });
  });

  it('cuts an endless answer at 4 MiB instead of buffering it whole', async () => {
    const api = await startServer((_q, r) => {
      r.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(64 * 1024);
      const pump = () => {
        while (!r.destroyed && r.write(chunk));
        if (!r.destroyed) r.once('drain', pump);
      };
      pump();
    });
    const client = await octokit('ghs_token', { apiUrl: api.url });
    await expect(client.request('GET /user')).rejects.toThrow(/the GitHub API answered with more than 4194304 bytes/);
  });

  it('gives up on an API that accepts and never answers', async () => {
    const api = await startServer(hang);
    const client = await octokit('ghs_token', { apiUrl: api.url }, 300);
    await expect(client.request('GET /user')).rejects.toThrow(/no complete answer within 0.3 s/);
  });
});
