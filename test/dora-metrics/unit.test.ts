import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/dora-metrics/config.js';
import { DEPLOYMENTS_QUERY, retryDecision } from '../../src/dora-metrics/fetch.js';
import {
  BANDS,
  computeFigures,
  type DeploymentRecord,
  medianSeconds,
  weeklyCounts,
} from '../../src/dora-metrics/metrics.js';
import { figureDuration } from '../../src/dora-metrics/summary.js';
import { mermaidText } from '../../src/lib/mermaid.js';
import { checkGraphqlQuery } from '../support/github-schemas.js';
import { configContext } from '../support/context.js';
import { expectReadsDeclaredInputs, inputsOf } from '../support/metadata.js';

const RUN = { repository: 'acme/shop', apiUrl: 'https://api.github.com' };
const H = 3_600_000;

function record(partial: Partial<DeploymentRecord>): DeploymentRecord {
  return {
    id: 1,
    task: 'deploy',
    createdAt: 0,
    state: 'success',
    stateAt: H,
    successAt: H,
    committedAt: 0,
    logUrl: undefined,
    sha: 'a'.repeat(40),
    ...partial,
  };
}

describe('dora-metrics config', () => {
  it('reads exactly the inputs action.yml declares', () => {
    expectReadsDeclaredInputs('dora-metrics', (inputs) => readConfig(inputs, configContext({ run: RUN })), [
      { token: 't' },
      {},
    ]);
  });

  it('takes GITHUB_GRAPHQL_URL when the runner sets it, and otherwise leaves GraphQL to Octokit', () => {
    const graphqlUrl = (env: Record<string, string>) =>
      readConfig(inputsOf('dora-metrics', { token: 't' }), configContext({ run: RUN, env })).graphqlUrl;
    expect(graphqlUrl({ GITHUB_GRAPHQL_URL: 'https://ghe.acme.dev/api/graphql/' })).toBe(
      'https://ghe.acme.dev/api/graphql',
    );
    expect(graphqlUrl({})).toBeUndefined();
  });

  it('asks GitHub a query its published schema accepts', () => {
    expect(checkGraphqlQuery(DEPLOYMENTS_QUERY).problems).toEqual([]);
  });
});

