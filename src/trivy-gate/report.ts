import { asRecord } from '../lib/context.js';
import { type Finding, type FindingKind, severityOf } from './findings.js';

/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2) turned into findings. Pure: text in,
 * findings out. A report that cannot be trusted (empty, truncated, not JSON, not Trivy's) is a
 * `ReportError`, which fails the gate: a scan whose result we cannot read never passes.
 *
 * Real reports omit empty lists (`Results` can be absent, a Result can lack `Vulnerabilities`),
 * omit `FixedVersion` when there is no fix, and the 2021 format (Trivy 0.20) has no `Status`: see
 * ../shared/fixtures/trivy/README.md.
 */

export class ReportError extends Error {
  override name = 'ReportError';
}

/** A finding Trivy itself suppressed (`--show-suppressed`: VEX or its own ignore file). */
export interface SuppressedByTrivy {
  finding: Finding;
  status: string;
  statement: string;
  source: string;
}

export interface ParsedReport {
  artifactName: string;
  artifactType: string;
  trivyVersion?: string;
  findings: Finding[];
  suppressedByTrivy: SuppressedByTrivy[];
  results: number;
}

export function parseReportText(text: string, source: string): ParsedReport {
  if (text.trim() === '') {
    throw new ReportError(`The Trivy report ${source} is empty (${text.length} bytes): the scan wrote nothing, so the gate fails closed.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (looksTruncated(detail, text)) {
      throw new ReportError(`The Trivy report ${source} is truncated: its JSON ends early (${detail}), so the gate fails closed.`);
    }
    throw new ReportError(`The Trivy report ${source} is not valid JSON (${detail}): run Trivy with --format json.`);
  }
  return normaliseReport(json, source);
}

/** V8 says "Unexpected end of JSON input", or names a position at (or next to) the very end. */
function looksTruncated(message: string, text: string): boolean {
  if (/end of (JSON )?(input|data)|Unterminated/i.test(message)) return true;
  const position = /position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= text.trimEnd().length - 1;
}

export function normaliseReport(json: unknown, source: string): ParsedReport {
  const report = asRecord(json);
  if (report && Array.isArray(report['runs']) && 'version' in report) {
    throw new ReportError(`The report ${source} is SARIF, not a Trivy JSON report: give the report of trivy --format json (the gate writes SARIF itself).`);
  }
  if (!report || !('SchemaVersion' in report)) {
    throw new ReportError(`The file ${source} is not a Trivy JSON report: it has no SchemaVersion (expected the output of trivy --format json).`);
  }
  if (report['SchemaVersion'] !== 2) {
    throw new ReportError(`The Trivy report ${source} has SchemaVersion ${JSON.stringify(report['SchemaVersion'])}: this gate reads SchemaVersion 2 (Trivy 0.20 and later).`);
  }
  const results = report['Results'];
  if (typeof report['ArtifactName'] !== 'string' || (results !== undefined && !Array.isArray(results))) {
    throw new ReportError(`The file ${source} is not a Trivy JSON report: ArtifactName or Results has the wrong shape.`);
  }
  const parsed: ParsedReport = {
    artifactName: report['ArtifactName'],
    artifactType: typeof report['ArtifactType'] === 'string' ? report['ArtifactType'] : '',
    findings: [],
    suppressedByTrivy: [],
    results: Array.isArray(results) ? results.length : 0,
  };
  const version = asRecord(report['Trivy'])?.['Version'];
  if (typeof version === 'string') parsed.trivyVersion = version;
  for (const item of (results as unknown[] | undefined) ?? []) {
    const result = asRecord(item);
    if (!result) throw new ReportError(`The Trivy report ${source} has a Result that is not an object.`);
    const where: Where = { target: text(result['Target']), class: text(result['Class']), type: text(result['Type']) };
    for (const v of list(result['Vulnerabilities'])) parsed.findings.push(vulnerability(v, where));
    for (const m of list(result['Misconfigurations'])) {
      // With --include-non-failures Trivy also lists passed checks; only failures are findings.
      if (m['Status'] === undefined || m['Status'] === 'FAIL') parsed.findings.push(misconfiguration(m, where));
    }
    for (const s of list(result['Secrets'])) parsed.findings.push(secret(s, where));
    for (const modified of list(result['ExperimentalModifiedFindings'])) {
      const finding = modifiedFinding(modified, where);
      if (finding) {
        parsed.suppressedByTrivy.push({
          finding,
          status: text(modified['Status']),
          statement: text(modified['Statement']),
          source: text(modified['Source']),
        });
      }
    }
  }
  return parsed;
}

interface Where {
  target: string;
  class: string;
  type: string;
}

type Json = Record<string, unknown>;

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.map((item) => asRecord(item) ?? {}) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function optional(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function line(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

function vulnerability(v: Json, where: Where): Finding {
  const description = text(v['Description']);
  const finding: Finding = {
    kind: 'vulnerability',
    id: text(v['VulnerabilityID']),
    aliases: [],
    severity: severityOf(v['Severity']),
    target: where.target,
    class: where.class,
    package: text(v['PkgName']),
    // Some advisories (Debian TEMP-…) have neither title nor description.
    title: optional(v['Title']) ?? (firstSentence(description) || `${text(v['VulnerabilityID'])} in ${text(v['PkgName'])}`),
  };
  assign(finding, {
    installed: optional(v['InstalledVersion']),
    fixed: optional(v['FixedVersion']),
    status: optional(v['Status']),
    url: optional(v['PrimaryURL']),
    purl: optional(asRecord(v['PkgIdentifier'])?.['PURL']),
    pkgPath: optional(v['PkgPath']),
    score: highestScore(v['CVSS']),
  });
  return finding;
}

function misconfiguration(m: Json, where: Where): Finding {
  const id = text(m['ID']);
  const avd = optional(m['AVDID']);
  const cause = asRecord(m['CauseMetadata']);
  const finding: Finding = {
    kind: 'misconfiguration',
    id,
    aliases: avd && avd !== id ? [avd] : [],
    severity: severityOf(m['Severity']),
    target: where.target,
    class: where.class || 'config',
    package: where.type,
    title: text(m['Title']) || text(m['Message']),
  };
  assign(finding, {
    message: optional(m['Message']),
    url: optional(m['PrimaryURL']),
    startLine: line(cause?.['StartLine']),
    endLine: line(cause?.['EndLine']),
  });
  return finding;
}

function secret(s: Json, where: Where): Finding {
  // Never copy Match or Code: even masked, they are the secret's surroundings.
  const finding: Finding = {
    kind: 'secret',
    id: text(s['RuleID']),
    aliases: [],
    severity: severityOf(s['Severity']),
    target: where.target,
    class: where.class || 'secret',
    package: text(s['Category']),
    title: text(s['Title']),
  };
  assign(finding, { startLine: line(s['StartLine']), endLine: line(s['EndLine']) });
  return finding;
}

function modifiedFinding(modified: Json, where: Where): Finding | undefined {
  const inner = asRecord(modified['Finding']);
  if (!inner) return undefined;
  const kinds: Record<string, (json: Json, where: Where) => Finding> = {
    vulnerability,
    misconfiguration,
    secret,
  };
  const make = kinds[text(modified['Type']) as FindingKind];
  return make ? make(inner, where) : undefined;
}

/** Copies only the fields that have a value, so findings stay small and comparable. */
function assign(finding: Finding, fields: Partial<Finding> & { message?: string | undefined }): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (finding as unknown as Record<string, unknown>)[key] = value;
  }
}

function firstSentence(description: string): string {
  const first = description.split(/(?<=\.)\s|\n/)[0] ?? '';
  return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}

function highestScore(cvss: unknown): number | undefined {
  let best: number | undefined;
  for (const source of Object.values(asRecord(cvss) ?? {})) {
    const score = asRecord(source)?.['V3Score'];
    if (typeof score === 'number' && (best === undefined || score > best)) best = score;
  }
  return best;
}
