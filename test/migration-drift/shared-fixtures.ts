import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared/fixtures/alembic beside the project; a worktree sits one level deeper than main. */
export function alembicFixture(name: string): string {
  const candidates = [resolve(import.meta.dirname, '../../../shared/fixtures/alembic'), resolve(import.meta.dirname, '../../../../shared/fixtures/alembic')];
  const dir = candidates.find((candidate) => existsSync(candidate));
  if (!dir) throw new Error(`shared/fixtures/alembic not found (looked in ${candidates.join(', ')})`);
  return readFileSync(join(dir, 'outputs', name), 'utf8');
}

export function sqlFixture(name: string): string {
  return readFileSync(resolve(import.meta.dirname, 'fixtures', 'sql', name), 'utf8');
}
