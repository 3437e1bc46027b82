import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOnPath } from '../../src/lib/exec.js';
import { PINNED_EAS_VERSION } from '../../src/eas-build/config.js';
import { runBundle } from '../support/bundle.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { type LoopbackServer, sendJson, startServer } from '../support/server.js';
import { BIN, type EasRun, runEasBuild, TOKEN } from './harness.js';

/*
 * The install path (`eas-version`) against a loopback npm registry: npm itself fetches the packument
 * (GET /eas-cli, the registry's JSON document with dist.tarball and dist.integrity) and the tarball,
 * as it does from registry.npmjs.org. The tarball is a test eas-cli whose `eas` is the stand-in.
 */

let registry: LoopbackServer;
let scratch: string;
const tarballs = new Map<string, Buffer>();

function packTestEasCli(version: string): Buffer {
  const root = mkdtempSync(join(scratch, `pack-${version}-`));
  mkdirSync(join(root, 'package', 'bin'), { recursive: true });
  writeFileSync(
    join(root, 'package', 'package.json'),
    JSON.stringify({
      name: 'eas-cli',
      version,
      type: 'module',
      bin: { eas: './bin/run' },
      description: 'test stand-in for eas-cli',
    }),
  );
  copyFileSync(join(BIN, 'eas'), join(root, 'package', 'bin', 'run'));
  chmodSync(join(root, 'package', 'bin', 'run'), 0o755);
  execFileSync('tar', ['-czf', join(root, 'eas-cli.tgz'), '-C', root, 'package']);
  return readFileSync(join(root, 'eas-cli.tgz'));
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'dk-eas-registry-'));
  for (const version of ['9.9.9', PINNED_EAS_VERSION]) tarballs.set(version, packTestEasCli(version));
  registry = await startServer((request, response) => {
    const tarball = /^\/eas-cli\/-\/eas-cli-(.+)\.tgz$/.exec(request.url);
    if (tarball && tarballs.has(tarball[1]!)) {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(tarballs.get(tarball[1]!));
      return;
    }
    if (request.url !== '/eas-cli') return sendJson(response, 404, { error: 'Not found' });
    const versions = Object.fromEntries(
      [...tarballs].map(([version, data]) => [
        version,
        {
          name: 'eas-cli',
          version,
          bin: { eas: './bin/run' },
          dist: {
            tarball: `${registry.url}/eas-cli/-/eas-cli-${version}.tgz`,
            integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
            shasum: createHash('sha1').update(data).digest('hex'),
          },
        },
      ]),
    );
    sendJson(response, 200, { name: 'eas-cli', 'dist-tags': { latest: '9.9.9' }, versions });
  });
});

afterAll(() => registry.close());

function npmEnv(): Record<string, string> {
  const userconfig = join(scratch, 'npmrc');
  writeFileSync(userconfig, '');
  return {
    npm_config_registry: `${registry.url}/`,
    npm_config_cache: mkdtempSync(join(scratch, 'npm-cache-')),
    npm_config_userconfig: userconfig,
    npm_config_update_notifier: 'false',
  };
}

/*
 * On the bundle, not in-process: the tool cache (@actions/tool-cache) reads RUNNER_TOOL_CACHE from
 * process.env, not from the step's environment, and so does the registry named in the install's log.
 */
const install = (run: EasRun) =>
  runEasBuild({ noStandIn: true, timeoutMs: 90_000, ...run, env: { ...npmEnv(), ...run.env } }, runBundle);
const registryHits = () => registry.requests.map((request) => request.url);

describe('eas-build installs eas-cli (bundle, loopback npm registry)', () => {
  it('installs the asked version with npm, caches it, and the next run uses the tool cache', async () => {
    const before = registryHits().length;
    const first = await install({ inputs: { 'eas-version': '9.9.9', profile: 'preview' } });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.stdout).toContain('Installing eas-cli@9.9.9 with npm');
    expect(first.stdout).toMatch(/eas-cli@9\.9\.9 installed and cached: .*\/tool-cache\/eas-cli\/9\.9\.9\//);
    expect(first.calls).toHaveLength(1);
    expect(first.calls[0]!.script).toMatch(/\/tool-cache\/eas-cli\/9\.9\.9\/[^/]+\/node_modules\/eas-cli\/bin\/run$/);
    expect(first.outputs['status']).toBe('finished');
    expect(first.summary).toContain('eas-cli 9.9.9 (installed)');
    const hits = registryHits().slice(before);
    expect(hits).toContain('/eas-cli');
    expect(hits).toContain('/eas-cli/-/eas-cli-9.9.9.tgz');
    expectNoSecretLeak(first, [TOKEN]);

    const afterFirst = registryHits().length;
    const second = await install({ dir: first.dir, inputs: { 'eas-version': '9.9.9', profile: 'preview' } });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).toContain('Using eas-cli@9.9.9 from the tool cache');
    expect(registryHits().length).toBe(afterFirst);
    expect(second.calls.at(-1)!.script).toBe(first.calls[0]!.script);
    expect(second.summary).toContain('eas-cli 9.9.9 (tool-cache)');
  });

  it.skipIf(findOnPath('eas', process.env['PATH']) !== undefined)(
    'with no eas on PATH and no eas-version, installs the pinned version',
    async () => {
      const result = await install({});
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.stdout).toContain(`Installing eas-cli@${PINNED_EAS_VERSION} with npm`);
      expect(result.calls[0]!.script).toContain(`/tool-cache/eas-cli/${PINNED_EAS_VERSION}/`);
    },
  );

  it("a version the registry does not have fails with npm's reason", async () => {
    const result = await install({ inputs: { 'eas-version': '7.7.7' } });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      /^Installing eas-cli@7\.7\.7 with npm exited with code 1: .*(ETARGET|No matching version)/s,
    );
    expect(result.calls).toEqual([]);
  });
});
