import { HttpError, type HttpRequest, type HttpResponse, safeUrl, type TlsOptions } from '../lib/http.js';
import type { Observation } from './probe-loop.js';

/** How each probe asks: the HTTP side of the check config. */
export interface ProbeOptions {
  method: string;
  headers: Record<string, string>;
  followRedirects: boolean;
  tls: TlsOptions;
  maxBodyBytes: number;
}

const MAX_REDIRECTS = 10;

/**
 * One HTTP request to `url` (through `http`, the context's client), as an observation: an answer,
 * or why there was none. Never throws.
 */
export async function httpProbe(
  url: string,
  options: ProbeOptions,
  timeoutMs: number,
  signal: AbortSignal,
  http: (request: HttpRequest) => Promise<HttpResponse>,
): Promise<Observation> {
  const started = performance.now();
  try {
    const response = await http({
      url,
      method: options.method,
      headers: options.headers,
      timeoutMs,
      maxBodyBytes: options.maxBodyBytes,
      maxRedirects: options.followRedirects ? MAX_REDIRECTS : 0,
      tls: options.tls,
      signal,
    });
    return {
      answer: { status: response.status, body: response.body, truncated: response.truncated },
      latencyMs: response.latencyMs,
    };
  } catch (error) {
    return { error: describeProbeError(url, error), latencyMs: Math.round(performance.now() - started) };
  }
}

/** Certificate errors Node reports when the server's certificate is not trusted. */
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
]);

export function describeProbeError(url: string, error: unknown): { code: string; message: string } {
  if (!(error instanceof HttpError))
    return { code: 'ERROR', message: error instanceof Error ? error.message : String(error) };
  const prefix = `${safeUrl(url)}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  if (CERTIFICATE_CODES.has(error.code)) {
    return {
      code: error.code,
      message:
        `TLS certificate not trusted: ${message}; ` +
        'give its CA as ca-cert (or insecure: true for a throwaway test server)',
    };
  }
  return { code: error.code, message };
}
