import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { expectAllOutputs } from '../support/metadata.js';
import { expectNoInjectedCommand } from '../support/workflow-commands.js';
import { fixturePath, runEasBuild } from './harness.js';

/**
 * Issue 12, finding 1: eas-cli relays remote text (account names in "See logs" lines, a build's
 * error message); it reaches the log as text, and the action's own failure still runs.
 */
describe('eas-build bundle: eas output never becomes a runner command', () => {
  it('shows hostile remote text from eas as text', async () => {
    const builds = JSON.parse(readFileSync(fixturePath('build-wait-android-errored.json'), 'utf8')) as {
      app: { ownerAccount: { name: string } };
      error: { message: string };
    }[];
    builds[0]!.app.ownerAccount.name = 'acme\n::stop-commands::pwned-token\n::warning::pwned-account';
    builds[0]!.error.message = 'Gradle failed\n::error::pwned-message\n##[add-mask]pwned-legacy';
    const fixture = join(mkdtempSync(join(tmpdir(), 'dk-eas-hostile-')), 'builds.json');
    writeFileSync(fixture, JSON.stringify(builds));

    const result = await runEasBuild(
      {
        inputs: { platform: 'android', profile: 'preview' },
        env: { EAS_STANDIN_FIXTURE: fixture },
      },
      runBundle,
    );
    expectAllOutputs(result, 'eas-build');
    expect(result.exitCode).toBe(1);
    expectNoInjectedCommand(result.stdout);
    expect(result.failure).toMatch(/ERRORED/);
    expect(result.stdout).toContain('::warning::pwned-account');
  });
});
