import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The Python helpers' own unit tests (test/migration-drift/python/test_*.py), run with Debian's
 * Python: the interpreter, Alembic, SQLAlchemy and Django the integration tests use too.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SUITE = 'test/migration-drift/python';

describe('the Python helpers', () => {
  it('pass their unittest suite under /usr/bin/python3', () => {
    const run = spawnSync('/usr/bin/python3', ['-m', 'unittest', 'discover', '-s', SUITE, '-t', SUITE], {
      cwd: ROOT,
      env: { ...process.env, PYTHONPATH: join(ROOT, 'src/migration-drift/python'), PYTHONDONTWRITEBYTECODE: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const report = `${run.stdout}${run.stderr}`;
    expect(report).toMatch(/\nOK\s*$/);
    expect(run.status, report).toBe(0);
    // Discovery that finds nothing also says OK: count the tests.
    expect(Number(/Ran (\d+) tests?/.exec(report)?.[1])).toBeGreaterThanOrEqual(18);
  });
});
