import { NOT_SENT_ERROR_CODES } from '../lib/http.js';
import type { SlackConfig, SlackDestination } from './config.js';
import { explainSlackError } from './explain.js';
import { buildMessage, headlineText } from './message.js';

/**
 * The HTTP exchange with Slack as pure functions: the request for a config, and what an answer
 * means. Formats follow test/fixtures/slack/: webhooks answer `200 ok` or a status with a
 * plain-text code; the Web API answers JSON `{"ok":true,"channel","ts",…}` or `{"ok":false,"error"}`,
 * with HTTP 200 even for errors (and 429 with Retry-After when rate-limited).
 */

export type SlackVia = 'webhook' | 'chat.postMessage' | 'chat.update';
type Sendable = Exclude<SlackDestination, { kind: 'skip' }>;

export interface SlackRequest {
  via: SlackVia;
  url: string;
  headers: Record<string, string>;
  /** Always JSON.stringify of an object: user text can never break it. */
  body: string;
}

/** What happened; the pipeline keeps `ts` and `channel` to update the message later. */
export interface SlackOutcome {
  sent: boolean;
  skipped: boolean;
  via?: SlackVia;
  ts?: string;
  channel?: string;
  /** Slack's error code (no_service, not_in_channel, …), or HTTP_<status> / TIMEOUT / a network code. */
  error?: string;
  /** One line on what the error means and what to do. */
  explanation?: string;
  httpStatus?: number;
  attempts: number;
  /** Retry-After of a rate-limit answer, in ms. */
  retryAfterMs?: number;
  /** No answer came, but the request had been sent: Slack may have posted it (it was not sent again). */
  maybeDelivered?: boolean;
  /** What the HTTP client said of a failure that `unanswered` does not explain itself (never the URL). */
  detail?: string;
  /** The thread reply that carries the mentions of a failure that updated a message (see mentionReply). */
  mentionReply?: SlackOutcome;
}

// Slack warns `missing_charset` on JSON bodies without it (fixtures: chat.postMessage.ok.bot-with-blocks.json).
const JSON_TYPE = 'application/json; charset=utf-8';

export function buildRequest(config: Pick<SlackConfig, 'message' | 'payload'>, destination: Sendable): SlackRequest {
  const body: Record<string, unknown> = config.payload ? { ...config.payload } : buildMessage(config.message);
  if (destination.kind === 'webhook') {
    if (destination.threadTs) body['thread_ts'] = destination.threadTs;
    return {
      via: 'webhook',
      url: destination.webhookUrl,
      headers: { 'content-type': JSON_TYPE },
      body: JSON.stringify(body),
    };
  }
  if (destination.channel) body['channel'] = destination.channel;
  let via: SlackVia = 'chat.postMessage';
  if (destination.updateTs) {
    via = 'chat.update';
    body['ts'] = destination.updateTs;
    delete body['thread_ts'];
  } else if (destination.threadTs) {
    body['thread_ts'] = destination.threadTs;
  }
  return {
    via,
    url: `${destination.apiUrl}/${via}`,
    headers: { 'content-type': JSON_TYPE, authorization: `Bearer ${destination.token}` },
    body: JSON.stringify(body),
  };
}

/**
 * Slack does not notify mentions that an edit adds, so a failure that updates an earlier message
 * ("deploying…" -> "failed") would ping nobody. Then the mentions go in a reply in its thread.
 */
export function mentionReply(
  config: Pick<SlackConfig, 'message' | 'payload'>,
  destination: Sendable,
): SlackRequest | undefined {
  if (destination.kind !== 'web-api' || !destination.updateTs || config.payload) return undefined;
  if (config.message.status !== 'failure' || config.message.mentions.length === 0) return undefined;
  const body = { channel: destination.channel, thread_ts: destination.updateTs, text: headlineText(config.message) };
  return {
    via: 'chat.postMessage',
    url: `${destination.apiUrl}/chat.postMessage`,
    headers: { 'content-type': JSON_TYPE, authorization: `Bearer ${destination.token}` },
    body: JSON.stringify(body),
  };
}

