import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE24, ROOT, type BundleResult } from '../support/bundle.js';
import { expectNoSecretAnywhere } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers } from '../support/server.js';
import { commandsIn } from '../support/workflow-commands.js';
import { CELLS } from './cells.js';
import { ACTIONS, cellKey, DEFAULT_MEMORY_MB, MATRIX, PENDING_FIX, ROWS } from './matrix.js';

/**
 * The fault-and-abuse matrix (matrix.ts), each cell run against the bundle as the runner runs it.
 * Cells run concurrently: most of their time is spent waiting on the faults' own timeouts.
 */

afterAll(closeAllServers);

/** A command no line of ours writes: it came from text the action did not write itself. */
function injectedCommands(result: BundleResult) {
  return commandsIn(result.stdout).filter(
    (command) =>
      command.name === 'set-env' ||
      command.data.startsWith('PWNED') ||
      /PWNED/i.test(JSON.stringify(command.properties)) ||
      (['stop-commands', 'add-mask'].includes(command.name) && /pwned/i.test(command.data)),
  );
}

/** The checks every run cell shares (see matrix.ts). */
function expectCell(
  label: string,
  result: BundleResult,
  action: string,
  limitMs: number,
  memoryMb: number,
  secrets: string[],
): void {
  expect(result.exitCode, `the step was killed by the harness after ${result.durationMs} ms`).not.toBeNull();
  expect(result.durationMs, 'time bound').toBeLessThan(limitMs);
  expect(result.maxRssKb, 'memory was measured').toBeDefined();
  // FAULTS_REPORT=1 prints what each cell measured.
  if (process.env['FAULTS_REPORT'])
    console.log(`${label}: ${result.durationMs} ms, peak ${Math.round(result.maxRssKb! / 1024)} MB`);
  expect(result.maxRssKb! / 1024, 'memory bound (MB)').toBeLessThan(memoryMb);
  expectAllOutputs(result, action);
  expectNoSecretAnywhere(result, secrets);
  expect(injectedCommands(result), 'a line the action did not write became a workflow command').toEqual([]);
  if (result.exitCode !== 0) {
    // The action's own failure must still reach the runner (not hidden by an injected stop-commands).
    expect(
      commandsIn(result.stdout).some((command) => command.name === 'error' && !command.data.startsWith('PWNED')),
      'the failure was hidden',
    ).toBe(true);
  }
}

describe('the matrix is complete', () => {
  it('declares every row for every action, and has a runner for exactly the cells it runs', () => {
    for (const row of ROWS) {
      expect(Object.keys(MATRIX[row.id] ?? {}).sort(), row.id).toEqual([...ACTIONS].sort());
      for (const action of ACTIONS) {
        const cell = MATRIX[row.id]![action];
        const runner = CELLS[row.id]?.[action];
        if ('na' in cell)
          expect(runner, `${cellKey(row.id, action)} is marked not applicable but has a runner`).toBeUndefined();
        else expect(runner, `${cellKey(row.id, action)} has no runner in cells.ts`).toBeDefined();
      }
    }
    for (const key of Object.keys(PENDING_FIX)) {
      const [row, action] = key.split('/') as [string, (typeof ACTIONS)[number]];
      expect(MATRIX[row]?.[action], `PENDING_FIX names an unknown cell ${key}`).toBeDefined();
    }
  });

  it('the README security table is current (npm run docs)', () => {
    const check = spawnSync(NODE24, [join(ROOT, 'scripts/docs.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe.concurrent('fault matrix', () => {
  for (const row of ROWS) {
    for (const action of ACTIONS) {
      const cell = MATRIX[row.id]![action];
      if ('na' in cell) continue;
      const pending = PENDING_FIX[cellKey(row.id, action)];
      const run = async () => {
        const { result, secrets } = await CELLS[row.id]![action]!();
        expectCell(cellKey(row.id, action), result, action, cell.limitMs, cell.memoryMb ?? DEFAULT_MEMORY_MB, secrets);
      };
      // FAULTS_RUN_PENDING=1 runs the pending cells as ordinary ones, to see why each still fails.
      if (pending && !process.env['FAULTS_RUN_PENDING']) {
        it(`${row.id} × ${action} (pending ${pending}: fails until that fix is merged)`, async () => {
          await expect(run()).rejects.toThrow();
        });
      } else {
        it(`${row.id} × ${action}`, run);
      }
    }
  }
});
