// migration-drift: the full Alembic check set (heads, upgrade, drift, reversible with the stairway,
// summary) on a generated chain of 200 revisions, on SQLite, through the bundle (one Python process),
// beside the naive approach on the same chain in the same run: one `python3 -m alembic` CLI call per
// step (upgrade head, downgrade base, upgrade head, downgrade base, then upgrade +1 / downgrade -1 /
// upgrade +1 per revision).
//
// The naive stairway costs ~0.8 s per call here (each call re-reads the 200 revision files), i.e.
// ~8 minutes for 600 calls, so by default it is measured on the first NAIVE_REVISIONS revisions and
// extrapolated per call; BENCH_FULL=1 runs all of it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, ms, NODE24, ROOT, section } from './lib.mjs';
import { actionStep, readStep } from '../scripts/runner-step.mjs';

const PYTHON = '/usr/bin/python3';
const CHAIN = 200;
const ADDED_BY_PR = 5;
const BUNDLE_RUNS = 3;
const NAIVE_REVISIONS = process.env.BENCH_FULL ? CHAIN : 20;
const TARGET_MS = 30_000;

const work = mkdtempSync(join(tmpdir(), 'dk-md-bench-'));
const project = join(work, 'chain');
execFileSync(PYTHON, [join(ROOT, 'test/migration-drift/projects/make_chain.py'), project, String(CHAIN)]);

// A pull request that adds the last revisions, so the summary has something to render.
const git = (...args) =>
  execFileSync('git', args, {
    cwd: project,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@example.com',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@example.com',
    },
  });
const versions = readdirSync(join(project, 'alembic', 'versions')).sort();
const added = versions.slice(-ADDED_BY_PR);
git('init', '-q', '-b', 'main');
git('add', '-A');
git('reset', '-q', '--', ...added.map((file) => join('alembic', 'versions', file)));
git('commit', '-q', '-m', 'base');
git('update-ref', 'refs/remotes/origin/main', 'HEAD');
git('add', '-A');
git('commit', '-q', '-m', 'pr');

