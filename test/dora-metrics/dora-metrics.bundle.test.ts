import { afterEach, describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { startGithubApi } from '../support/github-api.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers } from '../support/server.js';
import { generateHistory } from './history.js';
import { figures, oracleFor } from './oracle.js';

/*
 * dora-metrics end to end through dist/dora-metrics (Node 24, the real @actions/core), against the
 * loopback GitHub API: the oracle's figures, and a token GitHub refuses. The other scenarios run
 * in-process (dora-metrics.test.ts, records.test.ts).
 */
const TOKEN = 'ghs_doraMetricsToken8e41c2';

afterEach(closeAllServers);

describe('dora-metrics (bundle)', () => {
  it('a generated history: the figures the oracle computes, with every output and a summary', async () => {
    const history = generateHistory(1, 1200, Date.now());
    const api = await startGithubApi({ token: TOKEN, ...history });
    const result = await runBundle('dora-metrics', { env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url } });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(api.problems).toEqual([]);
    expect(figures(result)).toEqual(oracleFor(result, history));
    expect(result.summary).toContain('## DORA metrics: acme/shop, production, last 30d');
    expectAllOutputs(result, 'dora-metrics');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('a token GitHub refuses: one sentence naming "token", every output set', async () => {
    const api = await startGithubApi({ token: TOKEN });
    const result = await runBundle('dora-metrics', {
      inputs: { token: 'ghs_wrongToken000000000' },
      env: { GITHUB_API_URL: api.url },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(/HTTP 401.*input "token"/);
    expectAllOutputs(result, 'dora-metrics');
    expect(result.outputs['report']).toBe('{}');
  });
});
