import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, ROOT, runBundle } from '../support/bundle.js';
import { expectAllOutputs } from '../support/metadata.js';
import { fixturePath } from './fixtures.js';

/**
 * The bundle end to end in report mode (the scenarios run in-process in report-mode.test.ts; scan
 * mode's bundle runs are in scan.bundle.test.ts): a report that passes, one that fails closed, and
 * the bundle's lazily loaded chunks left unloaded.
 */
describe('trivy-gate bundle', () => {
  it('passes when nothing reaches the threshold, and still reports every severity', async () => {
    const result = await runBundle('trivy-gate', {
      inputs: { report: fixturePath('json', 'image-ubuntu-1804.json'), severity: 'HIGH' },
    });
    expectAllOutputs(result, 'trivy-gate');
    expect(result.exitCode).toBe(0);
    expect(result.failure).toBeUndefined();
    expect(result.outputs).toMatchObject({ passed: 'true', medium: '4', low: '1', findings: '5', failing: '0' });
    expect(result.summary).toContain('### ✅ Trivy gate passed: 5 open findings, none over the gate');
  });

  // issue 12, finding 4: a file of another format is named, never quoted (not even on stderr)
  it('fails closed on a file of another format, with every output set and passed=false', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dk-trivy-bad-')), 'passwd');
    writeFileSync(path, 'root:x:0:0:root:/root:/bin/bash\n');
    const result = await runBundle('trivy-gate', { inputs: { report: path, severity: 'none' } });
    expectAllOutputs(result, 'trivy-gate');
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      `The Trivy report ${path} is not valid JSON (a character where JSON cannot have it): ` +
        'run Trivy with --format json.',
    );
    expect(result.outputs).toMatchObject({ passed: 'false', findings: '0', 'sarif-path': '' });
    expect(result.summary).toContain('### ❌ Trivy gate failed closed');
    for (const place of [result.stdout, result.stderr, result.summary]) expect(place).not.toContain('root:x');
  });

  it('report mode never loads @actions/cache, @actions/tool-cache or @actions/github', () => {
    // The bundle alone, without its lazily loaded chunks: importing any of them would crash.
    const dir = mkdtempSync(join(tmpdir(), 'dk-trivy-lean-'));
    copyFileSync(join(ROOT, 'dist', 'trivy-gate', 'index.js'), join(dir, 'index.js'));
    copyFileSync(join(ROOT, 'dist', 'trivy-gate', 'package.json'), join(dir, 'package.json'));
    writeFileSync(join(dir, 'output'), '');
    const run = spawnSync(NODE24, [join(dir, 'index.js')], {
      env: {
        PATH: process.env['PATH'],
        GITHUB_OUTPUT: join(dir, 'output'),
        INPUT_REPORT: fixturePath('json', 'repo-pip.json'),
        INPUT_SEVERITY: 'CRITICAL',
        'INPUT_GITHUB-TOKEN': '',
      },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'output'), 'utf8')).toContain('high<<');
  });
});
