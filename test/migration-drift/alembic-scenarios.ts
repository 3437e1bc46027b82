import { expect } from 'vitest';
import type { BundleResult } from '../support/bundle.js';
import { runInProcess, type StepRunner } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { type AlembicVariant, makeProject, SYSTEM_PYTHON } from './projects.js';

/**
 * Every Alembic check's pass and fail path, once per database: the same assertions on SQLite (no
 * database-url) and on a real PostgreSQL (a URL with a password). The step runs in-process unless
 * a test passes runBundle.
 */
export interface Database {
  name: 'sqlite' | 'postgresql';
  /** A fresh empty database's URL, or undefined for the default throw-away SQLite file. */
  fresh(): string | undefined;
  /** Secrets to look for in everything the run wrote. */
  secrets: string[];
}

/** The default throw-away SQLite file: no database-url. */
export const SQLITE: Database = { name: 'sqlite', fresh: () => undefined, secrets: [] };

export async function runAlembic(
  db: Database,
  variant: AlembicVariant | 'leaky-downgrade',
  inputs: Record<string, string> = {},
  runStep: StepRunner = runInProcess,
): Promise<BundleResult> {
  const url = db.fresh();
  const result = await runStep('migration-drift', {
    cwd: makeProject('alembic', variant),
    inputs: { python: SYSTEM_PYTHON, ...(url ? { 'database-url': url } : {}), ...inputs },
  });
  expectAllOutputs(result, 'migration-drift');
  if (url) expectNoSecretLeak(result, [...db.secrets, url]);
  return result;
}

const text = (value: string) => value.replace(/&gt;/g, '>');

export const scenarios = {
  async clean(db: Database, runStep?: StepRunner) {
    const result = await runAlembic(db, 'clean', {}, runStep);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      passed: 'true',
      'failed-checks': '',
      tool: 'alembic',
      heads: 'c3d4e5f6a7b8',
      head: 'c3d4e5f6a7b8',
      drift: '0',
      revisions: '3',
      'added-revisions': '0',
      destructive: '0',
    });
    const report = JSON.parse(result.outputs['report']!);
    expect(report.checks.map((c: { name: string; status: string }) => `${c.name}:${c.status}`)).toEqual([
      'heads:passed',
      'upgrade:passed',
      'drift:passed',
      'reversible:passed',
      'summary:skipped',
    ]);
    expect(result.summary).toContain('Migration checks passed');
    expect(result.summary).toContain('stairway over 3 revisions (up, down, up)');
    expect(result.summary).toContain(db.name === 'sqlite' ? 'SQLite (throw-away file)' : 'postgresql on 127.0.0.1');
    // Progress streams into the log from the one Python process, check by check.
    expect(result.stdout).toContain('upgrade: base -> head (3 revisions)');
    expect(result.stdout).toContain('stairway: 3/3 revisions up, down, up (c3d4e5f6a7b8)');
    expect(result.stdout).toContain('drift: autogenerate compare_metadata');
  },

  async drifted(db: Database, runStep?: StepRunner) {
    const result = await runAlembic(db, 'drifted', {}, runStep);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', 'failed-checks': 'drift', drift: '4' });
    expect(result.failure).toContain(
      '1 of 5 migration checks failed: drift (4 differences between the models and the migrations: ',
    );
    for (const difference of [
      'tags: table in the models, not in the migrations',
      'items.sku: column (VARCHAR(32)) in the models, not in the migrations',
      'items.qty: type INTEGER in the migrations, BIGINT in the models',
      'users.nickname: column in the migrations, not in the models',
    ]) {
      expect(result.summary).toContain(`- ${difference}`);
    }
    expect(result.summary).toContain('alembic revision --autogenerate');
  },

  async irreversible(db: Database, runStep?: StepRunner) {
    const result = await runAlembic(db, 'irreversible', {}, runStep);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', 'failed-checks': 'reversible' });
    expect(result.failure).toContain(
      'reversible (upgrade to head after downgrading to base failed at revision d4e5f6a7b8c9: ',
    );
    expect(result.failure).toMatch(
      db.name === 'sqlite' ? /table orders already exists/ : /relation "orders" already exists/,
    );
    expect(result.summary).toContain('Check the downgrade() of d4e5f6a7b8c9');
  },

  async leakyDowngrade(db: Database, runStep?: StepRunner) {
    const result = await runAlembic(db, 'leaky-downgrade', {}, runStep);
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failed-checks']).toBe('reversible');
    expect(result.failure).toContain('reversible (stairway up again of revision c3d4e5f6a7b8 failed: ');
    expect(result.failure).toMatch(
      db.name === 'sqlite' ? /duplicate column name: price/ : /column "price" of relation "items" already exists/,
    );
    // Without the stairway, down to base and up again does not notice.
    const roundTrip = await runAlembic(db, 'leaky-downgrade', { stairway: 'false', checks: 'reversible' }, runStep);
    expect(roundTrip.exitCode, roundTrip.stdout).toBe(0);
    expect(JSON.parse(roundTrip.outputs['report']!).checks).toEqual([
      { name: 'reversible', status: 'passed', headline: 'downgrade to base, upgrade to head', details: [] },
    ]);
  },

  async twoHeads(db: Database, runStep?: StepRunner) {
    const result = await runAlembic(db, 'two-heads', {}, runStep);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ 'failed-checks': 'heads', heads: 'e1f2a3b4c5d6,f2a3b4c5d6e7', head: '' });
    expect(result.failure).toBe(
      '1 of 5 migration checks failed: heads (2 heads: e1f2a3b4c5d6, f2a3b4c5d6e7: ' +
        'Merge them: alembic merge -m "merge heads" e1f2a3b4c5d6 f2a3b4c5d6e7).',
    );
    // The other checks still ran, against both heads.
    expect(result.summary).toContain('stairway skipped: it needs a single head');
  },

  async brokenUpgrade(db: Database, runStep?: StepRunner) {
    const result = await runAlembic(db, 'broken-upgrade', {}, runStep);
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failed-checks']).toBe('upgrade');
    expect(result.failure).toContain('upgrade (upgrade from an empty database failed at revision d4e5f6a7b8c9: ');
    expect(result.failure).toMatch(
      db.name === 'sqlite' ? /no such table: item_prices/ : /relation "item_prices" does not exist/,
    );
    const checks = JSON.parse(result.outputs['report']!).checks as { name: string; status: string }[];
    expect(checks.filter((c) => c.status === 'skipped').map((c) => c.name)).toEqual(['drift', 'reversible', 'summary']);
    expect(text(result.summary)).toContain('not checked: the upgrade failed');
  },
};
