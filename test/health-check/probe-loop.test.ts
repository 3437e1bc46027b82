import { describe, expect, it } from 'vitest';
import { checkHealth } from '../../src/health-check/check.js';
import { parseJsonExpectation, parseStatusRanges } from '../../src/health-check/policy.js';
import {
  advance,
  delayAfter,
  INITIAL_STATE,
  type PollPolicy,
  type PollState,
} from '../../src/health-check/probe-loop.js';
import { FakeClock, fakeDeps, json, testCheckConfig, type ScriptedAnswer } from './fake-clock.js';

/** The polling side of the test config: 1 s interval, fixed backoff, capped at 8 s when exponential. */
const policy: PollPolicy = testCheckConfig();
const config = testCheckConfig;

/** Run the probes in order through `advance`, each starting when the previous decision said. */
function replay(outcomes: boolean[], p: PollPolicy, deadline = 100_000) {
  let state: PollState = INITIAL_STATE;
  let at = 0;
  const decisions = [];
  for (const ok of outcomes) {
    const step = advance(state, { ok, startedAt: at }, p, deadline);
    state = step.state;
    decisions.push(step.decision);
    if (step.decision.kind !== 'wait') break;
    at = step.decision.until;
  }
  return decisions;
}

describe('backoff schedule', () => {
  it('waits the interval after successes and with fixed backoff', () => {
    expect([0, 1, 5].map((n) => delayAfter(n, policy))).toEqual([1000, 1000, 1000]);
  });
  it('doubles after each failure in a row, up to max-interval', () => {
    const exponential = { ...policy, backoff: 'exponential' as const };
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => delayAfter(n, exponential))).toEqual([
      1000, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });
});

describe('the decision after each probe (pure)', () => {
  it('is healthy at the first success by default', () => {
    expect(replay([false, false, true], policy).at(-1)).toEqual({ kind: 'healthy' });
  });

  it('needs N successes in a row; a failure starts the count again', () => {
    const decisions = replay([true, true, false, true, true, true], { ...policy, consecutiveSuccesses: 3 });
    expect(decisions.map((d) => d.kind)).toEqual(['wait', 'wait', 'wait', 'wait', 'wait', 'healthy']);
  });

  it('watches a stable window: healthy once it has passed, landing the last probe on its end', () => {
    const p = { ...policy, stableForMs: 2500 };
    const decisions = replay([true, true, true, true, true], p);
    expect(decisions).toEqual([
      { kind: 'wait', until: 1000 },
      { kind: 'wait', until: 2000 },
      { kind: 'wait', until: 2500 },
      { kind: 'healthy' },
    ]);
  });

  it('judges a failure inside the stable window as flapping at once', () => {
    expect(replay([false, true, true, false], { ...policy, stableForMs: 5000 }).at(-1)).toEqual({
      kind: 'unhealthy',
      why: 'flapping',
    });
  });

  it('stops at max-attempts, and before a probe that could not start before the deadline', () => {
    expect(replay([false, false, false, false], { ...policy, maxAttempts: 3 })).toHaveLength(3);
    expect(replay([false, false, false, false], { ...policy, maxAttempts: 3 }).at(-1)).toEqual({
      kind: 'unhealthy',
      why: 'attempts',
    });
    expect(replay([false, false, false, false, false], policy, 2500).at(-1)).toEqual({
      kind: 'unhealthy',
      why: 'deadline',
    });
  });
});

describe('checkHealth on a fake clock', () => {
  it('finds a slow starter healthy at the first probe after it is up', async () => {
    const clock = new FakeClock();
    const deps = fakeDeps(clock, (_url, t) =>
      t < 3500 ? { error: 'connect ECONNREFUSED' } : json(200, { status: 'ok' }),
    );
    const result = await clock.run(checkHealth(config(), deps));
    expect(result).toMatchObject({ healthy: true, attempts: 5, statusCode: 200 });
    expect(deps.probes.map((p) => p.at)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(result.elapsedMs).toBe(4005);
  });

  it('never goes past the deadline when the server hangs: each probe gets only the time left', async () => {
    const clock = new FakeClock();
    const deps = fakeDeps(clock, () => ({ hang: true }));
    const result = await clock.run(checkHealth(config({ timeoutMs: 5000, requestTimeoutMs: 2000 }), deps));
    expect(result.healthy).toBe(false);
    expect(deps.probes.map((p) => [p.at, p.timeoutMs])).toEqual([
      [0, 2000],
      [2000, 2000],
      [4000, 1000],
    ]);
    expect(result.elapsedMs).toBe(5000);
    expect(result.urls[0]!.verdict).toEqual({ kind: 'unhealthy', why: 'deadline' });
  });

  it('checks URLs concurrently: ten take the time of one', async () => {
    const clock = new FakeClock();
    const urls = Array.from({ length: 10 }, (_, i) => `http://svc/health/${i}`);
    const deps = fakeDeps(clock, (_url, t) => (t < 1500 ? json(503, {}) : json(200, {})));
    const result = await clock.run(checkHealth(config({ urls }), deps));
    expect(result).toMatchObject({ healthy: true, attempts: 30, elapsedMs: 2005 });
  });

  it('cancels the other URLs once one is judged unhealthy', async () => {
    const clock = new FakeClock();
    const answers: Record<string, (t: number) => ScriptedAnswer> = {
      'http://svc/live': () => json(200, {}),
      'http://svc/ready': (t) => (t < 2000 ? json(200, {}) : json(503, { status: 'degraded' })),
      'http://svc/slow': () => ({ error: 'connect ECONNREFUSED' }),
    };
    const deps = fakeDeps(clock, (url, t) => answers[url]!(t));
    const result = await clock.run(
      checkHealth(config({ urls: Object.keys(answers), stableForMs: 5000, timeoutMs: 60_000 }), deps),
    );
    expect(result.healthy).toBe(false);
    expect(result.urls.map((u) => u.verdict.kind)).toEqual(['cancelled', 'unhealthy', 'cancelled']);
    expect(result.statusCode).toBe(503);
    expect(result.elapsedMs).toBeLessThan(2100);
  });

  it('remembers the last failure with what was expected and seen, and the latencies', async () => {
    const clock = new FakeClock();
    const expectations = {
      statuses: parseStatusRanges('200')!,
      json: [parseJsonExpectation('checks.database', 'ok')!],
    };
    const deps = fakeDeps(clock, () => ({
      ...json(503, { status: 'error', checks: { database: 'down' } }),
      latencyMs: 20,
    }));
    const result = await clock.run(checkHealth(config({ expectations, maxAttempts: 2 }), deps));
    const url = result.urls[0]!;
    expect(url.verdict).toEqual({ kind: 'unhealthy', why: 'attempts' });
    expect(url.latenciesMs).toEqual([20, 20]);
    expect(url.lastFailure?.mismatches.map((m) => `${m.subject}: ${m.seen}`)).toEqual([
      'HTTP status: 503',
      'checks.database: "down"',
    ]);
  });
});
