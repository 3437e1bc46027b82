import { barChart } from '../lib/mermaid.js';
import { ICON, mdDetails, mdLink, mdTable, mdText } from '../lib/summary.js';
import { type Finding, SEVERITIES, type Severity } from './findings.js';
import type { IgnoreEntry } from './ignore.js';
import type { Policy, Suppression, Verdict } from './policy.js';

/**
 * The job summary and PR comment, pure markdown: a headline, counts per severity against the
 * gate, the findings that failed it, then the rest folded. Tables are capped (`maxRows`) because a
 * job summary is limited to 1 MiB and a comment to 65,536 characters; the report keeps everything.
 */

export interface SummaryView {
  verdict: Verdict;
  policy: Policy;
  artifact: { name: string; type: string; trivyVersion?: string };
  reportPath: string;
  sarifPath?: string;
  maxRows: number;
}

export function describeGate(policy: Pick<Policy, 'failOn' | 'maxFindings'>): string {
  const parts: string[] = [];
  if (policy.failOn.length > 0) parts.push(`fails on any ${joinWords(policy.failOn)}`);
  for (const severity of SEVERITIES) {
    const limit = policy.maxFindings[severity];
    if (limit !== undefined) parts.push(`allows at most ${limit} ${severity}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'reports only (severity: none)';
}

export function gateMarkdown(view: SummaryView): string {
  const { verdict, policy } = view;
  const open = verdict.open.length;
  const headline = verdict.passed
    ? `### ${ICON.pass} Trivy gate passed: ` +
      `${open === 0 ? 'no open findings' : `${open} open finding${open === 1 ? '' : 's'}, none over the gate`}`
    : `### ${ICON.fail} Trivy gate failed: ${verdict.reasons.join(', ')}`;
  const ignoring = policy.ignoreUnfixed ? ', ignoring unfixed vulnerabilities' : '';
  const trivy = view.artifact.trivyVersion ? ` · Trivy ${mdText(view.artifact.trivyVersion)}` : '';
  const lines = [
    headline,
    '',
    `\`${mdText(view.artifact.name)}\` (${mdText(view.artifact.type || 'unknown type')})${trivy} · ` +
      `the gate ${describeGate(policy)}${ignoring}.`,
    '',
    ...severityChart(verdict),
    countsTable(verdict),
  ];
  if (verdict.failing.length > 0) {
    lines.push(
      '',
      `#### Findings that failed the gate (${verdict.failing.length})`,
      '',
      findingsTable(verdict.failing, view.maxRows),
    );
  }
  const failing = new Set(verdict.failing);
  const rest = verdict.open.filter((finding) => !failing.has(finding));
  if (rest.length > 0)
    lines.push('', mdDetails(`Other open findings (${rest.length})`, findingsTable(rest, view.maxRows)));
  if (verdict.suppressed.length > 0) {
    lines.push(
      '',
      mdDetails(`Ignored findings (${verdict.suppressed.length})`, suppressedTable(verdict.suppressed, view.maxRows)),
    );
  }
  lines.push(...ignoreNotes(verdict));
  const files = [`Report: \`${mdText(view.reportPath)}\``];
  if (view.sarifPath) files.push(`SARIF: \`${mdText(view.sarifPath)}\` (${verdict.gated.length} results)`);
  lines.push('', files.join(' · '));
  return lines.join('\n');
}

/** The summary when the report could not be trusted: no counts, only why. */
export function failClosedMarkdown(reason: string, reportPath: string | undefined): string {
  return [
    `### ${ICON.fail} Trivy gate failed closed`,
    '',
    mdText(reason),
    '',
    reportPath ? `Report: \`${mdText(reportPath)}\`` : 'No report was produced.',
  ].join('\n');
}

/**
 * Findings per severity: bars for those the gate judges (open, of a judged severity), a line for
 * those it lets through (open but not judged, or ignored). Nothing when there are no findings.
 */
function severityChart(verdict: Verdict): string[] {
  if (verdict.open.length === 0 && verdict.suppressed.length === 0) return [];
  const gated = new Set(verdict.gated);
  const count = (findings: readonly Finding[], severity: Severity) =>
    findings.filter((finding) => finding.severity === severity).length;
  const allowed = [
    ...verdict.open.filter((finding) => !gated.has(finding)),
    ...verdict.suppressed.map((item) => item.finding),
  ];
  return [
    barChart({
      title: 'Findings by severity: gated (bars), allowed or ignored (line)',
      labels: SEVERITIES,
      axis: 'Findings',
      bars: SEVERITIES.map((severity) => count(verdict.gated, severity)),
      line: SEVERITIES.map((severity) => count(allowed, severity)),
      height: 300,
    }),
    '',
  ];
}

function countsTable(verdict: Verdict): string {
  const limits = new Map(verdict.limits.map((limit) => [limit.severity, limit]));
  const suppressed = new Map<Severity, number>();
  for (const item of verdict.suppressed)
    suppressed.set(item.finding.severity, (suppressed.get(item.finding.severity) ?? 0) + 1);
  const rows = SEVERITIES.map((severity) => {
    const limit = limits.get(severity);
    const gate = !limit
      ? 'reported'
      : limit.over
        ? `${ICON.fail} over (limit ${limit.limit})`
        : `${ICON.pass} limit ${limit.limit}`;
    return [severity, String(verdict.counts[severity]), String(suppressed.get(severity) ?? 0), gate];
  });
  return mdTable(['Severity', 'Open', 'Ignored', 'Gate'], rows);
}

export function findingsTable(findings: readonly Finding[], maxRows: number): string {
  const rows = findings
    .slice(0, maxRows)
    .map((finding) => [
      finding.severity,
      mdLink(finding.id, finding.url),
      mdText(where(finding)),
      finding.kind === 'vulnerability'
        ? `${mdText(finding.installed ?? '?')} -> ${mdText(finding.fixed ?? 'no fix')}`
        : mdText(finding.kind),
      mdText(clip(finding.title, 120)),
    ]);
  return mdTable(['Severity', 'ID', 'Package', 'Installed -> fixed', 'Title'], rows) + more(findings.length, maxRows);
}

function suppressedTable(items: readonly Suppression[], maxRows: number): string {
  const rows = items
    .slice(0, maxRows)
    .map((item) => [
      item.finding.severity,
      mdLink(item.finding.id, item.finding.url),
      mdText(where(item.finding)),
      item.by,
      mdText(clip(item.reason, 160)),
    ]);
  return mdTable(['Severity', 'ID', 'Package', 'By', 'Why'], rows) + more(items.length, maxRows);
}

function ignoreNotes(verdict: Verdict): string[] {
  const lines: string[] = [];
  const describe = (entry: IgnoreEntry) =>
    `\`${mdText(entry.id)}\` (${mdText(entry.source)}, ${entry.expiresAt!.toISOString().slice(0, 10)})`;
  if (verdict.expiringIgnores.length > 0) {
    lines.push(
      '',
      `${ICON.warn} Ignore entries expiring within 14 days: ${verdict.expiringIgnores.map(describe).join(', ')}.`,
    );
  }
  if (verdict.expiredIgnores.length > 0) {
    lines.push(
      '',
      `${ICON.info} Expired ignore entries (they hide nothing now): ` +
        `${verdict.expiredIgnores.map(describe).join(', ')}.`,
    );
  }
  if (verdict.unusedAllow.length > 0) {
    lines.push(
      '',
      `${ICON.info} Allow entries that matched no finding: ` +
        `${verdict.unusedAllow.map((entry) => `\`${mdText(entry.id)}\``).join(', ')}.`,
    );
  }
  return lines;
}

/** Vulnerabilities: the package (and where, when it is not the whole image); others: the file. */
function where(finding: Finding): string {
  if (finding.kind !== 'vulnerability')
    return finding.startLine ? `${finding.target}:${finding.startLine}` : finding.target;
  return finding.class === 'os-pkgs' || !finding.target
    ? finding.package
    : `${finding.package} (${finding.pkgPath ?? finding.target})`;
}

function more(total: number, shown: number): string {
  return total > shown ? `\n\n…and ${total - shown} more: see the full report.` : '';
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function joinWords(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}
