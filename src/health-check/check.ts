import type { HttpRequest, HttpResponse } from '../lib/http.js';
import { type Clock, realClock } from '../lib/poll.js';
import type { Expectations } from './policy.js';
import { pollUrl, type Observation, type PollOutcome, type PollPolicy, type ProbeResult } from './probe-loop.js';
import { httpProbe, type ProbeOptions } from './probe.js';

/** Everything that decides whether a release is healthy: plain data, no inputs read here. */
export interface CheckConfig extends PollPolicy, ProbeOptions {
  urls: string[];
  expectations: Expectations;
  /** The overall deadline for all URLs together. */
  timeoutMs: number;
}

export interface UrlResult extends PollOutcome {
  url: string;
}

export interface HealthResult {
  healthy: boolean;
  elapsedMs: number;
  /** Probes sent, all URLs together. */
  attempts: number;
  /** The last status of the first URL that failed (or of the first URL when all passed). */
  statusCode?: number;
  urls: UrlResult[];
}

export interface CheckDeps {
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  probe(url: string, timeoutMs: number, signal: AbortSignal): Promise<Observation>;
  onProbe?(url: string, result: ProbeResult): void;
}

/**
 * The context's HTTP client (`http`) and sleeps (cut short on cancel).
 * Time is read from `clock` when one is given (a test's); a real run reads performance.now:
 * monotonic and below the millisecond, so each probe gets exactly the time left to the deadline.
 */
export function realDeps(
  config: CheckConfig,
  onProbe: CheckDeps['onProbe'] | undefined,
  http: (request: HttpRequest) => Promise<HttpResponse>,
  clock?: Clock,
): CheckDeps {
  return {
    now: clock ? () => clock.now() : () => performance.now(),
    sleep: (ms, signal) => (clock ?? realClock).sleep(ms, signal),
    probe: (url, timeoutMs, signal) => httpProbe(url, config, timeoutMs, signal, http),
    ...(onProbe ? { onProbe } : {}),
  };
}

/**
 * Check every URL at once until all are healthy, one is judged unhealthy (the others are then
 * cancelled: the verdict is known), or the deadline passes.
 */
export async function checkHealth(config: CheckConfig, deps: CheckDeps): Promise<HealthResult> {
  const started = deps.now();
  const deadline = started + config.timeoutMs;
  const cancel = new AbortController();
  const urls = await Promise.all(
    config.urls.map(async (url): Promise<UrlResult> => {
      const outcome = await pollUrl(
        config,
        config.expectations,
        deadline,
        {
          now: deps.now,
          sleep: deps.sleep,
          probe: (timeoutMs, signal) => deps.probe(url, timeoutMs, signal),
          onProbe: (result) => deps.onProbe?.(url, result),
        },
        cancel.signal,
      );
      if (outcome.verdict.kind === 'unhealthy') cancel.abort();
      return { url, ...outcome };
    }),
  );
  const healthy = urls.every((u) => u.verdict.kind === 'healthy');
  const telling = urls.find((u) => u.verdict.kind === 'unhealthy') ?? urls[0];
  return {
    healthy,
    elapsedMs: Math.round(deps.now() - started),
    attempts: urls.reduce((sum, u) => sum + u.attempts, 0),
    ...(telling?.last?.status !== undefined ? { statusCode: telling.last.status } : {}),
    urls,
  };
}
