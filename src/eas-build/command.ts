import type { EasBuildConfig } from './config.js';

/**
 * The argv of `eas build`. Every value is its own element (the message is never split or quoted
 * through a shell), the token is not here at all (it travels as EXPO_TOKEN), and `--json` makes
 * eas-cli print only the builds' JSON on stdout (its messages go to stderr).
 */
export function buildArgs(
  config: Pick<
    EasBuildConfig,
    'platform' | 'profile' | 'message' | 'wait' | 'autoSubmit' | 'submitProfile' | 'clearCache'
  >,
): string[] {
  const args = ['build', '--platform', config.platform, '--profile', config.profile, '--non-interactive', '--json'];
  // `--message=<text>` keeps a message that starts with "-" from reading as a flag.
  if (config.message !== undefined) args.push(`--message=${config.message}`);
  if (!config.wait) args.push('--no-wait');
  if (config.autoSubmit) {
    if (config.submitProfile !== undefined) args.push('--auto-submit-with-profile', config.submitProfile);
    else args.push('--auto-submit');
  }
  if (config.clearCache) args.push('--clear-cache');
  return args;
}
