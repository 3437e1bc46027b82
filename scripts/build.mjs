#!/usr/bin/env node
// Build every action: TypeScript 7 (`tsc`) emits JavaScript into build/, then @vercel/ncc bundles
// each action's entry, build/<name>/index.js, into dist/<name>/ (index.js plus any lazily loaded
// chunks and assets). An action is any folder of src/ except lib/ that has an index.ts. Helper
// scripts in another language (src/<name>/python/*.py) are copied to dist/<name>/python/, where
// the bundle finds them beside itself (src/migration-drift/helper.ts says how).
// Usage: node scripts/build.mjs [name ...]   (no names: all actions)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';
import { writeLazyCore } from './lazy-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const actions = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && entry.name !== 'lib' && existsSync(join(root, 'src', entry.name, 'index.ts')),
  )
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name));

rmSync(join(root, 'build'), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript-7/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
  {
    stdio: 'inherit',
  },
);
writeLazyCore(root, join(root, 'build'));

if (only.length === 0) {
  // A full build also removes bundles of actions that no longer exist.
  for (const entry of existsSync(join(root, 'dist')) ? readdirSync(join(root, 'dist')) : []) {
    if (!actions.includes(entry)) rmSync(join(root, 'dist', entry), { recursive: true, force: true });
  }
}

await Promise.all(
  actions.map(async (name) => {
    const started = Date.now();
    const { code, assets } = await ncc(join(root, 'build', name, 'index.js'), {
      cache: false,
      minify: false,
      sourceMap: false,
      license: 'licenses.txt',
      quiet: true,
    });
    const out = join(root, 'dist', name);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.js'), code);
    for (const [file, asset] of Object.entries(assets ?? {})) {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), asset.source, asset.permissions ? { mode: asset.permissions } : undefined);
    }
    const helpers = join(root, 'src', name, 'python');
    if (existsSync(helpers))
      cpSync(helpers, join(out, 'python'), { recursive: true, filter: (from) => !from.includes('__pycache__') });
    console.log(
      `dist/${name}/index.js  ${(code.length / 1024).toFixed(0)} KiB  ` +
        `${Object.keys(assets ?? {}).length} assets  ${Date.now() - started} ms`,
    );
  }),
);
