import { afterAll, describe, expect, it } from 'vitest';
import { realCli } from './real-cli.js';
import { sendJson, startServer } from './server.js';

/*
 * When a real-CLI test is skipped: only when the registry cannot be reached (npm ping fails), with
 * npm's reason in the skip; a registry that answers but cannot install the CLI fails the test.
 * Versions that exist nowhere, so the cache never has them.
 */

const registry = process.env['npm_config_registry'];
afterAll(() => {
  if (registry === undefined) delete process.env['npm_config_registry'];
  else process.env['npm_config_registry'] = registry;
});

describe('realCli', () => {
  it('an unreachable registry: not ready, and the reason says why', async () => {
    process.env['npm_config_registry'] = 'http://127.0.0.1:9/';
    const cli = await realCli('eas-cli', '0.0.0-never-published', 'eas');
    expect(cli).toMatchObject({ ready: false });
    expect(cli.ready ? '' : cli.skip).toMatch(
      new RegExp(
        String.raw`^the npm registry is unreachable \(npm ping: .*ECONNREFUSED.*\), ` +
          String.raw`so the real eas-cli@0\.0\.0-never-published cannot be installed$`,
      ),
    );
  });

  it('a registry that answers but lacks the version: an error, not a skip', async () => {
    const server = await startServer((request, response) => {
      if (request.url.startsWith('/-/ping')) return sendJson(response, 200, {});
      sendJson(response, 404, { error: 'Not found' });
    });
    process.env['npm_config_registry'] = `${server.url}/`;
    try {
      await expect(realCli('eas-cli', '0.0.0-never-published', 'eas')).rejects.toThrow(
        /npm install eas-cli@0\.0\.0-never-published failed although the registry answers npm ping/,
      );
    } finally {
      await server.close();
    }
  });
});
