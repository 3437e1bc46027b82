import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/bundle.js';

/**
 * `npm ci` runs on the machine's Node (it then installs Node 24 for everything else): the oldest
 * Node that package.json's engines accepts must be one every locked package accepts too, or npm ci
 * warns EBADENGINE, and the README must name that same Node.
 */
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};
const oldest = semver.minVersion(pkg.engines.node)!;

describe('the Node that installs the project', () => {
  it('is accepted by every package in package-lock.json', () => {
    const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return range && !semver.satisfies(oldest, range) ? [`${path}@${entry.version} wants node ${range}`] : [];
    });
    expect(refusing, `package.json engines.node ${pkg.engines.node} (oldest ${oldest.version})`).toEqual([]);
  });

  it('is the one the README names', () => {
    expect(read('README.md')).toContain(`Node ${oldest.major}.${oldest.minor} or newer`);
  });
});
