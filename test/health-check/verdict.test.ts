import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realEffects } from '../support/context.js';
import { type CheckConfig, type CheckDeps, checkHealth, type HealthResult } from '../../src/health-check/check.js';
import { parseJsonExpectation, parseStatusRanges } from '../../src/health-check/policy.js';
import { healthReport, percentile } from '../../src/health-check/report.js';
import { rollbackAndVerify, type RollbackContext } from '../../src/health-check/rollback.js';
import type { CommandRollback } from '../../src/providers/command/inputs.js';
import { summaryMarkdown } from '../../src/health-check/summary.js';
import { finalVerdict } from '../../src/health-check/verdict.js';
import { FakeClock, fakeDeps, json, testCheckConfig, type ScriptedAnswer } from './fake-clock.js';

const VERA = 'https://api.vera.example/health';

/** vera's policy: 200, status=ok, checks.database=ok; three attempts a second apart. */
function config(overrides: Partial<CheckConfig> = {}): CheckConfig {
  return testCheckConfig({
    urls: [VERA],
    expectations: {
      statuses: parseStatusRanges('200')!,
      json: [parseJsonExpectation('status', 'ok')!, parseJsonExpectation('checks.database', 'ok')!],
    },
    maxAttempts: 3,
    timeoutMs: 30_000,
    ...overrides,
  });
}

const healthyVera = json(200, { status: 'ok', checks: { database: 'ok', redis: 'ok', s3: 'ok' } });
const failingVera = json(503, { status: 'error', checks: { database: 'down', redis: 'ok', s3: 'ok' } });

async function check(
  answer: (url: string, t: number) => ScriptedAnswer,
  overrides: Partial<CheckConfig> = {},
): Promise<HealthResult> {
  const clock = new FakeClock();
  return clock.run(checkHealth(config(overrides), fakeDeps(clock, answer)));
}

/** The deps of a re-check that must not happen (no rollback, a failed one, or verify off). */
const NO_RECHECK: CheckDeps = {
  now: () => 0,
  sleep: async () => {},
  probe: () => Promise.reject(new Error('no health check was expected after this rollback')),
};

function rollbackContext(): RollbackContext & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    reason: 'https://api.vera.example/health is down',
    reportJson: '[{"url":"https://api.vera.example/health"}]',
    tempDir: mkdtempSync(join(tmpdir(), 'dk-hc-')),
    pollIntervalMs: 10,
    log: (line) => lines.push(line),
    redact: (text) => text.replaceAll('sekret-value', '***'),
    effects: realEffects,
    searchPath: process.env['PATH'] ?? '',
  };
}

const command = (script: string, extra: Partial<CommandRollback> = {}): CommandRollback => ({
  provider: 'command',
  command: script,
  to: 'dep_41',
  timeoutMs: 5000,
  verify: true,
  ...extra,
});

describe('report', () => {
  it('takes nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([30, 10, 20], 50)).toBe(20);
    expect(
      percentile(
        [...Array(100).keys()].map((i) => i + 1),
        95,
      ),
    ).toBe(95);
  });

  it('tells per URL what was expected and what was seen, with a bounded body excerpt', async () => {
    const result = await check(() => failingVera);
    const [entry] = healthReport(result, config());
    expect(entry).toMatchObject({
      url: VERA,
      healthy: false,
      verdict: 'unhealthy',
      attempts: 3,
      lastStatus: 503,
      latencyMs: { p50: 5, p95: 5 },
      lastError: null,
      mismatches: [
        { subject: 'HTTP status', expected: '200', seen: '503' },
        { subject: 'status', expected: '"ok"', seen: '"error"' },
        { subject: 'checks.database', expected: '"ok"', seen: '"down"' },
      ],
    });
    expect(entry!.reason).toBe(
      'still unhealthy after 3 attempts (max-attempts): HTTP status: expected 200, saw 503; ' +
        'status: expected "ok", saw "error"; checks.database: expected "ok", saw "down"',
    );
    const huge = await check(() => ({ status: 500, body: 'x'.repeat(10_000) }));
    expect(healthReport(huge, config())[0]!.bodyExcerpt!.length).toBeLessThanOrEqual(300);
  });

  it('leaves the query string (tokens) out of the URL it shows', async () => {
    const result = await check(() => healthyVera, { urls: [`${VERA}?key=abc123456789`] });
    expect(healthReport(result, config())[0]!.url).toBe(VERA);
  });
});

