import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { expectAllOutputs } from '../support/metadata.js';
import { expectNoInjectedCommand } from '../support/workflow-commands.js';

/** Issue 12, finding 1: a drift tool's output is shown as text, never run as a workflow command. */
describe('migration-drift bundle: tool output never becomes a runner command', () => {
  it("shows a drift command's hostile lines as text, and its own failure still runs", async () => {
    const script = [
      `echo '::warning::pwned-stdout'`,
      `echo '::set-output name=passed::pwned-output' >&2`,
      `echo 'ok ##[add-mask]pwned-legacy'`,
      `echo '::stop-commands::pwned-token'`,
      'exit 2',
    ].join('; ');
    const result = await runBundle('migration-drift', {
      cwd: mkdtempSync(join(tmpdir(), 'dk-md-hostile-')),
      inputs: { command: `sh -c "${script}"` },
    });
    expectAllOutputs(result, 'migration-drift');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false' });
    expectNoInjectedCommand(result.stdout);
    expect(result.failure).toMatch(/^The drift command exited with code 2/);
  });
});
