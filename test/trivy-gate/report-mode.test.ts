import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BundleRun } from '../support/bundle.js';
import { runInProcess } from '../support/in-process.js';
import { expectNoSecretLeak } from '../support/leaks.js';
import { expectAllOutputs } from '../support/metadata.js';
import { closeAllServers, sendJson, startServer } from '../support/server.js';
import { fixturePath, fixtureText } from './fixtures.js';

/**
 * Report mode, in-process (trivy-gate.bundle.test.ts runs the bundle): the action judges a report an
 * earlier step wrote; no Trivy is involved.
 */
async function gate(report: string, inputs: Record<string, string> = {}, run: BundleRun = {}) {
  const result = await runInProcess('trivy-gate', {
    ...run,
    inputs: { report: fixturePath('json', report), ...inputs },
  });
  expectAllOutputs(result, 'trivy-gate');
  return result;
}

function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-trivy-ws-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

afterAll(closeAllServers);

describe('trivy-gate report mode: policy on real reports', () => {
  it('fails on the default threshold (HIGH) with counts, the failing findings and the rest folded', async () => {
    const result = await gate('legacy-v0.20-image-debian-stretch-160vulns.json');
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'Trivy gate failed: 12 CRITICAL (none allowed), 24 HIGH (none allowed) ' +
        'in testdata/fixtures/images/debian-stretch.tar.gz.',
    );
    expect(result.outputs).toMatchObject({
      passed: 'false',
      critical: '12',
      high: '24',
      medium: '20',
      low: '104',
      unknown: '0',
      findings: '160',
      failing: '36',
      ignored: '0',
      'sarif-path': '',
    });
    expect(result.outputs['report-path']).toBe(fixturePath('json', 'legacy-v0.20-image-debian-stretch-160vulns.json'));
    expect(result.summary).toContain('### ❌ Trivy gate failed: 12 CRITICAL (none allowed), 24 HIGH (none allowed)');
    expect(result.summary).toContain('| CRITICAL | 12 | 0 | ❌ over (limit 0) |');
    expect(result.summary).toContain('#### Findings that failed the gate (36)');
    expect(result.summary).toContain('<details><summary>Other open findings (124)</summary>');
    // The chart after the headline: gated CRITICAL and HIGH as bars, the MEDIUM and LOW the gate lets
    // through as a line.
    expect(result.summary).toContain(
      '  x-axis ["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN"]\n  y-axis "Findings" 0 --> 104\n' +
        '  bar [12, 24, 0, 0, 0]\n  line [0, 0, 20, 104, 0]\n```',
    );
    expect(result.summary.indexOf('```mermaid')).toBeGreaterThan(result.summary.indexOf('### ❌ Trivy gate failed'));
    expect(result.summary.indexOf('```mermaid')).toBeLessThan(result.summary.indexOf('| CRITICAL | 12 | 0 |'));
    expect(result.summary).toMatch(
      /\| CRITICAL \| \[CVE-[\d-]+\]\(https:\/\/avd\.aquasec\.com\/nvd\/cve-[\d-]+\) \| \S+ \| \S+ -> no fix \|/,
    );
  });

  it('passes when nothing reaches the threshold, and still reports every severity', async () => {
    const result = await gate('image-ubuntu-1804.json', { severity: 'HIGH' });
    expect(result.exitCode).toBe(0);
    expect(result.failure).toBeUndefined();
    expect(result.outputs).toMatchObject({ passed: 'true', medium: '4', low: '1', findings: '5', failing: '0' });
    expect(result.summary).toContain('### ✅ Trivy gate passed: 5 open findings, none over the gate');
  });

  it('an explicit list fails only on the severities named; none reports only', async () => {
    const list = await gate('image-ubuntu-1804.json', { severity: 'CRITICAL,LOW' });
    expect(list.exitCode).toBe(1);
    expect(list.failure).toMatch(/1 LOW \(none allowed\)/);
    const none = await gate('legacy-v0.20-image-debian-stretch-160vulns.json', { severity: 'none' });
    expect(none.exitCode).toBe(0);
    expect(none.outputs).toMatchObject({ passed: 'true', critical: '12', findings: '160' });
    expect(none.summary).toContain('reports only (severity: none)');
  });

  it('gates misconfigurations and secrets by the same threshold, without printing secrets', async () => {
    const config = await gate('config-helm.json', { severity: 'HIGH' });
    expect(config.outputs).toMatchObject({ passed: 'false', high: '3', medium: '4', low: '11' });
    const secrets = await gate('secret-repo.json', { severity: 'CRITICAL' });
    expect(secrets.outputs).toMatchObject({ passed: 'false', critical: '1', high: '1', failing: '1' });
    expect(secrets.summary).toContain('deploy.sh:3');
    expect(secrets.stdout + secrets.summary).not.toContain('ghp_0123456789');
  });

  it('ignore-unfixed hides what has no fix yet', async () => {
    const result = await gate('legacy-v0.20-image-distroless-base-29vulns.json', {
      'ignore-unfixed': 'true',
      severity: 'LOW',
    });
    expect(result.outputs).toMatchObject({ findings: '2', ignored: '27' });
    expect(result.summary).toContain('<details><summary>Ignored findings (27)</summary>');
    expect(result.summary).toContain('| ignore-unfixed | no fixed version |');
  });

  it('max-findings allows a budget per severity', async () => {
    const within = await gate('legacy-v0.20-image-distroless-base-29vulns.json', {
      'max-findings': 'CRITICAL=3, HIGH=2',
    });
    expect(within.exitCode).toBe(0);
    const over = await gate('legacy-v0.20-image-distroless-base-29vulns.json', {
      severity: 'CRITICAL',
      'max-findings': 'CRITICAL=3\nMEDIUM=3',
    });
    expect(over.exitCode).toBe(1);
    expect(over.failure).toMatch(/4 MEDIUM \(at most 3 allowed\)/);
    expect(over.outputs).toMatchObject({ failing: '4' });
  });

  it('the allow list hides a finding with its reason', async () => {
    const result = await gate('image-debian-buster.json', {
      allow: 'CVE-2019-18224: libidn2 is not linked by our service\nCVE-2000-0001: fixed upstream',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', critical: '0', ignored: '1' });
    expect(result.summary).toContain('| allow | libidn2 is not linked by our service |');
    expect(result.summary).toContain('Allow entries that matched no finding: `CVE-2000-0001`');
  });
});

describe('trivy-gate report mode: ignore files', () => {
  it('.trivyignore in the workspace is read by default; an expired entry hides nothing', async () => {
    const cwd = workspaceWith({ '.trivyignore': `# accepted\nCVE-2019-18224 exp:${day(-1)}\nCVE-2019-18276\n` });
    const result = await gate('image-debian-buster.json', {}, { cwd });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ critical: '1', low: '0', ignored: '1' });
    expect(result.summary).toContain(
      `Expired ignore entries (they hide nothing now): \`CVE-2019-18224\` (.trivyignore:2, ${day(-1)})`,
    );
  });

  it('.trivyignore.yaml with statement, paths and an entry expiring within 14 days', async () => {
    const yaml = [
      'vulnerabilities:',
      '  - id: CVE-2019-18224',
      `    expired_at: ${day(7)}`,
      '    statement: waiting for the Debian backport',
      '  - id: CVE-2019-18276',
      '    paths: ["somewhere/else/**"]',
      '',
    ].join('\n');
    const cwd = workspaceWith({ 'policy.trivyignore.yaml': yaml });
    const result = await gate('image-debian-buster.json', { 'ignore-file': 'policy.trivyignore.yaml' }, { cwd });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ critical: '0', low: '1', ignored: '1' });
    expect(result.summary).toContain(`policy.trivyignore.yaml:2 until ${day(7)}: waiting for the Debian backport`);
    expect(result.summary).toContain(
      `Ignore entries expiring within 14 days: \`CVE-2019-18224\` (policy.trivyignore.yaml:2, ${day(7)})`,
    );
    expect(result.stdout).toContain(
      `::warning::Ignore entry CVE-2019-18224 (policy.trivyignore.yaml:2) expires on ${day(7)}.`,
    );
  });

  it("reads Trivy's documented example files", async () => {
    const cwd = workspaceWith({
      '.trivyignore.yaml': fixtureText('ignore', 'docs-example.trivyignore.yaml'),
      '.trivyignore': fixtureText('ignore', 'docs-example.trivyignore'),
    });
    const yaml = await gate('config-dockerfile.json', { 'ignore-file': '.trivyignore.yaml' }, { cwd });
    expect(yaml.outputs).toMatchObject({ passed: 'false', high: '1' }); // AVD-DS-0002 is limited to docs/Dockerfile
    const plain = await gate('config-dockerfile.json', {}, { cwd });
    expect(plain.outputs).toMatchObject({ passed: 'true', high: '0', ignored: '1' }); // AVD-DS-0002 everywhere
  });
});

