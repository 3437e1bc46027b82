import type { Dispatcher, RetryHandler } from 'undici';

/**
 * HTTP on undici: a deadline per request (headers and body), bodies read up to a bound, proxies
 * from HTTPS_PROXY / HTTP_PROXY / NO_PROXY, optional redirects and TLS settings, and bounded
 * retries through undici's RetryAgent with our own decision (`planRetry`, pure) so that
 * Retry-After is honoured and the whole retry budget is capped. undici is imported on the first
 * request, so runs that never make one (a skip) do not pay for loading it.
 */

let undici: Promise<typeof import('./undici.js')> | undefined;
/** undici, imported once on first use (also by download.ts). */
export const loadUndici = () => (undici ??= import('./undici.js'));

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff delay; doubled each retry, capped by maxDelayMs. */
  minDelayMs: number;
  maxDelayMs: number;
  /** Total time that waiting between attempts may take; a Retry-After beyond it ends the retries. */
  budgetMs: number;
  /** Statuses worth another attempt. Default: 408, 429, 500, 502, 503, 504. */
  statusCodes?: readonly number[];
  /**
   * Whether sending the request twice does no harm. When false (the default for POST and PATCH),
   * a network failure is retried only when the request cannot have reached the server
   * (`NOT_SENT_ERROR_CODES`: refused, DNS, unreachable, connect timeout); a reset or a timeout
   * after it was sent may have been acted on, and repeating it could post twice.
   */
  idempotent?: boolean;
}

export interface RetryNotice {
  attempt: number;
  delayMs: number;
  /** The status that caused the retry, or the network error's code. */
  cause: string;
}

export interface TlsOptions {
  /** Accept any certificate (off by default). */
  insecure?: boolean;
  /** Extra trusted CA certificates, PEM. */
  ca?: string;
}

export interface HttpRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Deadline for the whole exchange, body included (per attempt when retrying). Default 30 s. */
  timeoutMs?: number;
  /** Read at most this many bytes of the body; the rest is discarded unread. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * Follow up to this many redirects (0: return the 3xx as it is). A redirect to another origin
   * (scheme, host or port) carries none of `headers`: see `redirectStep`.
   */
  maxRedirects?: number;
  tls?: TlsOptions;
  retry?: RetryPolicy;
  onRetry?: (notice: RetryNotice) => void;
  /** Aborts the request from outside (e.g. an overall deadline). */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body was longer than maxBodyBytes and was cut. */
  truncated: boolean;
  /** Bytes of body read (at most maxBodyBytes + one chunk). */
  bytesRead: number;
  attempts: number;
  latencyMs: number;
}

/** A request that got no HTTP answer: refused, reset, timed out, TLS failure, too many redirects. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    message: string,
    readonly code: string,
    readonly attempts: number,
  ) {
    super(message);
  }
}

export const DEFAULT_RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];
/** Network failures before any byte of the request left: no server can have acted on it. */
export const NOT_SENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETDOWN',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);
/** Network failures on a connection that was open: the request may have arrived, in part or whole. */
const MAYBE_SENT_ERROR_CODES = [
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
];
const RETRY_ERROR_CODES = new Set([...NOT_SENT_ERROR_CODES, ...MAYBE_SENT_ERROR_CODES]);

/** Methods that may be sent again without harm (RFC 9110, 9.2.2), when the caller does not say. */
export function isIdempotent(method: string): boolean {
  return !['POST', 'PATCH'].includes(method.toUpperCase());
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; why: string };

/** Whether attempt `attempt` (1-based) that failed this way gets another try, and after how long. */
export function planRetry(failure: {
  attempt: number;
  status?: number;
  errorCode?: string;
  retryAfterMs?: number;
  waitedMs: number;
  policy: RetryPolicy;
}): RetryDecision {
  const { policy } = failure;
  const statuses = policy.statusCodes ?? DEFAULT_RETRY_STATUSES;
  if (failure.status !== undefined && !statuses.includes(failure.status)) {
    return { retry: false, why: `status ${failure.status} is final` };
  }
  if (failure.status === undefined && !RETRY_ERROR_CODES.has(failure.errorCode ?? '')) {
    return { retry: false, why: `error ${failure.errorCode ?? 'unknown'} is final` };
  }
  if (
    failure.status === undefined &&
    policy.idempotent === false &&
    !NOT_SENT_ERROR_CODES.has(failure.errorCode ?? '')
  ) {
    return {
      retry: false,
      why: `error ${failure.errorCode} came after the request was sent, and sending it again could repeat it`,
    };
  }
  if (failure.attempt > policy.retries) return { retry: false, why: `gave up after ${failure.attempt} attempts` };
  const backoff = Math.min(policy.minDelayMs * 2 ** (failure.attempt - 1), policy.maxDelayMs);
  const delayMs = failure.retryAfterMs ?? backoff;
  const left = policy.budgetMs - failure.waitedMs;
  if (delayMs > left) {
    const [waitSeconds, leftSeconds] = [Math.ceil(delayMs / 1000), Math.max(0, Math.floor(left / 1000))];
    return {
      retry: false,
      why: `the next wait (${waitSeconds} s) exceeds the retry budget left (${leftSeconds} s)`,
    };
  }
  return { retry: true, delayMs };
}

