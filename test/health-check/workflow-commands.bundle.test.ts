import { afterEach, describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, sendText, startServer } from '../support/server.js';
import { expectNoInjectedCommand } from '../support/workflow-commands.js';

afterEach(closeAllServers);

/** Issue 12, finding 1: bodies and rollback output are quoted in the log as text, never run. */
describe('health-check bundle: untrusted text never becomes a runner command', () => {
  it('quotes a hostile body and a hostile rollback command as text; its own failure still runs', async () => {
    const server = await startServer((_q, r) =>
      sendText(r, 503, '::warning::pwned-body\r\n::stop-commands::pwned-token\n##[error]pwned-legacy'),
    );
    const result = await runBundle('health-check', {
      inputs: {
        url: `${server.url}/health`,
        'expect-body': 'ready',
        interval: '100ms',
        timeout: '1s',
        'request-timeout': '1s',
        rollback: 'command',
        'rollback-command': [
          `echo '::add-mask::pwned-rollback'`,
          `echo '::stop-commands::pwned-token2' >&2`,
          'echo rolled back',
        ].join('; '),
        'verify-after-rollback': 'false',
      },
    });
    expectAllOutputs(result, 'health-check');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true' });
    expectNoInjectedCommand(result.stdout);
    expect(result.failure).toMatch(/unhealthy/i);
    expect(result.stdout).toContain('::add-mask::pwned-rollback');
  });
});
