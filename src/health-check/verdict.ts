import { formatDuration } from '../lib/summary.js';
import type { CheckConfig, HealthResult } from './check.js';
import { unhealthyStory } from './report.js';
import type { RollbackResult } from './rollback.js';

/**
 * The end of the story, pure: one message that tells why the release was judged unhealthy and
 * what the rollback did, and whether the step fails.
 */
export interface Verdict {
  failed: boolean;
  /** `info` when healthy; `warning` when unhealthy but told not to fail; `error` otherwise. */
  level: 'info' | 'warning' | 'error';
  message: string;
}

/** `3 attempts in 1.2 s` */
function attemptsIn(result: HealthResult): string {
  return `${result.attempts} attempt${result.attempts === 1 ? '' : 's'} in ${formatDuration(result.elapsedMs)}`;
}

export function healthyStory(result: HealthResult): string {
  const count = result.urls.length;
  return `${count === 1 ? 'The URL is' : `All ${count} URLs are`} healthy (${attemptsIn(result)})`;
}

export function rollbackStory(rollback: RollbackResult, check: CheckConfig): string {
  if (!rollback.attempted) return 'No rollback is configured (rollback: none).';
  const outcome = rollback.outcome!;
  const what = `${rollback.description} ${outcome.detail}`;
  if (!outcome.ok) return `The rollback FAILED: ${what}, so the unhealthy release may still be serving.`;
  if (!rollback.verification)
    return `Rolled back: ${what}; health after the rollback was not checked (verify-after-rollback: false).`;
  if (rollback.healthyAfter)
    return `Rolled back: ${what}; the service is healthy again (${attemptsIn(rollback.verification)}).`;
  return (
    `Rolled back: ${what}; but the service is still unhealthy after the rollback: ` +
    `${unhealthyStory(rollback.verification, check)}.`
  );
}

export function finalVerdict(
  health: HealthResult,
  rollback: RollbackResult | undefined,
  check: CheckConfig,
  failOnUnhealthy: boolean,
): Verdict {
  if (health.healthy) return { failed: false, level: 'info', message: `${healthyStory(health)}.` };
  const story = `The release is unhealthy: ${unhealthyStory(health, check)}.`;
  const message = rollback ? `${story} ${rollbackStory(rollback, check)}` : story;
  return failOnUnhealthy
    ? { failed: true, level: 'error', message }
    : { failed: false, level: 'warning', message: `${message} The step does not fail (fail-on-unhealthy: false).` };
}
