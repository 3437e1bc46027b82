import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleResult } from '../support/bundle.js';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { type Postgres, startPostgres } from './postgres.js';
import { type DjangoVariant, makeProject, makePullRequestRepo, removeProjects, SYSTEM_PYTHON } from './projects.js';

let server: Postgres;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => {
  server?.stop();
  removeProjects();
});

async function runDjango(
  variant: DjangoVariant,
  inputs: Record<string, string> = {},
  cwd = makeProject('django', variant),
): Promise<BundleResult> {
  const result = await runInProcess('migration-drift', { cwd, inputs: { python: SYSTEM_PYTHON, ...inputs } });
  expectAllOutputs(result, 'migration-drift');
  return result;
}

describe('django on SQLite (settings from manage.py, database replaced by a throw-away file)', () => {
  it('passes every check on a clean project', async () => {
    const result = await runDjango('clean');
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      passed: 'true',
      tool: 'django',
      heads: 'shop.0002_item_price',
      head: 'shop.0002_item_price',
      revisions: '2',
      drift: '0',
    });
    expect(result.summary).toContain('Django 3.2');
    expect(result.summary).toContain('the models match the migrations (makemigrations --check --dry-run)');
    expect(result.summary).toContain('migrate &lt;app&gt; zero, then forward again');
  });

  it('drift: lists the operations a missing migration would hold', async () => {
    const result = await runDjango('missing-migration');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ 'failed-checks': 'drift', drift: '2' });
    expect(result.failure).toBe(
      '1 of 5 migration checks failed: drift (2 differences between the models and the migrations: ' +
        'shop: Create model Tag; shop: Add field sku to item).',
    );
    expect(result.summary).toContain('python manage.py makemigrations');
  });

  it('reversible: names the migration whose RunPython has no reverse', async () => {
    const result = await runDjango('irreversible');
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failed-checks']).toBe('reversible');
    expect(result.failure).toContain(
      'reversible (migrate shop zero failed at migration shop.0003_backfill_nicknames: ' +
        'IrreversibleError: Operation <RunPython',
    );
    expect(result.summary).toContain('RunPython and RunSQL need a reverse_code / reverse_sql');
  });

  it('heads: names the conflicting leaf migrations and the merge command', async () => {
    const result = await runDjango('conflict', { checks: 'heads' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      'failed-checks': 'heads',
      heads: 'shop.0003_customer_phone,shop.0003_item_sku',
      head: '',
    });
    expect(result.failure).toBe(
      '1 of 1 migration checks failed: heads (shop has 2 leaf migrations: 0003_customer_phone, 0003_item_sku: ' +
        'Merge them: python manage.py makemigrations --merge shop).',
    );
  });

  it('upgrade: names the migration that fails on a fresh database', async () => {
    const result = await runDjango('broken-upgrade');
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failed-checks']).toBe('upgrade');
    expect(result.failure).toContain(
      'upgrade (migrate failed at migration shop.0003_backfill_prices: ' +
        'OperationalError: no such table: shop_item_prices)',
    );
  });

  it('summary: lists the added migration with its sqlmigrate SQL and destructive changes', async () => {
    const result = await runDjango(
      'pr',
      { checks: 'summary', 'base-ref': 'origin/main' },
      makePullRequestRepo('django', 'pr'),
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ 'added-revisions': '1', destructive: '2' });
    expect(result.summary).toContain(
      '**`shop.0003_tighten`** Remove field nickname from customer; Alter field qty on item',
    );
    expect(result.summary).toContain('- Remove field nickname from customer: its data is lost');
    expect(result.summary).toContain('SQL (sqlmigrate)');
  });
});

describe('django on a real PostgreSQL 15 with a password in database-url', () => {
  it('passes on a clean project without leaking the password', async () => {
    const url = server.createDatabase('django');
    const result = await runDjango('clean', { 'database-url': url });
    expect(result.exitCode, result.stdout).toBe(0);
    expectNoSecretLeak(result, [server.password, url]);
    expect(result.summary).toContain('postgresql on 127.0.0.1');
  });

  it('fails reversible on an irreversible RunPython, and the summary shows PostgreSQL SQL', async () => {
    const url = server.createDatabase('django');
    const result = await runDjango(
      'irreversible',
      { 'database-url': url, 'base-ref': 'origin/main' },
      makePullRequestRepo('django', 'irreversible'),
    );
    expect(result.exitCode).toBe(1);
    expectNoSecretLeak(result, [server.password, url]);
    expect(result.outputs['failed-checks']).toBe('reversible');
    expect(result.failure).toContain('migrate shop zero failed at migration shop.0003_backfill_nicknames');
    expect(result.summary).toContain('**`shop.0003_backfill_nicknames`** Raw Python operation');
  });
});
