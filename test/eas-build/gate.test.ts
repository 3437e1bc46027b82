import { describe, expect, it } from 'vitest';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { BAD_INPUTS, runEasBuild, TOKEN } from './harness.js';

// The secret gate and the refusals, the action run in-process: nothing reaches eas when the step skips or the
// inputs are wrong.
describe.concurrent('eas-build gate', () => {
  it.each([
    ['empty', ''],
    ['whitespace-only', '  \n\t '],
  ])('skips cleanly when the token is %s, as on a fork', async (_name, token) => {
    const result = await runEasBuild({ inputs: { token } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ skipped: 'true', status: 'skipped', 'build-id': '', 'build-ids': '[]' });
    expect(result.stdout).toMatch(/::notice::Skipped the EAS build: input "token" is empty, so the EXPO_TOKEN secret/);
    expect(result.summary).toContain('EAS build skipped');
    expect(result.calls).toEqual([]);
    expectAllOutputs(result, 'eas-build');
  });

  it('fails on an empty token with require-token: true', async () => {
    const result = await runEasBuild({ inputs: { token: '', 'require-token': 'true' } });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(/Input "token" is empty but required .*\$\{\{ secrets\.EXPO_TOKEN \}\}/);
    expect(result.outputs['skipped']).toBe('false');
    expect(result.calls).toEqual([]);
    expectAllOutputs(result, 'eas-build');
  });

  it('gives eas the token only as EXPO_TOKEN, never in argv, and never prints it', async () => {
    const result = await runEasBuild({ inputs: { profile: 'preview' } });
    expect(result.exitCode).toBe(0);
    expect(result.calls).toHaveLength(1);
    expect(result.calls[0]!.expoToken).toBe(TOKEN);
    expect(result.calls[0]!.argv.join(' ')).not.toContain(TOKEN);
    expect(result.calls[0]!.tokenElsewhere).toEqual([]);
    expectNoSecretLeak(result, [TOKEN]);
  });
});

describe.concurrent('eas-build bad inputs: the README table', () => {
  it.each(BAD_INPUTS)('%s', async (_name, inputs, error) => {
    const result = await runEasBuild({ inputs });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain(error);
    expect(result.calls).toEqual([]);
    expectAllOutputs(result, 'eas-build');
  });

  it('a profile eas.json does not have: names the ones it has', async () => {
    const result = await runEasBuild({ inputs: { profile: 'staging' } });
    expect(result.failure).toBe(
      'Input "profile" is "staging" but eas.json has no "build.staging": ' +
        'its build profiles are "development", "preview" and "production".',
    );
    expect(result.calls).toEqual([]);
  });

  it('a submit profile eas.json does not have', async () => {
    const result = await runEasBuild({ inputs: { 'auto-submit': 'true', 'submit-profile': 'beta' } });
    expect(result.failure).toMatch(/^Input "submit-profile" is "beta" but eas.json has no "submit.beta"/);
  });

  it('no eas.json in working-directory', async () => {
    const result = await runEasBuild({ inputs: { 'working-directory': 'apps/mobile' } });
    expect(result.failure).toMatch(
      /^No eas.json in ".*\/workspace\/apps\/mobile": set working-directory to the Expo project/,
    );
    expectAllOutputs(result, 'eas-build');
  });

  it('an eas.json that is not JSON', async () => {
    const result = await runEasBuild({ easJson: '{ "build": ' });
    expect(result.failure).toMatch(/^eas.json is not valid JSON/);
  });
});
