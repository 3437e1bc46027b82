import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/trivy-gate/findings.js';
import { parseIgnoreFile } from '../../src/trivy-gate/ignore-file.js';
import { parseTrivyIgnoreYaml } from '../../src/trivy-gate/ignore-yaml.js';
import {
  indexIgnores,
  matchIgnore,
  parseTrivyIgnore,
  purlMatches,
  scheduleIgnores,
} from '../../src/trivy-gate/ignore.js';
import { fixtureNames, fixtureText } from './fixtures.js';

const NOW = new Date('2026-09-01T12:00:00Z');

function vuln(id: string, extra: Partial<Finding> = {}): Finding {
  return {
    kind: 'vulnerability',
    id,
    aliases: [],
    severity: 'HIGH',
    target: 'package-lock.json',
    class: 'lang-pkgs',
    package: 'pkg',
    title: id,
    ...extra,
  };
}

describe('.trivyignore (plain)', () => {
  it('reads the docs example: comments and blanks skipped, every id for every kind', () => {
    const { entries, warnings } = parseTrivyIgnore(fixtureText('ignore', 'docs-example.trivyignore'), '.trivyignore');
    expect(warnings).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual([
      'CVE-2018-14618',
      'CVE-2019-14697',
      'CVE-2019-1543',
      'AVD-DS-0002',
      'generic-unwanted-rule',
      'aws-account-id',
      'GPL-3.0',
      'Apache-2.0',
    ]);
    expect(entries[1]).toMatchObject({ source: '.trivyignore:5', expiresAt: new Date('2023-01-01T00:00:00Z') });
    expect(entries[0]!.kinds).toEqual(['vulnerability', 'misconfiguration', 'secret']);
  });

  it("reads Trivy's unit-test file: past and future expiry, an extra key:value field", () => {
    const { entries } = parseTrivyIgnore(fixtureText('ignore', 'testdata.trivyignore'), 'testdata.trivyignore');
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get('CVE-2019-0004')!.expiresAt).toEqual(new Date('2020-01-01T00:00:00Z'));
    expect(byId.get('CVE-2019-0006')!.expiresAt).toEqual(new Date('9999-01-01T00:00:00Z'));
    const schedule = scheduleIgnores(entries, NOW);
    expect(schedule.expired.map((e) => e.id)).toEqual(['CVE-2019-0004']);
    expect(schedule.active.map((e) => e.id)).toContain('CVE-2019-0005');
  });

  it('skips a line whose expiry is not a date, with a warning (as Trivy does)', () => {
    const { entries, warnings } = parseTrivyIgnore('CVE-1 exp:tomorrow\nCVE-2 exp:2026-02-30\nCVE-3\n', '.trivyignore');
    expect(entries.map((e) => e.id)).toEqual(['CVE-3']);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/\.trivyignore:1: skipped "CVE-1 exp:tomorrow"/);
  });

  it('reads the trivy-action ignore files', () => {
    expect(parseTrivyIgnore(fixtureText('ignore', 'trivy-action.trivyignore1'), 'a').entries.map((e) => e.id)).toEqual([
      'CVE-2020-25576',
      'CVE-2019-15551',
    ]);
    expect(parseTrivyIgnore(fixtureText('ignore', 'trivy-action.trivyignore2'), 'b').entries.map((e) => e.id)).toEqual([
      'CVE-2019-15554',
    ]);
  });
});

