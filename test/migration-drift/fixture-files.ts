import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixtureText } from '../support/fixtures.js';

/** A captured Alembic output from test/fixtures/alembic/outputs. */
export function alembicFixture(name: string): string {
  return fixtureText('alembic', 'outputs', name);
}

/** Real SQL written for these tests (test/migration-drift/fixtures/sql). */
export function sqlFixture(name: string): string {
  return readFileSync(resolve(import.meta.dirname, 'fixtures', 'sql', name), 'utf8');
}
