import { describe, expect, it } from 'vitest';
import { parseSeverity } from '../../src/trivy-gate/config.js';
import { parseTrivyIgnoreYaml } from '../../src/trivy-gate/ignore-yaml.js';
import { parseTrivyIgnore } from '../../src/trivy-gate/ignore.js';
import { decide, type Policy } from '../../src/trivy-gate/policy.js';
import { fixtureNames, parseFixture } from './fixtures.js';

const NOW = new Date('2026-09-01T12:00:00Z');

function policy(overrides: Partial<Policy> = {}): Policy {
  return { failOn: parseSeverity('HIGH'), ignoreUnfixed: false, ignores: [], allow: [], maxFindings: {}, ...overrides };
}

function gate(name: string, overrides: Partial<Policy> = {}) {
  const report = parseFixture(name);
  return decide(report.findings, report.suppressedByTrivy, policy(overrides), NOW);
}

describe('severity', () => {
  it('reads a threshold, an explicit list, or none', () => {
    expect(parseSeverity('HIGH')).toEqual(['CRITICAL', 'HIGH']);
    expect(parseSeverity('low')).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']);
    expect(parseSeverity('UNKNOWN')).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']);
    expect(parseSeverity('MEDIUM, CRITICAL')).toEqual(['CRITICAL', 'MEDIUM']);
    expect(parseSeverity('none')).toEqual([]);
    expect(() => parseSeverity('SEVERE')).toThrow(/Invalid "severity" value "SEVERE": expected a threshold/);
    expect(() => parseSeverity('HIGH,none')).toThrow(/Invalid "severity"/);
  });

  it('a threshold fails on what is at or above it and reports the rest', () => {
    const high = gate('legacy-v0.20-image-debian-stretch-160vulns.json');
    expect(high.passed).toBe(false);
    expect(high.counts).toEqual({ CRITICAL: 12, HIGH: 24, MEDIUM: 20, LOW: 104, UNKNOWN: 0 });
    expect(high.failing).toHaveLength(36);
    expect(high.gated).toHaveLength(36);
    expect(high.open).toHaveLength(160);
    expect(high.reasons).toEqual(['12 CRITICAL (none allowed)', '24 HIGH (none allowed)']);
    expect(high.open[0]!.severity).toBe('CRITICAL');
    expect(high.open.at(-1)!.severity).toBe('LOW');
  });

  it('an explicit list judges exactly the severities named', () => {
    const verdict = gate('image-ubuntu-1804.json', { failOn: parseSeverity('CRITICAL,LOW') });
    expect(verdict.reasons).toEqual(['1 LOW (none allowed)']);
    expect(verdict.failing.map((f) => f.severity)).toEqual(['LOW']);
    expect(gate('image-ubuntu-1804.json', { failOn: parseSeverity('CRITICAL') }).passed).toBe(true);
  });

  it('misconfigurations and secrets are gated by the same threshold', () => {
    expect(gate('config-dockerfile.json').reasons).toEqual(['1 HIGH (none allowed)']);
    expect(gate('config-helm.json').reasons).toEqual(['3 HIGH (none allowed)']);
    expect(gate('secret-repo.json').reasons).toEqual(['1 CRITICAL (none allowed)', '1 HIGH (none allowed)']);
    expect(gate('config-helm.json', { failOn: parseSeverity('CRITICAL') }).passed).toBe(true);
  });

  it('passes every real report with severity none, and on zero-finding reports with any threshold', () => {
    for (const name of fixtureNames('json')) {
      const verdict = gate(name, { failOn: [] });
      expect(verdict.passed, name).toBe(true);
      const report = parseFixture(name);
      expect(verdict.open.length + verdict.suppressed.length, name).toBe(
        report.findings.length + report.suppressedByTrivy.length,
      );
    }
    for (const name of [
      'image-zero-findings-no-results.json',
      'image-zero-findings-empty-result.json',
      'repo-cargo-zero-vulns.json',
      'trivy-action-v0.72-config-terraform-no-failures.json',
    ]) {
      expect(gate(name, { failOn: parseSeverity('UNKNOWN') }).passed, name).toBe(true);
    }
  });
});

