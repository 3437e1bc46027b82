import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/in-process.js';
import { configContext } from '../support/context.js';
import { expectAllOutputs, expectReadsDeclaredInputs } from '../support/metadata.js';
import { readConfig } from '../../src/trivy-gate/config.js';
import { Inputs } from '../../src/lib/inputs.js';
import { fixturePath } from './fixtures.js';

const env = {
  GITHUB_WORKSPACE: '/ws',
  RUNNER_TEMP: '/tmp/runner',
  GITHUB_JOB: 'scan',
  GITHUB_ACTION: 'trivy',
  PATH: '/usr/bin',
};

function config(values: Record<string, string>) {
  return readConfig(new Inputs((name) => values[name] ?? ''), configContext({ env }));
}

describe('trivy-gate config', () => {
  it('reads exactly the inputs action.yml declares', () => {
    expectReadsDeclaredInputs('trivy-gate', (inputs) => readConfig(inputs, configContext({ env })), [
      {},
      { report: 'r.json' },
      { 'scan-type': 'image', 'image-ref': 'alpine' },
      { comment: 'true' },
    ]);
  });

  it('turns inputs into one typed object', () => {
    expect(
      config({
        report: 'out/trivy.json',
        severity: 'medium',
        'sarif-output': 'trivy.sarif',
        'max-findings': 'low=5',
        comment: 'true',
        'github-token': 'tok',
      }),
    ).toMatchObject({
      source: { kind: 'report', path: '/ws/out/trivy.json' },
      failOn: ['CRITICAL', 'HIGH', 'MEDIUM'],
      sarifOutput: '/ws/trivy.sarif',
      maxFindings: { LOW: 5 },
      ignoreFile: { path: '/ws/.trivyignore', explicit: false },
      comment: { token: 'tok', key: 'trivy-gate:scan:trivy' },
    });
    expect(
      config({ 'scan-type': 'image', 'image-ref': 'alpine:3.10', 'trivy-version': '0.72.0', scanners: 'vuln' }).source,
    ).toEqual({
      kind: 'scan',
      scanType: 'image',
      target: 'alpine:3.10',
      scanners: ['vuln'],
      trivyVersion: '0.72.0',
      downloadUrl: 'https://github.com/aquasecurity/trivy/releases/download',
      cache: true,
      timeoutMs: 600_000,
    });
  });
});

// Each row is in the README's "Bad inputs" table.
const BAD_INPUTS: [string, Record<string, string>, string][] = [
  [
    'severity: SEVERE',
    { severity: 'SEVERE' },
    'Invalid "severity" value "SEVERE": expected a threshold ("CRITICAL", "HIGH", "MEDIUM", "LOW" or "UNKNOWN"), ' +
      'a comma-separated list of them, or "none".',
  ],
  [
    'scan-type: filesystem',
    { 'scan-type': 'filesystem' },
    'Invalid "scan-type" value "filesystem": valid values are "image", "fs", "repo", "config" and "sbom".',
  ],
  [
    'scan-type image without image-ref',
    { 'scan-type': 'image' },
    'Input "image-ref" is required when scan-type is image: give the image to scan, e.g. ghcr.io/acme/api:sha.',
  ],
  [
    'image-ref with scan-type fs',
    { 'image-ref': 'alpine' },
    'Input "image-ref" is for scan-type image; scan-type is "fs": use "scan-ref" for the path or repository.',
  ],
  [
    'report and image-ref together',
    { report: 'r.json', 'scan-type': 'image', 'image-ref': 'alpine' },
    'Only one of "report" or "image-ref" can be set: ' +
      '"report" reads a report an earlier step produced, "image-ref" scans an image.',
  ],
  [
    'scanners: license',
    { scanners: 'vuln,license' },
    'Invalid "scanners" value "license": valid values are "vuln", "secret" and "misconfig".',
  ],
  [
    'scanners: secret with scan-type sbom',
    { 'scan-type': 'sbom', scanners: 'secret' },
    'Invalid "scanners" value "secret": scan-type sbom accepts "vuln".',
  ],
  [
    'trivy-version: latest',
    { 'trivy-version': 'latest' },
    'Invalid "trivy-version" value "latest": expected an exact release such as v0.72.0 ' +
      '(the download is verified against that release\'s checksums; "latest" cannot be pinned).',
  ],
  [
    'trivy-version: v0.69.4',
    { 'trivy-version': 'v0.69.4' },
    'Invalid "trivy-version" value "v0.69.4": refused: ' +
      'its release binaries were replaced with credential-stealing code in March 2026 (CVE-2026-33634).',
  ],
  [
    'trivy-sha256: not hex',
    { 'trivy-sha256': 'abc123' },
    'Invalid "trivy-sha256" value "abc123": expected the 64 hex digits of the release archive\'s SHA-256.',
  ],
  [
    'download-url: ftp://mirror',
    { 'download-url': 'ftp://mirror' },
    'Invalid "download-url" value "ftp://mirror": expected an http(s) URL of a release download base.',
  ],
  [
    'timeout: forever',
    { timeout: 'forever' },
    'Invalid "timeout" value "forever": ' +
      'expected a duration such as 500ms, 10s, 2m or 1h (a bare number means seconds).',
  ],
  [
    'ignore-unfixed: yes',
    { 'ignore-unfixed': 'yes' },
    'Invalid "ignore-unfixed" value "yes": expected "true" or "false".',
  ],
  [
    'allow without a reason',
    { allow: 'CVE-2023-1234' },
    'Invalid "allow" value "CVE-2023-1234": expected one "ID: reason" per line, with a reason.',
  ],
  [
    'max-findings: HIGH=few',
    { 'max-findings': 'HIGH=few' },
    'Invalid "max-findings" value "HIGH=few": expected a whole number of findings, 0 or more.',
  ],
  [
    'max-findings: SEVERE=1',
    { 'max-findings': 'SEVERE=1' },
    'Invalid "max-findings" value "SEVERE=1": ' +
      'expected SEVERITY=count, where SEVERITY is "CRITICAL", "HIGH", "MEDIUM", "LOW" or "UNKNOWN".',
  ],
  [
    'ignore-file that does not exist',
    { 'ignore-file': 'nope/.trivyignore' },
    'Input "ignore-file": {workspace}/nope/.trivyignore does not exist.',
  ],
];

describe('trivy-gate: bad inputs fail before anything runs', () => {
  for (const [what, inputs, message] of BAD_INPUTS) {
    it(what, async () => {
      const result = await runInProcess('trivy-gate', {
        inputs: {
          report:
            inputs['report'] ??
            (inputs['scan-type'] || inputs['image-ref'] ? '' : fixturePath('json', 'repo-pip.json')),
          ...inputs,
        },
      });
      expect(result.exitCode).toBe(1);
      expect(result.failure).toBe(message.replace('{workspace}', `${result.dir}/workspace`));
      expectAllOutputs(result, 'trivy-gate');
      expect(result.outputs['passed']).toBe('false');
    });
  }

  it('an ignore file that is not valid YAML names the file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dk-trivy-yaml-'));
    writeFileSync(join(cwd, '.trivyignore.yaml'), 'vulnerabilities:\n  - id: [CVE-1\n');
    const result = await runInProcess('trivy-gate', {
      cwd,
      inputs: { report: fixturePath('json', 'repo-pip.json'), 'ignore-file': '.trivyignore.yaml' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(new RegExp(`^The ignore file ${cwd}/\\.trivyignore\\.yaml is not valid YAML: `));
  });
});
