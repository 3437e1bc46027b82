import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * ../shared/fixtures beside the project (a worktree is one level deeper, so the parents are
 * searched). DK_SHARED_DIR overrides.
 */
export function sharedFixturesDir(): string {
  const candidates = [
    process.env['DK_SHARED_DIR'] ? join(process.env['DK_SHARED_DIR'], 'fixtures') : '',
    resolve(import.meta.dirname, '../../../shared/fixtures'),
    resolve(import.meta.dirname, '../../../../shared/fixtures'),
  ].filter(Boolean);
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`../shared/fixtures not found (looked in ${candidates.join(', ')})`);
  return found;
}

export function fixtureText(...path: string[]): string {
  return readFileSync(join(sharedFixturesDir(), ...path), 'utf8');
}

export function fixtureJson<T = any>(...path: string[]): T {
  return JSON.parse(fixtureText(...path)) as T;
}
