import { emptyCounts, type Finding, SEVERITIES, type Severity } from './findings.js';
import { type IgnoreEntry, indexIgnores, matchIgnore, scheduleIgnores } from './ignore.js';
import type { SuppressedByTrivy } from './report.js';

/**
 * The gate, as one pure function. Every finding is reported; a finding is *suppressed* (by
 * ignore-unfixed, the ignore file or the allow list, in that order) or *open*. Open findings whose
 * severity the policy judges are *gated*; the gate fails when, for some severity, more are gated
 * than its limit allows (`max-findings`, else none). Reporting and failing are separate decisions.
 */

export interface AllowEntry {
  id: string;
  reason: string;
}

export interface Policy {
  /** Severities that fail the gate (threshold or explicit list); may be empty (report only). */
  failOn: readonly Severity[];
  ignoreUnfixed: boolean;
  /** Every entry of the ignore file, expired or not: the policy decides with `now`. */
  ignores: readonly IgnoreEntry[];
  allow: readonly AllowEntry[];
  /** Allowed count per severity; a severity named here is judged even below the threshold. */
  maxFindings: Partial<Record<Severity, number>>;
}

export interface Suppression {
  finding: Finding;
  by: 'ignore-unfixed' | 'ignore-file' | 'allow' | 'trivy';
  reason: string;
}

export interface SeverityLimit {
  severity: Severity;
  count: number;
  limit: number;
  over: boolean;
}

export interface Verdict {
  passed: boolean;
  /** Open findings per severity (every severity, judged or not). */
  counts: Record<Severity, number>;
  /** Open findings, most severe first. */
  open: Finding[];
  /** Open findings of the severities the gate judges. */
  gated: Finding[];
  /** Gated findings of the severities over their limit: why the gate failed. */
  failing: Finding[];
  limits: SeverityLimit[];
  suppressed: Suppression[];
  /** One phrase per severity over its limit, e.g. `2 CRITICAL (none allowed)`. */
  reasons: string[];
  expiredIgnores: IgnoreEntry[];
  expiringIgnores: IgnoreEntry[];
  /** Allow entries that matched nothing: candidates for removal. */
  unusedAllow: AllowEntry[];
}

export function decide(
  findings: readonly Finding[],
  suppressedByTrivy: readonly SuppressedByTrivy[],
  policy: Policy,
  now: Date,
): Verdict {
  const schedule = scheduleIgnores(policy.ignores, now);
  const ignoreIndex = indexIgnores(schedule.active);
  const allowById = new Map(policy.allow.map((entry) => [entry.id, entry]));
  const usedAllow = new Set<string>();
  const suppressed: Suppression[] = suppressedByTrivy.map((item) => ({
    finding: item.finding,
    by: 'trivy',
    reason: [item.status, item.statement, item.source && `(${item.source})`].filter(Boolean).join(' '),
  }));
  const open: Finding[] = [];
  for (const finding of findings) {
    if (policy.ignoreUnfixed && finding.kind === 'vulnerability' && !finding.fixed) {
      suppressed.push({
        finding,
        by: 'ignore-unfixed',
        reason: `no fixed version${finding.status ? ` (${finding.status})` : ''}`,
      });
      continue;
    }
    const ignored = matchIgnore(finding, ignoreIndex);
    if (ignored) {
      const until = ignored.expiresAt ? ` until ${ignored.expiresAt.toISOString().slice(0, 10)}` : '';
      suppressed.push({
        finding,
        by: 'ignore-file',
        reason: `${ignored.source}${until}${ignored.statement ? `: ${ignored.statement}` : ''}`,
      });
      continue;
    }
    let allowed = allowById.get(finding.id);
    for (const alias of finding.aliases) allowed ??= allowById.get(alias);
    if (allowed) {
      usedAllow.add(allowed.id);
      suppressed.push({ finding, by: 'allow', reason: allowed.reason });
      continue;
    }
    open.push(finding);
  }
  open.sort(bySeverity);

  const counts = emptyCounts();
  for (const finding of open) counts[finding.severity] += 1;
  const judged = new Set<Severity>([...policy.failOn, ...(Object.keys(policy.maxFindings) as Severity[])]);
  const limits: SeverityLimit[] = SEVERITIES.filter((severity) => judged.has(severity)).map((severity) => {
    const limit = policy.maxFindings[severity] ?? 0;
    return { severity, count: counts[severity], limit, over: counts[severity] > limit };
  });
  const over = new Set(limits.filter((l) => l.over).map((l) => l.severity));
  return {
    passed: over.size === 0,
    counts,
    open,
    gated: open.filter((finding) => judged.has(finding.severity)),
    failing: open.filter((finding) => over.has(finding.severity)),
    limits,
    suppressed,
    reasons: limits
      .filter((l) => l.over)
      .map((l) => `${l.count} ${l.severity} (${l.limit === 0 ? 'none' : `at most ${l.limit}`} allowed)`),
    expiredIgnores: schedule.expired,
    expiringIgnores: schedule.expiringSoon,
    unusedAllow: policy.allow.filter((entry) => !usedAllow.has(entry.id)),
  };
}

const RANK: Record<Severity, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3, UNKNOWN: 4 };

function bySeverity(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
