import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/bundle.js';
import { expectAllOutputs } from '../support/metadata.js';
import { expectNoInjectedCommand } from '../support/workflow-commands.js';
import { fixtureText } from './fixtures.js';

/** Issue 12, finding 1: report fields (a package name can come from a pull request's lockfile) stay text. */
describe('trivy-gate bundle: report fields never become runner commands', () => {
  it('logs a hostile PkgName, VulnerabilityID, Title and Target as text; its own failure still counts', async () => {
    const report = JSON.parse(fixtureText('json', 'image-ubuntu-1804.json')) as {
      Results: { Target: string; Vulnerabilities: Record<string, unknown>[] }[];
    };
    const result0 = report.Results[0]!;
    result0.Target = 'app\n::stop-commands::pwned-target';
    Object.assign(result0.Vulnerabilities[0]!, {
      Severity: 'CRITICAL',
      PkgName: 'lodash\n::warning::pwned-pkg',
      VulnerabilityID: 'CVE-1\r::add-mask::pwned',
      Title: 't\n::set-env name=X::pwned-title\n##[error]pwned-legacy',
      InstalledVersion: '1\n::error::pwned-version',
    });
    const path = join(mkdtempSync(join(tmpdir(), 'dk-trivy-hostile-')), 'report.json');
    writeFileSync(path, JSON.stringify(report));

    const result = await runBundle('trivy-gate', { inputs: { report: path } });
    expectAllOutputs(result, 'trivy-gate');
    expect(result.exitCode).toBe(1);
    expectNoInjectedCommand(result.stdout);
    expect(result.failure).toMatch(/^Trivy gate failed: 1 CRITICAL \(none allowed\)/);
    expect(result.stdout).toContain('lodash%0A::warning::pwned-pkg');
  });
});
