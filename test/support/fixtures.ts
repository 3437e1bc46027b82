import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ROOT } from './bundle.js';

/**
 * test/fixtures: the recorded formats of services we cannot reach (Trivy, eas-cli, Railway, Vercel,
 * Slack, Alembic), one folder per service, each with a README naming origin, date and licence.
 */
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** True when `path` is `root` or lies inside it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A file of test/fixtures, e.g. fixture('slack', 'webhook', '200.ok.txt'); never outside it. */
export function fixture(...parts: string[]): string {
  const path = join(FIXTURES, ...parts);
  if (!isInside(FIXTURES, path)) throw new Error(`fixture path ${path} lies outside ${FIXTURES}`);
  return path;
}

/** A fixture's text, e.g. fixtureText('railway', 'responses', 'Deployments.response.json'). */
export function fixtureText(...parts: string[]): string {
  return readFileSync(fixture(...parts), 'utf8');
}

export function fixtureJson<T = any>(...parts: string[]): T {
  return JSON.parse(fixtureText(...parts)) as T;
}
