import type { ActionContext } from '../lib/action.js';
import type { SlackConfig } from './config.js';
import type { SlackOutcome } from './request.js';
import { sendSlack } from './send.js';

type SlackContext = Pick<ActionContext, 'core' | 'secrets' | 'effects'>;

/** Once, before the first message: logs the config's notes (readConfig has masked the secrets already). */
export function logSlackNotes(config: SlackConfig, core: ActionContext['core']): void {
  for (const note of config.notes) core.info(note);
}

/**
 * `sendSlack` through the context's HTTP client and clock, with each retry logged (the notice holds
 * no URL) and the run's secrets redacted from the message. Shared by slack-notify and the pipeline.
 */
export function sendLogged(config: SlackConfig, context: SlackContext): Promise<SlackOutcome> {
  const { core, effects } = context;
  return sendSlack(config, {
    redact: (text) => context.secrets.redact(text),
    http: effects.http,
    sleep: (ms) => effects.clock.sleep(ms),
    onRetry: (n) =>
      core.info(
        `Slack (${n.via}): ${n.cause}; retrying in ${Math.ceil(n.delayMs / 1000)} s ` +
          `(attempt ${n.attempt + 1} of ${config.retries + 1}).`,
      ),
  });
}
