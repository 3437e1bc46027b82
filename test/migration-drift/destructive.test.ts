import { describe, expect, it } from 'vitest';
import { sqlStatements, warningsFromOperations, warningsFromSql } from '../../src/migration-drift/destructive.js';
import { sqlFixture } from './fixture-files.js';

const texts = (warnings: { text: string }[]) => warnings.map((w) => w.text);

describe('destructive changes in real SQL', () => {
  it('finds the drop, the type change and the NOT NULL column in PostgreSQL offline SQL from Alembic', () => {
    expect(texts(warningsFromSql(sqlFixture('alembic-tighten-postgresql-offline.sql')))).toEqual([
      'drops column users.nickname: its data is lost',
      'changes the type of items.qty to BIGINT: the table may be rewritten and values may not convert',
      'adds items.sku NOT NULL without a default: fails on a table that has rows',
    ]);
  });

  it('finds DROP TABLE and DROP COLUMN in a downgrade', () => {
    expect(texts(warningsFromSql(sqlFixture('alembic-downgrade-postgresql-offline.sql')))).toEqual([
      'drops column items.price: its data is lost',
      'drops table items: its data is lost',
    ]);
  });

  it('reads quoted names and USING clauses in Django sqlmigrate output for PostgreSQL', () => {
    expect(texts(warningsFromSql(sqlFixture('django-tighten-postgresql-sqlmigrate.sql')))).toEqual([
      'drops column shop_customer.nickname: its data is lost',
      'changes the type of shop_item.qty to bigint: the table may be rewritten and values may not convert',
    ]);
  });

  it('does not mistake a SQLite batch-mode table rebuild for a dropped table', () => {
    // The rebuild hides the column drop and the type change: that is why the operations are the primary source.
    expect(warningsFromSql(sqlFixture('alembic-tighten-sqlite-executed.sql'))).toEqual([]);
  });

  it('ignores constraint, index and default drops, and NOT NULL columns that have a default', () => {
    const sql = [
      'ALTER TABLE items DROP CONSTRAINT items_owner_fk;',
      'ALTER TABLE items ALTER COLUMN qty DROP DEFAULT;',
      "ALTER TABLE items ADD COLUMN state VARCHAR(10) DEFAULT 'new' NOT NULL;",
      'ALTER TABLE items ADD COLUMN id2 BIGSERIAL NOT NULL;',
      'DROP INDEX ix_items_name;',
    ].join('\n');
    expect(warningsFromSql(sql)).toEqual([]);
  });

  it('finds TRUNCATE, renames, SET NOT NULL and several actions in one ALTER TABLE', () => {
    const sql =
      'TRUNCATE TABLE audit; ' +
      'ALTER TABLE users RENAME COLUMN name TO full_name, ALTER COLUMN email SET NOT NULL, DROP COLUMN age; ' +
      'ALTER TABLE t RENAME TO t2;';
    expect(texts(warningsFromSql(sql))).toEqual([
      'truncates audit: its data is lost',
      'renames column users.name to full_name: the running release still uses the old name',
      'makes users.email NOT NULL: fails if any row holds NULL',
      'drops column users.age: its data is lost',
      'renames table t to t2: the running release still uses the old name',
    ]);
  });

  it('splits statements outside quotes and drops comments', () => {
    expect(sqlStatements("-- a comment; with a semicolon\nUPDATE t SET x = 'a;b';\nSELECT 1")).toEqual([
      "UPDATE t SET x = 'a;b'",
      'SELECT 1',
    ]);
  });
});

describe('destructive changes from the operations a migration ran', () => {
  it('words Alembic operations as the helper records them (projects/alembic/pr)', () => {
    const operations = [
      { kind: 'drop_column', table: 'users', column: 'nickname' },
      {
        kind: 'alter_column',
        table: 'items',
        column: 'qty',
        type_from: 'INTEGER',
        type_to: 'BIGINT',
        has_default: false,
      },
      { kind: 'add_column', table: 'items', column: 'sku', nullable: false, has_default: false },
      { kind: 'add_column', table: 'items', column: 'note', nullable: true, has_default: false },
      { kind: 'alter_column', table: 'items', column: 'name', nullable: false, has_default: true },
      { kind: 'drop_table', table: 'legacy' },
      { kind: 'execute', sql: 'UPDATE items SET qty = 0; ALTER TABLE items DROP COLUMN old' },
    ];
    expect(texts(warningsFromOperations(operations))).toEqual([
      'drops column users.nickname: its data is lost',
      'changes the type of items.qty from INTEGER to BIGINT: the table may be rewritten and values may not convert',
      'adds items.sku NOT NULL without a default: fails on a table that has rows',
      'drops table legacy: its data is lost',
      'drops column items.old: its data is lost',
    ]);
  });

  it('words Django operations as the helper classifies them', () => {
    const operations = [
      { kind: 'django:drop_column', description: 'Remove field nickname from customer' },
      { kind: 'django:type_change', description: 'Alter field qty on item' },
      { kind: 'django:other', description: 'Add field price to item' },
      { kind: 'django:sql', description: 'Raw SQL operation', sql: 'DROP TABLE shop_legacy' },
    ];
    expect(texts(warningsFromOperations(operations))).toEqual([
      'Remove field nickname from customer: its data is lost',
      "Alter field qty on item: the column's type or constraints may change, rewriting the table",
      'drops table shop_legacy: its data is lost',
    ]);
  });
});
