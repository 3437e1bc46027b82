import { deadline as startDeadline } from '../lib/poll.js';
import type { ProviderDeps, ProviderRun } from './contract.js';

/** No single request waits longer than this, however much of the deadline is left. */
export const REQUEST_CAP_MS = 30_000;

/**
 * The one timeout rule for every provider, deploy and rollback alike: the operation gets one
 * deadline, and every HTTP request is bounded by min(REQUEST_CAP_MS, time left), read when the
 * request is made (so a late request never outlives the budget by more than a second).
 */
export function startProviderRun(deps: ProviderDeps, timeoutMs: number, pollIntervalMs: number): ProviderRun {
  const deadline = startDeadline(timeoutMs, deps.clock);
  return {
    deps,
    deadline,
    pollIntervalMs,
    remainingMs: () => deadline.cap(Number.POSITIVE_INFINITY),
    http: (request) => deps.http({ ...request, timeoutMs: deadline.cap(REQUEST_CAP_MS) }),
  };
}
