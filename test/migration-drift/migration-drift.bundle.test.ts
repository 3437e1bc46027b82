import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { scenarios, SQLITE } from './alembic-scenarios.js';
import { removeProjects } from './projects.js';

/*
 * migration-drift end to end through dist/migration-drift (Node 24, the real @actions/core): the
 * happy path, a failed check, and a child the step's own timeout stops. The other scenarios run
 * in-process (alembic-*.test.ts, django.test.ts, command.test.ts, summary.test.ts).
 */
afterAll(removeProjects);
const workspace = () => mkdtempSync(join(tmpdir(), 'dk-md-command-'));

describe('migration-drift (bundle)', () => {
  it('alembic on SQLite: passes every check on a clean project', () => scenarios.clean(SQLITE, runBundle));
  it('alembic on SQLite: drift fails naming each difference in words', () => scenarios.drifted(SQLITE, runBundle));

  it('stops a command that outlives the timeout', async () => {
    const result = await runBundle('migration-drift', {
      cwd: workspace(),
      inputs: { command: 'sleep 30', timeout: '1s' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain('The drift command timed out after 1000 ms and was stopped: sleep 30');
  });
});
