import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RAILWAY_CLI } from '../../src/providers/railway/cli.js';
import { runBundle } from '../support/bundle.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { RAILWAY_IDS, startRailwayApi } from '../support/railway-api.js';
import { cachedPackage, expectRecorded, OFFLINE_ENV, REAL_FIXTURES, runnerNode } from '../support/real-cli.js';
import { closeAllServers } from '../support/server.js';

/*
 * The real @railway/cli package at the version deploy pins, offline. Its npm package is a
 * downloader: postinstall fetches the binary from GitHub releases, so with no network the CLI never
 * exists and the failure is the install's. The package comes from a private npm cache (filled once
 * by an install with --ignore-scripts; test/support/real-cli.ts), npm installs from it
 * (npm_config_offline) and runs the real postinstall with no network (offline.cjs). Railway's
 * API is the loopback stand-in, which deploy asks before it installs the CLI.
 */

const railway = await cachedPackage(RAILWAY_CLI.packageName, RAILWAY_CLI.version);
const TOKEN = 'rw-project-token-5c2e9a71';

afterAll(closeAllServers);

describe.runIf(railway.ready)(`the real @railway/cli ${RAILWAY_CLI.version}, offline`, () => {
  it('its postinstall fails; the step quotes the failed download, with every output and a summary', async () => {
    if (!railway.ready) return;
    const api = await startRailwayApi({ token: TOKEN, statuses: { [RAILWAY_IDS.upDeploymentId]: ['SUCCESS'] } });
    const result = await runBundle('deploy', {
      inputs: { provider: 'railway', token: TOKEN, service: 'api', 'railway-api-url': api.url },
      path: [runnerNode().dir],
      env: {
        ...OFFLINE_ENV,
        npm_config_cache: railway.cache,
        npm_config_offline: 'true',
        npm_config_update_notifier: 'false',
      },
      timeoutMs: 120_000,
    });
    expect(result.exitCode, result.stdout).toBe(1);
    const version = RAILWAY_CLI.version.replace(/\./g, '\\.');
    const download = `https://github\\.com/railwayapp/cli/releases/download/v${version}/\\S+`;
    expect(result.failure).toMatch(
      new RegExp(
        `^Installing @railway/cli@${version} with npm exited with code 1: [^]*` +
          `npm error command sh -c node \\./npm-install/postinstall\\.js\\n` +
          `npm error ${download}\\n` +
          `npm error request to ${download} failed, reason: getaddrinfo ENOTFOUND github\\.com$`,
      ),
    );
    expect(result.stdout).toContain(`Installing @railway/cli@${RAILWAY_CLI.version} with npm`);
    // npm's lines as the step quotes them, the release asset (which names the machine) as <asset>.
    const quoted = result
      .failure!.slice(result.failure!.indexOf(': ') + 2)
      .replace(/(releases\/download\/v[^/]+\/)\S+/g, '$1<asset>');
    expectRecorded(
      join(REAL_FIXTURES, 'railway', 'real-offline', 'install'),
      { exitCode: 1, stdout: '', stderr: `${quoted}\n`, durationMs: result.durationMs },
      {
        command:
          `npm install … ${RAILWAY_CLI.packageName}@${RAILWAY_CLI.version} ` +
          "(deploy's install, src/lib/cli-install.ts)",
        env: ['npm_config_offline'],
        project: 'none: the install fails before railway exists',
      },
    );
    expectAllOutputs(result, 'deploy');
    expect(result.outputs).toMatchObject({
      deployed: 'false',
      status: 'failed',
      'previous-deployment-id': RAILWAY_IDS.liveDeploymentId,
    });
    expect(result.summary).toContain('### ❌ Deploy with Railway failed');
    expect(result.summary).toContain('getaddrinfo ENOTFOUND github.com');
    expectNoSecretLeak(result, [TOKEN]);
  });
});

if (!railway.ready) {
  describe('the real @railway/cli, offline', () => {
    it.skip(`skipped: ${railway.skip}`, () => {});
  });
}