/** One request of a redirect chain: what is sent where. */
export interface RedirectHop {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * The request a redirect leads to, or undefined when the answer is not one to follow (not a
 * 301/302/303/307/308, no Location, not http(s)). Another origin (scheme, host or port) gets none
 * of the caller's headers: they are the user's credentials as often as not (`Authorization`,
 * `X-Api-Key`, a cookie), and undici's own redirect handling drops only the few it knows. Once
 * dropped they stay dropped, even if a later hop comes back. 303, and 301/302 after a POST, go
 * on as a GET without the body, as browsers do.
 */
export function redirectStep(hop: RedirectHop, status: number, location: string | undefined): RedirectHop | undefined {
  if (![301, 302, 303, 307, 308].includes(status) || !location) return undefined;
  let next: URL;
  try {
    next = new URL(location, hop.url);
  } catch {
    return undefined;
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') return undefined;
  const sameOrigin = next.origin === new URL(hop.url).origin;
  const toGet =
    (status === 303 && hop.method !== 'HEAD') || ((status === 301 || status === 302) && hop.method === 'POST');
  let headers = sameOrigin ? hop.headers : {};
  if (toGet)
    headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !/^content-(type|length)$/i.test(name)));
  return {
    url: next.href,
    method: toGet ? 'GET' : hop.method,
    headers,
    ...(toGet || hop.body === undefined ? {} : { body: hop.body }),
  };
}

const dispatchers = new Map<string, Dispatcher>();

async function dispatcherFor(tls: TlsOptions | undefined): Promise<Dispatcher> {
  const { EnvHttpProxyAgent } = await loadUndici();
  const key = JSON.stringify([tls?.insecure ?? false, tls?.ca ?? '']);
  let dispatcher = dispatchers.get(key);
  if (!dispatcher) {
    const connect = { rejectUnauthorized: !tls?.insecure, ...(tls?.ca ? { ca: tls.ca } : {}) };
    dispatcher = new EnvHttpProxyAgent({ connect, requestTls: connect });
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}

/** The plain pool (proxies from env, no redirects, default TLS), for clients that bring their own fetch. */
export function sharedDispatcher(): Promise<Dispatcher> {
  return dispatcherFor(undefined);
}

/** Close every connection pool, so that the process can exit on its own. */
export async function closeHttp(): Promise<void> {
  const all = [...dispatchers.values()];
  dispatchers.clear();
  await Promise.allSettled(all.map((d) => d.close()));
}

export async function httpRequest(req: HttpRequest): Promise<HttpResponse> {
  const started = performance.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const timeoutMs = req.timeoutMs ?? 30_000;
  const maxBodyBytes = req.maxBodyBytes ?? 1024 * 1024;
  const { request, RetryAgent } = await loadUndici();
  let dispatcher = await dispatcherFor(req.tls);
  let attempts = 1;

  if (req.retry) {
    const policy = { ...req.retry, idempotent: req.retry.idempotent ?? isIdempotent(method) };
    let waitedMs = 0;
    const retry: RetryHandler.RetryCallback = (err, context, callback) => {
      const failure = err as Error & {
        statusCode?: number;
        code?: string;
        headers?: Record<string, string | string[]>;
      };
      const retryAfter = failure.headers?.['retry-after'];
      const decision = planRetry({
        attempt: attempts,
        status: failure.statusCode,
        errorCode: failure.code === 'UND_ERR_REQ_RETRY' ? undefined : failure.code,
        retryAfterMs: parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, Date.now()),
        waitedMs,
        policy,
      });
      if (!decision.retry || req.signal?.aborted) {
        callback(err);
        return;
      }
      req.onRetry?.({
        attempt: attempts,
        delayMs: decision.delayMs,
        cause: failure.statusCode ? `HTTP ${failure.statusCode}` : (failure.code ?? 'error'),
      });
      waitedMs += decision.delayMs;
      attempts += 1;
      const timer = setTimeout(() => callback(null), decision.delayMs);
      req.signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          callback(err);
        },
        { once: true },
      );
      void context;
    };
    dispatcher = new RetryAgent(dispatcher, {
      retry,
      throwOnError: false,
      maxRetries: policy.retries,
      methods: [method as Dispatcher.HttpMethod],
      statusCodes: [...(policy.statusCodes ?? DEFAULT_RETRY_STATUSES)],
      errorCodes: [...RETRY_ERROR_CODES],
    });
  }

  // One deadline covers connecting, headers and the body: a server that accepts and never
  // answers, or trickles a body forever, cannot hold the request past it.
  const deadline = AbortSignal.timeout(
    req.retry ? timeoutMs * (req.retry.retries + 1) + req.retry.budgetMs : timeoutMs,
  );
  const signal = req.signal ? AbortSignal.any([req.signal, deadline]) : deadline;
  const maxRedirects = req.maxRedirects ?? 0;
  let hop: RedirectHop = {
    url: req.url,
    method,
    headers: req.headers ?? {},
    ...(req.body === undefined ? {} : { body: req.body }),
  };
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(hop.url, {
        method: hop.method as Dispatcher.HttpMethod,
        headers: hop.headers,
        body: hop.body,
        signal,
        dispatcher,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const location = response.headers['location'];
      const next =
        maxRedirects > 0
          ? redirectStep(hop, response.statusCode, Array.isArray(location) ? location[0] : location)
          : undefined;
      if (!next) return await answer(response, maxBodyBytes, attempts, started);
      // A redirect's own body is not wanted; dump() reads a little (keeping the connection) and drops the rest.
      await response.body.dump({ limit: 64 * 1024 });
      if (redirects >= maxRedirects) {
        throw new HttpError(
          `${safeUrl(req.url)}: more than ${maxRedirects} redirects (the last to ${safeUrl(next.url)})`,
          'TOO_MANY_REDIRECTS',
          attempts,
        );
      }
      hop = next;
    }
  } catch (error) {
    throw describeFailure(error, req, timeoutMs, attempts, deadline.aborted);
  }
}

