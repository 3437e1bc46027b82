import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBundle, type BundleRun } from '../support/bundle.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, hang, startServer } from '../support/server.js';
import { scanEnv, standinOnPath, startReleaseServer } from './standin.js';

/**
 * Scan mode through the bundle where it must be: installing Trivy reads and writes the runner's tool
 * cache through @actions/tool-cache, which reads the process's environment (RUNNER_TOOL_CACHE,
 * RUNNER_TEMP), not the step's; and the timeout tests are about the step's process ending. The
 * scenarios with a trivy on PATH run in-process in scan.test.ts.
 */
async function scan(run: BundleRun) {
  const result = await runBundle('trivy-gate', run);
  expectAllOutputs(result, 'trivy-gate');
  return result;
}

afterAll(closeAllServers);

describe('trivy-gate bundle: installing Trivy from its release', () => {
  it('downloads, verifies against the checksums file and the pin, caches the tool, then runs it', async () => {
    const release = await startReleaseServer('0.72.0');
    const standin = scanEnv('repo-pip.json');
    const first = await scan({
      inputs: {
        'download-url': `${release.url}/`,
        'trivy-sha256': release.goodSha256.toUpperCase(),
        scanners: 'vuln,secret',
        severity: 'CRITICAL',
      },
      env: standin.env,
    });
    expect(first.failure).toBeUndefined();
    expect(first.exitCode).toBe(0);
    expect(release.requests.map((r) => r.url)).toEqual([
      '/v0.72.0/trivy_0.72.0_checksums.txt',
      '/v0.72.0/trivy_0.72.0_Linux-64bit.tar.gz',
    ]);
    expect(first.stdout).toContain(
      "Verified trivy_0.72.0_Linux-64bit.tar.gz: SHA-256 matches the release's checksums and trivy-sha256.",
    );
    expect(first.stdout).toContain("::warning::The runner's cache service is not available here");
    expect(readdirSync(join(first.dir, 'tool-cache', 'trivy'))).toEqual(['0.72.0']);
    expect(first.outputs).toMatchObject({ passed: 'true', high: '1', medium: '1', findings: '2' });
    expect(first.outputs['report-path']).toMatch(/\/temp\/trivy-gate-\w+\/trivy-report\.json$/);

    const argv = readFileSync(standin.argvFile, 'utf8').trimEnd().split('\n');
    const cacheDir = join(first.dir, 'temp', 'trivy-gate-cache');
    expect(argv).toEqual([
      'fs',
      '--format',
      'json',
      '--output',
      first.outputs['report-path'],
      '--exit-code',
      '0',
      '--cache-dir',
      cacheDir,
      '--ignorefile',
      expect.stringMatching(/trivy-gate-\w+\/no-ignore-file$/),
      // The default 10m less what installing took: Trivy gets the time left (issue 12, finding 2).
      '--timeout',
      expect.stringMatching(/^(59\d|600)s$/),
      '--scanners',
      'vuln,secret',
      '--',
      '.',
    ]);
    expect(argv).not.toContain('--severity');

    // Second run on the same runner: the tool cache has it, nothing is downloaded.
    const second = await scan({
      dir: first.dir,
      inputs: { 'download-url': release.url, severity: 'CRITICAL' },
      env: standin.env,
    });
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('Using Trivy 0.72.0 from the tool cache');
    expect(release.requests).toHaveLength(2);
  });

  it('refuses a tampered archive loudly, deletes it and never executes it', async () => {
    const release = await startReleaseServer('0.72.0', { tampered: true });
    const standin = scanEnv('repo-pip.json');
    const result = await scan({ inputs: { 'download-url': release.url }, env: standin.env });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      new RegExp(
        /^Refusing to run Trivy: trivy_0\.72\.0_Linux-64bit\.tar\.gz failed verification /.source +
          /\(its SHA-256 is [0-9a-f]{64} but the release's checksums file says [0-9a-f]{64}\)\. /.source +
          /The download may have been tampered with; it was deleted and never executed\.$/.source,
      ),
    );
    expect(result.outputs).toMatchObject({ passed: 'false', 'report-path': '' });
    expect(result.summary).toContain('### ❌ Trivy gate failed closed');
    expect(existsSync(join(standin.markers, 'tampered-ran'))).toBe(false);
    expect(existsSync(join(result.dir, 'tool-cache', 'trivy'))).toBe(false);
    expect(existsSync(join(result.dir, 'temp', 'trivy-gate-download-0.72.0', 'trivy_0.72.0_Linux-64bit.tar.gz'))).toBe(
      false,
    );
  });

  it('refuses a genuine release that does not match the pinned trivy-sha256', async () => {
    const release = await startReleaseServer('0.72.0');
    const result = await scan({
      inputs: { 'download-url': release.url, 'trivy-sha256': 'a'.repeat(64) },
      env: scanEnv('repo-pip.json').env,
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(/failed verification \(its SHA-256 is [0-9a-f]{64} but trivy-sha256 pins a{64}\)/);
  });

  it('says which release is missing when the version does not exist', async () => {
    const release = await startReleaseServer('0.72.0');
    const result = await scan({
      inputs: { 'download-url': release.url, 'trivy-version': 'v0.99.0' },
      env: scanEnv('repo-pip.json').env,
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      `Could not fetch Trivy's checksums from ${release.url}/v0.99.0/trivy_0.99.0_checksums.txt (HTTP 404): ` +
        'check trivy-version and download-url.',
    );
    expect(result.summary).toContain('### ❌ Trivy gate failed closed');
  });

  it('never shows credentials given in a mirror URL', async () => {
    const release = await startReleaseServer('0.72.0');
    const mirror = release.url.replace('http://', 'http://mirror-user:hunter2token@');
    const result = await scan({
      inputs: { 'download-url': mirror, 'trivy-version': 'v0.99.0' },
      env: scanEnv('repo-pip.json').env,
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      `Could not fetch Trivy's checksums from ${release.url}/v0.99.0/trivy_0.99.0_checksums.txt (HTTP 404): ` +
        'check trivy-version and download-url.',
    );
    expectNoSecretLeak(result, ['hunter2token', 'mirror-user:hunter2token']);
  });
});

describe('trivy-gate bundle: the timeout input bounds the whole step (issue 12, finding 2)', () => {
  it('stops waiting for a download host that never answers and names the phase', async () => {
    const silent = await startServer(hang);
    const result = await scan({
      inputs: { 'download-url': silent.url, timeout: '3s', cache: 'false' },
      env: scanEnv('repo-pip.json').env,
      timeoutMs: 30_000,
    });
    expect(result.exitCode).toBe(1);
    expect(result.durationMs).toBeLessThan(8000);
    expect(result.failure).toMatch(
      /^The 3\.0 s "timeout" ran out while installing Trivy 0\.72\.0 \(.*\): it covers installing Trivy/,
    );
  });

  it('stops an archive download that stalls after the checksums arrived', async () => {
    const release = await startReleaseServer('0.72.0');
    const stalling = await startServer((request, response, raw) => {
      if (request.url.endsWith('.tar.gz')) {
        response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '50000000' });
        response.write(Buffer.alloc(1000));
        return;
      }
      // Everything else as the release server answers it.
      void fetch(`${release.url}${request.url}`).then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': 'text/plain' });
        response.end(await answer.text());
      });
      void raw;
    });
    const result = await scan({
      inputs: { 'download-url': stalling.url, timeout: '3s', cache: 'false' },
      env: scanEnv('repo-pip.json').env,
      timeoutMs: 30_000,
    });
    expect(result.exitCode).toBe(1);
    expect(result.durationMs).toBeLessThan(8000);
    expect(result.failure).toMatch(
      new RegExp(
        /^The 3\.0 s "timeout" ran out while installing Trivy 0\.72\.0 /.source +
          /\(Could not download http:\/\/127\.0\.0\.1:\d+\/v0\.72\.0\/trivy_0\.72\.0_Linux-64bit\.tar\.gz/.source,
      ),
    );
  });

  it('stops a Trivy that hangs within the timeout (plus a 2 s grace) and says so', async () => {
    const path = standinOnPath();
    const result = await scan({
      path: [path],
      inputs: { timeout: '2s', cache: 'false' },
      env: scanEnv('repo-pip.json', { STANDIN_MODE: 'hang' }).env,
      timeoutMs: 30_000,
    });
    expect(result.exitCode).toBe(1);
    expect(result.durationMs).toBeLessThan(9000);
    expect(result.failure).toMatch(
      new RegExp(
        /^The 2\.0 s "timeout" ran out while Trivy updated its database and scanned /.source +
          /\(Trivy did not finish within 4 s and was stopped/.source,
      ),
    );
  });
});
