import { safeUrl } from '../lib/http.js';
import { formatDuration } from '../lib/summary.js';
import type { CheckConfig, HealthResult, UrlResult } from './check.js';
import { describeMismatches, excerpt, type Mismatch } from './policy.js';
import type { ProbeResult } from './probe-loop.js';

/** The `report` output: one entry per URL, plain JSON. */
export interface UrlReport {
  url: string;
  healthy: boolean;
  verdict: 'healthy' | 'unhealthy' | 'cancelled';
  /** One sentence: why the URL was judged as it was. */
  reason: string;
  attempts: number;
  elapsedMs: number;
  lastStatus: number | null;
  latencyMs: { p50: number | null; p95: number | null };
  lastError: string | null;
  /** What the last failed probe was expected to show and what it showed. */
  mismatches: Pick<Mismatch, 'subject' | 'expected' | 'seen'>[];
  bodyExcerpt: string | null;
}

const EXCERPT_LENGTH = 300;

/** Nearest-rank percentile; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** What a failed probe saw, in one phrase. */
export function describeProbe(probe: ProbeResult): string {
  if (probe.error !== undefined) return `no answer: ${probe.error}`;
  return describeMismatches(probe.mismatches);
}

/** Why a URL was judged healthy, unhealthy or left unfinished, in one sentence (no URL in it). */
export function urlReason(result: UrlResult, config: CheckConfig): string {
  const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
  const since = (at: number) => formatDuration(at - result.startedAt);
  const failure = result.lastFailure ? describeProbe(result.lastFailure) : undefined;
  const verdict = result.verdict;
  switch (verdict.kind) {
    case 'healthy':
      return `healthy after ${attempts} in ${formatDuration(result.endedAt - result.startedAt)}`;
    case 'cancelled':
      return `stopped after ${attempts}: another URL was already judged unhealthy`;
    case 'unhealthy':
      if (verdict.why === 'flapping') {
        return (
          `healthy at ${since(result.streakStartedAt ?? result.startedAt)}, ` +
          `then failed ${since(result.lastFailure?.startedAt ?? result.endedAt)} ` +
          `into the ${formatDuration(config.stableForMs)} stable-for window: ${failure}`
        );
      }
      if (result.last?.ok && result.streakStartedAt !== undefined) {
        // Every probe so far passed, but the window or the streak was not complete when probing stopped.
        const streak =
          config.stableForMs > 0
            ? `healthy for ${formatDuration(result.endedAt - result.streakStartedAt)} ` +
              `of the ${formatDuration(config.stableForMs)} stable-for window`
            : `not yet ${config.consecutiveSuccesses} consecutive successes`;
        const stop =
          verdict.why === 'attempts'
            ? `after ${attempts} (max-attempts)`
            : `when the ${formatDuration(config.timeoutMs)} timeout ran out (${attempts})`;
        return `${streak} ${stop}`;
      }
      if (verdict.why === 'attempts')
        return `still unhealthy after ${attempts} (max-attempts): ${failure ?? 'no probe finished'}`;
      return (
        `not healthy within the ${formatDuration(config.timeoutMs)} ` +
        `timeout (${attempts}); last: ${failure ?? 'no probe finished'}`
      );
  }
}

export function urlReport(result: UrlResult, config: CheckConfig): UrlReport {
  const shown = result.lastFailure ?? result.last;
  return {
    url: safeUrl(result.url),
    healthy: result.verdict.kind === 'healthy',
    verdict: result.verdict.kind,
    reason: urlReason(result, config),
    attempts: result.attempts,
    elapsedMs: Math.round(result.endedAt - result.startedAt),
    lastStatus: result.last?.status ?? null,
    latencyMs: { p50: percentile(result.latenciesMs, 50), p95: percentile(result.latenciesMs, 95) },
    lastError: result.last?.error ?? null,
    mismatches: (result.lastFailure?.mismatches ?? []).map(({ subject, expected, seen }) => ({
      subject,
      expected,
      seen,
    })),
    bodyExcerpt: shown?.body === undefined ? null : excerpt(shown.body, EXCERPT_LENGTH),
  };
}

export function healthReport(result: HealthResult, config: CheckConfig): UrlReport[] {
  return result.urls.map((url) => urlReport(url, config));
}

/** Why the release is unhealthy: each failed URL and its reason (cancelled ones left out). */
export function unhealthyStory(result: HealthResult, config: CheckConfig): string {
  const failed = result.urls.filter((u) => u.verdict.kind === 'unhealthy');
  const shown = failed.length > 0 ? failed : result.urls.filter((u) => u.verdict.kind !== 'healthy');
  return shown.map((u) => `${safeUrl(u.url)} ${urlReason(u, config)}`).join('; ');
}
