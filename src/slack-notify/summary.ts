import { ICON, mdText } from '../lib/summary.js';
import type { SlackOutcome } from './request.js';

/** The job summary's one line: sent where, skipped why, or what Slack said. */
export function summaryLine(outcome: SlackOutcome, failure?: string): string {
  if (outcome.skipped)
    return (
      `${ICON.skip} Slack notification skipped: no webhook-url or bot-token on this run ` +
      '(secrets are not passed to forks and Dependabot).'
    );
  if (outcome.sent) {
    const where = outcome.channel ? ` to ${mdText(outcome.channel)}` : ' through the incoming webhook';
    const verb = outcome.via === 'chat.update' ? 'updated' : 'sent';
    const ts = outcome.ts ? ` (ts ${mdText(outcome.ts)})` : '';
    return `${ICON.pass} Slack notification ${verb}${where}${ts}; ${attempts(outcome)}.`;
  }
  const why = mdText(failure ?? outcome.error ?? 'unknown error');
  return `${ICON.fail} Slack notification failed (${attempts(outcome)}). ${why}`;
}

/** How many requests went to Slack, the retries included: `1 attempt`, `3 attempts`. */
function attempts(outcome: SlackOutcome): string {
  return `${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'}`;
}
