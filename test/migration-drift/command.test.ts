import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { removeProjects } from './projects.js';

afterAll(removeProjects);
const workspace = () => mkdtempSync(join(tmpdir(), 'dk-md-command-'));

describe('tool: command — any drift command, reported by its exit code', () => {
  it('passes when the command exits 0, and hands database-url over as DATABASE_URL only', async () => {
    const url = 'postgresql://ci:cmd-Secret-9931@db.internal:5432/app';
    const result = await runInProcess('migration-drift', {
      cwd: workspace(),
      // The command sees the URL as DATABASE_URL, and none of the action's INPUT_* variables (token, URL).
      inputs: {
        command: `sh -c 'test -n "$DATABASE_URL" && ! env | grep -q "^INPUT_" && echo "schema in sync"'`,
        'database-url': url,
      },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expectAllOutputs(result, 'migration-drift');
    expectNoSecretLeak(result, [url, 'cmd-Secret-9931']);
    expect(result.outputs).toMatchObject({ passed: 'true', tool: 'command', 'failed-checks': '' });
    expect(result.stdout).toContain('schema in sync');
    expect(result.summary).toContain('Drift command passed');
  });

  it('fails with the exit and the last output line when the command reports drift', async () => {
    const result = await runInProcess('migration-drift', {
      cwd: workspace(),
      inputs: { tool: 'command', command: `sh -c 'echo "+ ALTER TABLE items ADD COLUMN sku"; exit 2'` },
    });
    expect(result.exitCode).toBe(1);
    expectAllOutputs(result, 'migration-drift');
    expect(result.outputs).toMatchObject({ passed: 'false', 'failed-checks': 'drift' });
    expect(result.failure).toBe(
      'The drift command exited with code 2: ' +
        'sh -c \'echo "+ ALTER TABLE items ADD COLUMN sku"; exit 2\' — + ALTER TABLE items ADD COLUMN sku',
    );
    expect(result.summary).toContain('Drift command failed');
  });

  it('never hands the command to a shell: metacharacters stay data', async () => {
    const dir = workspace();
    const result = await runInProcess('migration-drift', {
      cwd: dir,
      inputs: { command: 'echo $(touch pwned) ; touch pwned2 && `id`' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('$(touch pwned) ; touch pwned2 && `id`');
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(dir, 'pwned')) || existsSync(join(dir, 'pwned2'))).toBe(false);
  });
});
