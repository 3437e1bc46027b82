import { afterEach, describe, expect, it } from 'vitest';
import { octokit } from '../../src/lib/github.js';
import { closeHttp } from '../../src/lib/http.js';
import { closeAllServers, hang, sendJson, startServer } from '../support/server.js';

afterEach(async () => {
  await closeHttp();
  await closeAllServers();
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
