import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERCEL_CLI } from '../../src/providers/vercel/deploy.js';
import { runBundle } from '../support/bundle.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { hang, type LoopbackServer, startServer } from '../support/server.js';

/*
 * deploy installs the Vercel CLI (none on PATH) from an npm registry that accepts connections and
 * never answers: progress inside the deploy's log group, stopped by the step's `timeout`, the
 * phase named, every output and a summary.
 */

const TOKEN = 'vercelTokenHang4f5e6d7c';
let registry: LoopbackServer;

beforeAll(async () => {
  registry = await startServer(hang);
});

afterAll(() => registry.close());

describe('deploy: the CLI install when the registry hangs', () => {
  it('fails at the step timeout, naming the phase, with progress lines in the group', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'dk-deploy-hang-'));
    writeFileSync(join(scratch, 'npmrc'), '');
    const result = await runBundle('deploy', {
      inputs: { provider: 'vercel', token: TOKEN, timeout: '8s' },
      env: {
        npm_config_registry: `${registry.url}/`,
        npm_config_cache: join(scratch, 'cache'),
        npm_config_userconfig: join(scratch, 'npmrc'),
        npm_config_update_notifier: 'false',
      },
      timeoutMs: 60_000,
    });
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.durationMs).toBeLessThan(20_000);
    const escaped = (text: string) => text.replace(/\./g, '\\.');
    const sentence = new RegExp(
      `^Installing vercel@${escaped(VERCEL_CLI.version)} with npm timed out after \\d{4} ms and was stopped ` +
        `while waiting for the registry \\(${escaped(registry.url)}/\\) to answer its first request; ` +
        `the step's timeout bounds the install\\.$`,
    );
    expect(result.failure).toMatch(sentence);
    expect(result.outputs['reason']).toMatch(sentence);
    const group = result.stdout.slice(
      result.stdout.indexOf('::group::Deploy (vercel)'),
      result.stdout.indexOf('::endgroup::'),
    );
    expect(group).toContain(`Installing vercel@${VERCEL_CLI.version} with npm from ${registry.url}/`);
    expect(group).toMatch(/npm is still installing \(\d+ s\): 0 registry requests answered\./);
    expectAllOutputs(result, 'deploy');
    expect(result.summary).toContain('### ❌ Deploy with Vercel failed');
    expectNoSecretLeak(result, [TOKEN]);
  }, 90_000);
});
