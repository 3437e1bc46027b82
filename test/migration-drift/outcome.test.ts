import { describe, expect, it } from 'vitest';
import { describeDatabase, outcomeMarkdown } from '../../src/migration-drift/markdown.js';
import { decideOutcome, type OutcomeRequest } from '../../src/migration-drift/outcome.js';
import type { CheckEvent } from '../../src/migration-drift/protocol.js';

const info = { event: 'info' as const, tool: 'alembic', version: '1.8.1', revisions: 4, heads: ['d4e5f6a7b8c9'] };
const passed = (name: CheckEvent['name'], extra: Partial<CheckEvent> = {}): CheckEvent => ({
  event: 'check',
  name,
  status: 'passed',
  ...extra,
});

function request(checks: CheckEvent[], extra: Partial<OutcomeRequest> = {}): OutcomeRequest {
  return {
    tool: 'alembic',
    checks: ['heads', 'upgrade', 'drift', 'reversible', 'summary'],
    transcript: { info, checks, done: true },
    failOnDestructive: false,
    baseRef: 'origin/main',
    ...extra,
  };
}

const added = {
  revision: 'd4e5f6a7b8c9',
  message: 'tighten <items> | prices',
  path: '/w/alembic/versions/d4e5f6a7b8c9_tighten_items.py',
  sql: 'ALTER TABLE users DROP COLUMN nickname;\n',
  operations: [{ kind: 'drop_column', table: 'users', column: 'nickname' }],
};
const allPassed = [
  passed('heads', { heads: ['d4e5f6a7b8c9'] }),
  passed('upgrade', { revisions: 4 }),
  passed('drift', { method: 'compare_metadata', differences: [] }),
  passed('reversible', { stairway: 4 }),
  passed('summary', { revisions: [added] }),
];

describe('decideOutcome', () => {
  it('passes when every check passed, counting what the summary found', () => {
    const outcome = decideOutcome(request(allPassed));
    expect(outcome).toMatchObject({
      passed: true,
      failedChecks: [],
      heads: ['d4e5f6a7b8c9'],
      revisions: 4,
      failure: undefined,
    });
    expect(outcome.added?.[0]?.warnings.map((w) => w.text)).toEqual(['drops column users.nickname: its data is lost']);
    expect(outcome.checks.at(-1)?.headline).toBe('1 migration added since origin/main, 1 destructive change');
  });

  it('fails the summary on destructive changes only when asked to', () => {
    const outcome = decideOutcome(request(allPassed, { failOnDestructive: true }));
    expect(outcome.failedChecks).toEqual(['summary']);
    expect(outcome.checks.at(-1)?.details).toEqual(['d4e5f6a7b8c9: drops column users.nickname: its data is lost']);
  });

  it('marks the summary skipped with its reason, which does not fail the run', () => {
    const outcome = decideOutcome(request(allPassed.slice(0, 4), { summarySkipped: 'no base ref' }));
    expect(outcome.passed).toBe(true);
    expect(outcome.checks.at(-1)).toEqual({
      name: 'summary',
      status: 'skipped',
      headline: 'not written: no base ref',
      details: [],
    });
    expect(outcome.added).toBeUndefined();
  });

  it('turns a helper that stopped (fatal, crash, timeout) into one failure sentence, every check failed', () => {
    const outcome = decideOutcome(
      request([], {
        transcript: {
          checks: [],
          done: false,
          fatal: 'cannot import alembic with /usr/bin/python3: No module named sqlalchemy',
        },
      }),
    );
    expect(outcome.failure).toBe(
      'migration-drift could not run the alembic checks: ' +
        'cannot import alembic with /usr/bin/python3: No module named sqlalchemy',
    );
    expect(outcome.failedChecks).toEqual(['heads', 'upgrade', 'drift', 'reversible', 'summary']);
    const timedOut = decideOutcome(
      request(allPassed.slice(0, 2), {
        transcript: {
          info,
          checks: allPassed.slice(0, 2),
          done: false,
          processError: 'the alembic helper (python3) timed out after 1000 ms and was stopped',
        },
      }),
    );
    expect(timedOut.failedChecks).toEqual(['drift', 'reversible', 'summary']);
    expect(timedOut.checks[2]?.headline).toBe(
      'not run: the alembic helper (python3) timed out after 1000 ms and was stopped',
    );
  });

  it('lists at most three differences in the failure sentence', () => {
    const differences = ['a', 'b', 'c', 'd', 'e'].map((target) => ({
      kind: 'add_table',
      target,
      words: 'table in the models, not in the migrations',
    }));
    const outcome = decideOutcome(
      request([{ event: 'check', name: 'drift', status: 'failed', differences }], { checks: ['drift'] }),
    );
    expect(outcome.failure).toBe(
      '1 of 1 migration checks failed: drift (5 differences between the models and the migrations: ' +
        'a: table in the models, not in the migrations; ' +
        'b: table in the models, not in the migrations; ' +
        'c: table in the models, not in the migrations; and 2 more).',
    );
  });
});

describe('outcomeMarkdown', () => {
  it('escapes user text from migrations and paths relative to the workspace', () => {
    const markdown = outcomeMarkdown(decideOutcome(request(allPassed)), {
      root: '/w',
      database: 'SQLite (throw-away file)',
    });
    expect(markdown).toContain('### ✅ Migration checks passed');
    expect(markdown).toContain('Alembic 1.8.1 · 4 revisions · head `d4e5f6a7b8c9` · SQLite (throw-away file)');
    expect(markdown).toContain(
      '**`d4e5f6a7b8c9`** tighten &lt;items&gt; \\| prices — `alembic/versions/d4e5f6a7b8c9_tighten_items.py`',
    );
    expect(markdown).toContain('<details><summary>SQL (offline, upgrade --sql)</summary>');
  });

  it('keeps a huge SQL dump within a PR comment', () => {
    const huge = { ...added, sql: 'INSERT INTO t VALUES (1);\n'.repeat(20_000) };
    const markdown = outcomeMarkdown(
      decideOutcome(
        request([
          ...allPassed.slice(0, 4),
          passed('summary', { revisions: [huge, huge, huge, huge, huge, huge, huge, huge, huge, huge, huge] }),
        ]),
      ),
      { root: '/w', database: 'x' },
    );
    expect(markdown.length).toBeLessThan(65_000);
  });
});

describe('describeDatabase', () => {
  it('names the dialect and host, never the credentials', () => {
    expect(describeDatabase(undefined)).toBe('SQLite (throw-away file)');
    expect(describeDatabase('postgresql+psycopg2://app:s3cret@db.internal:5432/app')).toBe(
      'postgresql on db.internal:5432',
    );
    expect(describeDatabase('sqlite:////tmp/x.db')).toBe('SQLite');
    // A password may hold "/" and ":": none of it shows, and it is masked whole (config.ts).
    expect(describeDatabase('postgresql://app:s3cr/et:Pass@db.internal/app')).toBe('postgresql on db.internal');
  });
});
