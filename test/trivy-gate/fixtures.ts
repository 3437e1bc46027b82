import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../support/bundle.js';
import { parseReportText, type ParsedReport } from '../../src/trivy-gate/report.js';

/**
 * Real Trivy output in ../shared/fixtures/trivy (read-only, never committed here). `../shared` is
 * beside the checkout; a git worktree one level deeper (wt/<branch>) finds it a level further up.
 */
export const FIXTURES = findShared(ROOT);

function findShared(from: string): string {
  for (let dir = dirname(from); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'fixtures', 'trivy');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`../shared/fixtures/trivy not found above ${from}`);
}

export function fixturePath(kind: 'json' | 'sarif' | 'ignore', name: string): string {
  return join(FIXTURES, kind, name);
}

export function fixtureText(kind: 'json' | 'sarif' | 'ignore', name: string): string {
  return readFileSync(fixturePath(kind, name), 'utf8');
}

export function fixtureNames(kind: 'json' | 'sarif' | 'ignore'): string[] {
  return readdirSync(join(FIXTURES, kind)).sort();
}

export function parseFixture(name: string): ParsedReport {
  return parseReportText(fixtureText('json', name), name);
}
