import { describe, expect, it } from 'vitest';
import { describeDifference, differencesFromRepr, renderType } from '../../src/migration-drift/drift.js';
import { parsePythonRepr } from '../../src/migration-drift/python-repr.js';
import { alembicFixture } from './fixture-files.js';

const MARKER = 'New upgrade operations detected: ';
/** `alembic check` output -> the repr list, as the helper hands it over. */
const fromCheck = (stdout: string) => stdout.slice(stdout.indexOf(MARKER) + MARKER.length).trim();
/** compare_metadata-*.txt: a `type: list len: N` line, then the pprint of the list. */
const fromPprint = (text: string) => text.split('\n').slice(1).join('\n');
const words = (repr: string) => differencesFromRepr(repr).map(describeDifference);

describe('drift in words, from real Alembic output', () => {
  const drift = [
    'audit_log: table in the models, not in the migrations',
    'users.display_name: column (VARCHAR(100)) in the models, not in the migrations',
    'users.created_at: nullable in the migrations, NOT NULL in the models',
    'ix_users_email: index on users(email) in the models, not in the migrations',
  ];

  it('reads alembic check 1.19.1 and 1.9.0 output (identical stdout)', () => {
    expect(words(fromCheck(alembicFixture('check-drift.stdout')))).toEqual(drift);
    expect(words(fromCheck(alembicFixture('check-drift-1.9.0.stdout')))).toEqual(drift);
  });

  it('reads the pprinted compare_metadata result the same way', () => {
    expect(words(fromPprint(alembicFixture('compare_metadata-drift.txt')))).toEqual(drift);
  });

  it('words removals and type changes, on 1.19 check output and on 1.8.1 compare_metadata', () => {
    const removals = [
      'orders: table in the migrations, not in the models',
      'users.email: type VARCHAR(255) in the migrations, TEXT in the models',
      'users.created_at: column in the migrations, not in the models',
    ];
    expect(words(fromCheck(alembicFixture('check-drift-removals.stdout')))).toEqual(removals);
    expect(words(fromPprint(alembicFixture('compare_metadata-removals-compare_type-alembic-1.8.1.txt')))).toEqual(removals);
  });

  it('gives no differences for an in-sync project', () => {
    expect(alembicFixture('check-in-sync.stdout').trim()).toBe('No new upgrade operations detected.');
    expect(fromPprint(alembicFixture('compare_metadata-in-sync.txt')).trim()).toBe('[]');
    expect(differencesFromRepr('[]')).toEqual([]);
  });

  it('keeps the kind and target of each difference', () => {
    const [first] = differencesFromRepr(fromCheck(alembicFixture('check-drift.stdout')));
    expect(first).toEqual({ kind: 'add_table', target: 'audit_log', words: 'table in the models, not in the migrations' });
  });

  it('falls back to the raw text when the repr cannot be read', () => {
    const [only] = differencesFromRepr("[('add_table', Table('x', <unterminated");
    expect(only?.kind).toBe('unknown');
    expect(only?.words).toContain("Table('x'");
  });

  it('words schemas, constraints, defaults and opaque values', () => {
    const repr =
      "[('add_column', 'billing', 'invoices', Column('due', DateTime(timezone=True), table=<invoices>)), " +
      "('add_constraint', UniqueConstraint(Column('email', String(), table=<users>), name='uq_users_email')), " +
      "('remove_fk', ForeignKeyConstraint(['owner_id'], ['users.id'], name='fk_items_owner')), " +
      "[('modify_default', None, 'items', 'qty', {'existing_type': INTEGER()}, <sqlalchemy.sql.schema.DefaultClause object at 0x7f>, None)]]";
    expect(words(repr)).toEqual([
      'billing.invoices.due: column (DATETIME) in the models, not in the migrations',
      'uq_users_email: unique constraint in the models, not in the migrations',
      'fk_items_owner: foreign key in the migrations, not in the models',
      'items.qty: server default <sqlalchemy.sql.schema.DefaultClause object at 0x7f> in the migrations, None in the models',
    ]);
  });
});

describe('parsePythonRepr', () => {
  it('reads tuples, lists, dicts, strings with escapes, numbers and calls', () => {
    expect(parsePythonRepr("('a\\'b', 2, -1.5, None, [1], {'k': True})")).toEqual({
      t: 'tuple',
      items: [
        { t: 'str', v: "a'b" },
        { t: 'num', v: 2 },
        { t: 'num', v: -1.5 },
        { t: 'name', v: 'None' },
        { t: 'list', items: [{ t: 'num', v: 1 }] },
        { t: 'dict', entries: [[{ t: 'str', v: 'k' }, { t: 'name', v: 'True' }]] },
      ],
    });
    expect(() => parsePythonRepr('[1, 2')).toThrow(/expected/);
    expect(() => parsePythonRepr('[1] extra')).toThrow(/after the value/);
  });

  it('renders SQLAlchemy types as SQL', () => {
    const type = (text: string) => renderType(parsePythonRepr(text));
    expect(type('VARCHAR(length=255)')).toBe('VARCHAR(255)');
    expect(type('BigInteger()')).toBe('BIGINT');
    expect(type('Numeric(precision=10, scale=2)')).toBe('NUMERIC(10, 2)');
    expect(type('postgresql.JSONB(astext_type=Text())')).toBe('JSONB');
  });
});
