import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';

const TOKEN = 'fly-api-token-3e8b0c5d1a';

describe('deploy: command', () => {
  it('runs the command with the token in token-env and the run in DEPLOY_* variables; reads its outputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-command-'));
    const result = await runInProcess('deploy', {
      inputs: {
        provider: 'command',
        token: TOKEN,
        'token-env': 'FLY_API_TOKEN',
        environment: 'staging',
        'working-directory': dir,
        command: [
          'test "$FLY_API_TOKEN" = "' + TOKEN + '"',
          'echo "env=$DEPLOY_ENVIRONMENT sha=$DEPLOY_SHA provider=$DEPLOY_PROVIDER" > seen.txt',
          'echo "deploy-kit-output: deployment-id=v42"',
          'echo "deploy-kit-output: previous-deployment-id=v41"',
          'echo "deploy-kit-output: url=https://shop-staging.fly.dev"',
          'echo "token is $FLY_API_TOKEN"',
        ].join('\n'),
      },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      'deployment-id': 'v42',
      'previous-deployment-id': 'v41',
      url: 'https://shop-staging.fly.dev',
    });
    expect(readFileSync(join(dir, 'seen.txt'), 'utf8')).toBe(
      'env=staging sha=8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a provider=command\n',
    );
    // The command printed the token: the log shows it masked.
    expect(result.stdout).toContain('token is ***');
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it("fails the step when the command fails, with the command's last words", async () => {
    const result = await runInProcess('deploy', {
      inputs: { provider: 'command', token: TOKEN, command: 'echo uploading\nfalse\necho never' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe('The deploy command exited with code 1: uploading');
    expect(result.stdout).not.toContain('never');
    expect(result.outputs).toMatchObject({ deployed: 'false', skipped: 'false', status: 'failed' });
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [TOKEN]);
  });

  it('keeps hostile values inert: they arrive as data, never run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-hostile-'));
    const marker = join(dir, 'pwned');
    const hostile = `$(touch ${marker}); touch ${marker}\n\`touch ${marker}\` | touch ${marker} && echo '`;
    const result = await runInProcess('deploy', {
      inputs: {
        provider: 'command',
        token: TOKEN,
        environment: hostile,
        'working-directory': dir,
        command: 'printf "%s" "$DEPLOY_ENVIRONMENT" > environment.txt',
      },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(readFileSync(join(dir, 'environment.txt'), 'utf8')).toBe(hostile.trim());
    expect(existsSync(marker)).toBe(false);
    expect(result.summary).not.toContain('<');
  });

  it('names a working-directory that does not exist (issue 12, finding 4)', async () => {
    const result = await runInProcess('deploy', {
      inputs: { provider: 'command', token: TOKEN, 'working-directory': 'no-such-dir', command: 'true' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain('Could not start bash: the working directory no-such-dir does not exist');
    expectAllOutputs(result, 'deploy');
    expectNoSecretLeak(result, [TOKEN]);
  });
});
