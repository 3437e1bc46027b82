import { describe, expect, it } from 'vitest';
import {
  artifactFileName,
  buildFailures,
  buildPageUrl,
  EasOutputError,
  overallStatus,
  parseBuilds,
  reportOf,
  statusName,
} from '../../src/eas-build/builds.js';
import { FIXTURE_NAMES, fixture } from './harness.js';

const read = (name: string) => parseBuilds(JSON.stringify(fixture(name), null, 2));
const PAGE = 'https://expo.dev/accounts/acme/projects/acme-mobile/builds/';

describe('parseBuilds over every fixture', () => {
  it.each(FIXTURE_NAMES)('%s parses', (name) => {
    const builds = read(name);
    for (const build of builds) {
      expect(build.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(['ANDROID', 'IOS']).toContain(build.platform);
    }
  });

  it('reads the finished preview APK: links, versions, no failure', () => {
    const [build] = read('build-wait-android-preview-apk-finished.json');
    expect(reportOf(build!, 'preview')).toEqual({
      id: '0c8e7d6f-1a2b-4c3d-8e9f-a1b2c3d4e5f6',
      platform: 'android',
      status: 'finished',
      profile: 'preview',
      buildUrl: `${PAGE}0c8e7d6f-1a2b-4c3d-8e9f-a1b2c3d4e5f6`,
      artifactUrl: 'https://expo.dev/artifacts/eas/q7WcKX2bN4vR9tLm3sYp8d.apk',
      artifactPath: '',
      appVersion: '1.4.0',
      appBuildVersion: '42',
    });
    expect(buildFailures([build!])).toEqual([]);
    expect(artifactFileName(build!)).toBe('acme-mobile-android-1.4.0-42.apk');
  });

  it('reads the production AAB and the derived iOS IPA', () => {
    expect(artifactFileName(read('build-wait-android-production-aab-finished.json')[0]!)).toBe(
      'acme-mobile-android-1.4.0-43.aab',
    );
    const [ios] = read('build-wait-ios-production-ipa-finished.json');
    expect(reportOf(ios!, 'production')).toMatchObject({
      platform: 'ios',
      status: 'finished',
      artifactUrl: expect.stringMatching(/\.ipa$/),
    });
    expect(artifactFileName(ios!)).toBe('acme-mobile-ios-1.4.0-43.ipa');
  });

  it('reads platform all as two builds, Android first', () => {
    const builds = read('build-wait-all-production-finished.json');
    expect(builds.map((build) => build.platform)).toEqual(['ANDROID', 'IOS']);
    expect(overallStatus(builds.map((build) => statusName(build.status)))).toBe('finished');
  });

  it('reads a queued build (--no-wait): no artifacts yet, no failure', () => {
    const [build] = read('build-no-wait-android-new.json');
    expect(reportOf(build!, 'preview')).toMatchObject({
      status: 'new',
      artifactUrl: '',
      buildUrl: `${PAGE}${build!.id}`,
      appBuildVersion: '45',
    });
    expect(buildFailures([build!])).toEqual([]);
  });

  it('turns ERRORED into a failure with the error code, message and log link', () => {
    const builds = read('build-wait-android-errored.json');
    expect(buildFailures(builds)).toEqual([
      'The android build e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b ended ERRORED: ' +
        'EAS_BUILD_UNKNOWN_GRADLE_ERROR: Gradle build failed with unknown error. ' +
        'See logs for the "Run gradlew" phase for more information. ' +
        `Logs: ${PAGE}e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b`,
    ]);
  });

  it('turns CANCELED (which eas-cli exits 0 for) into a failure with the log link', () => {
    const builds = read('build-wait-ios-canceled.json');
    expect(buildFailures(builds)).toEqual([
      'The ios build 5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c was CANCELED before it finished. ' +
        `Logs: ${PAGE}5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c`,
    ]);
  });

  it('accepts finished submissions and fails on one that did not finish', () => {
    expect(buildFailures(read('build-wait-auto-submit-android-production.json'))).toEqual([]);
    expect(buildFailures(read('build-wait-auto-submit-android-submission-errored.json'))).toEqual([
      'The submission 4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a of the android build to Google Play ended ERRORED: ' +
        'SUBMISSION_SERVICE_ANDROID_PERMISSION_ERROR: ' +
        'The service account is missing the permissions to upload the app.',
    ]);
  });

  it('reads build:view (one object) and build:list (several) as builds', () => {
    expect(read('build-view-single.json')).toHaveLength(1);
    const list = read('build-list.json');
    expect(overallStatus(list.map((build) => statusName(build.status)))).toBe('errored');
    expect(read('build-list-empty.json')).toEqual([]);
  });
});

describe('parseBuilds on what is not a build', () => {
  it.each([
    ['', /printed no JSON/],
    ['Error: GraphQL request failed', /not JSON/],
    ['[{"id": "x"}]', /item 1 is not a build/],
    ['[null]', /item 1 is not a build/],
  ])('%j', (stdout, message) => {
    expect(() => parseBuilds(stdout)).toThrow(EasOutputError);
    expect(() => parseBuilds(stdout)).toThrow(message);
  });
});

describe('small decisions', () => {
  it('spells statuses as eas-cli --status does and ranks the worst first', () => {
    expect(statusName('IN_QUEUE')).toBe('in-queue');
    expect(overallStatus(['finished', 'canceled'])).toBe('canceled');
    expect(overallStatus(['in-progress', 'new'])).toBe('new');
    expect(overallStatus([])).toBe('');
  });

  it('has no page link without the app owner and slug, and names files without a URL neutrally', () => {
    const bare = { id: 'abc', status: 'FINISHED', platform: 'ANDROID' };
    expect(buildPageUrl(bare)).toBeUndefined();
    expect(artifactFileName(bare)).toBe('app-android.bin');
  });
});
