import { asRecord } from '../lib/context.js';
import { jsonProblem } from '../lib/errors.js';
import { type Finding, type FindingKind, severityOf } from './findings.js';
import { parseSpan, type ReportSkeleton, scanReport, TruncatedJsonError } from './json-scan.js';

/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2) turned into findings. Pure: bytes in,
 * findings out, one finding parsed at a time (json-scan.ts). A report that cannot be trusted
 * (empty, truncated, not JSON, not Trivy's) is a `ReportError`, which fails the gate: a scan whose
 * result we cannot read never passes.
 *
 * Real reports omit empty lists (`Results` can be absent, a Result can lack `Vulnerabilities`),
 * omit `FixedVersion` when there is no fix, and the 2021 format (Trivy 0.20) has no `Status`: see
 * test/fixtures/trivy/README.md.
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

/** The lists of a Result that are read one element at a time (see json-scan.ts). */
const SPLIT_LISTS: ReadonlySet<string> = new Set([
  'Vulnerabilities',
  'Misconfigurations',
  'Secrets',
  'ExperimentalModifiedFindings',
  'Packages',
]);

export function parseReportText(text: string, source: string): ParsedReport {
  return parseReport(Buffer.from(text, 'utf8'), source);
}

export function parseReport(bytes: Buffer, source: string): ParsedReport {
  if (isBlank(bytes)) {
    throw new ReportError(
      `The Trivy report ${source} is empty (${bytes.length} bytes): the scan wrote nothing, so the gate fails closed.`,
    );
  }
  let skeleton: ReportSkeleton | undefined;
  try {
    skeleton = scanReport(bytes, SPLIT_LISTS);
  } catch (error) {
    throw jsonError(error, source, error instanceof TruncatedJsonError);
  }
  if (!skeleton) {
    // Not an object at the top: parse it whole to say whether it is JSON at all.
    const text = bytes.toString('utf8');
    try {
      JSON.parse(text);
    } catch (error) {
      throw jsonError(error, source, looksTruncated(error instanceof Error ? error.message : '', text));
    }
    throw new ReportError(
      `The file ${source} is not a Trivy JSON report: ` +
        'it has no SchemaVersion (expected the output of trivy --format json).',
    );
  }
  const { top, results } = skeleton;
  if (Array.isArray(top['runs']) && 'version' in top) {
    throw new ReportError(
      `The report ${source} is SARIF, not a Trivy JSON report: ` +
        'give the report of trivy --format json (the gate writes SARIF itself).',
    );
  }
  if (!('SchemaVersion' in top)) {
    throw new ReportError(
      `The file ${source} is not a Trivy JSON report: ` +
        'it has no SchemaVersion (expected the output of trivy --format json).',
    );
  }
  if (top['SchemaVersion'] !== 2) {
    throw new ReportError(
      `The Trivy report ${source} has SchemaVersion ${JSON.stringify(top['SchemaVersion'])}: ` +
        'this gate reads SchemaVersion 2 (Trivy 0.20 and later).',
    );
  }
  if (typeof top['ArtifactName'] !== 'string' || results === 'invalid') {
    throw new ReportError(
      `The file ${source} is not a Trivy JSON report: ArtifactName or Results has the wrong shape.`,
    );
  }
  const parsed: ParsedReport = {
    artifactName: top['ArtifactName'],
    artifactType: typeof top['ArtifactType'] === 'string' ? top['ArtifactType'] : '',
    findings: [],
    suppressedByTrivy: [],
    results: results?.length ?? 0,
  };
  const version = asRecord(top['Trivy'])?.['Version'];
  if (typeof version === 'string') parsed.trivyVersion = version;
  for (const result of results ?? []) {
    const where: Where = {
      target: text(result.fields['Target']),
      class: text(result.fields['Class']),
      type: text(result.fields['Type']),
    };
    // One element at a time: only the findings, never the whole parsed list, stay in memory.
    const each = (name: string, use: (item: Json) => void) => {
      for (const span of result.lists[name] ?? []) {
        let item: unknown;
        try {
          item = parseSpan(bytes, span);
        } catch (error) {
          throw jsonError(error, source, false);
        }
        use(asRecord(item) ?? {});
      }
    };
    each('Vulnerabilities', (v) => parsed.findings.push(vulnerability(v, where)));
    each('Misconfigurations', (m) => {
      // With --include-non-failures Trivy also lists passed checks; only failures are findings.
      if (m['Status'] === undefined || m['Status'] === 'FAIL') parsed.findings.push(misconfiguration(m, where));
    });
    each('Secrets', (item) => parsed.findings.push(secret(item, where)));
    each('ExperimentalModifiedFindings', (modified) => {
      const finding = modifiedFinding(modified, where);
      if (finding) {
        parsed.suppressedByTrivy.push({
          finding,
          status: text(modified['Status']),
          statement: text(modified['Statement']),
          source: text(modified['Source']),
        });
      }
    });
  }
  return parsed;
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  return true;
}

/** Names the file and the problem; never quotes it (it may be any file, see jsonProblem). */
function jsonError(error: unknown, source: string, truncated: boolean): ReportError {
  const detail = jsonProblem(error);
  return truncated
    ? new ReportError(
        `The Trivy report ${source} is truncated: its JSON ends early (${detail}), so the gate fails closed.`,
      )
    : new ReportError(`The Trivy report ${source} is not valid JSON (${detail}): run Trivy with --format json.`);
}

/** V8 says "Unexpected end of JSON input", or names a position at (or next to) the very end. */
function looksTruncated(message: string, text: string): boolean {
  if (/end of (JSON )?(input|data)|Unterminated/i.test(message)) return true;
  const position = /position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= text.trimEnd().length - 1;
}

interface Where {
  target: string;
  class: string;
  type: string;
}

type Json = Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function optional(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function line(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** What every kind of finding has: where it was found (the result's class unless it has none) and what it is. */
function findingAt(
  where: Where,
  defaultClass: string,
  what: Pick<Finding, 'kind' | 'id' | 'package' | 'title'> & { severity: unknown; aliases?: string[] },
): Finding {
  const { severity, aliases = [], ...rest } = what;
  return { ...rest, aliases, severity: severityOf(severity), target: where.target, class: where.class || defaultClass };
}

function vulnerability(v: Json, where: Where): Finding {
  const description = text(v['Description']);
  const finding = findingAt(where, '', {
    kind: 'vulnerability',
    id: text(v['VulnerabilityID']),
    severity: v['Severity'],
    package: text(v['PkgName']),
    // Some advisories (Debian TEMP-…) have neither title nor description.
    title:
      optional(v['Title']) ?? (firstSentence(description) || `${text(v['VulnerabilityID'])} in ${text(v['PkgName'])}`),
  });
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
  const finding = findingAt(where, 'config', {
    kind: 'misconfiguration',
    id,
    aliases: avd && avd !== id ? [avd] : [],
    severity: m['Severity'],
    package: where.type,
    title: text(m['Title']) || text(m['Message']),
  });
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
  const finding = findingAt(where, 'secret', {
    kind: 'secret',
    id: text(s['RuleID']),
    severity: s['Severity'],
    package: text(s['Category']),
    title: text(s['Title']),
  });
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
