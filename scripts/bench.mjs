#!/usr/bin/env node
// npm run bench [name ...]: builds, then runs bench/<name>.bench.mjs (all of them when no name is
// given) on Node 24 and writes the combined markdown to .bench/report.md as well as stdout.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { NODE24, ROOT } from '../bench/lib.mjs';

const only = process.argv.slice(2);
const benches = readdirSync(join(ROOT, 'bench'))
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => only.length === 0 || only.includes(file.replace('.bench.mjs', '')))
  .sort();
execFileSync(NODE24, [join(ROOT, 'scripts/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
const parts = [
  `# deploy-kit benchmarks\n\n${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
    `Node ${execFileSync(NODE24, ['-v']).toString().trim()}\n`,
];
let failed = 0;
for (const file of benches) {
  const result = spawnSync(NODE24, [join(ROOT, 'bench', file)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout);
  parts.push(result.stdout);
  if (result.status !== 0) {
    failed++;
    console.error(`bench/${file} exited with ${result.status}`);
  }
}
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench', 'report.md'), parts.join('\n'));
process.exit(failed ? 1 : 0);
