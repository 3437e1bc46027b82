/**
 * One shape for everything Trivy reports (vulnerabilities, misconfigurations, secrets), so that
 * policy, summary and SARIF never look at Trivy's JSON again.
 */

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type FindingKind = 'vulnerability' | 'misconfiguration' | 'secret';

export interface Finding {
  kind: FindingKind;
  /** CVE/GHSA id, misconfiguration id (`DS-0002`) or secret rule id (`aws-access-key-id`). */
  id: string;
  /** Other ids the same finding answers to in ignore files (`AVD-DS-0002`). */
  aliases: string[];
  severity: Severity;
  /** The Result's Target: a lockfile, a Dockerfile, `alpine:3.10 (alpine 3.10.2)`. */
  target: string;
  /** Result.Class: os-pkgs, lang-pkgs, config, secret. */
  class: string;
  /** Package name; for misconfigurations the checked file type, for secrets the category. */
  package: string;
  installed?: string;
  /** Absent when there is no fix (Trivy omits FixedVersion then). */
  fixed?: string;
  status?: string;
  title: string;
  url?: string;
  purl?: string;
  /** The package's own path inside the artifact (lang-pkgs in images). */
  pkgPath?: string;
  startLine?: number;
  endLine?: number;
  /** Misconfigurations: what exactly failed. */
  message?: string;
  /** CVSS v3 score (the highest any source gives), for SARIF's security-severity. */
  score?: number;
}

export function severityOf(value: unknown): Severity {
  const upper = typeof value === 'string' ? value.toUpperCase() : '';
  return (SEVERITIES as readonly string[]).includes(upper) ? (upper as Severity) : 'UNKNOWN';
}

export function emptyCounts(): Record<Severity, number> {
  return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}

/** Severities at or above `threshold` (UNKNOWN sits below LOW, as in Trivy). */
export function atOrAbove(threshold: Severity): Severity[] {
  const order: Severity[] = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
  return order.slice(order.indexOf(threshold)).reverse();
}
