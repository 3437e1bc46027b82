import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { REAL_FIXTURES } from '../support/real-cli.js';
import { closeAllServers } from '../support/server.js';
import { startVercelApi, VERCEL_IDS } from '../support/vercel-api.js';

/*
 * vercel exits 0 having deployed nothing (the real CLI's recorded offline output, replayed by a
 * `vercel` that prints test/fixtures/vercel/real-offline/network-down-unlinked/stderr.txt and exits
 * 0), while Vercel's API (the loopback stand-in, test/fixtures/vercel formats) is reachable:
 * the step asks it for the cause, and a token it refuses is named as the cause.
 */

const RECORDED = join(REAL_FIXTURES, 'vercel', 'real-offline', 'network-down-unlinked');
const TOKEN = 'vercelTokenKnown0a1b2c3d';
const REFUSED = 'vercelTokenRefused9z8y7x';

afterEach(closeAllServers);

function replayedVercel(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-vercel-replay-'));
  writeFileSync(join(dir, 'vercel'), `#!/bin/sh\ncat ${JSON.stringify(join(RECORDED, 'stderr.txt'))} >&2\nexit 0\n`, {
    mode: 0o755,
  });
  return dir;
}

describe('deploy: vercel exits 0 having deployed nothing', () => {
  it('the API refuses the token: that is the cause the step names', async () => {
    expect(JSON.parse(readFileSync(join(RECORDED, 'shape.json'), 'utf8'))).toMatchObject({ exitCode: 0 });
    const api = await startVercelApi({ token: TOKEN, teamId: VERCEL_IDS.teamId });
    const result = await runInProcess('deploy', {
      inputs: {
        provider: 'vercel',
        token: REFUSED,
        'vercel-org-id': VERCEL_IDS.teamId,
        'vercel-project-id': VERCEL_IDS.projectId,
        'vercel-api-url': api.url,
      },
      path: [replayedVercel()],
    });
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.failure).toMatch(
      new RegExp(
        /^vercel deploy exited with code 0 but deployed nothing \(no deployment on its stdout\): Loading teams… /
          .source +
          /Cause: Vercel API GET \/v2\/user failed: .+: check the Vercel token and its team scope \(vercel-org-id\)$/
            .source,
      ),
    );
    expect(api.requests.map((request) => request.url.split('?')[0])).toEqual(['/v2/user']);
    expectAllOutputs(result, 'deploy');
    expect(result.outputs).toMatchObject({ deployed: 'false', status: 'failed' });
    expect(result.summary).toContain('### ❌ Deploy with Vercel failed');
    expectNoSecretLeak(result, [REFUSED]);
  });
});