describe('trivy-gate report mode: fails closed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-trivy-bad-'));
  const whole = fixtureText('json', 'image-alpine-39.json');
  const files: Record<string, string> = {
    'empty.json': '',
    'truncated.json': whole.slice(0, 4000),
    'not-json.json': 'FATAL: out of memory\n',
    passwd: 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n',
    'not-trivy.json': '{"vulnerabilities": []}',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const cases: [string, string, RegExp][] = [
    [
      'a missing report',
      join(dir, 'missing.json'),
      /^The Trivy report \S+missing\.json does not exist, so the gate fails closed\.$/,
    ],
    ['an empty report', join(dir, 'empty.json'), /is empty \(0 bytes\)/],
    ['a truncated report', join(dir, 'truncated.json'), /is truncated: its JSON ends early/],
    ['a file that is not JSON', join(dir, 'not-json.json'), /is not valid JSON/],
    // issue 12, finding 4: named, never quoted
    [
      'a file of another format',
      join(dir, 'passwd'),
      new RegExp(
        /^The Trivy report \S+passwd is not valid JSON /.source +
          /\(a character where JSON cannot have it\): run Trivy with --format json\.$/.source,
      ),
    ],
    [
      'JSON that is not a Trivy report',
      join(dir, 'not-trivy.json'),
      /is not a Trivy JSON report: it has no SchemaVersion/,
    ],
    ['a SARIF file', fixturePath('sarif', 'image-alpine-310.sarif'), /is SARIF, not a Trivy JSON report/],
  ];
  for (const [what, path, message] of cases) {
    it(`fails on ${what}, with every output set and passed=false`, async () => {
      const result = await runInProcess('trivy-gate', {
        inputs: { report: path, severity: 'none', 'sarif-output': 'out.sarif' },
      });
      expect(result.exitCode).toBe(1);
      expect(result.failure).toMatch(message);
      expectAllOutputs(result, 'trivy-gate');
      expect(result.outputs).toMatchObject({ passed: 'false', findings: '0', 'sarif-path': '' });
      expect(result.summary).toContain('### ❌ Trivy gate failed closed');
      for (const place of [result.stdout, result.stderr, result.summary])
        expect(place).not.toMatch(/root:x|FATAL: out/);
      // no SARIF: an empty one would close every code-scanning alert
      expect(existsSync(join(result.dir, 'workspace', 'out.sarif'))).toBe(false);
    });
  }
});

