import { describe, expect, it } from 'vitest';
import { emptyCounts, type Severity } from '../../src/trivy-gate/findings.js';
import { parseReportText, ReportError } from '../../src/trivy-gate/report.js';
import { fixtureNames, fixtureText, parseFixture } from './fixtures.js';

type Expected = {
  type: string;
  counts: Partial<Record<Severity, number>>;
  unfixed?: number;
  kinds?: Record<string, number>;
  suppressed?: number;
};

// From the fixtures' README table ("What each JSON file contains"), checked by hand.
const EXPECTED: Record<string, Expected> = {
  'config-dockerfile.json': { type: 'repository', counts: { HIGH: 1 }, kinds: { misconfiguration: 1 } },
  'config-helm.json': { type: 'repository', counts: { HIGH: 3, MEDIUM: 4, LOW: 11 }, kinds: { misconfiguration: 18 } },
  'config-terraform-remote-submodule.json': {
    type: 'repository',
    counts: { CRITICAL: 1, LOW: 1 },
    kinds: { misconfiguration: 2 },
  },
  'fs-npm-with-suppressed.json': { type: 'filesystem', counts: { HIGH: 1 }, suppressed: 1 },
  'image-alpine-39.json': { type: 'container_image', counts: { CRITICAL: 2, MEDIUM: 4 } },
  'image-centos-7.json': { type: 'container_image', counts: { MEDIUM: 1, LOW: 2 }, unfixed: 1 },
  'image-debian-buster.json': { type: 'container_image', counts: { CRITICAL: 1, LOW: 1 }, unfixed: 1 },
  'image-fluentd-gems-os-and-lang.json': { type: 'container_image', counts: { CRITICAL: 1, HIGH: 1 } },
  'image-ubuntu-1804.json': { type: 'container_image', counts: { MEDIUM: 4, LOW: 1 }, unfixed: 1 },
  'image-zero-findings-empty-result.json': { type: 'container_image', counts: {} },
  'image-zero-findings-no-results.json': { type: 'container_image', counts: {} },
  'legacy-v0.20-image-debian-stretch-160vulns.json': {
    type: 'container_image',
    counts: { CRITICAL: 12, HIGH: 24, MEDIUM: 20, LOW: 104 },
    unfixed: 156,
  },
  'legacy-v0.20-image-distroless-base-29vulns.json': {
    type: 'container_image',
    counts: { CRITICAL: 3, HIGH: 2, MEDIUM: 4, LOW: 20 },
    unfixed: 27,
  },
  'repo-cargo-zero-vulns.json': { type: 'repository', counts: {} },
  'repo-npm-list-all-pkgs.json': { type: 'repository', counts: { MEDIUM: 1 } },
  'repo-pip.json': { type: 'repository', counts: { HIGH: 1, MEDIUM: 1 } },
  'repo-pnpm.json': { type: 'repository', counts: { CRITICAL: 1, MEDIUM: 1 } },
  'secret-repo.json': { type: 'repository', counts: { CRITICAL: 1, HIGH: 1 }, kinds: { secret: 2 } },
  'trivy-action-v0.72-config-terraform-fs.json': {
    type: 'filesystem',
    counts: { HIGH: 5, MEDIUM: 1, LOW: 2 },
    kinds: { misconfiguration: 8 },
  },
  'trivy-action-v0.72-config-terraform-no-failures.json': { type: 'filesystem', counts: {} },
  'trivy-action-v0.72-image-alpine-3.10-critical-only.json': { type: 'container_image', counts: { CRITICAL: 1 } },
  'trivy-action-v0.72-secret-remote-repo.json': { type: 'repository', counts: { CRITICAL: 1 }, kinds: { secret: 1 } },
};

