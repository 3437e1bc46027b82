import { isAbsolute, join, resolve } from 'node:path';
import semver from 'semver';
import type { ConfigContext } from '../lib/action.js';
import { ConfigError } from '../lib/errors.js';
import { type Inputs, invalidValue, orList } from '../lib/inputs.js';
import { atOrAbove, SEVERITIES, type Severity } from './findings.js';
import type { AllowEntry } from './policy.js';
import { COMPROMISED_VERSIONS, DEFAULT_DOWNLOAD_URL, DEFAULT_TRIVY_VERSION } from './release.js';
import { SCAN_TYPES, SCANNERS, SCANNERS_BY_TYPE, type Scanner, type ScanType } from './trivy.js';

/** Everything the gate needs, read and validated once. The only place inputs and env are read. */
export interface Config {
  source: ReportSource | ScanSource;
  failOn: Severity[];
  ignoreUnfixed: boolean;
  /** Absolute path; `defaultIgnoreFile`: a missing file is fine (Trivy's own default). */
  ignoreFile?: { path: string; explicit: boolean };
  allow: AllowEntry[];
  maxFindings: Partial<Record<Severity, number>>;
  sarifOutput?: string;
  comment?: { token: string | undefined; key: string };
  workspace: string;
  tempDir: string;
  searchPath: string;
}

export interface ReportSource {
  kind: 'report';
  path: string;
}

export interface ScanSource {
  kind: 'scan';
  scanType: ScanType;
  target: string;
  scanners: Scanner[];
  trivyVersion: string;
  trivySha256?: string;
  downloadUrl: string;
  cache: boolean;
  timeoutMs: number;
}

export function readConfig(inputs: Inputs, { env, run }: ConfigContext): Config {
  const { workspace } = run;
  const inWorkspace = (path: string) => (isAbsolute(path) ? path : resolve(workspace, path));

  const report = inputs.optional('report');
  const scanType = inputs.enum('scan-type', SCAN_TYPES, 'fs');
  const scanRef = inputs.string('scan-ref', '.');
  const imageRef = inputs.optional('image-ref');
  const scanners = readScanners(inputs, scanType);
  const trivyVersion = readTrivyVersion(inputs);
  const trivySha256 = inputs.optional('trivy-sha256');
  if (trivySha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(trivySha256)) {
    throw invalidValue('trivy-sha256', trivySha256, "expected the 64 hex digits of the release archive's SHA-256");
  }
  const downloadUrl = inputs.string('download-url', DEFAULT_DOWNLOAD_URL);
  // A mirror may take credentials in the URL: masked before anything can show them.
  const credentials = /^[a-z][a-z0-9+.-]*:\/\/([^/@]*)@/i.exec(downloadUrl)?.[1];
  if (credentials) for (const part of [credentials, ...credentials.split(':')]) inputs.mask(decodeURIComponent(part));
  if (!/^https?:\/\/[^\s/]+/i.test(downloadUrl))
    throw invalidValue(
      'download-url',
      downloadUrl.replace(/\/\/[^/@]*@/, '//***@'),
      'expected an http(s) URL of a release download base',
    );
  const cache = inputs.boolean('cache', true);
  const timeoutMs = inputs.duration('timeout', 10 * 60_000, { min: 1000, max: 6 * 3_600_000 });

  if (report !== undefined && imageRef !== undefined)
    throw new ConfigError(
      'Only one of "report" or "image-ref" can be set: ' +
        '"report" reads a report an earlier step produced, "image-ref" scans an image.',
    );
  if (imageRef !== undefined && scanType !== 'image')
    throw new ConfigError(
      'Input "image-ref" is for scan-type image; ' +
        `scan-type is "${scanType}": use "scan-ref" for the path or repository.`,
    );
  if (report === undefined && scanType === 'image' && imageRef === undefined)
    throw new ConfigError(
      'Input "image-ref" is required when scan-type is image: give the image to scan, e.g. ghcr.io/acme/api:sha.',
    );

  const ignoreFile = inputs.optional('ignore-file');
  const comment = inputs.boolean('comment', false);
  const token = inputs.secret('github-token');
  const sarifOutput = inputs.optional('sarif-output');
  const config: Config = {
    source:
      report !== undefined
        ? { kind: 'report', path: inWorkspace(report) }
        : {
            kind: 'scan',
            scanType,
            target: imageRef ?? scanRef,
            scanners,
            trivyVersion,
            ...(trivySha256 ? { trivySha256: trivySha256.toLowerCase() } : {}),
            downloadUrl,
            cache,
            timeoutMs,
          },
    failOn: readSeverity(inputs),
    ignoreUnfixed: inputs.boolean('ignore-unfixed', false),
    ignoreFile:
      ignoreFile !== undefined
        ? { path: inWorkspace(ignoreFile), explicit: true }
        : { path: inWorkspace('.trivyignore'), explicit: false },
    allow: parseAllow(inputs.list('allow', { commas: false })),
    maxFindings: readMaxFindings(inputs),
    workspace,
    tempDir: env['RUNNER_TEMP'] || join(workspace, '.trivy-gate'),
    searchPath: env['PATH'] ?? '',
  };
  if (sarifOutput !== undefined) config.sarifOutput = inWorkspace(sarifOutput);
  // One comment per step: the job and the step's id stay the same from run to run.
  if (comment) config.comment = { token, key: `trivy-gate:${env['GITHUB_JOB'] ?? ''}:${env['GITHUB_ACTION'] ?? ''}` };
  return config;
}

