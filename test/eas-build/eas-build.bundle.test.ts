import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { type EasRun, runEasBuild, TOKEN } from './harness.js';

// The happy path and a failed build end to end through dist/eas-build (Node 24, the real
// @actions/core), with the stand-in eas (bin/eas); the other scenarios run in-process (build.test.ts).
const PAGE = 'https://expo.dev/accounts/acme/projects/acme-mobile/builds/';
const BASE_ARGV = ['build', '--platform'];
const runOnBundle = (run: EasRun) => runEasBuild(run, runBundle);

describe.concurrent('eas-build (bundle)', () => {
  it('android preview APK: waits, returns the build page, artifact and versions', async () => {
    const result = await runOnBundle({
      inputs: { profile: 'preview' },
      fixture: 'build-wait-android-preview-apk-finished.json',
    });
    expect(result.exitCode).toBe(0);
    expect(result.calls.map((call) => call.argv)).toEqual([
      [...BASE_ARGV, 'android', '--profile', 'preview', '--non-interactive', '--json'],
    ]);
    expect(result.outputs).toEqual({
      skipped: 'false',
      'build-id': '0c8e7d6f-1a2b-4c3d-8e9f-a1b2c3d4e5f6',
      'build-ids': '["0c8e7d6f-1a2b-4c3d-8e9f-a1b2c3d4e5f6"]',
      status: 'finished',
      platform: 'android',
      'build-url': `${PAGE}0c8e7d6f-1a2b-4c3d-8e9f-a1b2c3d4e5f6`,
      'artifact-url': 'https://expo.dev/artifacts/eas/q7WcKX2bN4vR9tLm3sYp8d.apk',
      'artifact-path': '',
      'app-version': '1.4.0',
      'app-build-version': '42',
      builds: expect.stringContaining('"profile":"preview"'),
    });
    expect(result.summary).toContain('EAS build finished');
    expect(result.summary).toContain('| android | preview | 1.4.0 (42) | ✅ finished |');
    expect(result.summary).toContain('(https://expo.dev/artifacts/eas/q7WcKX2bN4vR9tLm3sYp8d.apk)');
    expect(result.calls[0]!.cwd).toBe(result.workspace);
    expectAllOutputs(result, 'eas-build');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('ERRORED (eas exits 1): fails with the error code, message and log link; outputs still set', async () => {
    const result = await runOnBundle({ fixture: 'build-wait-android-errored.json' });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'The android build e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b ended ERRORED: EAS_BUILD_UNKNOWN_GRADLE_ERROR: ' +
        'Gradle build failed with unknown error. See logs for the "Run gradlew" phase for more information. ' +
        `Logs: ${PAGE}e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b`,
    );
    expect(result.outputs).toMatchObject({
      status: 'errored',
      'build-id': 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
      'artifact-url': '',
    });
    expect(result.summary).toContain('EAS build failed');
    expectAllOutputs(result, 'eas-build');
    expectNoSecretLeak(result, [TOKEN]);
  });
});
