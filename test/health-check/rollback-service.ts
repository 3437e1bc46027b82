import type { BundleResult } from '../support/bundle.js';
import { runInProcess, type StepRunner } from '../support/in-process.js';
import { type LoopbackServer, sendJson, startServer } from '../support/server.js';

/**
 * The service behind a release, for the rollback providers' tests: `/health` answers vera's
 * JSON, 503 until the rollback happened (`rolledBack()` says so, e.g. when the platform stand-in
 * received the rollback call), then 200. `POST /control/rollback` is what a script on a host calls
 * to roll back (recorded, and it makes the service healthy); `/ready/...` always answers 200 (a
 * blue-green colour's own check on the host).
 */
export interface ReleaseService extends LoopbackServer {
  rollbacks: string[];
}

export async function releaseService(rolledBack: () => boolean = () => false): Promise<ReleaseService> {
  const rollbacks: string[] = [];
  const server = await startServer((q, r) => {
    if (q.method === 'POST' && q.url === '/control/rollback') {
      rollbacks.push(q.body);
      return sendJson(r, 200, { ok: true });
    }
    if (q.url.startsWith('/ready/')) return sendJson(r, 200, { status: 'ok' });
    if (rollbacks.length > 0 || rolledBack()) return sendJson(r, 200, { status: 'ok', checks: { database: 'ok' } });
    return sendJson(r, 503, { status: 'error', checks: { database: 'down' } });
  });
  return Object.assign(server, { rollbacks });
}

/** A service that is healthy from the start: no rollback must happen. */
export function healthyService(): Promise<ReleaseService> {
  return releaseService(() => true);
}

/**
 * health-check against the service: two probes 100 ms apart, then the rollback. Run in-process,
 * unless `runner` is runBundle.
 */
export function checkWithRollback(
  service: LoopbackServer,
  inputs: Record<string, string>,
  run: { env?: Record<string, string>; path?: string[] } = {},
  runner: StepRunner = runInProcess,
): Promise<BundleResult> {
  return runner('health-check', {
    inputs: {
      url: `${service.url}/health`,
      'expect-json': 'status=ok\nchecks.database=ok',
      interval: '100ms',
      'max-attempts': '2',
      timeout: '10s',
      ...inputs,
    },
    ...run,
  });
}

/** The first half of the failure message: why the release was judged unhealthy. */
export function unhealthyStory(service: LoopbackServer): string {
  return (
    `The release is unhealthy: ${service.url}/health still unhealthy after 2 attempts (max-attempts): ` +
    'HTTP status: expected 200-299, saw 503; status: expected "ok", saw "error"; ' +
    'checks.database: expected "ok", saw "down". '
  );
}
