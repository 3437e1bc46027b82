import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, runAlembic, scenarios } from './alembic-scenarios.js';
import { type Postgres, startPostgres } from './postgres.js';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { makePullRequestRepo, removeProjects, SYSTEM_PYTHON } from './projects.js';

let server: Postgres;
const postgres: Database = {
  name: 'postgresql',
  fresh: () => server.createDatabase('alembic'),
  get secrets() {
    return [server.password];
  },
};

beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => {
  server?.stop();
  removeProjects();
});

describe('alembic on a real PostgreSQL 15, database-url with a password', () => {
  it('passes every check on a clean project', () => scenarios.clean(postgres));
  it('drift: fails naming each difference in words', () => scenarios.drifted(postgres));
  it('reversible: fails when downgrade to base and upgrade again breaks, naming the revision', () =>
    scenarios.irreversible(postgres));
  it('reversible: the stairway catches a downgrade that the round trip misses', () =>
    scenarios.leakyDowngrade(postgres));
  it('heads: fails naming every head and the merge command', () => scenarios.twoHeads(postgres));
  it('upgrade: fails naming the revision and the error, and skips what needs head', () =>
    scenarios.brokenUpgrade(postgres));

  it('summary: renders the added revision as PostgreSQL offline SQL and flags its destructive changes', async () => {
    const url = server.createDatabase('summary');
    const result = await runInProcess('migration-drift', {
      cwd: makePullRequestRepo('alembic', 'pr'),
      inputs: { python: SYSTEM_PYTHON, 'database-url': url, 'base-ref': 'origin/main' },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expectAllOutputs(result, 'migration-drift');
    expectNoSecretLeak(result, [server.password, url]);
    expect(result.outputs).toMatchObject({ 'added-revisions': '1', destructive: '3' });
    expect(result.summary).toContain('SQL (offline, upgrade --sql)');
    expect(result.summary).toContain('ALTER TABLE items ALTER COLUMN qty TYPE BIGINT;');
    expect(result.summary).toContain('- adds items.sku NOT NULL without a default: fails on a table that has rows');
  });

  it('refuses a database that is not empty', async () => {
    const url = server.createDatabase('reused');
    const first = await runAlembic({ ...postgres, fresh: () => url }, 'clean', { checks: 'upgrade' });
    expect(first.exitCode).toBe(0);
    const second = await runAlembic({ ...postgres, fresh: () => url }, 'clean', { checks: 'upgrade' });
    expect(second.exitCode).toBe(1);
    expect(second.failure).toContain(
      'the database is not empty: it is at revision c3d4e5f6a7b8; the upgrade check needs a fresh database',
    );
  });

  it('reports a wrong password without showing any secret', async () => {
    const url = server.createDatabase('badpw').replace(encodeURIComponent(server.password), 'wrong-password-123');
    const result = await runAlembic({ ...postgres, fresh: () => url, secrets: ['wrong-password-123'] }, 'clean', {
      checks: 'upgrade',
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain('password authentication failed for user "app"');
  });
});