export interface SlackAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  attempts: number;
}

export function interpretAnswer(via: SlackVia, answer: SlackAnswer, retryAfterMs?: number): SlackOutcome {
  const base = { skipped: false, via, httpStatus: answer.status, attempts: answer.attempts };
  if (via === 'webhook') {
    if (answer.status === 200 && answer.body.trim() === 'ok') return { ...base, sent: true };
    return failed(base, codeIn(answer.body) ?? `HTTP_${answer.status}`, undefined, retryAfterMs);
  }
  const json = parseObject(answer.body);
  if (answer.status === 200 && json?.['ok'] === true) {
    return { ...base, sent: true, ts: stringOr(json['ts']), channel: stringOr(json['channel']) };
  }
  const code = typeof json?.['error'] === 'string' ? json['error'] : `HTTP_${answer.status}`;
  return failed(base, code, stringOr(json?.['needed']), retryAfterMs);
}

/**
 * A request that got no answer at all. Refused, unresolvable or unreachable: it never left, and was
 * retried. Reset or timed out on an open connection: it may have arrived and been posted, and was
 * not sent again (a second POST would post a second message), so the outcome says it may be there.
 * `detail`, the HTTP client's own words, is kept when this says no more than "the connection broke".
 */
export function unanswered(
  via: SlackVia,
  code: string,
  attempts: number,
  timeoutMs: number,
  detail?: string,
): SlackOutcome {
  const base = { sent: false, skipped: false, via, error: code, attempts };
  if (NOT_SENT_ERROR_CODES.has(code)) {
    const explanation =
      code === 'ECONNREFUSED'
        ? 'connection refused'
        : /^(ENOTFOUND|EAI_AGAIN)$/.test(code)
          ? 'the host name does not resolve'
          : 'could not connect';
    return { ...base, explanation };
  }
  const what =
    code === 'TIMEOUT' ? `no complete answer within ${timeoutMs / 1000} s` : 'the connection broke before an answer';
  const unsure = 'after the request was sent, so Slack may have posted it; not sent again, to avoid a duplicate';
  return {
    ...base,
    maybeDelivered: true,
    explanation: `${what} ${unsure}`,
    ...(detail && code !== 'TIMEOUT' ? { detail } : {}),
  };
}

/** One sentence for a warning or a failure; never holds the URL or the token. */
export function describeOutcome(outcome: SlackOutcome): string {
  if (outcome.sent) return `Slack accepted the message (${outcome.via}).`;
  const how = `${outcome.via}${outcome.attempts > 1 ? `, after ${outcome.attempts} attempts` : ''}`;
  if (outcome.httpStatus === undefined) {
    const verb = outcome.maybeDelivered ? 'No answer from Slack' : 'Could not reach Slack';
    const error = outcome.detail ? `${outcome.error}: ${outcome.detail}` : outcome.error;
    return `${verb} (${how}): ${outcome.explanation ?? 'no answer'} (${error}).`;
  }
  const said = outcome.error?.startsWith('HTTP_')
    ? `HTTP ${outcome.httpStatus}`
    : `${outcome.error} (HTTP ${outcome.httpStatus})`;
  return `Slack refused the message (${how}): ${said}${outcome.explanation ? `: ${outcome.explanation}` : ''}.`;
}

/** Slack's codes are short snake_case words; anything else (HTML from a proxy) is not shown as one. */
function codeIn(body: string): string | undefined {
  const text = body.trim();
  return /^[a-z][a-z0-9_]{1,80}$/.test(text) ? text : undefined;
}

function failed(
  base: Omit<SlackOutcome, 'sent'>,
  code: string,
  needed: string | undefined,
  retryAfterMs: number | undefined,
): SlackOutcome {
  const explanation = explainSlackError(code, needed);
  return {
    ...base,
    sent: false,
    error: code,
    ...(explanation ? { explanation } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
