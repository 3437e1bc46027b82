import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../src/providers/registry.js';

/**
 * A provider is its folder plus one registry line: every registered provider has the same files,
 * and outside src/providers/ code reaches providers only through the contract, the registry and
 * the run (never a provider's own modules), so adding one touches nothing else in src/.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const PROVIDER_DIR = join(SRC, 'providers');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('src/providers/', () => {
  it('has one folder per registered provider, each with the same files, and no other', () => {
    const folders = readdirSync(PROVIDER_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(PROVIDERS).sort());
    for (const name of folders) {
      for (const file of ['index.ts', 'inputs.ts', 'deploy.ts', 'rollback.ts'])
        expect(existsSync(join(PROVIDER_DIR, name, file)), `${name}/${file}`).toBe(true);
      expect(PROVIDERS[name as keyof typeof PROVIDERS].name).toBe(name);
    }
  });

  it('is reached from the rest of src/ only through contract.ts, registry.ts and run.ts', () => {
    const reachingIn = tsFiles(SRC)
      .filter((file) => !file.startsWith(PROVIDER_DIR))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from '([^']*providers\/[^']+)'/g)]
          .map((match) => match[1]!)
          .filter((specifier) => !/providers\/(contract|registry|run)\.js$/.test(specifier))
          .map((specifier) => `${relative(SRC, file)} -> ${specifier}`),
      );
    expect(reachingIn).toEqual([]);
  });
});
