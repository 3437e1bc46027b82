import { type ActionContext, type Core, runAction, writeSummary } from '../lib/action.js';
import { readConfig, type SlackConfig } from './config.js';
import { describeOutcome, type SlackOutcome } from './request.js';
import { sendSlack } from './send.js';
import { summaryLine } from './summary.js';

export function run(runnerCore: Core, env: Record<string, string | undefined> = process.env): Promise<void> {
  return runAction(
    {
      outputs: { sent: false as boolean, skipped: false as boolean, ts: '', channel: '' },
      async main(context, outputs) {
        const { core } = context;
        const config = await readConfig(context.inputs, context.run);
        const { destination } = config;
        if (destination.kind === 'skip') {
          core.notice(destination.notice);
          outputs.skipped = true;
          await writeSummary(context, summaryLine({ sent: false, skipped: true, attempts: 0 }));
          return;
        }
        prepareSlack(config, context);
        const outcome = await sendLogged(config, core, (text) => context.secrets.redact(text));
        outputs.sent = outcome.sent;
        outputs.ts = outcome.ts ?? '';
        outputs.channel = outcome.channel ?? '';
        const sentence = describeOutcome(outcome);
        await writeSummary(context, summaryLine(outcome, sentence));
        if (outcome.sent) {
          core.info(`${sentence}${outcome.ts ? ` ts=${outcome.ts} channel=${outcome.channel ?? ''}` : ''}`);
          if (outcome.mentionReply?.sent === false) core.warning(`The message was updated, but the reply with the mentions was not sent: ${describeOutcome(outcome.mentionReply)}`);
          return;
        }
        if (config.failOnError) throw new Error(sentence);
        core.warning(`${sentence} The step goes on (fail-on-error: false).`);
      },
    },
    runnerCore,
    env,
  );
}

/** Once, before the first message: masks the webhook URL's path (its secret part) on its own, and logs the config's notes. */
export function prepareSlack(config: SlackConfig, context: Pick<ActionContext, 'core' | 'secrets'>): void {
  const { destination } = config;
  if (destination.kind === 'webhook') context.secrets.add(new URL(destination.webhookUrl).pathname);
  for (const note of config.notes) context.core.info(note);
}

/** `sendSlack` with each retry logged (the notice holds no URL) and the run's secrets redacted from the message. */
export function sendLogged(config: SlackConfig, core: Pick<Core, 'info'>, redact: (text: string) => string): Promise<SlackOutcome> {
  return sendSlack(config, {
    redact,
    onRetry: (n) => core.info(`Slack (${n.via}): ${n.cause}; retrying in ${Math.ceil(n.delayMs / 1000)} s (attempt ${n.attempt + 1} of ${config.retries + 1}).`),
  });
}
