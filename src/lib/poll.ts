import { setTimeout as delay } from 'node:timers/promises';

/**
 * Time as an injected dependency: polling logic is unit-tested with a fake clock in milliseconds,
 * while the bundles run against loopback servers on the real one.
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts (never rejects for that). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** How long and how often to poll for a final state. */
export interface WaitOptions {
  timeoutMs: number;
  intervalMs: number;
  clock: Clock;
  /** Called when the status changes. */
  onStatus?: (status: string) => void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => delay(ms, undefined, { signal }).catch(() => undefined),
};

export interface PollOptions {
  timeoutMs: number;
  intervalMs: number;
  clock: Clock;
}

export type PollResult<T> =
  { done: true; value: T; polls: number } | { done: false; last: T | undefined; polls: number };

/**
 * Reads until `done(value)` or the deadline: the first read is immediate, later ones `intervalMs`
 * apart, and the last sleep is cut short so the deadline is honoured. A read that throws ends the
 * polling with that error.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: PollOptions,
): Promise<PollResult<T>> {
  const { clock } = options;
  const deadline = clock.now() + options.timeoutMs;
  let last: T | undefined;
  for (let polls = 1; ; polls++) {
    last = await read();
    if (done(last)) return { done: true, value: last, polls };
    const left = deadline - clock.now();
    if (left <= 0) return { done: false, last, polls };
    await clock.sleep(Math.min(options.intervalMs, left));
  }
}

export interface Deadline {
  /** The time remaining, never negative: for each wait in turn. */
  left(): number;
  /**
   * A timeout for one request or process: the time left, at most `maxMs`, at least `minMs` (so a late step still
   * gets its answer or its error).
   */
  cap(maxMs: number, minMs?: number): number;
}

/** A deadline `timeoutMs` from now, shared by the steps of one operation. */
export function deadline(timeoutMs: number, clock: Clock): Deadline {
  const ends = clock.now() + timeoutMs;
  const left = () => Math.max(0, ends - clock.now());
  return { left, cap: (maxMs, minMs = 1000) => Math.max(minMs, Math.min(maxMs, left())) };
}
