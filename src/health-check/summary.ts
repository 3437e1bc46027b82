import { formatDuration, ICON, mdCode, mdDetails, mdTable, mdText } from '../lib/summary.js';
import type { CheckConfig, HealthResult } from './check.js';
import { urlReport, type UrlReport } from './report.js';
import type { RollbackResult } from './rollback.js';
import type { Verdict } from './verdict.js';

/** The job summary, pure: a table per URL, what was expected and seen on failure, the rollback story. */
export function summaryMarkdown(health: HealthResult, rollback: RollbackResult | undefined, verdict: Verdict, check: CheckConfig): string {
  const icon = health.healthy ? ICON.pass : ICON.fail;
  const parts = [`## ${icon} Health check: ${health.healthy ? 'healthy' : 'unhealthy'}`, '', mdText(verdict.message), ''];
  parts.push(...urlSections(health, check));
  if (rollback?.attempted) {
    const outcome = rollback.outcome!;
    parts.push(
      `### ${outcome.ok ? ICON.pass : ICON.fail} Rollback`,
      '',
      mdTable(['Provider', 'Action', 'Result', 'Took'], [[
        mdText(rollback.provider),
        mdText(rollback.description),
        `${outcome.ok ? 'done' : '**failed**'}: ${mdText(outcome.detail)}`,
        formatDuration(outcome.durationMs),
      ]]),
      '',
    );
    // The provider's own words (markdown it wrote, no user text): something to act on.
    if (outcome.note) parts.push(`> ${ICON.warn} ${outcome.note}`, '');
    if (rollback.verification) {
      parts.push(`### ${rollback.healthyAfter ? ICON.pass : ICON.fail} Health after the rollback`, '', ...urlSections(rollback.verification, check));
    } else if (outcome.ok) {
      parts.push('Health after the rollback was not checked (verify-after-rollback: false).', '');
    }
  }
  return parts.join('\n');
}

function urlSections(health: HealthResult, check: CheckConfig): string[] {
  return health.urls.flatMap((result) => urlSection(urlReport(result, check)));
}

const ms = (value: number | null) => (value === null ? '–' : `${value} ms`);

function urlSection(report: UrlReport): string[] {
  const icon = report.healthy ? ICON.pass : report.verdict === 'cancelled' ? ICON.skip : ICON.fail;
  const lines = [
    `#### ${icon} \`${report.url.replace(/`/g, '%60')}\``,
    '',
    mdTable(['Verdict', 'Attempts', 'Last status', 'Latency p50', 'Latency p95', 'Elapsed'], [[
      report.verdict,
      String(report.attempts),
      report.lastStatus === null ? 'no answer' : String(report.lastStatus),
      ms(report.latencyMs.p50),
      ms(report.latencyMs.p95),
      formatDuration(report.elapsedMs),
    ]]),
    '',
  ];
  if (report.healthy) return lines;
  lines.push(mdText(report.reason), '');
  if (report.mismatches.length > 0) {
    lines.push(mdTable(['Check', 'Expected', 'Seen'], report.mismatches.map((m) => [`\`${mdText(m.subject)}\``, mdText(m.expected), mdText(m.seen)])), '');
  } else if (report.lastError) {
    lines.push(mdTable(['Expected', 'Seen'], [['an HTTP answer', mdText(report.lastError)]]), '');
  }
  if (report.bodyExcerpt) lines.push(mdDetails('Body of the answer (excerpt)', mdCode(report.bodyExcerpt)), '');
  return lines;
}
