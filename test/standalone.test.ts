import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './support/bundle.js';
import { fixture, FIXTURES, isInside } from './support/fixtures.js';

/**
 * The repository stands on its own: nothing the tests, the demo, the benchmarks or CI run reads
 * outside the repository root (the recorded service formats are in test/fixtures), and the
 * fixture-reading tests pass from a copy placed where no `shared/` exists beside it.
 */

const SCANNED = ['test', 'scripts', 'bench', '.ci', 'src', '.github'];
const SKIPPED = new Set(['node_modules', '.git', 'build', 'dist', 'coverage', '.bench']);
/** The sibling folder named in a path (`..` then `/` then its name), or `'..', '<name>'` handed to join/resolve. */
const OUTSIDE = /\.\.[\\/]shared\b|['"]\.\.['"]\s*,\s*['"]shared['"]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

describe('the repository reads nothing outside its root', () => {
  it('no file in test/, scripts/, bench/, .ci/, src/, .github/ (but this one) names the sibling shared folder', () => {
    const scanned = SCANNED.filter((dir) => existsSync(join(ROOT, dir))).flatMap((dir) => files(join(ROOT, dir)));
    expect(scanned.length).toBeGreaterThan(100);
    const offenders = scanned
      .filter((path) => path !== import.meta.filename && statSync(path).size < 2_000_000)
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            OUTSIDE.test(line) ? [`${relative(ROOT, path)}:${index + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(offenders).toEqual([]);
  });

  it('the fixtures live in the repository, one README (origin, date, licence) per service folder', () => {
    expect(isInside(ROOT, FIXTURES)).toBe(true);
    const services = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(services.sort()).toEqual(['alembic', 'eas', 'railway', 'slack', 'trivy', 'vercel']);
    for (const service of services) {
      const readme = readFileSync(fixture(service, 'README.md'), 'utf8');
      expect(readme, service).toMatch(/licen[cs]e|MIT|Apache/i);
      expect(readme, service).toMatch(/20\d\d-\d\d-\d\d/);
    }
  });

  it('fixture() refuses a path that leaves test/fixtures', () => {
    expect(fixture('trivy', 'json', 'repo-pip.json')).toBe(join(FIXTURES, 'trivy', 'json', 'repo-pip.json'));
    expect(() => fixture('..', '..', '..', 'shared', 'fixtures', 'trivy')).toThrow(/lies outside/);
  });
});

describe('a copy with no shared/ beside it', () => {
  let base = '';
  afterAll(() => base && rmSync(base, { recursive: true, force: true }));

  // Readers of every kind, the quick ones (the whole fixture-reading set takes two minutes on two
  // cores; CI runs it all from a checkout with nothing beside it): the fixture module for each
  // service, the folder listings (trivy, slack, eas), the Railway and Vercel API stand-ins, the
  // Slack answers, and the CLI stand-ins (standin.cjs) run by the deploy action.
  const FILES = [
    'test/providers/railway.test.ts',
    'test/providers/railway-schema.test.ts',
    'test/providers/vercel.test.ts',
    'test/trivy-gate/report.test.ts',
    'test/trivy-gate/json-scan.test.ts',
    'test/trivy-gate/sarif.test.ts',
    'test/trivy-gate/ignore.test.ts',
    'test/slack-notify/request.test.ts',
    'test/migration-drift/destructive.test.ts',
    'test/eas-build/config.test.ts',
    'test/eas-build/builds.test.ts',
    'test/deploy/vercel.test.ts',
    'test/deploy/railway.test.ts',
  ];

  it('passes the fixture-reading tests', () => {
    base = mkdtempSync(join(tmpdir(), 'dk-standalone-'));
    // Two levels down, so that neither <copy>/.. nor <copy>/../.. can hold a shared folder.
    const copy = join(base, 'a', 'deploy-kit');
    mkdirSync(copy, { recursive: true });
    for (const entry of readdirSync(ROOT)) {
      if (
        entry === 'node_modules' ||
        entry === '.git' ||
        entry === 'build' ||
        entry === '.bench' ||
        entry === 'coverage'
      )
        continue;
      cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    // Installed packages only (what npm ci gives a clone); no fixture is in them.
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    expect(existsSync(join(copy, '..', 'shared'))).toBe(false);
    expect(existsSync(join(copy, '..', '..', 'shared'))).toBe(false);

    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_OPTIONS'),
    );
    const run = spawnSync(process.execPath, [join(copy, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...FILES], {
      cwd: copy,
      env: { ...env, CI: '1', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 170_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).toMatch(new RegExp(`Test Files\\s+${FILES.length} passed`));
  }, 180_000);
});

describe("GitHub's CI", () => {
  it('runs exactly .ci/run (system packages included) after checkout and setup-node, actions pinned by SHA', () => {
    const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string; run?: string }[] }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.filter((step) => step.run).map((step) => step.run!.trim())).toEqual(['bash .ci/run']);
    expect(steps.filter((step) => step.uses).map((step) => step.uses!.replace(/@.*/, ''))).toEqual([
      'actions/checkout',
      'actions/setup-node',
    ]);
    for (const step of steps.filter((s) => s.uses)) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
    const run = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(run).toMatch(/^node scripts\/system-deps\.mjs$/m);
    expect(run).toMatch(/^npm test$/m);
  });
});