describe('the final verdict tells both stories', () => {
  it('passes quietly when healthy', async () => {
    const verdict = finalVerdict(await check(() => healthyVera), undefined, config(), true);
    expect(verdict).toEqual({ failed: false, level: 'info', message: 'The URL is healthy (1 attempt in 5 ms).' });
  });

  it('fails with the health story when there is no rollback', async () => {
    const health = await check(() => failingVera, { maxAttempts: 0, timeoutMs: 3000 });
    const rollback = await rollbackAndVerify(
      { provider: 'none', timeoutMs: 1000, verify: true },
      config(),
      rollbackContext(),
      NO_RECHECK,
    );
    expect(rollback).toMatchObject({ attempted: false, rolledBack: false, healthyAfter: false });
    const verdict = finalVerdict(health, rollback, config({ timeoutMs: 3000 }), true);
    expect(verdict.failed).toBe(true);
    expect(verdict.message).toBe(
      'The release is unhealthy: https://api.vera.example/health not healthy within the 3.0 s timeout (3 attempts); ' +
        'last: HTTP status: expected 200, saw 503; status: expected "ok", saw "error"; ' +
        'checks.database: expected "ok", saw "down". No rollback is configured (rollback: none).',
    );
  });

  it('says the rollback restored health, and still fails', async () => {
    const health = await check(() => failingVera);
    const clock = new FakeClock();
    const context = rollbackContext();
    const rollback = await clock.run(
      rollbackAndVerify(
        command('echo "rolling back to $ROLLBACK_TO"; test -s "$HEALTH_REPORT"; echo "$HEALTH_REASON"'),
        config(),
        context,
        fakeDeps(clock, () => healthyVera),
      ),
    );
    expect(rollback).toMatchObject({ attempted: true, rolledBack: true, healthyAfter: true, outcome: { ok: true } });
    expect(context.lines).toEqual(['rolling back to dep_41', 'https://api.vera.example/health is down']);
    const verdict = finalVerdict(health, rollback, config(), true);
    expect(verdict.failed).toBe(true);
    expect(verdict.message).toMatch(
      new RegExp(
        String.raw`^The release is unhealthy: .* Rolled back: the rollback command \(ROLLBACK_TO=dep_41\) ` +
          String.raw`exited with code 0 in \d+ ms; the service is healthy again \(1 attempt in 5 ms\)\.$`,
      ),
    );
    const summary = summaryMarkdown(health, rollback, verdict, config());
    expect(summary).toContain('## ❌ Health check: unhealthy');
    expect(summary).toContain('| `checks.database` | "ok" | "down" |');
    expect(summary).toContain('### ✅ Rollback');
    expect(summary).toContain('### ✅ Health after the rollback');
  });

  it('never reports a failed rollback as success, nor checks health after it', async () => {
    const health = await check(() => failingVera);
    const rollback = await rollbackAndVerify(
      command('echo "API said 500" >&2; exit 3'),
      config(),
      rollbackContext(),
      NO_RECHECK,
    );
    expect(rollback).toMatchObject({
      rolledBack: false,
      healthyAfter: false,
      outcome: { ok: false, detail: 'exited with code 3 (API said 500)' },
    });
    expect(rollback.verification).toBeUndefined();
    const verdict = finalVerdict(health, rollback, config(), true);
    const failed =
      'The rollback FAILED: the rollback command (ROLLBACK_TO=dep_41) exited with code 3 (API said 500), ' +
      'so the unhealthy release may still be serving.';
    expect(verdict.message.slice(-failed.length)).toBe(failed);
    expect(summaryMarkdown(health, rollback, verdict, config())).toContain(
      '**failed**: exited with code 3 (API said 500)',
    );
  });

  it('stops a rollback that runs past rollback-timeout and calls it failed', async () => {
    const started = Date.now();
    const rollback = await rollbackAndVerify(
      command('sleep 20', { timeoutMs: 1000 }),
      config(),
      rollbackContext(),
      NO_RECHECK,
    );
    expect(Date.now() - started).toBeLessThan(6000);
    expect(rollback).toMatchObject({
      rolledBack: false,
      outcome: { ok: false, detail: 'timed out after 1000 ms and was stopped' },
    });
  });

  it('says when the rollback worked but the service is still unhealthy', async () => {
    const health = await check(() => failingVera);
    const clock = new FakeClock();
    const rollback = await clock.run(
      rollbackAndVerify(
        command('true'),
        config(),
        rollbackContext(),
        fakeDeps(clock, () => ({ error: 'connect ECONNREFUSED 10.0.0.1:443' })),
      ),
    );
    expect(rollback).toMatchObject({ rolledBack: true, healthyAfter: false });
    const stillUnhealthy =
      '; but the service is still unhealthy after the rollback: https://api.vera.example/health ' +
      'still unhealthy after 3 attempts (max-attempts): no answer: connect ECONNREFUSED 10.0.0.1:443.';
    const { message } = finalVerdict(health, rollback, config(), true);
    expect(message.slice(-stillUnhealthy.length)).toBe(stillUnhealthy);
  });

  it('does not check health after the rollback when told not to', async () => {
    const health = await check(() => failingVera);
    const rollback = await rollbackAndVerify(
      command('true', { verify: false }),
      config(),
      rollbackContext(),
      NO_RECHECK,
    );
    expect(rollback).toMatchObject({ rolledBack: true, healthyAfter: false });
    expect(rollback.verification).toBeUndefined();
    expect(finalVerdict(health, rollback, config(), true).message).toMatch(
      /health after the rollback was not checked \(verify-after-rollback: false\)\.$/,
    );
  });

  it('warns instead of failing with fail-on-unhealthy: false', async () => {
    const health = await check(() => failingVera);
    const verdict = finalVerdict(health, undefined, config(), false);
    expect(verdict).toMatchObject({ failed: false, level: 'warning' });
    expect(verdict.message).toMatch(/The step does not fail \(fail-on-unhealthy: false\)\.$/);
  });

  it('tells a flapping release apart from a slow one', async () => {
    const flapping = await check((_u, t) => (t < 2000 ? healthyVera : failingVera), {
      stableForMs: 10_000,
      maxAttempts: 0,
    });
    expect(healthReport(flapping, config({ stableForMs: 10_000 }))[0]!.reason).toMatch(
      /^healthy at 5 ms, then failed 2.0 s into the 10 s stable-for window: HTTP status: expected 200, saw 503/,
    );
  });

  it('writes the report file the command reads', async () => {
    const context = rollbackContext();
    await rollbackAndVerify(
      command(`cp "$HEALTH_REPORT" '${join(context.tempDir, 'copy.json')}'`, { verify: false }),
      config(),
      context,
      NO_RECHECK,
    );
    expect(JSON.parse(readFileSync(join(context.tempDir, 'copy.json'), 'utf8'))).toEqual([{ url: VERA }]);
  });
});