async function answer(
  response: Dispatcher.ResponseData,
  maxBodyBytes: number,
  attempts: number,
  started: number,
): Promise<HttpResponse> {
  const { bytes, truncated, bytesRead } = await readBounded(response.body, maxBodyBytes);
  return {
    status: response.statusCode,
    headers: flattenHeaders(response.headers),
    body: bytes.toString('utf8'),
    truncated,
    bytesRead,
    attempts,
    latencyMs: Math.round(performance.now() - started),
  };
}

/** Parse a JSON answer, naming the service when it is not JSON. */
export function parseJson<T = unknown>(response: HttpResponse, service: string): T {
  try {
    return JSON.parse(response.body) as T;
  } catch {
    const excerpt = response.body.slice(0, 200).replace(/\s+/g, ' ');
    throw new Error(
      `${service} answered HTTP ${response.status} with a body that is not JSON: ${excerpt || '(empty)'}`,
    );
  }
}

/**
 * A body read up to `maxBytes`: what lies beyond is never read, let alone buffered. Leaving the loop
 * early ends the stream (a Node stream is destroyed, a web stream cancelled), so the connection does
 * not go on delivering it. Works on undici's `request` bodies and on `fetch` response bodies alike.
 */
export async function readBounded(
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<{ bytes: Buffer; truncated: boolean; bytesRead: number }> {
  const chunks: Uint8Array[] = [];
  let bytesRead = 0;
  let truncated = false;
  for await (const chunk of body) {
    if (bytesRead + chunk.length > maxBytes) {
      chunks.push(chunk.subarray(0, maxBytes - bytesRead));
      bytesRead = maxBytes;
      truncated = true;
      break;
    }
    chunks.push(chunk);
    bytesRead += chunk.length;
  }
  return { bytes: Buffer.concat(chunks), truncated, bytesRead };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function describeFailure(
  error: unknown,
  req: HttpRequest,
  timeoutMs: number,
  attempts: number,
  timedOut: boolean,
): HttpError {
  if (error instanceof HttpError) return error;
  const failure = error as Error & { code?: string; cause?: Error & { code?: string } };
  const code = failure.cause?.code ?? failure.code ?? failure.name ?? 'ERROR';
  const target = safeUrl(req.url);
  if (timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new HttpError(`${target}: no complete answer within ${timeoutMs} ms`, 'TIMEOUT', attempts);
  }
  if (req.signal?.aborted) return new HttpError(`${target}: cancelled`, 'ABORTED', attempts);
  const detail = failure.cause?.message ?? failure.message;
  return new HttpError(`${target}: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`, code, attempts);
}

/** The URL without credentials, query or fragment: query strings often carry tokens. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