describe('trivy-gate report mode: SARIF', () => {
  it('writes SARIF 2.1.0 with exactly the gated findings', async () => {
    const result = await gate('legacy-v0.20-image-debian-stretch-160vulns.json', {
      severity: 'CRITICAL',
      'sarif-output': 'reports/trivy.sarif',
    });
    const path = join(result.dir, 'workspace', 'reports', 'trivy.sarif');
    expect(result.outputs['sarif-path']).toBe(path);
    const sarif = JSON.parse(readFileSync(path, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(12);
    expect(sarif.runs[0].results.every((r: { level: string }) => r.level === 'error')).toBe(true);
    expect(result.summary).toContain('(12 results)');
  });
});

describe('trivy-gate report mode: pull request comment', () => {
  it('creates one comment, then updates it in place, token masked and never leaked', async () => {
    const token = 'ghs_trivygate_token_0123456789';
    const comments: { id: number; body: string }[] = [];
    const api = await startServer((request, response) => {
      if (request.headers['authorization'] !== `token ${token}`)
        return sendJson(response, 401, { message: 'Bad credentials' });
      if (request.method === 'GET' && request.url.startsWith('/repos/acme/shop/issues/7/comments'))
        return sendJson(response, 200, comments);
      if (request.method === 'POST' && request.url === '/repos/acme/shop/issues/7/comments') {
        const created = {
          id: 900 + comments.length,
          body: JSON.parse(request.body).body,
          html_url: 'https://github.com/acme/shop/pull/7#issuecomment-900',
        };
        comments.push(created);
        return sendJson(response, 201, created);
      }
      const patch = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(request.url);
      if (request.method === 'PATCH' && patch) {
        const existing = comments.find((c) => c.id === Number(patch[1]))!;
        existing.body = JSON.parse(request.body).body;
        return sendJson(response, 200, {
          ...existing,
          html_url: 'https://github.com/acme/shop/pull/7#issuecomment-900',
        });
      }
      sendJson(response, 404, { message: 'Not Found' });
    });
    const event = {
      number: 7,
      pull_request: {
        number: 7,
        title: 'Bump deps',
        head: { sha: 'abc1234', repo: { full_name: 'acme/shop', fork: false } },
        base: { repo: { full_name: 'acme/shop' } },
      },
    };
    const run = { eventName: 'pull_request', event, env: { GITHUB_API_URL: api.url, GITHUB_ACTION: 'scan' } };
    const first = await gate('image-debian-buster.json', { comment: 'true', 'github-token': token }, run);
    expect(first.exitCode).toBe(1);
    expect(first.stdout).toContain('Pull request comment created');
    expectNoSecretLeak(first, [token]);
    const second = await gate(
      'image-debian-buster.json',
      { comment: 'true', 'github-token': token, allow: 'CVE-2019-18224: accepted for now' },
      run,
    );
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('Pull request comment updated');
    expectNoSecretLeak(second, [token]);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- deploy-kit:trivy-gate:ship:scan -->');
    expect(comments[0]!.body).toContain('### ✅ Trivy gate passed');
    expect(api.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);
  });
});
