import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers } from '../support/server.js';
import { runEasBuild, SIGNATURE, startArtifactServer, TOKEN } from './harness.js';

// `download:`, the action run in-process: the stand-in eas points the artifact URLs at a loopback server that, like
// Expo's, redirects /artifacts/eas/<file> to a signed storage URL (whose signature must stay out of logs).
const SIGNATURE_VALUE = SIGNATURE.split('=')[1]!;

afterAll(() => closeAllServers());

describe.concurrent('eas-build download', () => {
  it('downloads the APK into the directory, names it, and sets artifact-path', async () => {
    const server = await startArtifactServer('ok');
    const result = await runEasBuild({ inputs: { profile: 'preview', download: 'build' }, artifacts: server });
    expect(result.exitCode).toBe(0);
    const path = join(result.workspace, 'build', 'acme-mobile-android-1.4.0-42.apk');
    expect(result.outputs['artifact-path']).toBe(path);
    expect(readFileSync(path).length).toBe(64 * 1024);
    expect(readdirSync(join(result.workspace, 'build'))).toEqual(['acme-mobile-android-1.4.0-42.apk']);
    expect(result.outputs['artifact-url']).toBe(`${server.url}/artifacts/eas/q7WcKX2bN4vR9tLm3sYp8d.apk`);
    expect(result.summary).toContain('Downloaded: `');
    expect(server.requests.map((r) => r.url.split('?')[0])).toEqual([
      '/artifacts/eas/q7WcKX2bN4vR9tLm3sYp8d.apk',
      '/signed/q7WcKX2bN4vR9tLm3sYp8d.apk',
    ]);
    expectNoSecretLeak(result, [TOKEN]);
    for (const text of [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs)])
      expect(text).not.toContain(SIGNATURE_VALUE);
    expectAllOutputs(result, 'eas-build');
  });

  it('platform all: one file per build, one path per line', async () => {
    const server = await startArtifactServer('ok');
    const result = await runEasBuild({
      inputs: { platform: 'all', download: 'out' },
      artifacts: server,
      fixture: 'build-wait-all-production-finished.json',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['artifact-path']!.split('\n').map((p) => p.split('/').pop())).toEqual([
      'acme-mobile-android-1.4.0-43.aab',
      'acme-mobile-ios-1.4.0-43.ipa',
    ]);
  });

  it('retries a truncated download and succeeds', async () => {
    const server = await startArtifactServer('truncate-once');
    const result = await runEasBuild({ inputs: { profile: 'preview', download: 'build' }, artifacts: server });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /::warning::Download of the android artifact: the download was truncated: received 1000 of 65536 bytes/,
    );
    expect(result.stdout).not.toContain(SIGNATURE_VALUE);
  });

  it('a download that stays truncated fails with the byte counts; no partial file is left', async () => {
    const server = await startArtifactServer('truncate');
    const result = await runEasBuild({ inputs: { profile: 'preview', download: 'build' }, artifacts: server });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      new RegExp(
        `^Could not download ${server.url}/artifacts/eas/q7WcKX2bN4vR9tLm3sYp8d.apk \\(4 attempts\\): ` +
          'the download was truncated: received 1000 of 65536 bytes',
      ),
    );
    expect(readdirSync(join(result.workspace, 'build'))).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'finished', 'artifact-path': '' });
    expect(result.stdout).not.toContain(SIGNATURE_VALUE);
    expectAllOutputs(result, 'eas-build');
  });

  it('a 404 fails clearly, at once', async () => {
    const server = await startArtifactServer('missing');
    const result = await runEasBuild({ inputs: { profile: 'preview', download: 'build' }, artifacts: server });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(`Could not download ${server.url}/artifacts/eas/q7WcKX2bN4vR9tLm3sYp8d.apk: HTTP 404.`);
    expect(server.requests).toHaveLength(1);
  });

  it('an artifact over max-download-bytes fails without being written', async () => {
    const server = await startArtifactServer('ok');
    const result = await runEasBuild({
      inputs: { profile: 'preview', download: 'build', 'max-download-bytes': '1000' },
      artifacts: server,
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain('the file is 65536 bytes, more than the 1000 allowed');
  });
});
