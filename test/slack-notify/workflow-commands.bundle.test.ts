import { afterEach, describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, sendJson, sendText, startServer } from '../support/server.js';
import { expectNoInjectedCommand } from '../support/workflow-commands.js';

afterEach(closeAllServers);

const TOKEN = 'xoxb-1234-5678-DeployKitBotTokenSecret';

/** Issue 12, finding 1: what Slack (or whatever answers at api-url) says is logged as text. */
describe('slack-notify bundle: answers never become runner commands', () => {
  it('logs a hostile ts and channel from an ok answer as text', async () => {
    const server = await startServer((_q, r) =>
      sendJson(r, 200, { ok: true, ts: '1.2\n::warning::pwned-ts', channel: 'C1\r::stop-commands::pwned-token' }),
    );
    const result = await runBundle('slack-notify', {
      inputs: { 'bot-token': TOKEN, 'api-url': `${server.url}/api`, channel: '#deploys' },
    });
    expectAllOutputs(result, 'slack-notify');
    expect(result.exitCode).toBe(0);
    expectNoInjectedCommand(result.stdout);
  });

  it('reports a hostile error code and webhook body as text, and its own failure still runs', async () => {
    const api = await startServer((_q, r) =>
      sendJson(r, 200, { ok: false, error: 'x\n::warning::pwned-error', needed: '\n::add-mask::pwned-needed' }),
    );
    const failed = await runBundle('slack-notify', {
      inputs: { 'bot-token': TOKEN, 'api-url': `${api.url}/api`, channel: '#d', 'fail-on-error': 'true' },
    });
    expectAllOutputs(failed, 'slack-notify');
    expect(failed.exitCode).toBe(1);
    expectNoInjectedCommand(failed.stdout);
    expect(failed.failure).toMatch(/^Slack refused the message/);

    const hook = await startServer((_q, r) => sendText(r, 400, '<html>\n::error::pwned-html\n</html>'));
    const warned = await runBundle('slack-notify', {
      inputs: { 'webhook-url': `${hook.url}/services/T0/B0/hook-secret-123456` },
    });
    expect(warned.exitCode).toBe(0);
    expectNoInjectedCommand(warned.stdout);
  });
});
