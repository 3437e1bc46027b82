import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectAllOutputs } from '../support/metadata.js';

/* Every failed deploy leaves a job summary, a bad input included (written by runAction). */

describe('deploy: a job summary on every failure', () => {
  it('a bad input: the failure sentence as the summary, and in reason', async () => {
    const result = await runInProcess('deploy', { inputs: { provider: 'heroku' } });
    expect(result.exitCode).toBe(1);
    const sentence =
      'Invalid "provider" value "heroku": valid values are "railway", "vercel", "cloud-run", "ssh" and "command".';
    expect(result.failure).toBe(sentence);
    expect(result.outputs['reason']).toBe(sentence);
    expect(result.summary.match(/^### .*$/gm)).toEqual(['### ❌ Deploy failed']);
    expect(result.summary).toContain('valid values are');
    expectAllOutputs(result, 'deploy');
  });
});
