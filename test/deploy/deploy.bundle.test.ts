import { afterEach, describe, expect, it } from 'vitest';
import { RAILWAY_CLI } from '../../src/providers/railway/cli.js';
import { runBundle } from '../support/bundle.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { startNpmRegistry } from '../support/npm-registry.js';
import { RAILWAY_IDS, startRailwayApi } from '../support/railway-api.js';
import { closeAllServers } from '../support/server.js';
import { standins } from '../support/standins.js';
import { KEY, KNOWN } from './scenarios.js';

/*
 * dist/deploy/index.js end to end, as the runner runs it: a happy path and a failure. The other
 * scenarios run the action in-process (runInProcess); workflow-commands.bundle.test.ts keeps the
 * runner contract, install-deadline.bundle.test.ts a hung npm stopped by the step's timeout, and the
 * *-real.bundle.test.ts files the real CLIs.
 *
 * The happy path installs the Railway CLI, which needs the bundle for now: the install goes through
 * @actions/tool-cache, which reads the runner's tool cache from process.env (RUNNER_TOOL_CACHE),
 * not from the step's environment, so in-process it fails with "Expected RUNNER_TOOL_CACHE to be defined".
 */

const TOKEN = 'rw-project-token-5f1c2a9e';

afterEach(closeAllServers);

describe('deploy bundle: a happy path and a failure', () => {
  it('installs the pinned CLI with npm when it is absent, then reuses the tool cache', async () => {
    const registry = await startNpmRegistry([{ name: '@railway/cli', version: RAILWAY_CLI.version, bin: 'railway' }]);
    const api = await startRailwayApi({ token: TOKEN, statuses: { [RAILWAY_IDS.upDeploymentId]: ['SUCCESS'] } });
    const tools = standins({ npm_config_registry: registry.url, npm_config_cache: `${standins().log}.npm-cache` });
    const inputs = {
      provider: 'railway',
      token: TOKEN,
      service: 'api',
      'railway-api-url': api.url,
      'poll-interval': '100ms',
    };
    const first = await runBundle('deploy', { inputs, env: tools.env, timeoutMs: 90_000 });
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain(`Installing @railway/cli@${RAILWAY_CLI.version} with npm`);
    expect(registry.downloads()).toBe(1);
    expect(tools.calls()[0]!.argv.slice(0, 3)).toEqual(['up', '--detach', '--json']);
    // A second job on the same runner: the tool cache has it, npm is not asked again.
    const second = await runBundle('deploy', { inputs, env: tools.env, dir: first.dir });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).toContain(`Using @railway/cli@${RAILWAY_CLI.version} from the tool cache`);
    expect(registry.downloads()).toBe(1);
    expect(registry.requests.filter((r) => r.url.includes('railway'))).toHaveLength(2);
    expectNoSecretLeak(first, [TOKEN]);
  }, 120_000);

  it('fails with one sentence, every output set, and nothing run', async () => {
    const result = await runBundle('deploy', {
      inputs: {
        provider: 'ssh',
        'ssh-key': KEY,
        'ssh-host': '-oProxyCommand=touch /tmp/dk-pwned',
        'ssh-user': 'deploy',
        'known-hosts': KNOWN,
        script: 'true',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'Invalid "ssh-host" value "-oProxyCommand=touch /tmp/dk-pwned": expected a host name or an IP address.',
    );
    expect(result.outputs).toMatchObject({ deployed: 'false', skipped: 'false', reason: result.failure });
    expectAllOutputs(result, 'deploy');
  });
});
