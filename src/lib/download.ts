import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Dispatcher } from 'undici';
import { loadUndici, parseRetryAfter, planRetry, type RetryNotice, type RetryPolicy, safeUrl } from './http.js';
import { realClock } from './poll.js';

/**
 * A file download streamed to disk: never held in memory, bounded in size, retried on network
 * errors, 5xx and truncated bodies (with http.ts's retry decision), redirects followed (artifact
 * links usually redirect to signed storage URLs). The file appears only when complete: it is
 * written beside its destination as `.part` and renamed. URLs are shown without query strings,
 * which often hold signatures.
 */

export interface DownloadRequest {
  url: string;
  /** The file to write; its directory is created. */
  destination: string;
  /** Refuse a body larger than this many bytes (Content-Length or bytes actually received). */
  maxBytes: number;
  /** Deadline for one attempt, body included. Default 15 min. */
  timeoutMs?: number;
  /** Fail an attempt when no byte arrives for this long. Default 60 s. */
  idleTimeoutMs?: number;
  maxRedirects?: number;
  headers?: Record<string, string>;
  retry?: RetryPolicy;
  onRetry?: (notice: RetryNotice) => void;
  /** Ends the download, attempts and waits between them alike (e.g. the step's own deadline). */
  signal?: AbortSignal;
}

export interface DownloadResult {
  path: string;
  bytes: number;
  attempts: number;
}

export class DownloadError extends Error {
  override name = 'DownloadError';
}

export const DEFAULT_DOWNLOAD_RETRY: RetryPolicy = {
  retries: 3,
  minDelayMs: 1000,
  maxDelayMs: 10_000,
  budgetMs: 60_000,
};

/** One attempt's failure, in the terms planRetry decides on. */
class AttemptFailure extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
    readonly retryAfter?: string,
  ) {
    super(message);
  }
}

export async function downloadFile(req: DownloadRequest): Promise<DownloadResult> {
  const policy = req.retry ?? DEFAULT_DOWNLOAD_RETRY;
  const partial = `${req.destination}.part`;
  const { EnvHttpProxyAgent, interceptors } = await loadUndici();
  const agent = new EnvHttpProxyAgent();
  const dispatcher = agent.compose(interceptors.redirect({ maxRedirections: req.maxRedirects ?? 5 }));
  await mkdir(dirname(req.destination), { recursive: true });
  let attempt = 1;
  let waitedMs = 0;
  try {
    for (;;) {
      try {
        const bytes = await attemptDownload(req, dispatcher, partial);
        await rename(partial, req.destination);
        return { path: req.destination, bytes, attempts: attempt };
      } catch (error) {
        if (req.signal?.aborted)
          throw new DownloadError(`Could not download ${safeUrl(req.url)}: ${stopReason(req.signal)}`);
        const failure =
          error instanceof AttemptFailure ? error : new AttemptFailure(describe(error), undefined, errorCode(error));
        const decision = planRetry({
          attempt,
          status: failure.status,
          errorCode: failure.code,
          retryAfterMs: parseRetryAfter(failure.retryAfter, Date.now()),
          waitedMs,
          policy,
        });
        if (!decision.retry) {
          const tries = attempt > 1 ? ` (${attempt} attempts)` : '';
          throw new DownloadError(`Could not download ${safeUrl(req.url)}${tries}: ${withoutQueries(failure.message)}`);
        }
        req.onRetry?.({
          attempt,
          delayMs: decision.delayMs,
          cause: failure.status ? `HTTP ${failure.status}` : withoutQueries(failure.message),
        });
        await realClock.sleep(decision.delayMs, req.signal);
        if (req.signal?.aborted)
          throw new DownloadError(
            `Could not download ${safeUrl(req.url)} (${attempt} attempts): ${stopReason(req.signal)}`,
          );
        waitedMs += decision.delayMs;
        attempt += 1;
      }
    }
  } finally {
    await rm(partial, { force: true });
    await agent.close();
  }
}

async function attemptDownload(req: DownloadRequest, dispatcher: Dispatcher, partial: string): Promise<number> {
  const { request } = await loadUndici();
  const response = await request(req.url, {
    method: 'GET',
    headers: req.headers,
    dispatcher,
    signal: req.signal
      ? AbortSignal.any([AbortSignal.timeout(req.timeoutMs ?? 15 * 60_000), req.signal])
      : AbortSignal.timeout(req.timeoutMs ?? 15 * 60_000),
    headersTimeout: req.idleTimeoutMs ?? 60_000,
    bodyTimeout: req.idleTimeoutMs ?? 60_000,
  });
  if (response.statusCode !== 200) {
    await response.body.dump();
    const retryAfter = response.headers['retry-after'];
    throw new AttemptFailure(
      `HTTP ${response.statusCode}`,
      response.statusCode,
      undefined,
      Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
    );
  }
  const lengthHeader = response.headers['content-length'];
  const expected = typeof lengthHeader === 'string' && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
  if (expected !== undefined && expected > req.maxBytes) {
    await response.body.dump();
    throw new AttemptFailure(
      `the file is ${expected} bytes, more than the ${req.maxBytes} allowed`,
      undefined,
      'TOO_LARGE',
    );
  }
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > req.maxBytes)
        done(new AttemptFailure(`the file is larger than the ${req.maxBytes} bytes allowed`, undefined, 'TOO_LARGE'));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(response.body, counter, createWriteStream(partial));
  } catch (error) {
    if (error instanceof AttemptFailure) throw error;
    // A connection closed early: say how much of what was announced arrived, and try again.
    const of = expected === undefined ? '' : ` of ${expected}`;
    throw new AttemptFailure(
      `the download was truncated: received ${received}${of} bytes (${describe(error)})`,
      undefined,
      'ECONNRESET',
    );
  }
  if (expected !== undefined && received !== expected) {
    throw new AttemptFailure(
      `the download was truncated: received ${received} of ${expected} bytes`,
      undefined,
      'ECONNRESET',
    );
  }
  return received;
}

/** Why the caller stopped the download: its reason when it gave one as an Error, else "stopped". */
function stopReason(signal: AbortSignal): string {
  return signal.reason instanceof Error && signal.reason.name !== 'AbortError' && signal.reason.name !== 'TimeoutError'
    ? signal.reason.message
    : 'stopped by the deadline';
}

function errorCode(error: unknown): string | undefined {
  const failure = error as { code?: string; cause?: { code?: string } };
  return failure?.cause?.code ?? failure?.code;
}

function describe(error: unknown): string {
  const failure = error as Error & { cause?: Error };
  const detail = failure?.cause?.message ?? failure?.message ?? String(error);
  const code = errorCode(error);
  return code && !detail.includes(code) ? `${detail} (${code})` : detail;
}

/** Any URL in a message, shown without its query string. */
function withoutQueries(text: string): string {
  return text.replace(/https?:\/\/[^\s"')]+/g, (url) => safeUrl(url));
}
