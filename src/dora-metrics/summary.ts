import { barChart } from '../lib/mermaid.js';
import { formatDuration, ICON, mdLink, mdTable, mdText } from '../lib/summary.js';
import {
  type Band,
  type DeploymentRecord,
  type Figures,
  isCounted,
  isFailed,
  type Report,
  weeklyCounts,
} from './metrics.js';

const BAND_ICON: Record<Band, string> = { elite: '🟢', high: '🔵', medium: '🟡', low: '🔴' };
const MAX_FAILED_ROWS = 50;

/** The job summary: the four figures with their band, a weekly chart (and its table), the failures. */
export function doraSummary(
  figures: Figures,
  report: Report,
  records: readonly DeploymentRecord[],
  window: { from: number; to: number; text: string },
): string {
  const band = (value: Band | null) => (value ? `${BAND_ICON[value]} ${value}` : '–');
  const parts = [
    `## DORA metrics: ${mdText(report.repository)}, ${mdText(report.environment)}, last ${mdText(window.text)}`,
    mdTable(
      ['Figure', 'Value', 'Band'],
      [
        [
          'Deployment frequency',
          `${figures.deploymentFrequency} per day (${figures.deployments} deployments)`,
          band(report.deploymentFrequency.band),
        ],
        [
          'Change failure rate',
          `${figures.changeFailureRate} % (${figures.failedDeployments} failed)`,
          band(report.changeFailureRate.band),
        ],
        ['Lead time for changes', figureDuration(figures.leadTimeSeconds), band(report.leadTime.band)],
        ['Time to restore', figureDuration(figures.timeToRestoreSeconds), band(report.timeToRestore.band)],
      ],
    ),
    `Bands: ${mdText(report.bandsFrom)}. ` +
      `Rollbacks (task \`deploy:rollback\`) count only as restores: ${report.rollbacks} in the window.`,
  ];

  const weeks = weeklyCounts(records, window.from, window.to);
  parts.push(
    '### Deployments per week',
    barChart({
      title: `Deployments (bars) and failures (line) per week, ${report.environment}`,
      labels: weeks.map((week) => week.week.slice(5)),
      axis: 'Deployments',
      bars: weeks.map((week) => week.deployments),
      line: weeks.map((week) => week.failures),
    }),
    mdTable(
      ['Week of', 'Deployments', 'Failed'],
      weeks.map((week) => [week.week, String(week.deployments), String(week.failures)]),
    ),
  );

  const failed = records.filter((record) => isCounted(record) && isFailed(record));
  if (failed.length > 0) {
    const rows = failed
      .slice(0, MAX_FAILED_ROWS)
      .map((record) => [
        new Date(record.createdAt).toISOString().replace('T', ' ').slice(0, 16),
        `\`${record.sha.slice(0, 7)}\``,
        mdText(record.state),
        record.logUrl ? mdLink('run', record.logUrl) : '–',
      ]);
    parts.push(`### ${ICON.fail} Failed deployments`, mdTable(['Created (UTC)', 'Commit', 'State', 'Log'], rows));
    if (failed.length > MAX_FAILED_ROWS) parts.push(`… and ${failed.length - MAX_FAILED_ROWS} more.`);
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * A figure in whole seconds, said as every other summary says a duration (formatDuration: `2 min 5 s`,
 * `3 h 20 min`, `2 d 4 h`), under a minute in whole seconds (`0 s`, `45 s`); `–` when there is nothing
 * to measure. A lead time can be negative (a commit dated after its deployment), and keeps its sign.
 */
export function figureDuration(seconds: number | undefined): string {
  if (seconds === undefined) return '–';
  const size = Math.abs(seconds);
  return `${seconds < 0 ? '-' : ''}${size < 60 ? `${Math.round(size)} s` : formatDuration(size * 1000)}`;
}
