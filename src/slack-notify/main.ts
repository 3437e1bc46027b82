import { type ActionContext, defineAction, writeSummary } from '../lib/action.js';
import { readConfig } from './config.js';
import { describeOutcome } from './request.js';
import { logSlackNotes, sendLogged } from './send-logged.js';
import { summaryLine } from './summary.js';

const OUTPUTS = { sent: false as boolean, skipped: false as boolean, ts: '', channel: '' };
type Outputs = typeof OUTPUTS;

/** The action, as index.ts, @github/local-action and tests run it. */
export const run = defineAction({ outputs: OUTPUTS, main });

export async function main(context: ActionContext, outputs: Outputs): Promise<void> {
  const { core } = context;
  const config = await readConfig(context.inputs, context);
  const { destination } = config;
  if (destination.kind === 'skip') {
    core.notice(destination.notice);
    outputs.skipped = true;
    await writeSummary(context, summaryLine({ sent: false, skipped: true, attempts: 0 }));
    return;
  }
  logSlackNotes(config, core);
  const outcome = await sendLogged(config, context);
  outputs.sent = outcome.sent;
  outputs.ts = outcome.ts ?? '';
  outputs.channel = outcome.channel ?? '';
  const sentence = describeOutcome(outcome);
  await writeSummary(context, summaryLine(outcome, sentence));
  if (outcome.sent) {
    core.info(`${sentence}${outcome.ts ? ` ts=${outcome.ts} channel=${outcome.channel ?? ''}` : ''}`);
    if (outcome.mentionReply?.sent === false)
      core.warning(
        'The message was updated, but the reply with the mentions was not sent: ' +
          describeOutcome(outcome.mentionReply),
      );
    return;
  }
  if (config.failOnError) throw new Error(sentence);
  core.warning(`${sentence} The step goes on (fail-on-error: false).`);
}
