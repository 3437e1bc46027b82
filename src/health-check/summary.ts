import { safeUrl } from '../lib/http.js';
import { barChart, ganttChart, type GanttTask } from '../lib/mermaid.js';
import { formatDuration, ICON, mdCode, mdDetails, mdTable, mdText } from '../lib/summary.js';
import type { CheckConfig, HealthResult, UrlResult } from './check.js';
import { urlReport, type UrlReport } from './report.js';
import type { RollbackResult } from './rollback.js';
import type { Verdict } from './verdict.js';

/**
 * The job summary, pure: the verdict, a timeline of the check (and rollback and re-check), then a
 * table and a latency chart per URL, what was expected and seen on failure, the rollback story.
 * `timeline: false` leaves the timeline out (the pipeline draws one that starts with its deploy).
 */
export function summaryMarkdown(
  health: HealthResult,
  rollback: RollbackResult | undefined,
  verdict: Verdict,
  check: CheckConfig,
  options: { timeline?: boolean } = {},
): string {
  const icon = health.healthy ? ICON.pass : ICON.fail;
  const parts = [
    `## ${icon} Health check: ${health.healthy ? 'healthy' : 'unhealthy'}`,
    '',
    mdText(verdict.message),
    '',
  ];
  if (options.timeline !== false)
    parts.push(ganttChart({ title: 'What happened', sections: checkTimeline(health, rollback, 0).sections }), '');
  parts.push(...urlSections(health, check));
  if (rollback?.attempted) {
    const outcome = rollback.outcome!;
    parts.push(
      `### ${outcome.ok ? ICON.pass : ICON.fail} Rollback`,
      '',
      mdTable(
        ['Provider', 'Action', 'Result', 'Took'],
        [
          [
            mdText(rollback.provider),
            mdText(rollback.description),
            `${outcome.ok ? 'done' : '**failed**'}: ${mdText(outcome.detail)}`,
            formatDuration(outcome.durationMs),
          ],
        ],
      ),
      '',
    );
    // The provider's own words (markdown it wrote, no user text): something to act on.
    if (outcome.note) parts.push(`> ${ICON.warn} ${outcome.note}`, '');
    if (rollback.verification) {
      parts.push(
        `### ${rollback.healthyAfter ? ICON.pass : ICON.fail} Health after the rollback`,
        '',
        ...urlSections(rollback.verification, check),
      );
    } else if (outcome.ok) {
      parts.push('Health after the rollback was not checked (verify-after-rollback: false).', '');
    }
  }
  return parts.join('\n');
}

function urlSections(health: HealthResult, check: CheckConfig): string[] {
  return health.urls.flatMap((result) => [...urlSection(urlReport(result, check)), ...latencySection(result)]);
}

type TimelineSection = { name: string; tasks: GanttTask[] };

/**
 * The timeline of a check, its rollback and the check after it, from `offsetMs` on: one bar per
 * URL (when its probes started and stopped), one for the rollback. The phases follow each other.
 */
export function checkTimeline(
  health: HealthResult,
  rollback: RollbackResult | undefined,
  offsetMs: number,
): { sections: TimelineSection[]; endMs: number } {
  const sections: TimelineSection[] = [];
  let at = offsetMs;
  const phase = (name: string, result: HealthResult) => {
    const first = Math.min(Infinity, ...result.urls.map((url) => url.startedAt));
    const tasks = result.urls.map((url): GanttTask => ({
      label:
        `${VERDICT_WORD[url.verdict.kind]}, ${url.attempts} probe${url.attempts === 1 ? '' : 's'} ` +
        `in ${formatDuration(url.endedAt - url.startedAt)}, ${shortUrl(url.url)}`,
      startMs: at + (url.startedAt - first),
      endMs: at + (url.endedAt - first),
      state: url.verdict.kind === 'healthy' ? 'done' : url.verdict.kind === 'cancelled' ? 'active' : 'crit',
    }));
    sections.push({ name, tasks });
    at = Math.max(at + result.elapsedMs, ...tasks.map((task) => task.endMs));
  };
  phase('Health check', health);
  if (rollback?.attempted && rollback.outcome) {
    const { ok, durationMs } = rollback.outcome;
    sections.push({
      name: 'Rollback',
      tasks: [
        {
          label: `Rollback with ${rollback.provider} ${ok ? 'done' : 'failed'} in ${formatDuration(durationMs)}`,
          startMs: at,
          endMs: at + durationMs,
          state: ok ? 'done' : 'crit',
        },
      ],
    });
    at += durationMs;
    if (rollback.verification) phase('After rollback', rollback.verification);
  }
  return { sections, endMs: at };
}

const VERDICT_WORD = { healthy: 'Healthy', unhealthy: 'Unhealthy', cancelled: 'Stopped' } as const;

/** `api.example.com/health`: the URL without its scheme (and without credentials). */
function shortUrl(url: string): string {
  return safeUrl(url).replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}

const LATENCY_BARS = 60;

/** A bar per probe of one URL (the last 60): how long each took, answered or not. One probe: the table says it all. */
function latencySection(result: UrlResult): string[] {
  if (result.probes.length < 2) return [];
  const shown = result.probes.slice(-LATENCY_BARS);
  const which =
    shown.length < result.probes.length ? `last ${shown.length} of ${result.probes.length} probes` : 'each probe';
  return [
    barChart({
      title: `Latency of ${which} in ms, ${shortUrl(result.url)}`,
      labels: shown.map((probe) => String(probe.attempt)),
      axis: 'ms',
      bars: shown.map((probe) => probe.latencyMs),
      height: 240,
    }),
    '',
  ];
}

const ms = (value: number | null) => (value === null ? '–' : `${value} ms`);

function urlSection(report: UrlReport): string[] {
  const icon = report.healthy ? ICON.pass : report.verdict === 'cancelled' ? ICON.skip : ICON.fail;
  const lines = [
    `#### ${icon} \`${report.url.replace(/`/g, '%60')}\``,
    '',
    mdTable(
      ['Verdict', 'Attempts', 'Last status', 'Latency p50', 'Latency p95', 'Elapsed'],
      [
        [
          report.verdict,
          String(report.attempts),
          report.lastStatus === null ? 'no answer' : String(report.lastStatus),
          ms(report.latencyMs.p50),
          ms(report.latencyMs.p95),
          formatDuration(report.elapsedMs),
        ],
      ],
    ),
    '',
  ];
  if (report.healthy) return lines;
  lines.push(mdText(report.reason), '');
  if (report.mismatches.length > 0) {
    lines.push(
      mdTable(
        ['Check', 'Expected', 'Seen'],
        report.mismatches.map((m) => [`\`${mdText(m.subject)}\``, mdText(m.expected), mdText(m.seen)]),
      ),
      '',
    );
  } else if (report.lastError) {
    lines.push(mdTable(['Expected', 'Seen'], [['an HTTP answer', mdText(report.lastError)]]), '');
  }
  if (report.bodyExcerpt) lines.push(mdDetails('Body of the answer (excerpt)', mdCode(report.bodyExcerpt)), '');
  return lines;
}
