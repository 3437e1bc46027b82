import type { ConfigContext } from '../lib/action.js';
import type { RunContext } from '../lib/context.js';
import { ConfigError } from '../lib/errors.js';
import { secretGate } from '../lib/gate.js';
import { type Inputs, invalidValue, optionalHttpUrl } from '../lib/inputs.js';
import { parseMentions } from './mentions.js';
import { type MessageSpec, type RunFacts, STATUSES } from './message.js';
import { parsePayload } from './payload.js';

/** Where the message goes; `skip` when no secret reached this run. */
export type SlackDestination =
  | { kind: 'skip'; notice: string }
  | { kind: 'webhook'; webhookUrl: string; threadTs?: string }
  | { kind: 'web-api'; token: string; apiUrl: string; channel?: string; updateTs?: string; threadTs?: string };

/** Everything a notification needs, as plain data; the pipeline may build one itself. */
export interface SlackConfig {
  destination: SlackDestination;
  /** The message built from the run (used when there is no payload). */
  message: MessageSpec;
  /** A raw message sent instead of the built one. */
  payload?: Record<string, unknown>;
  failOnError: boolean;
  retries: number;
  timeoutMs: number;
  /** Lines for the log about choices made (e.g. webhook-url ignored). */
  notes: string[];
}

const TS_HELP = 'expected a Slack message ts such as 1503435956.000247 (the ts output of the step that posted it)';
const DEFAULT_API_URL = 'https://slack.com/api';

/**
 * Reads and validates every input. All inputs are read before the one `await` (the YAML parser,
 * loaded only when a YAML payload is given). `now` is when the run is, for the duration of an update.
 * Reading masks the secrets: both inputs whole, and a webhook URL's path on its own (see below).
 */
export async function readConfig(inputs: Inputs, { run, effects, secrets }: ConfigContext): Promise<SlackConfig> {
  const now = effects.clock.now();
  const webhookUrl = inputs.secret('webhook-url');
  const token = inputs.secret('bot-token');
  const requireToken = inputs.boolean('require-token', false);
  const channel = inputs.optional('channel');
  const updateTs = slackTs(inputs, 'update-ts');
  const threadTs = slackTs(inputs, 'thread-ts');
  const apiUrl = (optionalHttpUrl(inputs, 'api-url') ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const payloadText = inputs.optional('payload');
  const durationMs = inputs.duration('duration', undefined);
  const message: MessageSpec = {
    status: inputs.enum('status', STATUSES, 'success'),
    title: inputs.optional('title'),
    text: inputs.optional('text'),
    fields: [...inputs.keyValues('fields')],
    environment: inputs.optional('environment'),
    url: optionalHttpUrl(inputs, 'url'),
    mentions: parseMentions(inputs.list('mention')),
    durationMs: durationMs ?? durationSince(updateTs, now),
    run: runFacts(run),
  };
  const common = {
    message,
    failOnError: inputs.boolean('fail-on-error', false),
    retries: inputs.integer('retries', 3, { min: 0, max: 10 }),
    timeoutMs: inputs.duration('timeout', 10_000, { min: 100, max: 300_000 }),
    notes: [] as string[],
  };

  const gate = secretGate({
    value: token ?? webhookUrl,
    input: 'webhook-url',
    secretName: 'SLACK_WEBHOOK_URL',
    what: 'the Slack notification (no webhook-url or bot-token)',
    required: requireToken,
  });
  if (!gate.open) return { ...common, destination: { kind: 'skip', notice: gate.notice } };

  if (updateTs && threadTs) {
    throw new ConfigError(
      'Only one of "update-ts" or "thread-ts" can be set: to edit a reply, pass its own ts as update-ts.',
    );
  }
  const payload = payloadText === undefined ? undefined : parsePayload(payloadText, await loadYamlParser(payloadText));

  let destination: SlackDestination;
  if (token) {
    if (/^https?:\/\//i.test(token)) {
      throw new ConfigError('Input "bot-token" holds a URL, not a token: pass an incoming webhook URL as webhook-url.');
    }
    if (webhookUrl)
      common.notes.push('Both bot-token and webhook-url are set: posting with bot-token; webhook-url is ignored.');
    const target = channel ?? (typeof payload?.['channel'] === 'string' ? payload['channel'] : undefined);
    if (!target) {
      throw new ConfigError(
        'Input "channel" is required with "bot-token": give a channel ID such as C0123456789' +
          (updateTs ? ' (to update a message, the channel output of the step that posted it)' : '') +
          '.',
      );
    }
    destination = { kind: 'web-api', token, apiUrl, channel: target, updateTs, threadTs };
  } else {
    const url = webhookUrl!;
    // The URL is the secret: never show it, not even in this error.
    if (!/^https?:\/\/[^\s/]+\/\S*$/i.test(url) || !URL.canParse(url)) {
      throw new ConfigError(
        'Input "webhook-url" is not an http(s) URL (its value is not shown: it is a secret)' +
          (/^xox/.test(url) ? '; it looks like a token: pass it as bot-token' : '') +
          '.',
      );
    }
    if (updateTs)
      throw new ConfigError('Input "update-ts" needs bot-token: an incoming webhook cannot edit a message it posted.');
    // The path is the secret part, and it is what an error names on its own (`safeUrl`: the host
    // and path, without the rest), so it is masked by itself too, before anything can log it. A
    // path too short to be a secret (`/`) is not: masking it would hide every slash in the job.
    const path = new URL(url).pathname;
    if (path.length >= 8) secrets.add(path);
    destination = { kind: 'webhook', webhookUrl: url, threadTs };
  }
  return { ...common, destination, ...(payload ? { payload } : {}) };
}

function runFacts(run: RunContext): RunFacts {
  const { serverUrl, repository, sha, shortSha, refName, actor, runUrl, workflow, job, commitSubject } = run;
  return { serverUrl, repository, sha, shortSha, refName, actor, runUrl, workflow, job, commitSubject };
}

function slackTs(inputs: Inputs, name: string): string | undefined {
  const value = inputs.optional(name);
  if (value !== undefined && !/^\d{9,11}\.\d{1,6}$/.test(value)) throw invalidValue(name, value, TS_HELP);
  return value;
}

/** A message's ts is the second it was posted: an update tells how long since then. */
function durationSince(ts: string | undefined, now: number): number | undefined {
  if (ts === undefined) return undefined;
  const elapsed = now - Number(ts) * 1000;
  return elapsed >= 0 && elapsed < 7 * 24 * 3_600_000 ? elapsed : undefined;
}

async function loadYamlParser(text: string): Promise<(text: string) => unknown> {
  if (text.trimStart().startsWith('{')) return () => undefined; // JSON: the YAML parser is not needed
  const { parse } = await import('yaml');
  return (source) => parse(source);
}
