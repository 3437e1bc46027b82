import { judgeAnswer, type Answer, type Expectations, type Mismatch } from './policy.js';

/**
 * Polling one URL until it is healthy, judged unhealthy, or out of time. The decision after each
 * probe (`advance`) is pure; `pollUrl` runs it with an injected clock, sleep and probe, so that the
 * same code is tested with a fake clock in milliseconds and run for real against servers.
 */

export interface PollPolicy {
  intervalMs: number;
  backoff: 'fixed' | 'exponential';
  /** Cap of the exponential backoff. */
  maxIntervalMs: number;
  consecutiveSuccesses: number;
  /** After the first success, every probe must pass for this long (0: no stability watch). */
  stableForMs: number;
  /** Stop after this many probes (0: only the deadline stops). */
  maxAttempts: number;
  requestTimeoutMs: number;
}

export interface PollState {
  attempts: number;
  consecutive: number;
  failuresInARow: number;
  /** When the first success of the current run of successes was observed (its answer came back). */
  streakStartedAt?: number;
}

export type UnhealthyWhy = 'deadline' | 'flapping' | 'attempts';

export type Decision = { kind: 'wait'; until: number } | { kind: 'healthy' } | { kind: 'unhealthy'; why: UnhealthyWhy };

export const INITIAL_STATE: PollState = { attempts: 0, consecutive: 0, failuresInARow: 0 };

/** The wait after a probe: the interval after a success, the backoff after failures. */
export function delayAfter(failuresInARow: number, policy: PollPolicy): number {
  if (failuresInARow === 0 || policy.backoff === 'fixed') return policy.intervalMs;
  return Math.min(policy.intervalMs * 2 ** (failuresInARow - 1), Math.max(policy.maxIntervalMs, policy.intervalMs));
}

/**
 * The state and decision after a probe that started at `startedAt`, was answered at `observedAt`
 * (default: at once), and passed or not. Probes are scheduled by their start; the stability window
 * is measured between observations, so it runs from when health was first seen, however long
 * that first answer took.
 */
export function advance(
  state: PollState,
  probe: { ok: boolean; startedAt: number; observedAt?: number },
  policy: PollPolicy,
  deadline: number,
): { state: PollState; decision: Decision } {
  const attempts = state.attempts + 1;
  const observedAt = probe.observedAt ?? probe.startedAt;
  let next: PollState;
  if (probe.ok) {
    next = {
      attempts,
      consecutive: state.consecutive + 1,
      failuresInARow: 0,
      streakStartedAt: state.streakStartedAt ?? observedAt,
    };
    const stableSince = observedAt - next.streakStartedAt!;
    if (next.consecutive >= policy.consecutiveSuccesses && stableSince >= policy.stableForMs) {
      return { state: next, decision: { kind: 'healthy' } };
    }
  } else {
    // Inside a stability watch every probe must pass: a failure after the first success is flapping.
    if (policy.stableForMs > 0 && state.streakStartedAt !== undefined) {
      return {
        state: { ...state, attempts, consecutive: 0, failuresInARow: 1 },
        decision: { kind: 'unhealthy', why: 'flapping' },
      };
    }
    next = { attempts, consecutive: 0, failuresInARow: state.failuresInARow + 1 };
  }
  if (policy.maxAttempts > 0 && attempts >= policy.maxAttempts)
    return { state: next, decision: { kind: 'unhealthy', why: 'attempts' } };
  let until = probe.startedAt + delayAfter(next.failuresInARow, policy);
  // Land the last probe of a stability watch on the end of its window rather than up to an interval later.
  if (probe.ok && policy.stableForMs > 0) {
    const windowEnd = next.streakStartedAt! + policy.stableForMs;
    if (windowEnd > probe.startedAt) until = Math.min(until, windowEnd);
  }
  if (until >= deadline) return { state: next, decision: { kind: 'unhealthy', why: 'deadline' } };
  return { state: next, decision: { kind: 'wait', until } };
}

/** What one probe saw: an answer, or an error when none came (refused, reset, timeout, TLS). */
export interface Observation {
  answer?: Answer;
  error?: { code: string; message: string };
  latencyMs: number;
}

