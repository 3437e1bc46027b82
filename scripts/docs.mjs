#!/usr/bin/env node
// Generates the inputs and outputs tables of each action's README from its action.yml, between
// <!-- inputs:start --> / <!-- inputs:end --> and <!-- outputs:start --> / <!-- outputs:end -->.
// actions/<name>/action.yml -> actions/<name>/README.md; the root action.yml -> README.md.
// `--check` changes nothing and exits 1 when a table is out of date (the test suite runs it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const targets = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ yml: join(root, 'actions', entry.name, 'action.yml'), readme: join(root, 'actions', entry.name, 'README.md') }));
if (existsSync(join(root, 'action.yml'))) targets.push({ yml: join(root, 'action.yml'), readme: join(root, 'README.md') });

const cell = (text) => String(text ?? '').trim().replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text) => (text === undefined || text === '' ? '' : `\`${String(text).replace(/\n/g, '\\n')}\``);

export function inputsTable(meta) {
  const rows = Object.entries(meta.inputs ?? {}).map(
    ([name, input]) => `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${code(input.default)} | ${cell(input.description)} |`,
  );
  return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(meta) {
  const rows = Object.entries(meta.outputs ?? {}).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBetween(text, marker, content, file) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: missing ${start} ... ${end}`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

let stale = 0;
for (const { yml, readme } of targets) {
  if (!existsSync(yml)) continue;
  const name = relative(root, readme);
  if (!existsSync(readme)) {
    console.error(`${name}: missing (every action has a README with generated tables)`);
    stale++;
    continue;
  }
  const meta = parse(readFileSync(yml, 'utf8'));
  const before = readFileSync(readme, 'utf8');
  let after = replaceBetween(before, 'inputs', inputsTable(meta), name);
  after = replaceBetween(after, 'outputs', outputsTable(meta), name);
  if (after === before) continue;
  if (check) {
    console.error(`${name}: inputs/outputs tables are out of date: run npm run docs`);
    stale++;
  } else {
    writeFileSync(readme, after);
    console.log(`${name}: tables updated`);
  }
}
process.exit(stale ? 1 : 0);