describe('.trivyignore.yaml', () => {
  it('reads the docs example with statements, paths, purls and expiry', () => {
    const { entries, warnings } = parseTrivyIgnoreYaml(
      fixtureText('ignore', 'docs-example.trivyignore.yaml'),
      '.trivyignore.yaml',
    );
    expect(warnings).toEqual([]);
    // Licenses are not judged by the gate, so they are not kept.
    expect(entries.map((e) => `${e.kinds.join()}:${e.id}`)).toEqual([
      'vulnerability:CVE-2022-40897',
      'vulnerability:CVE-2023-2650',
      'vulnerability:CVE-2023-3446',
      'vulnerability:CVE-2023-3817',
      'vulnerability:CVE-2023-29491',
      'misconfiguration:AVD-DS-0001',
      'misconfiguration:AVD-DS-0002',
      'secret:aws-access-key-id',
      'secret:aws-secret-access-key',
    ]);
    expect(entries[0]).toMatchObject({ statement: 'Accept the risk', source: '.trivyignore.yaml:2' });
    expect(entries[3]!.purls).toEqual(['pkg:deb/debian/libssl1.1']);
    expect(entries[4]!.expiresAt).toEqual(new Date('2023-09-01T00:00:00Z'));
  });

  it('matches like Trivy on its unit-test file (pkg/result/testdata/.trivyignore.yaml)', () => {
    const { entries } = parseTrivyIgnoreYaml(
      fixtureText('ignore', 'testdata.trivyignore.yaml'),
      'testdata.trivyignore.yaml',
    );
    const { active, expired } = scheduleIgnores(entries, NOW);
    expect(expired.map((e) => e.id)).toEqual(['CVE-2019-0005', 'CVE-2019-0006']);
    const index = indexIgnores(active);
    const hidden = (finding: Finding) => matchIgnore(finding, index)?.id;
    // paths: "**/*-lock.json" crosses directories and matches at the top level too
    expect(hidden(vuln('CVE-2019-0001', { target: 'foo/package-lock.json' }))).toBe('CVE-2019-0001');
    expect(hidden(vuln('CVE-2019-0001', { target: 'package-lock.json' }))).toBe('CVE-2019-0001');
    expect(hidden(vuln('CVE-2019-0001', { target: 'foo/yarn.lock' }))).toBeUndefined();
    // a package's own path counts as well as the target
    expect(hidden(vuln('CVE-2019-0002', { target: 'image (alpine)', pkgPath: 'bar/package.json' }))).toBe(
      'CVE-2019-0002',
    );
    expect(hidden(vuln('CVE-2019-0002', { target: 'foo/package.json' }))).toBeUndefined();
    expect(hidden(vuln('CVE-2019-0003', { target: 'anything' }))).toBe('CVE-2019-0003');
    // expired entries hide nothing
    expect(hidden(vuln('CVE-2019-0005'))).toBeUndefined();
    // purls: no version in the entry matches any version; a version must be equal
    expect(hidden(vuln('CVE-2019-0007', { purl: 'pkg:golang/github.com/aquasecurity/bar@1.2.3' }))).toBe(
      'CVE-2019-0007',
    );
    expect(hidden(vuln('CVE-2019-0007', { purl: 'pkg:golang/github.com/aquasecurity/aaa@1.0.0' }))).toBeUndefined();
    expect(hidden(vuln('CVE-2019-0007', { purl: 'pkg:golang/github.com/aquasecurity/aaa@9.9.9' }))).toBe(
      'CVE-2019-0007',
    );
    // sections apply to their own kind; misconfiguration ids match in both forms
    const misconfig: Finding = { ...vuln('ID400'), kind: 'misconfiguration', target: 'Dockerfile' };
    expect(hidden(misconfig)).toBe('AVD-ID400');
    expect(hidden({ ...misconfig, id: 'ID300', target: 'docs/Dockerfile' })).toBe('ID300');
    expect(hidden({ ...misconfig, id: 'ID300', target: 'app/Dockerfile' })).toBeUndefined();
    expect(hidden(vuln('ID100'))).toBeUndefined();
    const secret: Finding = { ...vuln('generic-unwanted-rule2'), kind: 'secret', target: 'a/b/config.yaml' };
    expect(hidden(secret)).toBe('generic-unwanted-rule2');
    expect(hidden({ ...secret, target: 'config.json' })).toBeUndefined();
  });

  it('reads every ignore fixture by its extension', async () => {
    for (const name of fixtureNames('ignore')) {
      expect((await parseIgnoreFile(fixtureText('ignore', name), name)).entries.length, name).toBeGreaterThan(0);
    }
  });

  it('names the file and the entry when the YAML is wrong', () => {
    expect(() => parseTrivyIgnoreYaml('vulnerabilities:\n  - id: [\n', 'x.yaml')).toThrow(/x\.yaml is not valid YAML/);
    expect(() => parseTrivyIgnoreYaml('- CVE-1\n', 'x.yaml')).toThrow(/must be a YAML mapping/);
    expect(() => parseTrivyIgnoreYaml('vulnerabilities:\n  - statement: no id\n', 'x.yaml')).toThrow(
      /entry at x\.yaml:2 has no id/,
    );
    expect(() => parseTrivyIgnoreYaml('vulnerabilities:\n  - id: CVE-1\n    expired_at: soon\n', 'x.yaml')).toThrow(
      /expired_at "soon" at x\.yaml:2 is not a date/,
    );
    expect(() => parseTrivyIgnoreYaml('secrets:\n  - id: a\n    paths: foo\n', 'x.yaml')).toThrow(
      /paths at x\.yaml:2 must be a list/,
    );
    expect(parseTrivyIgnoreYaml('', 'x.yaml').entries).toEqual([]);
    expect(parseTrivyIgnoreYaml('licences:\n  - id: MIT\n', 'x.yaml').warnings[0]).toMatch(
      /unknown section "licences"/,
    );
  });
});

describe('expiry', () => {
  it('an entry expires at midnight UTC of its date and is listed when it expires within 14 days', () => {
    const { entries } = parseTrivyIgnore(
      'A exp:2026-09-01\nB exp:2026-09-02\nC exp:2026-09-15\nD exp:2026-09-16\nE\n',
      'f',
    );
    const schedule = scheduleIgnores(entries, NOW);
    expect(schedule.expired.map((e) => e.id)).toEqual(['A']);
    expect(schedule.active.map((e) => e.id)).toEqual(['B', 'C', 'D', 'E']);
    expect(schedule.expiringSoon.map((e) => e.id)).toEqual(['B', 'C']);
  });
});

describe('purlMatches', () => {
  it('compares type, namespace, name, and version and qualifiers only when the pattern names them', () => {
    expect(
      purlMatches(
        'pkg:deb/debian/libssl1.1',
        'pkg:deb/debian/libssl1.1@1.1.1d-0+deb10u2?arch=amd64&distro=debian-10.1',
      ),
    ).toBe(true);
    expect(purlMatches('pkg:deb/debian/libssl1.1?arch=arm64', 'pkg:deb/debian/libssl1.1@1?arch=amd64')).toBe(false);
    expect(purlMatches('pkg:npm/%40babel/core@7.0.0', 'pkg:npm/@babel/core@7.0.0')).toBe(true);
    expect(purlMatches('pkg:npm/lodash', 'pkg:pypi/lodash@1')).toBe(false);
  });
});
