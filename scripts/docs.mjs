#!/usr/bin/env node
// Generates the inputs and outputs tables of each action's README from its action.yml, between
// <!-- inputs:start --> / <!-- inputs:end --> and <!-- outputs:start --> / <!-- outputs:end -->.
// actions/<name>/action.yml -> actions/<name>/README.md; the root action.yml -> README.md.
// `--check` changes nothing and exits 1 when a table is out of date (the test suite runs it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const targets = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({
    yml: join(root, 'actions', entry.name, 'action.yml'),
    readme: join(root, 'actions', entry.name, 'README.md'),
  }));
if (existsSync(join(root, 'action.yml')))
  targets.push({ yml: join(root, 'action.yml'), readme: join(root, 'README.md') });

const cell = (text) =>
  String(text ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => (text === undefined || text === '' ? '' : `\`${String(text).replace(/\n/g, '\\n')}\``);

export function inputsTable(meta) {
  const rows = Object.entries(meta.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${code(input.default)} | ${cell(input.description)} |`,
  );
  return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(meta) {
  const rows = Object.entries(meta.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
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

/** The README's Security table, from the fault matrix the test suite runs (test/faults/matrix.ts). */
export async function faultsTable() {
  // TypeScript, loaded by tsx as every script does.
  register();
  const { ACTIONS, MATRIX, PENDING_FIX, ROWS, cellKey } = await import('../test/faults/matrix.ts');
  const header = `| Fault or abuse | ${ACTIONS.map((action) => `\`${action}\``).join(' | ')} |`;
  const rule = `| --- |${ACTIONS.map(() => ' --- |').join('')}`;
  const rows = ROWS.map((row) => {
    const cells = ACTIONS.map((action) => {
      const entry = MATRIX[row.id][action];
      if ('na' in entry) return `n/a: ${cell(entry.na)}`;
      const pending = PENDING_FIX[cellKey(row.id, action)];
      return `${pending ? `⏳ pending ${cell(pending)}:` : '✅'} ${cell(entry.expect)} (≤ ${entry.limitMs / 1000} s)`;
    });
    return `| ${cell(row.title)} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

let stale = 0;
const rootReadme = join(root, 'README.md');
if (existsSync(rootReadme)) {
  const before = readFileSync(rootReadme, 'utf8');
  const after = replaceBetween(before, 'faults', await faultsTable(), 'README.md');
  if (after !== before) {
    if (check) {
      console.error('README.md: the fault matrix table is out of date: run npm run docs');
      stale++;
    } else {
      writeFileSync(rootReadme, after);
      console.log('README.md: fault matrix table updated');
    }
  }
}
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
