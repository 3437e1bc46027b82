import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deployKitAction, evaluate, rehearse } from './engine.js';

/**
 * The rehearsal engine on small workflows: what GitHub does with needs, if:, status functions,
 * outputs and matrices.
 */
function workflow(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dk-wf-')), 'wf.yml');
  writeFileSync(file, text);
  return file;
}

describe('rehearsal engine', () => {
  test('step and job outputs flow to needs; a failed job skips its dependents unless they ask always()', async () => {
    const file = workflow(`
name: t
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      version: \${{ steps.v.outputs.version }}
    steps:
      - id: v
        run: echo "version=1.2.\${{ github.run_number }}" >> "$GITHUB_OUTPUT"
      - id: flaky
        continue-on-error: true
        run: exit 3
      - if: steps.flaky.outcome == 'failure' && steps.flaky.conclusion == 'success'
        run: echo "EXPORTED=yes" >> "$GITHUB_ENV"
      - id: seen
        run: echo "exported=$EXPORTED" >> "$GITHUB_OUTPUT"
  use:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - id: got
        env:
          VERSION: \${{ needs.build.outputs.version }}
        run: echo "got=$VERSION" >> "$GITHUB_OUTPUT"
      - run: exit 1
      - if: failure()
        id: after
        run: echo "job=\${{ job.status }}" >> "$GITHUB_OUTPUT"
      - run: echo never
  dependent:
    needs: use
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  cleanup:
    needs: use
    if: always()
    runs-on: ubuntu-latest
    steps:
      - id: r
        run: echo "result=\${{ needs.use.result }}" >> "$GITHUB_OUTPUT"
`);
    const run = await rehearse(file, { event: 'push', ref: 'refs/heads/main' });
    expect(run.outcomes()).toEqual({
      build: {
        result: 'success',
        steps: {
          v: 'success',
          flaky: 'success',
          'run: echo "EXPORTED=yes" >> "$GITHUB_ENV"': 'success',
          seen: 'success',
        },
      },
      use: {
        result: 'failure',
        steps: { got: 'success', 'run: exit 1': 'failure', after: 'success', 'run: echo never': 'skipped' },
      },
      dependent: { result: 'skipped', steps: {} },
      cleanup: { result: 'success', steps: { r: 'success' } },
    });
    expect(run.job('build').outputs).toEqual({ version: '1.2.17' });
    expect(run.step('build', 'flaky').outcome).toBe('failure');
    expect(run.step('build', 'seen').outputs).toEqual({ exported: 'yes' });
    expect(run.step('use', 'got').outputs).toEqual({ got: '1.2.17' });
    expect(run.step('use', 'after').outputs).toEqual({ job: 'failure' });
    expect(run.step('use', 'run: exit 1').failure).toBe('Process completed with exit code 1.');
    expect(run.step('cleanup', 'r').outputs).toEqual({ result: 'failure' });
  });

  test('a matrix expands with exclude and include; job if: sees github, vars and inputs', async () => {
    const file = workflow(`
name: t
on:
  workflow_dispatch:
    inputs:
      target:
        type: string
        default: all
jobs:
  legs:
    if: inputs.target == 'all' && vars.ENABLED == 'yes'
    runs-on: ubuntu-latest
    strategy:
      matrix:
        os: [linux, mac]
        node: [20, 22]
        exclude:
          - os: mac
            node: 20
        include:
          - os: linux
            node: 22
            extra: lts
    steps:
      - id: say
        run: echo "leg=\${{ matrix.os }}-\${{ matrix.node }}-\${{ matrix.extra || 'none' }}" >> "$GITHUB_OUTPUT"
  off:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - run: echo never
`);
    const run = await rehearse(file, { event: 'workflow_dispatch', ref: 'refs/heads/main', vars: { ENABLED: 'yes' } });
    expect(run.jobs.map((job) => [job.key, job.result, job.steps[0]?.outputs['leg']])).toEqual([
      ['legs (linux, 20)', 'success', 'linux-20-none'],
      ['legs (linux, 22, lts)', 'success', 'linux-22-lts'],
      ['legs (mac, 22)', 'success', 'mac-22-none'],
      ['off', 'skipped', undefined],
    ]);
    const skipped = await rehearse(file, {
      event: 'workflow_dispatch',
      ref: 'refs/heads/main',
      vars: {},
      inputs: { target: 'all' },
    });
    expect(skipped.job('legs').result).toBe('skipped');
  });

  test("expressions are GitHub's: functions, comparisons, coercion", () => {
    const contexts = {
      github: { ref: 'refs/tags/v1.2.0', event: { pull_request: { head: { repo: { fork: true } } } } },
      steps: { a: { outputs: { n: '3' } } },
    };
    const value = (expression: string) => evaluate(expression, contexts).coerceString();
    expect(value("startsWith(github.ref, 'refs/tags/v')")).toBe('true');
    expect(value('github.event.pull_request.head.repo.fork')).toBe('true');
    expect(value("steps.a.outputs.n == 3 && 'three' || 'other'")).toBe('three');
    expect(value("format('{0}-{1}', 'a', steps.missing.outputs.x)")).toBe('a-');
    expect(value("fromJSON('[1,2]')[1]")).toBe('2');
    expect(evaluate('failure()', contexts, { success: false, failure: true }).coerceString()).toBe('true');
  });

  test('deploy-kit steps are recognised in every form the lint knows', () => {
    expect(deployKitAction('org/deploy-kit/actions/health-check@v1')).toBe('health-check');
    expect(deployKitAction('./actions/deploy')).toBe('deploy');
    expect(deployKitAction('org/deploy-kit@v1')).toBe('pipeline');
    expect(deployKitAction('./')).toBe('pipeline');
    expect(deployKitAction('actions/checkout@v5')).toBeUndefined();
  });
});
