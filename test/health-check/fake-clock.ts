import type { CheckConfig, CheckDeps } from '../../src/health-check/check.js';
import { parseStatusRanges } from '../../src/health-check/policy.js';
import type { Observation } from '../../src/health-check/probe-loop.js';

/**
 * Virtual time for the polling logic: `sleep` registers a timer, and `run` advances the clock to
 * the next timer whenever every promise is waiting on one. Concurrent sleeps (several URLs) are
 * ordered as real timers would be, with no real waiting.
 */
export class FakeClock {
  time = 0;
  #timers: { at: number; seq: number; wake: () => void }[] = [];
  #seq = 0;

  now = (): number => this.time;

  sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((wake) => {
      if (signal?.aborted) return wake();
      const timer = { at: this.time + Math.max(0, ms), seq: this.#seq++, wake };
      this.#timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          this.#timers = this.#timers.filter((t) => t !== timer);
          wake();
        },
        { once: true },
      );
    });

  /**
   * Drive `work` to its end. While it waits on something real (a process), no fake timer is set:
   * then real time passes, up to `realLimitMs`.
   */
  async run<T>(work: Promise<T>, realLimitMs = 10_000): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    const started = Date.now();
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (settled) return work;
      this.#timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.#timers.shift();
      if (!next) {
        if (Date.now() - started > realLimitMs) throw new Error('FakeClock: nothing is running and no timer is set');
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      this.time = Math.max(this.time, next.at);
      next.wake();
    }
  }
}

export interface ScriptedAnswer {
  status?: number;
  body?: string;
  /** No answer: the probe fails with this error. */
  error?: string;
  latencyMs?: number;
  /** The server hangs: the probe uses its whole timeout and fails. */
  hang?: boolean;
}

export const json = (status: number, body: unknown): ScriptedAnswer => ({ status, body: JSON.stringify(body) });

/**
 * Check dependencies on a fake clock. `answer(url, time)` says what the service answers at that
 * moment; each probe takes its latency (or its whole timeout when hanging) in virtual time.
 */
export function fakeDeps(
  clock: FakeClock,
  answer: (url: string, time: number) => ScriptedAnswer,
): CheckDeps & { probes: { url: string; at: number; timeoutMs: number }[] } {
  const probes: { url: string; at: number; timeoutMs: number }[] = [];
  return {
    probes,
    now: clock.now,
    sleep: clock.sleep,
    async probe(url, timeoutMs, signal): Promise<Observation> {
      probes.push({ url, at: clock.time, timeoutMs });
      const scripted = answer(url, clock.time);
      if (scripted.hang) {
        await clock.sleep(timeoutMs, signal);
        return {
          error: { code: 'TIMEOUT', message: `no complete answer within ${timeoutMs} ms` },
          latencyMs: timeoutMs,
        };
      }
      const latencyMs = scripted.latencyMs ?? 5;
      await clock.sleep(latencyMs, signal);
      if (scripted.error !== undefined) return { error: { code: 'ECONNREFUSED', message: scripted.error }, latencyMs };
      return { answer: { status: scripted.status ?? 200, body: scripted.body ?? '', truncated: false }, latencyMs };
    },
  };
}

/** A check config for tests on the fake clock: one URL, 200-299, 1 s interval, 10 s timeout. */
export function testCheckConfig(overrides: Partial<CheckConfig> = {}): CheckConfig {
  return {
    urls: ['http://svc/health'],
    expectations: { statuses: parseStatusRanges('200-299')!, json: [] },
    intervalMs: 1000,
    backoff: 'fixed',
    maxIntervalMs: 8000,
    consecutiveSuccesses: 1,
    stableForMs: 0,
    maxAttempts: 0,
    requestTimeoutMs: 2000,
    timeoutMs: 10_000,
    method: 'GET',
    headers: {},
    followRedirects: false,
    tls: {},
    maxBodyBytes: 65536,
    ...overrides,
  };
}
