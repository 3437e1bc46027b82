import { isAbsolute, resolve } from 'node:path';
import semver from 'semver';
import type { ConfigContext } from '../lib/action.js';
import type { RunContext } from '../lib/context.js';
import { ConfigError } from '../lib/errors.js';
import { type Gate, secretGate } from '../lib/gate.js';
import { type Inputs, invalidValue } from '../lib/inputs.js';

/** The eas-cli installed when `eas-version` is empty and no `eas` is on PATH: the one tests and docs follow. */
export const PINNED_EAS_VERSION = '24.8.0';

/** eas-cli refuses longer messages ("Message cannot be longer than 1024 characters."). */
export const MAX_MESSAGE_LENGTH = 1024;

export const PLATFORMS = ['android', 'ios', 'all'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Where eas-cli comes from: PATH first (else the pinned version), or an npm install of a given version. */
export type EasSource = { kind: 'path-or-pinned'; pinned: string } | { kind: 'install'; version: string };

export interface EasBuildConfig {
  gate: Gate;
  platform: Platform;
  profile: string;
  message: string | undefined;
  wait: boolean;
  autoSubmit: boolean;
  /** Only with autoSubmit; undefined: eas-cli uses the submit profile named like the build profile. */
  submitProfile: string | undefined;
  clearCache: boolean;
  /** Absolute. */
  workingDirectory: string;
  eas: EasSource;
  /** Absolute directory, or undefined for no download. */
  download: string | undefined;
  maxDownloadBytes: number;
  timeoutMs: number;
  comment: boolean;
  githubToken: string | undefined;
  run: RunContext;
}

/** eas.json profile names are object keys; refuse anything that could read as a flag or hold odd bytes. */
const PROFILE_NAME = /^\w[\w.-]*$/;

export function readConfig(inputs: Inputs, { run }: ConfigContext): EasBuildConfig {
  const gate = secretGate({
    value: inputs.secret('token'),
    input: 'token',
    secretName: 'EXPO_TOKEN',
    what: 'the EAS build',
    required: inputs.boolean('require-token', false),
  });
  const platform = inputs.enum('platform', PLATFORMS, 'android');
  const profile = profileName(inputs, 'profile') ?? 'production';
  const wait = inputs.boolean('wait', true);
  const autoSubmit = inputs.boolean('auto-submit', false);
  const submitProfile = profileName(inputs, 'submit-profile');
  if (submitProfile !== undefined && !autoSubmit) {
    throw new ConfigError(
      'Input "submit-profile" is set but "auto-submit" is false: set auto-submit: true to submit the build.',
    );
  }
  const { workspace } = run;
  const download = inputs.optional('download');
  if (download !== undefined && !wait) {
    throw new ConfigError(
      'Input "download" needs wait: true: a build that is only queued has no artifact to download yet.',
    );
  }
  return {
    gate,
    platform,
    profile,
    message: buildMessage(inputs.optional('message'), run),
    wait,
    autoSubmit,
    submitProfile,
    clearCache: inputs.boolean('clear-cache', false),
    workingDirectory: resolve(workspace, inputs.string('working-directory', '.')),
    eas: easSource(inputs.optional('eas-version')),
    download: download === undefined ? undefined : isAbsolute(download) ? download : resolve(workspace, download),
    maxDownloadBytes: inputs.integer('max-download-bytes', 4 * 1024 ** 3, { min: 1 }),
    timeoutMs: inputs.duration('timeout', 3 * 3600_000, { min: 10_000 }),
    comment: inputs.boolean('comment', false),
    githubToken: inputs.secret('github-token'),
    run,
  };
}

function profileName(inputs: Inputs, name: string): string | undefined {
  const value = inputs.optional(name);
  if (value !== undefined && !PROFILE_NAME.test(value)) {
    throw invalidValue(
      name,
      value,
      'expected a profile name of eas.json (letters, digits, ".", "_" and "-", not starting with "-" or ".")',
    );
  }
  return value;
}

/**
 * The message given, else what the run is about: the pushed commit's subject, or the pull request.
 * An explicit message that eas-cli would refuse fails here; a long commit subject is shortened.
 */
export function buildMessage(
  given: string | undefined,
  run: Pick<RunContext, 'commitSubject' | 'pullRequest'>,
): string | undefined {
  if (given !== undefined) {
    if (given.length > MAX_MESSAGE_LENGTH) {
      throw invalidValue(
        'message',
        given,
        `eas-cli accepts at most ${MAX_MESSAGE_LENGTH} characters (this one has ${given.length})`,
      );
    }
    return given;
  }
  const fallback =
    run.commitSubject ?? (run.pullRequest ? `PR #${run.pullRequest.number}: ${run.pullRequest.title}` : undefined);
  if (fallback === undefined || fallback.trim() === '') return undefined;
  return fallback.length > MAX_MESSAGE_LENGTH ? `${fallback.slice(0, MAX_MESSAGE_LENGTH - 3)}...` : fallback;
}

export function easSource(version: string | undefined): EasSource {
  if (version === undefined) return { kind: 'path-or-pinned', pinned: PINNED_EAS_VERSION };
  if (version === 'latest') return { kind: 'install', version };
  const exact = semver.valid(version.replace(/^v/, ''));
  if (exact === null) {
    throw invalidValue(
      'eas-version',
      version,
      'expected an exact eas-cli version such as 24.8.0, or "latest" (empty: the eas on PATH)',
    );
  }
  return { kind: 'install', version: exact };
}
