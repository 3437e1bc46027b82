import { describe, expect, it } from 'vitest';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { runEasBuild, TOKEN } from './harness.js';

/*
 * The README promises a job summary on every run: a failure before eas-build writes its own (a bad
 * input, no eas.json) gets the one runAction writes, and one that wrote its own gets no second.
 */

const headings = (summary: string) => summary.match(/^### .*$/gm) ?? [];

describe('eas-build: a job summary on every failure', () => {
  it('a bad input: the failure sentence, as the one summary', async () => {
    const result = await runEasBuild({ inputs: { platform: 'web' } });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe('Invalid "platform" value "web": valid values are "android", "ios" and "all".');
    expect(headings(result.summary)).toEqual(['### ❌ EAS build failed']);
    expect(result.summary).toContain('valid values are');
    expectAllOutputs(result, 'eas-build');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('no eas.json: the failure sentence, as the one summary', async () => {
    const result = await runEasBuild({ easJson: null });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(/^No eas\.json in /);
    expect(headings(result.summary)).toEqual(['### ❌ EAS build failed']);
    expect(result.summary).toContain('No eas.json in');
    expectAllOutputs(result, 'eas-build');
  });

  it('a failed build writes its own summary (the builds table) and no second one', async () => {
    const result = await runEasBuild({ fixture: 'build-wait-android-errored.json' });
    expect(result.exitCode).toBe(1);
    expect(headings(result.summary)).toEqual(['### ❌ EAS build failed']);
    expect(result.summary).toContain('| Platform |');
  });
});
