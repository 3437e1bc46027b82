import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { expectAllOutputs } from '../support/metadata.js';
import { runAlembic, scenarios, SQLITE } from './alembic-scenarios.js';
import { makeProject, removeProjects } from './projects.js';

afterAll(removeProjects);

describe('alembic on SQLite (the default throw-away file)', () => {
  it('passes every check on a clean project', () => scenarios.clean(SQLITE));
  it('drift: fails naming each difference in words', () => scenarios.drifted(SQLITE));
  it('reversible: fails when downgrade to base and upgrade again breaks, naming the revision', () =>
    scenarios.irreversible(SQLITE));
  it('reversible: the stairway catches a downgrade that the round trip misses', () => scenarios.leakyDowngrade(SQLITE));
  it('heads: fails naming every head and the merge command', () => scenarios.twoHeads(SQLITE));
  it('upgrade: fails naming the revision and the error, and skips what needs head', () =>
    scenarios.brokenUpgrade(SQLITE));

  it('runs only the selected checks (drift still upgrades first), and removes the throw-away database', async () => {
    const result = await runAlembic(SQLITE, 'drifted', { checks: 'drift' });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs['report']!).checks.map((c: { name: string }) => c.name)).toEqual(['drift']);
    expect(result.outputs['drift']).toBe('4');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(result.dir, 'temp'))).toEqual([]);
  });

  it('finds the interpreter that has Alembic when python is not given', async () => {
    const result = await runInProcess('migration-drift', {
      cwd: makeProject('alembic', 'clean'),
      inputs: { checks: 'heads' },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/Python: \S+ \(alembic 1\.\d+/);
  });

  it('says which interpreter has Alembic when the given one does not', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'dk-md-py-'));
    const fake = join(bin, 'python3');
    writeFileSync(fake, '#!/bin/sh\necho "ModuleNotFoundError: No module named \'alembic\'" >&2\nexit 1\n');
    chmodSync(fake, 0o755);
    const result = await runInProcess('migration-drift', {
      cwd: makeProject('alembic', 'clean'),
      inputs: { python: fake },
    });
    expectAllOutputs(result, 'migration-drift');
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain(
      `The interpreter in "python" (${fake}) cannot import alembic (ModuleNotFoundError: No module named 'alembic').`,
    );
    expect(result.failure).toMatch(/ can \(alembic 1\.[\w.]+\): set python: /);
  });

  it('fails clearly when env.py cannot even load', async () => {
    const dir = makeProject('alembic', 'clean');
    writeFileSync(join(dir, 'alembic', 'env.py'), 'import app.no_such_module\n');
    const result = await runInProcess('migration-drift', {
      cwd: dir,
      inputs: { python: '/usr/bin/python3', checks: 'upgrade' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain(
      'upgrade (env.py or the database connection failed before any migration ran: ' +
        "ModuleNotFoundError: No module named 'app.no_such_module')",
    );
  });
});