describe('suppression', () => {
  it('ignore-unfixed hides vulnerabilities without a fixed version, whatever their Status', () => {
    const verdict = gate('legacy-v0.20-image-distroless-base-29vulns.json', { ignoreUnfixed: true });
    expect(verdict.suppressed.filter((s) => s.by === 'ignore-unfixed')).toHaveLength(27);
    expect(verdict.open).toHaveLength(2);
    const buster = gate('image-debian-buster.json', { ignoreUnfixed: true });
    expect(buster.suppressed[0]).toMatchObject({ by: 'ignore-unfixed', reason: 'no fixed version (affected)' });
    expect(gate('config-dockerfile.json', { ignoreUnfixed: true }).open).toHaveLength(1);
  });

  it('an ignore file hides until its expiry, then no longer', () => {
    const { entries } = parseTrivyIgnore('CVE-2019-18224 exp:2026-09-10\n', '.trivyignore');
    const before = gate('image-debian-buster.json', { ignores: entries });
    expect(before.passed).toBe(true);
    expect(before.suppressed[0]).toMatchObject({ by: 'ignore-file', reason: '.trivyignore:1 until 2026-09-10' });
    expect(before.expiringIgnores.map((e) => e.id)).toEqual(['CVE-2019-18224']);
    const after = decide(
      parseFixture('image-debian-buster.json').findings,
      [],
      policy({ ignores: entries }),
      new Date('2026-09-10T00:00:01Z'),
    );
    expect(after.passed).toBe(false);
    expect(after.expiredIgnores.map((e) => e.id)).toEqual(['CVE-2019-18224']);
  });

  it('YAML statements become the reason; misconfiguration aliases match', () => {
    const { entries } = parseTrivyIgnoreYaml(
      'misconfigurations:\n  - id: AVD-DS-0002\n    statement: build image runs as root\n',
      '.trivyignore.yaml',
    );
    const verdict = gate('config-dockerfile.json', { ignores: entries });
    expect(verdict.passed).toBe(true);
    expect(verdict.suppressed[0]!.reason).toBe('.trivyignore.yaml:2: build image runs as root');
  });

  it('the allow list hides with its reason and reports entries that matched nothing', () => {
    const verdict = gate('repo-pip.json', {
      allow: [
        { id: 'CVE-2019-14806', reason: 'werkzeug is only used in tests' },
        { id: 'CVE-0000-0000', reason: 'stale' },
      ],
    });
    expect(verdict.passed).toBe(true);
    expect(verdict.suppressed).toEqual([
      expect.objectContaining({ by: 'allow', reason: 'werkzeug is only used in tests' }),
    ]);
    expect(verdict.unusedAllow.map((e) => e.id)).toEqual(['CVE-0000-0000']);
  });

  it('findings Trivy suppressed (VEX) are listed as ignored, not counted', () => {
    const verdict = gate('fs-npm-with-suppressed.json');
    expect(verdict.counts.HIGH).toBe(1);
    expect(verdict.suppressed).toEqual([
      expect.objectContaining({ by: 'trivy', reason: 'not_affected vulnerable_code_not_in_execute_path (./vex.json)' }),
    ]);
  });
});

describe('max-findings', () => {
  it('allows up to N of a severity, and judges a severity named below the threshold', () => {
    const name = 'legacy-v0.20-image-distroless-base-29vulns.json'; // CRITICAL 3, HIGH 2, MEDIUM 4, LOW 20
    expect(gate(name, { maxFindings: { CRITICAL: 3, HIGH: 2 } }).passed).toBe(true);
    const over = gate(name, { maxFindings: { CRITICAL: 3, HIGH: 1 } });
    expect(over.reasons).toEqual(['2 HIGH (at most 1 allowed)']);
    expect(over.failing.map((f) => f.severity)).toEqual(['HIGH', 'HIGH']);
    expect(over.gated).toHaveLength(5);
    const below = gate(name, { failOn: parseSeverity('CRITICAL'), maxFindings: { CRITICAL: 5, LOW: 10 } });
    expect(below.reasons).toEqual(['20 LOW (at most 10 allowed)']);
    expect(below.limits.map((l) => [l.severity, l.limit, l.over])).toEqual([
      ['CRITICAL', 5, false],
      ['LOW', 10, true],
    ]);
  });
});