describe('dora-metrics figures', () => {
  it('counts rollbacks only as restores and ignores states that are neither successful nor failed', () => {
    const figures = computeFigures(
      [
        record({ id: 1, state: 'failure', stateAt: 2 * H, successAt: undefined }),
        record({ id: 2, task: 'deploy:rollback', state: 'success', stateAt: 3 * H, successAt: 3 * H }),
        record({ id: 3, state: 'inactive', stateAt: 9 * H, successAt: 5 * H, committedAt: 4 * H }),
        record({ id: 4, state: 'pending', stateAt: 6 * H }),
        record({ id: 5, task: 'deploy:rollback', state: 'failure', stateAt: 7 * H }),
      ],
      2 * 24 * H,
    );
    expect(figures).toEqual({
      deployments: 2,
      failedDeployments: 1,
      deploymentFrequency: '0.50',
      changeFailureRate: '50.0',
      leadTimeSeconds: 3600,
      timeToRestoreSeconds: 3600,
    });
  });

  it('takes the median in whole seconds, the middle two averaged', () => {
    expect(medianSeconds([])).toBeUndefined();
    expect(medianSeconds([3000, 1000, 2000])).toBe(2);
    expect(medianSeconds([1000, 2000])).toBe(2);
    expect(medianSeconds([1000, 4000, 2000, 9000])).toBe(3);
  });

  it('bands each figure by the 2023 DORA thresholds', () => {
    expect([2, 1, 0.5, 1 / 7, 0.1, 1 / 30, 0.01].map(BANDS.deploymentFrequency)).toEqual([
      'elite',
      'elite',
      'high',
      'high',
      'medium',
      'medium',
      'low',
    ]);
    expect([3600, 86_399, 86_400, 604_800, 2_592_000].map(BANDS.leadTime)).toEqual([
      'elite',
      'elite',
      'high',
      'medium',
      'low',
    ]);
    expect([0, 5, 5.1, 10, 15, 15.1].map(BANDS.changeFailureRate)).toEqual([
      'elite',
      'elite',
      'high',
      'high',
      'medium',
      'low',
    ]);
    expect([3599, 3600, 86_400, 604_800].map(BANDS.timeToRestore)).toEqual(['elite', 'high', 'medium', 'low']);
  });

  it('buckets counted deployments by week from Monday, keeping empty weeks', () => {
    const monday = Date.parse('2026-11-02T00:00:00Z');
    const weeks = weeklyCounts(
      [
        record({ createdAt: monday + 3 * H }),
        record({ createdAt: monday + 7 * 24 * H, state: 'error' }),
        record({ createdAt: monday, state: 'queued' }),
      ],
      monday - 24 * H,
      monday + 20 * 24 * H,
    );
    expect(weeks).toEqual([
      { week: '2026-10-26', deployments: 0, failures: 0 },
      { week: '2026-11-02', deployments: 1, failures: 0 },
      { week: '2026-11-09', deployments: 1, failures: 1 },
      { week: '2026-11-16', deployments: 0, failures: 0 },
    ]);
  });

  it('says durations as the other summaries do (formatDuration), with a dash for none and a sign kept', () => {
    expect([undefined, 0, 5, 45, 125, 3600 * 3 + 1200, 86_400 * 2 + 3600 * 4, -125].map(figureDuration)).toEqual([
      '–',
      '0 s',
      '5 s',
      '45 s',
      '2 min 5 s',
      '3 h 20 min',
      '2 d 4 h',
      '-2 min 5 s',
    ]);
  });
});

describe('rate limits', () => {
  const FIVE_MINUTES = 5 * 60_000;
  const next = (attempt: number, status: number, headers: Record<string, string>, now = 0) => {
    const decision = retryDecision({ attempt, status, headers }, now, FIVE_MINUTES);
    return decision.retry ? decision.delayMs : undefined;
  };

  it('honours Retry-After (seconds or a date), then the reset when nothing remains; retries 5xx briefly', () => {
    expect(next(1, 429, { 'retry-after': '7' })).toBe(7000);
    expect(next(1, 429, { 'retry-after': new Date(90_000).toUTCString() }, 60_000)).toBe(30_000);
    expect(next(1, 403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' }, 90_000)).toBe(11_000);
    expect(next(1, 429, {})).toBe(60_000);
    expect(next(1, 403, { 'x-ratelimit-remaining': '12' })).toBeUndefined();
    expect(next(2, 502, {})).toBe(2000);
    expect(next(1, 422, {})).toBeUndefined();
  });

  it('waits up to five minutes each time, four times at most', () => {
    expect(next(3, 429, { 'retry-after': '300' })).toBe(300_000);
    expect(next(1, 429, { 'retry-after': '301' })).toBeUndefined();
    expect(next(4, 503, {})).toBe(8000);
    expect(next(5, 503, {})).toBeUndefined();
  });
});

describe('mermaidText', () => {
  it('leaves nothing that can end a label or start a directive', () => {
    expect(mermaidText('a"b]c;d%%{init}%%\n<e>#f`g')).toBe('a b c d init e f g');
  });
});

describe('deployment status records', () => {
  it('describes a status on one line of at most 140 characters', async () => {
    const { statusDescription } = await import('../../src/lib/deployment-status.js');
    const long = statusDescription(
      `Unhealthy: https://api.example.com/health status: expected 200-299, saw 503\n${'x'.repeat(200)}`,
    );
    expect(long).toHaveLength(140);
    expect(long).not.toMatch(/\n/);
    expect(long.endsWith('…')).toBe(true);
    expect(statusDescription('  short\n story ')).toBe('short story');
  });
});