/** `HIGH` is a threshold (HIGH and CRITICAL); `CRITICAL,MEDIUM` an explicit list; `none` fails on nothing. */
export function parseSeverity(value: string): Severity[] {
  const items = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((item) => item.toUpperCase());
  if (items.length === 1 && items[0] === 'NONE') return [];
  const unknown = items.filter((item) => !(SEVERITIES as readonly string[]).includes(item));
  if (items.length === 0 || unknown.length > 0) {
    throw invalidValue(
      'severity',
      value,
      `expected a threshold (${orList(SEVERITIES, 'or')}), a comma-separated list of them, or "none"`,
    );
  }
  if (items.length === 1) return atOrAbove(items[0] as Severity);
  return SEVERITIES.filter((severity) => items.includes(severity));
}

function readSeverity(inputs: Inputs): Severity[] {
  return parseSeverity(inputs.string('severity', 'HIGH'));
}

function readScanners(inputs: Inputs, scanType: ScanType): Scanner[] {
  const scanners = inputs.list('scanners').map((item) => item.toLowerCase());
  for (const scanner of scanners) {
    if (!(SCANNERS as readonly string[]).includes(scanner))
      throw invalidValue('scanners', scanner, `valid values are ${orList(SCANNERS)}`);
  }
  const accepted = SCANNERS_BY_TYPE[scanType];
  const refused = scanners.filter(
    (scanner) =>
      !(accepted as readonly string[]).includes(scanner) && !(scanType === 'config' && scanner === 'misconfig'),
  );
  if (refused.length > 0) {
    throw invalidValue(
      'scanners',
      scanners.join(','),
      scanType === 'config'
        ? 'scan-type config checks misconfigurations only'
        : `scan-type ${scanType} accepts ${orList(accepted)}`,
    );
  }
  return [...new Set(scanners)] as Scanner[];
}

function readTrivyVersion(inputs: Inputs): string {
  const raw = inputs.string('trivy-version', `v${DEFAULT_TRIVY_VERSION}`);
  const version = semver.valid(raw.replace(/^v/, ''));
  if (!version || semver.prerelease(version)) {
    throw invalidValue(
      'trivy-version',
      raw,
      'expected an exact release such as v0.72.0 (the download is verified ' +
        'against that release\'s checksums; "latest" cannot be pinned)',
    );
  }
  const compromised = COMPROMISED_VERSIONS[version];
  if (compromised) throw invalidValue('trivy-version', raw, `refused: ${compromised}`);
  return version;
}

/** One `ID: reason` per line; the reason is required (it is what the summary shows). */
export function parseAllow(lines: readonly string[]): AllowEntry[] {
  return lines.map((line) => {
    const match = /^([^\s:]+)\s*:\s*(.*)$/.exec(line);
    if (!match || match[2]!.trim() === '')
      throw invalidValue('allow', line, 'expected one "ID: reason" per line, with a reason');
    return { id: match[1]!, reason: match[2]!.trim() };
  });
}

function readMaxFindings(inputs: Inputs): Partial<Record<Severity, number>> {
  const limits: Partial<Record<Severity, number>> = {};
  for (const pair of inputs.list('max-findings')) {
    const [key = '', value = ''] = pair.split('=').map((part) => part.trim());
    const severity = key.toUpperCase() as Severity;
    if (!SEVERITIES.includes(severity))
      throw invalidValue(
        'max-findings',
        `${key}=${value}`,
        `expected SEVERITY=count, where SEVERITY is ${orList(SEVERITIES, 'or')}`,
      );
    if (!/^\d+$/.test(value))
      throw invalidValue('max-findings', `${key}=${value}`, 'expected a whole number of findings, 0 or more');
    limits[severity] = Number(value);
  }
  return limits;
}