function runAction(extraInputs = {}) {
  const { dir, env, files } = actionStep(
    'migration-drift',
    {
      python: PYTHON,
      checks: 'all',
      stairway: 'true',
      'base-ref': 'origin/main',
      comment: 'false',
      timeout: '10m',
      'fail-on-destructive': 'false',
      'working-directory': '.',
      ...extraInputs,
    },
    { dir: mkdtempSync(join(work, 'run-')), workspace: project },
  );
  const started = performance.now();
  const result = spawnSync(NODE24, [join(ROOT, 'dist/migration-drift/index.js')], {
    cwd: project,
    env,
    encoding: 'utf8',
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`the action failed on the chain:\n${result.stdout.slice(-3000)}`);
  const { outputs } = readStep(files);
  rmSync(dir, { recursive: true, force: true });
  return { elapsed, outputs };
}

const bundleTimes = [];
let outputs;
for (let i = 0; i < BUNDLE_RUNS; i++) {
  const run = runAction();
  bundleTimes.push(run.elapsed);
  outputs = run.outputs;
}
const report = JSON.parse(outputs.report);
// The default throw-away SQLite file runs without fsync; a database-url file keeps SQLite's defaults,
// as the naive CLI calls do. One run, to separate that from the one-process effect.
const durableFile = join(work, 'durable.sqlite3');
const durable = runAction({ 'database-url': `sqlite:///${durableFile}` }).elapsed;
if (
  outputs.passed !== 'true' ||
  outputs.revisions !== String(CHAIN) ||
  outputs['added-revisions'] !== String(ADDED_BY_PR)
) {
  throw new Error(`unexpected outputs: ${JSON.stringify(outputs)}`);
}

// The naive way, on a copy of the same chain with its own SQLite file.
const naive = join(work, 'naive');
execFileSync('cp', ['-r', project, naive]);
const ini = join(naive, 'alembic.ini');
writeFileSync(
  ini,
  execFileSync('cat', [ini], { encoding: 'utf8' }).replace(
    /^sqlalchemy\.url = .*$/m,
    `sqlalchemy.url = sqlite:///${join(naive, 'naive.db')}`,
  ),
);
const cliTimes = [];
function cli(...args) {
  const started = performance.now();
  const result = spawnSync(PYTHON, ['-m', 'alembic', ...args], { cwd: naive, encoding: 'utf8' });
  cliTimes.push(performance.now() - started);
  if (result.status !== 0) throw new Error(`alembic ${args.join(' ')} failed: ${result.stderr.slice(-2000)}`);
}
const naiveStarted = performance.now();
cli('heads');
cli('upgrade', 'head');
cli('downgrade', 'base');
cli('upgrade', 'head');
cli('downgrade', 'base');
const fixedCalls = cliTimes.length;
for (let k = 0; k < NAIVE_REVISIONS; k++) {
  cli('upgrade', '+1');
  cli('downgrade', '-1');
  cli('upgrade', '+1');
}
const naiveMeasured = performance.now() - naiveStarted;
const stairwayCalls = cliTimes.slice(fixedCalls);
const perStairwayCall = median(stairwayCalls);
const naiveFull = cliTimes.slice(0, fixedCalls).reduce((a, b) => a + b, 0) + perStairwayCall * 3 * CHAIN;
rmSync(work, { recursive: true, force: true });

const bundleMedian = median(bundleTimes);
const extrapolated = NAIVE_REVISIONS < CHAIN;
const stairway = report.checks.find((c) => c.name === 'reversible');
section(
  'migration-drift: full Alembic check set on a 200-revision chain (SQLite)',
  `The action's bundle on Node 24 with Debian's Alembic 1.8.1 (${BUNDLE_RUNS} runs, median): heads, ` +
    'upgrade from empty, drift (compare_metadata), reversible (down to base, up to head, stairway up/down/up ' +
    `for each of the ${CHAIN} revisions) and the summary of the ${ADDED_BY_PR} revisions a PR adds, ` +
    'in one Python process. Baseline: one `python3 -m alembic` call per step on the same chain ' +
    '(heads, upgrade head, downgrade base, upgrade head, downgrade base, ' +
    `then upgrade +1 / downgrade -1 / upgrade +1 per revision: ${5 + 3 * CHAIN} process start-ups, ` +
    'without drift or summary)' +
    (extrapolated
      ? `, measured on the first ${NAIVE_REVISIONS} revisions (${cliTimes.length} calls) ` +
        'and extrapolated with the median stairway call; BENCH_FULL=1 runs all of it.'
      : '.'),
  ['approach', 'python processes', 'wall time', 'per step'],
  [
    [
      'migration-drift (bundle, one helper process, throw-away SQLite without fsync)',
      '1 (+1 probe)',
      ms(bundleMedian),
      ms(bundleMedian / (3 * CHAIN + 4)),
    ],
    [
      'migration-drift, database-url: a SQLite file (SQLite defaults, fsync on; 1 run)',
      '1 (+1 probe)',
      ms(durable),
      ms(durable / (3 * CHAIN + 4)),
    ],
    [
      `naive CLI per step${extrapolated ? ` (measured ${cliTimes.length} calls: ${ms(naiveMeasured)})` : ''}`,
      String(5 + 3 * CHAIN),
      `${ms(naiveFull)}${extrapolated ? ' (extrapolated)' : ''}`,
      ms(perStairwayCall),
    ],
    ['ratio', '', `${(naiveFull / bundleMedian).toFixed(1)}× faster`, ''],
  ],
  [
    {
      met: bundleMedian < TARGET_MS,
      text:
        `full check set under 30 s on SQLite (${ms(bundleMedian)}; ` +
        `runs: ${bundleTimes.map(ms).join(', ')}; ${stairway.headline})`,
    },
  ],
);
