import { type Clock, type Deadline, deadline } from './poll.js';
import { formatDuration } from './summary.js';

/**
 * A step's own `timeout` across everything the step does (install, download, database update,
 * the tool's run): one deadline, one AbortSignal for the waits that take one, the time left for
 * those that take a number, and an error that says which phase ran out of time. Without it each
 * phase had its own fixed limits, and `timeout: 5s` could wait minutes for a download.
 */
export class StepTimeoutError extends Error {
  override name = 'StepTimeoutError';
}

/** poll.ts's `Deadline` (`left()`, `cap()`: a late phase still gets to say why it failed), plus: */
export interface StepDeadline extends Deadline {
  /** Aborts when the step's time is up. */
  readonly signal: AbortSignal;
  /** Runs one phase; a failure once the time is up becomes a StepTimeoutError naming the phase. */
  phase<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/**
 * `input` names the user's setting (`timeout`); `covers` lists, in words, what it bounds; the time
 * left is read from `clock` (the context's).
 */
export function stepDeadline(timeoutMs: number, input: string, covers: string, clock: Clock): StepDeadline {
  const time = deadline(timeoutMs, clock);
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new StepTimeoutError(`the ${formatDuration(timeoutMs)} "${input}" ran out`)),
    timeoutMs,
  );
  timer.unref();
  const outOfTime = (phase: string, cause?: unknown) => {
    const detail = cause instanceof Error && cause.message ? ` (${cause.message.replace(/[.\s]+$/, '')})` : '';
    return new StepTimeoutError(
      `The ${formatDuration(timeoutMs)} "${input}" ran out while ${phase}${detail}: it covers ${covers}.`,
    );
  };
  return {
    signal: controller.signal,
    left: time.left,
    cap: time.cap,
    async phase(name, work) {
      if (time.left() === 0) throw outOfTime(name);
      try {
        return await work();
      } catch (error) {
        if (error instanceof StepTimeoutError) throw error;
        if (time.left() === 0 || controller.signal.aborted) throw outOfTime(name, error);
        throw error;
      }
    },
  };
}
