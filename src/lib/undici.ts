/**
 * The parts of undici we use, loaded from its own modules instead of its entry point. undici's
 * index.js requires everything it offers (fetch, WebSocket, EventSource, caches, mocks, H2…),
 * about 1.3 MB that every HTTP request paid for at start-up; we use four things: the proxy-aware
 * agent, the retry agent, the redirect interceptor and `request`. undici is pinned exactly in
 * package.json, and the HTTP tests run through this module, so a release that moves these files
 * fails the tests rather than a user's run. Imported lazily by http.ts (`loadUndici`).
 */
import type * as Undici from 'undici';
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js';
import api from 'undici/lib/api/index.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import RetryAgent from 'undici/lib/dispatcher/retry-agent.js';
import redirect from 'undici/lib/interceptor/redirect.js';

// What undici's index.js does before anything else: every dispatcher gets request(), stream()…
Object.assign(Dispatcher.prototype, api);

export { EnvHttpProxyAgent, RetryAgent };
export const interceptors = { redirect };

/** undici's `request(url, options)` for a request that names its dispatcher (we always do). */
export function request(
  url: string | URL,
  options: Omit<Undici.Dispatcher.RequestOptions, 'origin' | 'path' | 'method'> &
    Partial<Pick<Undici.Dispatcher.RequestOptions, 'method'>> & { dispatcher: Undici.Dispatcher },
): Promise<Undici.Dispatcher.ResponseData> {
  const target = new URL(url);
  const { dispatcher, ...rest } = options;
  return dispatcher.request({
    ...rest,
    origin: target.origin,
    path: `${target.pathname}${target.search}`,
    method: options.method ?? 'GET',
  });
}
