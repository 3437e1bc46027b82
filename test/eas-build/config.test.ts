import { describe, expect, it } from 'vitest';
import { buildArgs } from '../../src/eas-build/command.js';
import {
  buildMessage,
  type EasBuildConfig,
  easSource,
  PINNED_EAS_VERSION,
  readConfig,
} from '../../src/eas-build/config.js';
import { checkEasJson, parseJsonWithComments } from '../../src/eas-build/eas-json.js';
import { readRunContext } from '../../src/lib/context.js';
import { ConfigError } from '../../src/lib/errors.js';
import { Inputs } from '../../src/lib/inputs.js';
import { configContext } from '../support/context.js';
import { expectReadsDeclaredInputs } from '../support/metadata.js';
import { BAD_INPUTS, EAS_JSON } from './harness.js';

const env = { GITHUB_WORKSPACE: '/work/space' };
const run = readRunContext({ GITHUB_REPOSITORY: 'acme/shop', ...env });
const configOf = (values: Record<string, string>): EasBuildConfig =>
  readConfig(new Inputs((name) => ({ token: 'tok-123456', ...values })[name] ?? ''), configContext({ env, run }));

describe('readConfig', () => {
  it('reads every declared input and nothing else', () => {
    expectReadsDeclaredInputs('eas-build', (inputs) => readConfig(inputs, configContext({ env, run })), [
      { token: 'tok-123456' },
    ]);
  });

  it('defaults to an Android production build that waits, with eas from PATH', () => {
    const config = configOf({});
    expect(config).toMatchObject({
      platform: 'android',
      profile: 'production',
      wait: true,
      autoSubmit: false,
      clearCache: false,
      workingDirectory: '/work/space',
      eas: { kind: 'path-or-pinned', pinned: PINNED_EAS_VERSION },
      download: undefined,
      timeoutMs: 3 * 3600_000,
      comment: false,
    });
    expect(config.gate).toEqual({ open: true, secret: 'tok-123456' });
  });

  it('resolves working-directory and download against the workspace', () => {
    const config = configOf({ 'working-directory': 'apps/mobile', download: 'out' });
    expect(config.workingDirectory).toBe('/work/space/apps/mobile');
    expect(config.download).toBe('/work/space/out');
    expect(configOf({ download: '/tmp/abs' }).download).toBe('/tmp/abs');
  });

  it('skips on an empty or whitespace token, and fails when it is required', () => {
    expect(configOf({ token: '' }).gate.open).toBe(false);
    expect(configOf({ token: '  \n ' }).gate.open).toBe(false);
    expect(() => configOf({ token: '', 'require-token': 'true' })).toThrow(/secrets\.EXPO_TOKEN/);
  });

  // The "Bad inputs" table of actions/eas-build/README.md; gate.test.ts runs each row through the action too.
  it.each(BAD_INPUTS)('refuses %s', (_name, values: Record<string, string>, message) => {
    expect(() => configOf(values)).toThrow(ConfigError);
    expect(() => configOf(values)).toThrow(message);
  });
});

describe('easSource', () => {
  it('installs exact versions and latest, and uses PATH when empty', () => {
    expect(easSource(undefined)).toEqual({ kind: 'path-or-pinned', pinned: PINNED_EAS_VERSION });
    expect(easSource('16.3.1')).toEqual({ kind: 'install', version: '16.3.1' });
    expect(easSource('v16.3.1')).toEqual({ kind: 'install', version: '16.3.1' });
    expect(easSource('latest')).toEqual({ kind: 'install', version: 'latest' });
    expect(() => easSource('16')).toThrow(ConfigError);
  });
});

describe('buildMessage', () => {
  const pullRequest = { number: 128, title: 'Add onboarding', headSha: 'abc', isFork: false, url: '' };
  it('takes the input, else the commit subject, else the pull request', () => {
    expect(buildMessage('Release 1.4', { commitSubject: 'feat: x' })).toBe('Release 1.4');
    expect(buildMessage(undefined, { commitSubject: 'feat: x' })).toBe('feat: x');
    expect(buildMessage(undefined, { pullRequest })).toBe('PR #128: Add onboarding');
    expect(buildMessage(undefined, {})).toBeUndefined();
  });

  it('shortens a long commit subject to what eas-cli accepts', () => {
    const message = buildMessage(undefined, { commitSubject: 'y'.repeat(2000) })!;
    expect(message).toHaveLength(1024);
    expect(message.endsWith('...')).toBe(true);
  });
});

describe('buildArgs', () => {
  const base = {
    platform: 'android',
    profile: 'preview',
    message: undefined,
    wait: true,
    autoSubmit: false,
    submitProfile: undefined,
    clearCache: false,
  } as const;

  it('builds non-interactive JSON argv, one element per value', () => {
    expect(buildArgs(base)).toEqual([
      'build',
      '--platform',
      'android',
      '--profile',
      'preview',
      '--non-interactive',
      '--json',
    ]);
    expect(buildArgs({ ...base, platform: 'all', wait: false, clearCache: true, message: 'PR #1' })).toEqual([
      'build',
      '--platform',
      'all',
      '--profile',
      'preview',
      '--non-interactive',
      '--json',
      '--message=PR #1',
      '--no-wait',
      '--clear-cache',
    ]);
  });

  it('auto-submits with the same-named or a given submit profile', () => {
    expect(buildArgs({ ...base, autoSubmit: true })).toContain('--auto-submit');
    expect(buildArgs({ ...base, autoSubmit: true, submitProfile: 'internal' }).slice(-2)).toEqual([
      '--auto-submit-with-profile',
      'internal',
    ]);
  });

  it('keeps a hostile message a single inert element', () => {
    const message = '-x $(touch /tmp/pwned); rm -rf / `id`\nsecond line';
    const args = buildArgs({ ...base, message });
    expect(args.filter((arg) => arg.includes('pwned'))).toEqual([`--message=${message}`]);
  });
});

describe('checkEasJson', () => {
  const text = JSON.stringify(EAS_JSON);
  it('accepts a known profile and submit profile', () => {
    expect(() => checkEasJson(text, { profile: 'preview' })).not.toThrow();
    expect(() => checkEasJson(text, { profile: 'production', submitProfile: 'internal' })).not.toThrow();
  });

  it('names the missing profile and the ones that exist', () => {
    expect(() => checkEasJson(text, { profile: 'staging' })).toThrow(
      'Input "profile" is "staging" but eas.json has no "build.staging": ' +
        'its build profiles are "development", "preview" and "production".',
    );
    expect(() => checkEasJson(text, { profile: 'preview', submitProfile: 'beta' })).toThrow(
      /no "submit\.beta": its submit profiles are "production" and "internal"/,
    );
    expect(() => checkEasJson('{"cli": {}}', { profile: 'preview' })).toThrow(/it has no "build" profiles/);
  });

  it('refuses what is not a JSON object', () => {
    expect(() => checkEasJson('[]', { profile: 'preview' })).toThrow(/not a JSON object/);
    expect(() => checkEasJson('{"build": ', { profile: 'preview' })).toThrow(/eas.json is not valid JSON/);
  });

  it('reads eas.json with comments and trailing commas, as eas-cli does', () => {
    const json5 = '{\n  // profiles\n  "build": { /* the PR build */ "preview": { "channel": "a//b", }, },\n}';
    expect(parseJsonWithComments(json5)).toEqual({ build: { preview: { channel: 'a//b' } } });
  });
});
