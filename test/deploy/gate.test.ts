import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { STANDIN_BIN, standins } from '../support/standins.js';

/**
 * The secret gate, the action run in-process, for every provider: an empty or whitespace-only secret skips
 * with a notice naming the secret (and no tool runs), require-token turns that into a failure.
 * Present secrets are covered by each provider's own tests.
 */
const PROVIDERS: { provider: string; secretInput: string; secretName: string; inputs: Record<string, string> }[] = [
  { provider: 'railway', secretInput: 'token', secretName: 'RAILWAY_TOKEN', inputs: { service: 'api' } },
  { provider: 'vercel', secretInput: 'token', secretName: 'VERCEL_TOKEN', inputs: { production: 'true' } },
  {
    provider: 'cloud-run',
    secretInput: 'token',
    secretName: 'GCP_CREDENTIALS',
    inputs: { service: 'api', region: 'us-central1', image: 'app:1' },
  },
  // On forks, host and known-hosts often come from secrets too: a skip does not require them.
  {
    provider: 'ssh',
    secretInput: 'ssh-key',
    secretName: 'SSH_PRIVATE_KEY',
    inputs: { 'ssh-host': '', script: 'deploy' },
  },
  {
    provider: 'command',
    secretInput: 'token',
    secretName: 'FLY_API_TOKEN',
    inputs: { 'token-env': 'FLY_API_TOKEN', command: 'touch should-not-run' },
  },
];

describe('deploy: the secret gate', () => {
  for (const { provider, secretInput, secretName, inputs } of PROVIDERS) {
    for (const [label, value] of [
      ['empty', ''],
      ['whitespace-only', ' \n\t '],
    ] as const) {
      const title = `${provider}: skips on a ${label} ${secretInput}, naming ${secretName}`;
      it(`${title} and why that is normal on forks`, async () => {
        const tools = standins();
        const result = await runInProcess('deploy', {
          inputs: { provider, ...inputs, [secretInput]: value },
          env: tools.env,
          path: [STANDIN_BIN],
          eventName: 'pull_request',
        });
        expect(result.exitCode, result.stdout).toBe(0);
        expect(result.outputs).toMatchObject({
          skipped: 'true',
          deployed: 'false',
          reason: `${secretInput} empty`,
          status: 'skipped',
          'duration-ms': '0',
        });
        const notice = /^::notice::(.*)$/m.exec(result.stdout)?.[1] ?? '';
        expect(notice).toContain(secretName);
        expect(notice).toContain('forks');
        expect(result.summary).toContain('Deploy skipped');
        expect(result.summary).toContain(secretName);
        expect(tools.calls()).toEqual([]);
        expectAllOutputs(result, 'deploy');
      });
    }
  }

  it('fails with require-token: true, saying which secret to set', async () => {
    const result = await runInProcess('deploy', {
      inputs: { provider: 'railway', service: 'api', token: '  ', 'require-token': 'true' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain(
      'Input "token" is empty but required (require-token: true): set the RAILWAY_TOKEN secret and pass it as token: ' +
        '${{ secrets.RAILWAY_TOKEN }}',
    );
    expect(result.outputs).toMatchObject({ skipped: 'false', deployed: 'false' });
    expect(result.outputs['reason']).toContain('RAILWAY_TOKEN');
    expectAllOutputs(result, 'deploy');
  });

  it('names RAILWAY_API_TOKEN for an account token', async () => {
    const result = await runInProcess('deploy', {
      inputs: { provider: 'railway', service: 'api', 'railway-token-kind': 'account' },
    });
    expect(result.stdout).toMatch(/::notice::.*RAILWAY_API_TOKEN/);
  });

  it('goes on when the secret is present (and masks it before anything else)', async () => {
    const token = 'present-token-6b1d9e';
    const result = await runInProcess('deploy', { inputs: { provider: 'command', token, command: 'true' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ skipped: 'false', deployed: 'true' });
    expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${token}`);
    expectNoSecretLeak(result, [token]);
  });
});
