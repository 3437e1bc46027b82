import { afterEach, describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, sendText, startServer } from '../support/server.js';
import { expectNoInjectedCommand } from '../support/workflow-commands.js';
import { WEBHOOK_PATH, webhookAnswer } from '../slack-notify/receiver.js';

afterEach(closeAllServers);

/** Issue 12, finding 1, through the whole pipeline: deploy output, health bodies, rollback output, Slack. */
describe('pipeline bundle: untrusted text never becomes a runner command', () => {
  it('keeps every hostile line inert, and its own failure still runs', async () => {
    const health = await startServer((_q, r) =>
      sendText(r, 503, '::warning::pwned-body\n::stop-commands::pwned-token'),
    );
    const slack = await startServer(webhookAnswer('200.ok'));
    const result = await runBundle('pipeline', {
      inputs: {
        provider: 'command',
        token: 'deploy-token-7f3a9c2e51b4',
        command: [
          `echo '::stop-commands::pwned-deploy'`,
          `echo '::set-env name=A::pwned-a'`,
          `echo 'deploy-kit-output: deployment-id=v2'`,
        ].join('; '),
        'health-url': `${health.url}/health`,
        'health-expect-body': 'ok',
        'health-interval': '100ms',
        'health-max-attempts': '2',
        'health-timeout': '5s',
        'rollback-command': `echo '::error::pwned-rollback' >&2; echo '##[add-mask]pwned-legacy'`,
        'verify-after-rollback': 'false',
        'slack-webhook-url': `${slack.url}${WEBHOOK_PATH}`,
      },
    });
    expectAllOutputs(result, 'pipeline');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      deployed: 'true',
      healthy: 'false',
      'rolled-back': 'true',
      notified: 'true',
    });
    expectNoInjectedCommand(result.stdout);
    expect(result.failure).toBeDefined();
  });
});
