import {
  HttpError,
  type HttpRequest,
  type HttpResponse,
  parseRetryAfter,
  planRetry,
  type RetryNotice,
  type RetryPolicy,
  safeUrl,
} from '../lib/http.js';
import type { SlackConfig } from './config.js';
import {
  buildRequest,
  interpretAnswer,
  mentionReply,
  type SlackOutcome,
  type SlackRequest,
  type SlackVia,
  unanswered,
} from './request.js';

export interface SendHooks {
  /** Called before each retry; the notice holds no URL. */
  onRetry?: (notice: RetryNotice & { via: SlackVia }) => void;
  /** Waits between rate-limit retries of the Web API's HTTP-200 `rate_limited` answers (the context's clock). */
  sleep: (ms: number) => Promise<void>;
  /**
   * Applied to each request body before it leaves: a message can carry text from elsewhere (the
   * pipeline's health story quotes probe errors and response bodies), and no secret goes to Slack.
   */
  redact?: (text: string) => string;
  /** The HTTP client (the context's). */
  http: (request: HttpRequest) => Promise<HttpResponse>;
}

/**
 * A post to Slack is not idempotent: the same request twice is two messages. So a failure is
 * retried only when Slack cannot have posted it: the connection was refused or never made (DNS,
 * unreachable), or Slack answered 429 (rate-limited, nothing posted) or 408/5xx (Slack documents
 * none of those as posted). A reset or a timeout after the request was sent is not retried.
 */
const RETRY_BASE = { minDelayMs: 1000, maxDelayMs: 8000, budgetMs: 30_000, idempotent: false };

/**
 * Sends one notification as the config says and reports what happened. It never throws for what
 * Slack answers or for a network failure: the caller decides whether that fails the step.
 */
export async function sendSlack(config: SlackConfig, hooks: SendHooks): Promise<SlackOutcome> {
  const { destination } = config;
  if (destination.kind === 'skip') return { sent: false, skipped: true, attempts: 0 };
  const redacted = (request: SlackRequest): SlackRequest =>
    hooks.redact ? { ...request, body: hooks.redact(request.body) } : request;
  const outcome = await deliver(redacted(buildRequest(config, destination)), config, hooks);
  const reply = outcome.sent ? mentionReply(config, destination) : undefined;
  return reply ? { ...outcome, mentionReply: await deliver(redacted(reply), config, hooks) } : outcome;
}

/**
 * One request to Slack, retried as RETRY_BASE says: 429 (after Retry-After), 5xx and connection
 * failures by the HTTP client;
 * the Web API's `rate_limited` answer, which comes with HTTP 200, here, on the same budget.
 */
async function deliver(request: SlackRequest, config: SlackConfig, hooks: SendHooks): Promise<SlackOutcome> {
  const policy: RetryPolicy = { ...RETRY_BASE, retries: config.retries };
  const { sleep } = hooks;
  let attempts = 0;
  let waitedMs = 0;
  for (;;) {
    const outcome = await exchange(
      request,
      config,
      policy,
      (notice) => hooks.onRetry?.({ ...notice, via: request.via }),
      hooks.http,
    );
    attempts += outcome.attempts;
    waitedMs += outcome.waitedMs;
    const result = { ...outcome.result, attempts };
    if (result.sent || (result.error !== 'rate_limited' && result.error !== 'ratelimited') || result.httpStatus !== 200)
      return result;
    const decision = planRetry({ attempt: attempts, status: 429, retryAfterMs: result.retryAfterMs, waitedMs, policy });
    if (!decision.retry) return result;
    hooks.onRetry?.({ attempt: attempts, delayMs: decision.delayMs, cause: result.error, via: request.via });
    await sleep(decision.delayMs);
    waitedMs += decision.delayMs;
  }
}

async function exchange(
  request: SlackRequest,
  config: SlackConfig,
  policy: RetryPolicy,
  onRetry: (notice: RetryNotice) => void,
  http: (request: HttpRequest) => Promise<HttpResponse>,
): Promise<{ result: SlackOutcome; attempts: number; waitedMs: number }> {
  let waitedMs = 0;
  try {
    const response = await http({
      url: request.url,
      method: 'POST',
      headers: request.headers,
      body: request.body,
      timeoutMs: config.timeoutMs,
      maxBodyBytes: 256 * 1024,
      retry: policy,
      onRetry: (notice) => {
        waitedMs += notice.delayMs;
        onRetry(notice);
      },
    });
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
    return { result: interpretAnswer(request.via, response, retryAfterMs), attempts: response.attempts, waitedMs };
  } catch (error) {
    if (!(error instanceof HttpError)) {
      return { result: unanswered(request.via, 'ERROR', 1, config.timeoutMs), attempts: 1, waitedMs };
    }
    const { code, attempts } = error;
    const detail = clientWords(error, request.url);
    return { result: unanswered(request.via, code, attempts, config.timeoutMs, detail), attempts, waitedMs };
  }
}

/**
 * An HttpError's message without the URL it starts with (`safeUrl`: scheme, host and path). A
 * webhook's path is its secret: readConfig has masked it, so every log line, summary and output
 * would redact it anyway, but the words are kept without it all the same. Undefined for a message
 * of another shape, which may hold the URL elsewhere.
 */
function clientWords(error: HttpError, url: string): string | undefined {
  const prefix = `${safeUrl(url)}: `;
  if (!error.message.startsWith(prefix)) return undefined;
  return error.message.slice(prefix.length).replace(` (${error.code})`, '') || undefined;
}
