import type { Finding, Severity } from './findings.js';

/**
 * SARIF 2.1.0 for GitHub code scanning, holding exactly the findings the gate judged (so code
 * scanning shows what the gate enforces, unlike trivy-action, which drops the severity filter for
 * SARIF). Shaped like Trivy's own `--format sarif` (pkg/report/sarif.go): tool `Trivy`, so alerts
 * carry over from trivy-action; CRITICAL/HIGH -> error, MEDIUM -> warning, LOW/UNKNOWN -> note;
 * `security-severity` from the CVSS score, else from the severity. Pure.
 */

export const SARIF_SCHEMA =
  'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json';

export interface SarifLog {
  version: '2.1.0';
  $schema: string;
  runs: SarifRun[];
}

interface SarifRun {
  tool: { driver: { name: string; fullName: string; informationUri: string; version?: string; rules: SarifRule[] } };
  results: SarifResult[];
  columnKind: 'utf16CodeUnits';
  originalUriBaseIds: Record<string, { uri: string }>;
  properties: Record<string, string>;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
  helpUri?: string;
  help: { text: string; markdown: string };
  properties: { precision: 'very-high'; 'security-severity': string; tags: string[] };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: 'ROOTPATH' };
      region: { startLine: number; startColumn: 1; endLine: number; endColumn: 1 };
    };
    message: { text: string };
  }[];
}

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'CRITICAL' || severity === 'HIGH' ? 'error' : severity === 'MEDIUM' ? 'warning' : 'note';
}

const DEFAULT_SCORE: Record<Severity, string> = {
  CRITICAL: '9.5',
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '2.0',
  UNKNOWN: '0.0',
};

export function buildSarif(
  findings: readonly Finding[],
  artifact: { name: string; type: string; trivyVersion?: string },
): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: SarifResult[] = [];
  for (const finding of findings) {
    let index = ruleIndex.get(finding.id);
    if (index === undefined) {
      index = rules.push(rule(finding)) - 1;
      ruleIndex.set(finding.id, index);
    }
    const uri = locationUri(finding, artifact.name);
    const startLine = finding.startLine ?? 1;
    results.push({
      ruleId: finding.id,
      ruleIndex: index,
      level: sarifLevel(finding.severity),
      message: { text: resultText(finding, artifact.type) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: 'ROOTPATH' },
            region: {
              startLine,
              startColumn: 1,
              endLine: Math.max(finding.endLine ?? startLine, startLine),
              endColumn: 1,
            },
          },
          message: {
            text: finding.kind === 'vulnerability' ? `${uri}: ${finding.package}@${finding.installed ?? ''}` : uri,
          },
        },
      ],
    });
  }
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            name: 'Trivy',
            fullName: 'Trivy Vulnerability Scanner',
            informationUri: 'https://github.com/aquasecurity/trivy',
            ...(artifact.trivyVersion ? { version: artifact.trivyVersion } : {}),
            rules,
          },
        },
        results,
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
        properties: { artifactName: artifact.name, artifactType: artifact.type },
      },
    ],
  };
}

const RULE_NAMES: Record<string, string> = {
  'os-pkgs': 'OsPackageVulnerability',
  'lang-pkgs': 'LanguageSpecificPackageVulnerability',
  config: 'Misconfiguration',
  secret: 'Secret',
};

function rule(finding: Finding): SarifRule {
  const fixed = finding.fixed ?? 'none';
  const kind =
    finding.kind === 'vulnerability' ? 'Vulnerability' : finding.kind === 'secret' ? 'Secret' : 'Misconfiguration';
  const heading = `${kind} ${finding.id}`;
  const link = finding.url ? `[${finding.id}](${finding.url})` : finding.id;
  return {
    id: finding.id,
    name:
      RULE_NAMES[finding.class] ??
      (finding.kind === 'secret'
        ? 'Secret'
        : finding.kind === 'misconfiguration'
          ? 'Misconfiguration'
          : 'Vulnerability'),
    shortDescription: { text: finding.title || finding.id },
    fullDescription: { text: finding.message ?? (finding.title || finding.id) },
    defaultConfiguration: { level: sarifLevel(finding.severity) },
    ...(finding.url ? { helpUri: finding.url } : {}),
    help: {
      text:
        `${heading}\nSeverity: ${finding.severity}\n` +
        `Package: ${finding.package}\nFixed Version: ${fixed}\nLink: ${link}`,
      markdown:
        `**${heading}**\n| Severity | Package | Fixed Version | Link |\n` +
        `| --- | --- | --- | --- |\n|${finding.severity}|${finding.package}|${fixed}|${link}|`,
    },
    properties: {
      precision: 'very-high',
      'security-severity': finding.score !== undefined ? finding.score.toFixed(1) : DEFAULT_SCORE[finding.severity],
      tags: [finding.kind, 'security', finding.severity],
    },
  };
}

function resultText(finding: Finding, artifactType: string): string {
  const link = finding.url ? `\nLink: [${finding.id}](${finding.url})` : '';
  if (finding.kind === 'vulnerability') {
    return (
      `Package: ${finding.package}\nInstalled Version: ${finding.installed ?? ''}\n` +
      `Vulnerability ${finding.id}\nSeverity: ${finding.severity}\nFixed Version: ${finding.fixed ?? ''}${link}`
    );
  }
  const detail =
    finding.kind === 'secret'
      ? `Secret ${finding.id}\nSeverity: ${finding.severity}\nTitle: ${finding.title}`
      : `Vulnerability ${finding.id}\nSeverity: ${finding.severity}\nMessage: ${finding.message ?? finding.title}`;
  return `Artifact: ${finding.target}\nType: ${finding.package || artifactType}\n${detail}${link}`;
}

/** OS packages live in the artifact (the image); everything else in a file of the target. */
function locationUri(finding: Finding, artifactName: string): string {
  const path = finding.class === 'os-pkgs' ? artifactName : (finding.pkgPath ?? finding.target);
  return (path || artifactName).replace(/^\.\//, '');
}