describe('parseReportText on every real report', () => {
  it('knows every fixture (a new fixture needs its expected counts here)', () => {
    expect(fixtureNames('json')).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reads ${name}`, () => {
      const report = parseFixture(name);
      expect(report.artifactType).toBe(expected.type);
      expect(report.artifactName).not.toBe('');
      const counts = emptyCounts();
      for (const finding of report.findings) counts[finding.severity] += 1;
      expect(counts).toEqual({ ...emptyCounts(), ...expected.counts });
      const vulns = report.findings.filter((f) => f.kind === 'vulnerability');
      expect(vulns.filter((f) => f.fixed === undefined)).toHaveLength(expected.unfixed ?? 0);
      const kinds: Record<string, number> = {};
      for (const finding of report.findings) kinds[finding.kind] = (kinds[finding.kind] ?? 0) + 1;
      const total = report.findings.length;
      expect(kinds).toEqual(expected.kinds ?? (total ? { vulnerability: total } : {}));
      expect(report.suppressedByTrivy).toHaveLength(expected.suppressed ?? 0);
      for (const finding of report.findings) {
        expect(finding.id, 'every finding has an id').not.toBe('');
        expect(finding.title, `${finding.id} has a title`).not.toBe('');
      }
    });
  }

  it('normalises a current vulnerability with every field', () => {
    const [finding] = parseFixture('fs-npm-with-suppressed.json').findings;
    expect(finding).toEqual({
      kind: 'vulnerability',
      id: 'CVE-2017-20165',
      aliases: [],
      severity: 'HIGH',
      target: 'package-lock.json',
      class: 'lang-pkgs',
      package: 'debug',
      installed: '3.0.1',
      fixed: '3.1.0, 2.6.9',
      status: 'fixed',
      title: 'A vulnerability classified as problematic has been found in debug-js d ...',
      url: 'https://avd.aquasec.com/nvd/cve-2017-20165',
      purl: 'pkg:npm/debug@3.0.1',
      score: 7.5,
    });
    const [suppressed] = parseFixture('fs-npm-with-suppressed.json').suppressedByTrivy;
    expect(suppressed).toMatchObject({
      status: 'not_affected',
      statement: 'vulnerable_code_not_in_execute_path',
      source: './vex.json',
    });
    expect(suppressed!.finding.id).toBe('CVE-2017-16137');
  });

  it('keeps the line of a misconfiguration and never the text of a secret', () => {
    const misconfig = parseFixture('config-dockerfile.json').findings[0]!;
    expect(misconfig).toMatchObject({
      kind: 'misconfiguration',
      id: 'DS-0002',
      package: 'dockerfile',
      target: 'Dockerfile',
      title: "Image user should not be 'root'",
    });
    const secrets = parseFixture('secret-repo.json').findings;
    expect(secrets.map((s) => [s.id, s.target, s.startLine])).toEqual([
      ['aws-access-key-id', 'deploy.sh', 3],
      ['mysecret', 'deploy.sh', 7],
    ]);
    expect(JSON.stringify(secrets)).not.toContain('ghp_');
    expect(JSON.stringify(secrets)).not.toContain('AWS_ACCESS_KEY_ID=');
  });

  it('falls back to the description when a legacy vulnerability has no title', () => {
    const report = parseFixture('legacy-v0.20-image-distroless-base-29vulns.json');
    expect(report.findings.every((f) => f.status === undefined)).toBe(true);
    expect(report.findings.every((f) => f.title.length <= 120)).toBe(true);
  });
});

describe('parseReportText fails closed', () => {
  const whole = fixtureText('json', 'image-alpine-39.json');
  const cases: [string, string, RegExp][] = [
    ['an empty file', '', /is empty \(0 bytes\)/],
    ['whitespace only', '\n  \n', /is empty/],
    ['a report cut in half', whole.slice(0, Math.floor(whole.length / 2)), /is truncated/],
    ['a report missing its last brace', whole.trimEnd().slice(0, -1), /is truncated/],
    ['text that is not JSON', 'Segmentation fault (core dumped)\n', /is not valid JSON/],
    [
      'a report with one malformed finding',
      '{"SchemaVersion": 2, "ArtifactName": "x", ' +
        '"Results": [{"Target": "t", "Vulnerabilities": [{"VulnerabilityID": "CVE-1", "Severity": HIGH}]}]}',
      /is not valid JSON/,
    ],
    [
      'garbage after the report',
      `${whole.trimEnd()}\nINFO done`,
      /is not valid JSON \(more follows the JSON, from byte \d+\)/,
    ],
    ['an HTML error page', '<html><body>502 Bad Gateway</body></html>', /is not valid JSON/],
    ['JSON that is not a report', '{"hello": "world"}', /not a Trivy JSON report: it has no SchemaVersion/],
    ['a JSON array', '[]', /not a Trivy JSON report/],
    ['null', 'null', /not a Trivy JSON report/],
    ['an old schema', '{"SchemaVersion": 1, "ArtifactName": "x"}', /SchemaVersion 1: this gate reads SchemaVersion 2/],
    ['Results of the wrong shape', '{"SchemaVersion": 2, "ArtifactName": "x", "Results": {}}', /wrong shape/],
    ['no ArtifactName', '{"SchemaVersion": 2, "Results": []}', /wrong shape/],
  ];
  it('names a file of another format without quoting a byte of it (issue 12, finding 4)', () => {
    const passwd = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n';
    expect(() => parseReportText(passwd, '/etc/passwd')).toThrow(
      'The Trivy report /etc/passwd is not valid JSON (a character where JSON cannot have it): ' +
        'run Trivy with --format json.',
    );
    for (const text of [
      passwd,
      `{"SchemaVersion": 2, "ArtifactName": "root:x:0:0", oops}`,
      '<html>secret-page</html>',
    ]) {
      expect(() => parseReportText(text, 'r.json')).toThrow(
        /^The Trivy report r\.json (is not valid JSON|is truncated) \([^"'<]*\)/,
      );
    }
  });

  for (const [what, text, message] of cases) {
    it(`rejects ${what}`, () => {
      expect(() => parseReportText(text, 'report.json')).toThrow(ReportError);
      expect(() => parseReportText(text, 'report.json')).toThrow(message);
    });
  }

  for (const name of fixtureNames('sarif')) {
    it(`says SARIF when given ${name}`, () => {
      expect(() => parseReportText(fixtureText('sarif', name), name)).toThrow(/is SARIF, not a Trivy JSON report/);
    });
  }
});