export interface ProbeResult {
  attempt: number;
  /** Clock time the probe started (the clock of PollDeps). */
  startedAt: number;
  latencyMs: number;
  ok: boolean;
  status?: number;
  /** Why there was no answer. */
  error?: string;
  mismatches: Mismatch[];
  /** The start of the body, one line (not yet redacted). */
  body?: string;
}

/** One probe, as the summary's latency chart shows it. */
export type ProbeSample = Pick<ProbeResult, 'attempt' | 'latencyMs' | 'ok'>;

export interface PollDeps {
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  probe(timeoutMs: number, signal: AbortSignal): Promise<Observation>;
  onProbe?(result: ProbeResult): void;
}

export type PollVerdict = { kind: 'healthy' } | { kind: 'unhealthy'; why: UnhealthyWhy } | { kind: 'cancelled' };

export interface PollOutcome {
  verdict: PollVerdict;
  attempts: number;
  startedAt: number;
  endedAt: number;
  latenciesMs: number[];
  /** Every probe sent, in order: how long each took and whether it passed (the latency chart). */
  probes: ProbeSample[];
  last?: ProbeResult;
  /** The last probe that failed, if any: what was expected and what was seen. */
  lastFailure?: ProbeResult;
  /** When the current run of successes began (the healthy streak, or the stable window cut short). */
  streakStartedAt?: number;
}

const BODY_KEPT = 2000;

/** Judge one observation against the expectations. */
export function toProbeResult(
  observation: Observation,
  expectations: Expectations,
  attempt: number,
  startedAt: number,
): ProbeResult {
  const base = { attempt, startedAt, latencyMs: observation.latencyMs };
  if (!observation.answer) {
    return { ...base, ok: false, error: observation.error?.message ?? 'no answer', mismatches: [] };
  }
  const mismatches = judgeAnswer(observation.answer, expectations);
  return {
    ...base,
    ok: mismatches.length === 0,
    status: observation.answer.status,
    mismatches,
    body: observation.answer.body.slice(0, BODY_KEPT),
  };
}

/**
 * Probe until a decision, never past `deadline`: each probe gets at most the time left, and a
 * probe that would start at or after the deadline is not started. `signal` cancels (another URL
 * already failed).
 */
export async function pollUrl(
  policy: PollPolicy,
  expectations: Expectations,
  deadline: number,
  deps: PollDeps,
  signal: AbortSignal,
): Promise<PollOutcome> {
  const startedAt = deps.now();
  const outcome: PollOutcome = {
    verdict: { kind: 'unhealthy', why: 'deadline' },
    attempts: 0,
    startedAt,
    endedAt: startedAt,
    latenciesMs: [],
    probes: [],
  };
  let state = INITIAL_STATE;
  for (;;) {
    const probeStart = deps.now();
    const left = deadline - probeStart;
    if (signal.aborted) {
      outcome.verdict = { kind: 'cancelled' };
      break;
    }
    if (left <= 0) break;
    const observation = await deps.probe(Math.ceil(Math.min(policy.requestTimeoutMs, left)), signal);
    if (signal.aborted) {
      outcome.verdict = { kind: 'cancelled' };
      break;
    }
    const observedAt = deps.now();
    const result = toProbeResult(observation, expectations, state.attempts + 1, probeStart);
    deps.onProbe?.(result);
    outcome.last = result;
    if (result.status !== undefined) outcome.latenciesMs.push(result.latencyMs);
    outcome.probes.push({ attempt: result.attempt, latencyMs: result.latencyMs, ok: result.ok });
    // A probe the deadline cut short only says that time ran out: the failure before it says why.
    const cutShort = left < policy.requestTimeoutMs && result.status === undefined && outcome.lastFailure !== undefined;
    if (!result.ok && !cutShort) outcome.lastFailure = result;
    const step = advance(state, { ok: result.ok, startedAt: probeStart, observedAt }, policy, deadline);
    state = step.state;
    outcome.attempts = state.attempts;
    if (step.decision.kind !== 'wait') {
      outcome.verdict = step.decision;
      break;
    }
    const wait = step.decision.until - deps.now();
    if (wait > 0) await deps.sleep(wait, signal);
  }
  outcome.streakStartedAt = state.streakStartedAt;
  outcome.endedAt = deps.now();
  return outcome;
}
