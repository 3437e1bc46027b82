import type { NpmCli } from '../../lib/cli-install.js';
import type { RailwayApi } from './api.js';

/**
 * The Railway CLI version installed when the runner has none. test/fixtures/railway records
 * release 5.43.1, which was never published on npm (`npm install @railway/cli@5.43.1` fails with
 * ETARGET); 5.43.2 is the patch release after it that npm has.
 */
export const RAILWAY_CLI: NpmCli = { bin: 'railway', packageName: '@railway/cli', version: '5.43.2' };

/**
 * The environment the Railway CLI reads the token from. Only one of the two may be set (the CLI
 * docs: setting both is an error), so the other is removed from what the child inherits.
 */
export function railwayCliEnv(api: Pick<RailwayApi, 'token' | 'tokenKind'>): Record<string, string | undefined> {
  return api.tokenKind === 'project'
    ? { RAILWAY_TOKEN: api.token, RAILWAY_API_TOKEN: undefined }
    : { RAILWAY_API_TOKEN: api.token, RAILWAY_TOKEN: undefined };
}

/**
 * The deployment id from `railway up --detach --json` (`{"deploymentId": …, "logsUrl": …}`), or,
 * from a CLI that prints text, from the `id=` of the build-logs URL.
 */
export function parseRailwayUpOutput(stdout: string): { deploymentId?: string; logsUrl?: string } {
  for (const line of stdout.split('\n').reverse()) {
    const text = line.trim();
    if (!text.startsWith('{')) continue;
    try {
      const value = JSON.parse(text) as { deploymentId?: unknown; logsUrl?: unknown };
      if (typeof value.deploymentId === 'string') {
        return {
          deploymentId: value.deploymentId,
          ...(typeof value.logsUrl === 'string' ? { logsUrl: value.logsUrl } : {}),
        };
      }
    } catch {
      // not the JSON line
    }
  }
  try {
    const whole = JSON.parse(stdout) as { deploymentId?: unknown; logsUrl?: unknown };
    if (typeof whole.deploymentId === 'string')
      return {
        deploymentId: whole.deploymentId,
        ...(typeof whole.logsUrl === 'string' ? { logsUrl: whole.logsUrl } : {}),
      };
  } catch {
    // a text answer
  }
  const logsUrl = /https:\/\/\S+/.exec(stdout)?.[0];
  const id = logsUrl ? /[?&]id=([0-9a-f-]{36})/i.exec(logsUrl)?.[1] : undefined;
  return { ...(id ? { deploymentId: id } : {}), ...(logsUrl ? { logsUrl } : {}) };
}
