// Types for the undici modules src/lib/undici.ts loads directly (undici ships types for its entry
// point only); each is what that module exports, as the entry point re-exports it.
declare module 'undici/lib/dispatcher/dispatcher.js' {
  import type { Dispatcher } from 'undici';
  const DispatcherClass: { prototype: Dispatcher };
  export default DispatcherClass;
}
declare module 'undici/lib/api/index.js' {
  const api: Record<string, unknown>;
  export default api;
}
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  import { EnvHttpProxyAgent } from 'undici';
  export default EnvHttpProxyAgent;
}
declare module 'undici/lib/dispatcher/retry-agent.js' {
  import { RetryAgent } from 'undici';
  export default RetryAgent;
}
declare module 'undici/lib/interceptor/redirect.js' {
  import { interceptors } from 'undici';
  const redirect: typeof interceptors.redirect;
  export default redirect;
}
