import { type Core, runAction, writeSummary } from '../lib/action.js';
import { readConfig } from './config.js';
import { describeOutcome } from './request.js';
import { sendSlack } from './send.js';
import { summaryLine } from './summary.js';

export function run(core: Core, env: Record<string, string | undefined> = process.env): Promise<void> {
  return runAction(
    {
      outputs: { sent: false as boolean, skipped: false as boolean, ts: '', channel: '' },
      async main(context, outputs) {
        const config = await readConfig(context.inputs, context.run);
        const { destination } = config;
        if (destination.kind === 'skip') {
          core.notice(destination.notice);
          outputs.skipped = true;
          await writeSummary(context, summaryLine({ sent: false, skipped: true, attempts: 0 }));
          return;
        }
        // The webhook URL's path is its secret: mask it on its own too, should anything show it alone.
        if (destination.kind === 'webhook') context.secrets.add(new URL(destination.webhookUrl).pathname);
        for (const note of config.notes) core.info(note);

        const outcome = await sendSlack(config, {
          onRetry: (n) => core.info(`Slack (${n.via}): ${n.cause}; retrying in ${Math.ceil(n.delayMs / 1000)} s (attempt ${n.attempt + 1} of ${config.retries + 1}).`),
        });
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
    core,
    env,
  );
}
