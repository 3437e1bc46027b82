import { describe, expect, it } from 'vitest';
import { parseSeverity } from '../../src/trivy-gate/config.js';
import { decide } from '../../src/trivy-gate/policy.js';
import { buildSarif, SARIF_SCHEMA, sarifLevel } from '../../src/trivy-gate/sarif.js';
import { fixtureNames, fixtureText, parseFixture } from './fixtures.js';

function sarifFor(name: string, severity = 'UNKNOWN') {
  const report = parseFixture(name);
  const verdict = decide(
    report.findings,
    [],
    { failOn: parseSeverity(severity), ignoreUnfixed: false, ignores: [], allow: [], maxFindings: {} },
    new Date(),
  );
  return { sarif: buildSarif(verdict.gated, { name: report.artifactName, type: report.artifactType }), verdict };
}

describe('buildSarif', () => {
  for (const name of fixtureNames('json')) {
    it(`is valid SARIF 2.1.0 for ${name}`, () => {
      const { sarif, verdict } = sarifFor(name, 'HIGH');
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.$schema).toBe(SARIF_SCHEMA);
      expect(sarif.runs).toHaveLength(1);
      const run = sarif.runs[0]!;
      expect(run.tool.driver.name).toBe('Trivy');
      // exactly the gated findings
      expect(run.results).toHaveLength(verdict.gated.length);
      const ruleIds = run.tool.driver.rules.map((r) => r.id);
      expect(new Set(ruleIds).size).toBe(ruleIds.length);
      for (const result of run.results) {
        expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
        expect(['error', 'warning', 'note']).toContain(result.level);
        expect(result.message.text).not.toBe('');
        const location = result.locations[0]!.physicalLocation;
        expect(location.artifactLocation.uri).not.toBe('');
        expect(location.region.startLine).toBeGreaterThanOrEqual(1);
        expect(location.region.endLine).toBeGreaterThanOrEqual(location.region.startLine);
      }
      for (const rule of run.tool.driver.rules)
        expect(Number(rule.properties['security-severity'])).toBeGreaterThanOrEqual(0);
    });
  }

  it("has the same results as Trivy's own SARIF for the same terraform scan", () => {
    const trivy = JSON.parse(fixtureText('sarif', 'trivy-action-config-terraform.sarif'));
    const shape = (
      results: {
        ruleId: string;
        level: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      }[],
    ) =>
      results
        .map((r) => [
          r.ruleId,
          r.level,
          r.locations[0]!.physicalLocation.artifactLocation.uri,
          r.locations[0]!.physicalLocation.region.startLine,
        ])
        .sort();
    const ours = sarifFor('trivy-action-v0.72-config-terraform-fs.json').sarif;
    expect(shape(ours.runs[0]!.results)).toEqual(shape(trivy.runs[0].results));
    // and the same keys on a result and a rule as Trivy writes
    expect(Object.keys(ours.runs[0]!.results[0]!).sort()).toEqual(Object.keys(trivy.runs[0].results[0]).sort());
    expect(Object.keys(ours.runs[0]!.tool.driver.rules[0]!).sort()).toEqual(
      Object.keys(trivy.runs[0].tool.driver.rules[0]).sort(),
    );
  });

  it('honours the severity filter (trivy-action drops it for SARIF)', () => {
    const all = sarifFor('config-helm.json', 'LOW').sarif.runs[0]!.results;
    const high = sarifFor('config-helm.json', 'HIGH').sarif.runs[0]!.results;
    expect(all).toHaveLength(18);
    expect(high).toHaveLength(3);
    expect(high.every((r) => r.level === 'error')).toBe(true);
  });

  it('maps levels as Trivy does and uses CVSS for security-severity', () => {
    expect(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'].map((s) => sarifLevel(s as never))).toEqual([
      'error',
      'error',
      'warning',
      'note',
      'note',
    ]);
    const rule = sarifFor('fs-npm-with-suppressed.json').sarif.runs[0]!.tool.driver.rules[0]!;
    expect(rule.properties['security-severity']).toBe('7.5');
    expect(rule.helpUri).toBe('https://avd.aquasec.com/nvd/cve-2017-20165');
  });

  it('points OS packages at the image and language packages at their file', () => {
    const uris = sarifFor('image-fluentd-gems-os-and-lang.json').sarif.runs[0]!.results.map(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    const report = parseFixture('image-fluentd-gems-os-and-lang.json');
    expect(uris).toContain(report.artifactName);
    expect(uris.some((uri) => uri !== report.artifactName)).toBe(true);
  });

  it('is empty but valid when nothing is gated, so code scanning closes old alerts', () => {
    const { sarif } = sarifFor('repo-cargo-zero-vulns.json');
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(sarif.runs[0]!.tool.driver.rules).toEqual([]);
  });
});
