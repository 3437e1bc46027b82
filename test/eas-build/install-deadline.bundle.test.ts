import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { hang, type LoopbackServer, startServer } from '../support/server.js';
import { runEasBuild, TOKEN } from './harness.js';

/*
 * An npm registry that accepts connections and never answers (issue 10: the install printed nothing
 * for over five minutes). The install must show progress inside its log group, stop at the step's
 * `timeout` and say which phase it was stuck in; the step then fails with every output and a summary.
 * On the bundle: its point is a hung child stopped by the step's own deadline, in a real step process.
 */

let registry: LoopbackServer;

beforeAll(async () => {
  registry = await startServer(hang);
});

afterAll(() => registry.close());

describe('eas-cli install when the registry hangs', () => {
  it('fails within the step timeout, naming the phase, with progress lines in the group', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'dk-eas-hang-'));
    writeFileSync(join(scratch, 'npmrc'), '');
    const result = await runEasBuild(
      {
        noStandIn: true,
        inputs: { 'eas-version': '9.9.9', timeout: '12s' },
        env: {
          npm_config_registry: `${registry.url}/`,
          npm_config_cache: join(scratch, 'cache'),
          npm_config_userconfig: join(scratch, 'npmrc'),
          npm_config_update_notifier: 'false',
        },
        timeoutMs: 60_000,
      },
      runBundle,
    );
    expect(result.exitCode, result.stdout).toBe(1);
    // 12 s of budget, 3 s for npm to stop after SIGTERM, and the bundle's own start-up.
    expect(result.durationMs).toBeLessThan(25_000);
    expect(result.failure).toMatch(
      new RegExp(
        // The step's deadline names the phase; npm's own stop says where the install was.
        '^The 12 s "timeout" ran out while setting up eas-cli \\(Installing eas-cli@9\\.9\\.9 with npm ' +
          'timed out after 1\\d{4} ms and was stopped while waiting for the registry ' +
          `\\(${registry.url.replace(/\./g, '\\.')}/\\) to answer its first request; ` +
          "the step's timeout bounds the install\\)",
      ),
    );
    const group = result.stdout.slice(
      result.stdout.indexOf('::group::Set up eas-cli'),
      result.stdout.indexOf('::endgroup::'),
    );
    expect(group).toContain(`Installing eas-cli@9.9.9 with npm from ${registry.url}/ (at most 12 s)`);
    expect(group).toMatch(/npm is still installing \(\d+ s\): 0 registry requests answered\./);
    expect(registry.requests.length).toBeGreaterThan(0);
    expectAllOutputs(result, 'eas-build');
    expect(result.summary).toContain('### ❌ EAS build failed');
    expect(result.summary).toContain('waiting for the registry');
    expectNoSecretLeak(result, [TOKEN]);
  }, 90_000);
});
