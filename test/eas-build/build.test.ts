import { describe, expect, it } from 'vitest';
import { expectAllOutputs } from '../support/metadata.js';
import { runEasBuild } from './harness.js';

// `eas build` in-process, with the stand-in eas (bin/eas) printing eas-cli's JSON shapes.
const PAGE = 'https://expo.dev/accounts/acme/projects/acme-mobile/builds/';
const BASE_ARGV = ['build', '--platform'];

describe.concurrent('eas-build builds', () => {
  it('android production AAB (default profile)', async () => {
    const result = await runEasBuild({ fixture: 'build-wait-android-production-aab-finished.json' });
    expect(result.exitCode).toBe(0);
    expect(result.calls[0]!.argv.slice(0, 5)).toEqual([...BASE_ARGV, 'android', '--profile', 'production']);
    expect(result.outputs['artifact-url']).toMatch(/\.aab$/);
    expect(result.outputs['app-build-version']).toBe('43');
  });

  it('ios production IPA', async () => {
    const result = await runEasBuild({
      inputs: { platform: 'ios' },
      fixture: 'build-wait-ios-production-ipa-finished.json',
    });
    expect(result.exitCode).toBe(0);
    expect(result.calls[0]!.argv.slice(0, 3)).toEqual([...BASE_ARGV, 'ios']);
    expect(result.outputs).toMatchObject({
      platform: 'ios',
      status: 'finished',
      'artifact-url': expect.stringMatching(/\.ipa$/),
    });
  });

  it('platform all: two builds, build-ids JSON, both in the summary', async () => {
    const result = await runEasBuild({
      inputs: { platform: 'all' },
      fixture: 'build-wait-all-production-finished.json',
    });
    expect(result.exitCode).toBe(0);
    expect(result.calls[0]!.argv.slice(0, 3)).toEqual([...BASE_ARGV, 'all']);
    expect(JSON.parse(result.outputs['build-ids']!)).toEqual([
      '7a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
      '6b5a4f3e-2d1c-4b0a-9f8e-7d6c5b4a3f2e',
    ]);
    expect(result.outputs).toMatchObject({
      platform: 'android,ios',
      status: 'finished',
      'build-id': '7a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
    });
    const builds = JSON.parse(result.outputs['builds']!) as { platform: string; artifactUrl: string }[];
    expect(builds.map((build) => build.platform)).toEqual(['android', 'ios']);
    expect(builds[1]!.artifactUrl).toMatch(/\.ipa$/);
    expect(result.summary).toMatch(/\| android \|[^\n]*\n\| ios \|/);
  });

  it('wait: false: outputs what exists and says the build is queued', async () => {
    const result = await runEasBuild({
      inputs: { profile: 'preview', wait: 'false' },
      fixture: 'build-no-wait-android-new.json',
    });
    expect(result.exitCode).toBe(0);
    expect(result.calls[0]!.argv).toContain('--no-wait');
    expect(result.outputs).toMatchObject({
      status: 'new',
      'build-id': '9c8b7a6f-5e4d-4c3b-a2f1-e0d9c8b7a6f5',
      'build-url': `${PAGE}9c8b7a6f-5e4d-4c3b-a2f1-e0d9c8b7a6f5`,
      'artifact-url': '',
      'app-build-version': '45',
    });
    expect(result.stdout).toContain(`::notice::EAS build queued (wait: false): ${PAGE}9c8b7a6f`);
    expect(result.summary).toContain('EAS build queued (not waited for)');
    expectAllOutputs(result, 'eas-build');
  });

  it('CANCELED (eas exits 0): still fails the step, with the log link', async () => {
    const result = await runEasBuild({ inputs: { platform: 'ios' }, fixture: 'build-wait-ios-canceled.json' });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'The ios build 5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c was CANCELED before it finished. ' +
        `Logs: ${PAGE}5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c`,
    );
    expect(result.outputs['status']).toBe('canceled');
    expectAllOutputs(result, 'eas-build');
  });

  it('eas fails before any JSON (auth, flags): the exit and its last messages', async () => {
    const result = await runEasBuild({ env: { EAS_STANDIN_STDOUT: '', EAS_STANDIN_EXIT: '1' } });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(/^eas build exited with code 1: Resolved "production" environment for the build\./);
    expectAllOutputs(result, 'eas-build');
  });

  it('auto-submit: the same-named submit profile, or --auto-submit-with-profile', async () => {
    const [same, named] = await Promise.all([
      runEasBuild({ inputs: { 'auto-submit': 'true' }, fixture: 'build-wait-auto-submit-android-production.json' }),
      runEasBuild({
        inputs: { 'auto-submit': 'true', 'submit-profile': 'internal', platform: 'all' },
        fixture: 'build-wait-all-production-finished.json',
      }),
    ]);
    expect(same.exitCode).toBe(0);
    expect(same.calls[0]!.argv).toContain('--auto-submit');
    expect(named.exitCode).toBe(0);
    expect(named.calls[0]!.argv.slice(-2)).toEqual(['--auto-submit-with-profile', 'internal']);
  });

  it('auto-submit whose submission did not finish fails the step', async () => {
    const result = await runEasBuild({
      inputs: { 'auto-submit': 'true' },
      fixture: 'build-wait-auto-submit-android-submission-errored.json',
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(
      /^The submission 4d5e6f7a-\S+ of the android build to Google Play ended ERRORED: SUBMISSION_SERVICE_/,
    );
    expect(result.outputs['status']).toBe('finished');
  });

  it('message defaults to the pushed commit subject; clear-cache passes --clear-cache', async () => {
    const result = await runEasBuild({
      inputs: { 'clear-cache': 'true' },
      event: { head_commit: { message: 'fix: crash on login\n\nLonger body that is not the subject.' } },
    });
    expect(result.exitCode).toBe(0);
    expect(result.calls[0]!.argv.slice(-2)).toEqual(['--message=fix: crash on login', '--clear-cache']);
  });

  it('a hostile message stays one inert argv element', async () => {
    const message = '$(touch /tmp/dk-eas-pwned); `id` | rm -rf ~\n--clear-cache "quoted" \'single\'';
    const result = await runEasBuild({ inputs: { message } });
    expect(result.exitCode).toBe(0);
    const argv = result.calls[0]!.argv;
    // The runner trims inputs; what remains is passed as one element, nothing split off.
    expect(argv.filter((arg) => arg.startsWith('--message='))).toEqual([`--message=${message}`]);
    expect(argv).not.toContain('--clear-cache');
    expect(argv).toHaveLength(8);
  });
});
