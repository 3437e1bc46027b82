import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * ../shared beside the project: the recorded formats of services we cannot reach (Trivy, eas-cli,
 * Railway, Vercel, Slack, Alembic). Tests read them in place; the project commits none of them.
 */
export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const FIXTURES = join(SHARED, 'fixtures');

if (!existsSync(FIXTURES)) {
  throw new Error(`${FIXTURES} is missing: the tests replay the recorded formats in ../shared/fixtures beside the project`);
}

/** A file of ../shared/fixtures, e.g. fixture('slack', 'webhook', '200.ok.txt'). */
export function fixture(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

/** A fixture's text, e.g. fixtureText('railway', 'responses', 'Deployments.response.json'). */
export function fixtureText(...parts: string[]): string {
  return readFileSync(fixture(...parts), 'utf8');
}

export function fixtureJson<T = any>(...parts: string[]): T {
  return JSON.parse(fixtureText(...parts)) as T;
}
