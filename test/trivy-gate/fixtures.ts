import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from '../support/fixtures.js';
import { parseReportText, type ParsedReport } from '../../src/trivy-gate/report.js';

/** Real Trivy output in test/fixtures/trivy (see its README for origin and licence). */
export const FIXTURES = fixture('trivy');

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
