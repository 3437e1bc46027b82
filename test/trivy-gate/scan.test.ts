import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BundleRun } from '../support/bundle.js';
import { runInProcess } from '../support/in-process.js';
import { expectAllOutputs } from '../support/metadata.js';
import { scanEnv, standinOnPath } from './standin.js';

/**
 * Scan mode in-process with a trivy stand-in on PATH: the action runs it and judges the report it
 * wrote. Installing Trivy, the step's timeout and the cache go through the bundle
 * (scan.bundle.test.ts). Every run here has `cache: 'false'`: @actions/cache reads the process's
 * environment, not the step's, so in this process it would not see the runner the step is given
 * (and, loaded here, its first import would eat into the `timeout` Trivy is given).
 */
async function scan(run: BundleRun) {
  const result = await runInProcess('trivy-gate', run);
  expectAllOutputs(result, 'trivy-gate');
  return result;
}

describe('trivy-gate scan mode: running Trivy', () => {
  const path = standinOnPath();
  const offline = 'http://127.0.0.1:9'; // a trivy on PATH means no download is tried

  it('scans an image with the trivy on PATH and gates the real-format report it writes', async () => {
    const standin = scanEnv('trivy-action-v0.72-image-alpine-3.10-critical-only.json');
    const result = await scan({
      path: [path],
      inputs: {
        'scan-type': 'image',
        'image-ref': 'ghcr.io/acme/api:8f3c2a1',
        'download-url': offline,
        timeout: '90s',
        cache: 'false',
      },
      env: standin.env,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`Using the trivy found on PATH: ${path}/trivy`);
    expect(result.failure).toBe('Trivy gate failed: 1 CRITICAL (none allowed) in alpine:3.10.');
    const argv = readFileSync(standin.argvFile, 'utf8').trimEnd().split('\n');
    expect(argv[0]).toBe('image');
    expect(argv.slice(-2)).toEqual(['--', 'ghcr.io/acme/api:8f3c2a1']);
    expect(argv).toContain('90s');
    expect(argv).not.toContain('--scanners');
  });

  it('runs trivy config without --scanners', async () => {
    const standin = scanEnv('config-dockerfile.json');
    const result = await scan({
      path: [path],
      inputs: { 'scan-type': 'config', 'scan-ref': 'deploy/', scanners: 'misconfig', cache: 'false' },
      env: standin.env,
    });
    expect(result.outputs).toMatchObject({ passed: 'false', high: '1' });
    const argv = readFileSync(standin.argvFile, 'utf8').trimEnd().split('\n');
    expect(argv[0]).toBe('config');
    expect(argv).not.toContain('--scanners');
    expect(argv.at(-1)).toBe('deploy/');
    expect(result.stdout).not.toContain('cache service');
  });

  const crashes: [string, RegExp][] = [
    [
      'crash',
      new RegExp(
        /^Trivy exited with code 1, so there is no report to judge and the gate fails closed: /.source +
          /.*FATAL\tFatal error\trun error: image scan error: unable to find the specified image$/.source,
      ),
    ],
    [
      'killed',
      /^Trivy was killed by SIGKILL \(out of memory\?\), so there is no report to judge and the gate fails closed/,
    ],
    ['silent', /^The Trivy report \S+trivy-report\.json does not exist, so the gate fails closed\.$/],
    ['truncated', /^The Trivy report \S+trivy-report\.json is truncated/],
  ];
  for (const [mode, message] of crashes) {
    const what =
      { silent: 'writes no report', truncated: 'writes half a report', crash: 'crashes' }[mode] ?? 'is killed';
    it(`fails closed when Trivy ${what}`, async () => {
      const result = await scan({
        path: [path],
        inputs: { severity: 'none', cache: 'false' },
        env: scanEnv('repo-pip.json', { STANDIN_MODE: mode }).env,
      });
      expect(result.exitCode).toBe(1);
      expect(result.failure).toMatch(message);
      expect(result.outputs).toMatchObject({ passed: 'false', findings: '0' });
      expect(result.summary).toContain('### ❌ Trivy gate failed closed');
    });
  }
});
