/**
 * The four DORA figures from deployment records, exactly as actions/dora-metrics/README.md defines
 * them. Pure: the records come from fetch.ts, the clock from the caller.
 */

import { ROLLBACK_TASK } from '../lib/deployment-status.js';

export { ROLLBACK_TASK };

/** One GitHub Deployment as the figures need it. Times are epoch milliseconds. */
export interface DeploymentRecord {
  id: number;
  task: string;
  createdAt: number;
  /** The latest status's state, lower case (`success`, `failure`, …); empty when it has none. */
  state: string;
  /** When the latest status was created. */
  stateAt: number | undefined;
  /** When its (last) `success` status was created: for an `inactive` deployment, the success before. */
  successAt: number | undefined;
  /** The committed date of the deployment's commit. */
  committedAt: number | undefined;
  /** The latest status's log URL (the run that deployed it). */
  logUrl: string | undefined;
  sha: string;
}

export type Band = 'elite' | 'high' | 'medium' | 'low';

export interface Figures {
  deployments: number;
  failedDeployments: number;
  /** Successful counted deployments per day, two decimals. */
  deploymentFrequency: string;
  /** Percentage with one decimal. */
  changeFailureRate: string;
  /** Whole seconds; undefined when no deployment qualifies. */
  leadTimeSeconds: number | undefined;
  timeToRestoreSeconds: number | undefined;
}

const SUCCESSFUL = new Set(['success', 'inactive']);
const FAILED = new Set(['failure', 'error']);

export const isSuccessful = (record: Pick<DeploymentRecord, 'state'>): boolean => SUCCESSFUL.has(record.state);
export const isFailed = (record: Pick<DeploymentRecord, 'state'>): boolean => FAILED.has(record.state);

/** A deployment the rates count: not a rollback, and in a successful or failed state. */
export function isCounted(record: Pick<DeploymentRecord, 'state' | 'task'>): boolean {
  return record.task !== ROLLBACK_TASK && (isSuccessful(record) || isFailed(record));
}

/** When a deployment succeeded: its success status, or (without one) its latest status. */
function succeededAt(record: DeploymentRecord): number | undefined {
  return record.successAt ?? record.stateAt;
}

export function computeFigures(records: readonly DeploymentRecord[], windowMs: number): Figures {
  const counted = records.filter(isCounted);
  const failed = counted.filter(isFailed);
  const succeeded = counted.filter(isSuccessful);
  const days = windowMs / 86_400_000;

  const leadTimes = succeeded.flatMap((record) => {
    const at = succeededAt(record);
    return at !== undefined && record.committedAt !== undefined ? [at - record.committedAt] : [];
  });

  const restorePoints = records
    .filter(isSuccessful)
    .map(succeededAt)
    .filter((at): at is number => at !== undefined)
    .sort((a, b) => a - b);
  const restoreTimes = failed.flatMap((record) => {
    if (record.stateAt === undefined) return [];
    const failedAt = record.stateAt;
    const restored = restorePoints.find((at) => at > failedAt);
    return restored === undefined ? [] : [restored - failedAt];
  });

  return {
    deployments: counted.length,
    failedDeployments: failed.length,
    deploymentFrequency: (succeeded.length / days).toFixed(2),
    changeFailureRate: counted.length === 0 ? '0.0' : ((failed.length / counted.length) * 100).toFixed(1),
    leadTimeSeconds: medianSeconds(leadTimes),
    timeToRestoreSeconds: medianSeconds(restoreTimes),
  };
}

/** The median of millisecond spans, in whole seconds (rounded); undefined for none. */
export function medianSeconds(spansMs: readonly number[]): number | undefined {
  if (spansMs.length === 0) return undefined;
  const sorted = [...spansMs].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(median / 1000);
}

/**
 * DORA performance bands, from the 2023 Accelerate State of DevOps Report (Google Cloud / DORA).
 * The report gives ranges ("between once per day and once per week"); the cut-offs close its gaps
 * at the boundaries named in the README.
 */
const HOUR = 3600;
const DAY = 24 * HOUR;
export const BANDS = {
  /** deployments per day: elite on demand (at least daily), high at least weekly, medium at least monthly. */
  deploymentFrequency: (perDay: number): Band =>
    perDay >= 1 ? 'elite' : perDay >= 1 / 7 ? 'high' : perDay >= 1 / 30 ? 'medium' : 'low',
  /** seconds: elite under a day, high under a week, medium under a month (30 days). */
  leadTime: (seconds: number): Band =>
    seconds < DAY ? 'elite' : seconds < 7 * DAY ? 'high' : seconds < 30 * DAY ? 'medium' : 'low',
  /** percent: elite at most 5, high at most 10, medium at most 15. */
  changeFailureRate: (percent: number): Band =>
    percent <= 5 ? 'elite' : percent <= 10 ? 'high' : percent <= 15 ? 'medium' : 'low',
  /** seconds: elite under an hour, high under a day, medium under a week. */
  timeToRestore: (seconds: number): Band =>
    seconds < HOUR ? 'elite' : seconds < DAY ? 'high' : seconds < 7 * DAY ? 'medium' : 'low',
} as const;

export interface Report {
  repository: string;
  environment: string;
  window: { from: string; to: string; days: number };
  deployments: number;
  failedDeployments: number;
  rollbacks: number;
  deploymentFrequency: { perDay: number; band: Band | null };
  changeFailureRate: { percent: number; band: Band | null };
  leadTime: { seconds: number | null; band: Band | null };
  timeToRestore: { seconds: number | null; band: Band | null };
  bandsFrom: string;
}

export const BANDS_SOURCE = 'DORA 2023 Accelerate State of DevOps Report';

/** The `report` output. A figure with nothing to measure has no band (null). */
export function buildReport(
  figures: Figures,
  records: readonly DeploymentRecord[],
  meta: { repository: string; environment: string; from: number; to: number },
): Report {
  const perDay = Number(figures.deploymentFrequency);
  const percent = Number(figures.changeFailureRate);
  return {
    repository: meta.repository,
    environment: meta.environment,
    window: {
      from: new Date(meta.from).toISOString(),
      to: new Date(meta.to).toISOString(),
      days: Number(((meta.to - meta.from) / 86_400_000).toFixed(2)),
    },
    deployments: figures.deployments,
    failedDeployments: figures.failedDeployments,
    rollbacks: records.filter((record) => record.task === ROLLBACK_TASK).length,
    deploymentFrequency: { perDay, band: figures.deployments === 0 ? null : BANDS.deploymentFrequency(perDay) },
    changeFailureRate: { percent, band: figures.deployments === 0 ? null : BANDS.changeFailureRate(percent) },
    leadTime: {
      seconds: figures.leadTimeSeconds ?? null,
      band: figures.leadTimeSeconds === undefined ? null : BANDS.leadTime(figures.leadTimeSeconds),
    },
    timeToRestore: {
      seconds: figures.timeToRestoreSeconds ?? null,
      band: figures.timeToRestoreSeconds === undefined ? null : BANDS.timeToRestore(figures.timeToRestoreSeconds),
    },
    bandsFrom: BANDS_SOURCE,
  };
}

/** Counted deployments and failures per week (weeks start on Monday, UTC), oldest first, empty weeks kept. */
export function weeklyCounts(
  records: readonly DeploymentRecord[],
  from: number,
  to: number,
): { week: string; deployments: number; failures: number }[] {
  const mondayOf = (at: number) => {
    const day = new Date(at);
    day.setUTCHours(0, 0, 0, 0);
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    return day.getTime();
  };
  const weeks = new Map<number, { deployments: number; failures: number }>();
  for (let week = mondayOf(from); week <= to; week += 7 * 86_400_000) weeks.set(week, { deployments: 0, failures: 0 });
  for (const record of records.filter(isCounted)) {
    const bucket = weeks.get(mondayOf(record.createdAt));
    if (!bucket) continue;
    bucket.deployments += 1;
    if (isFailed(record)) bucket.failures += 1;
  }
  return [...weeks].map(([week, counts]) => ({ week: new Date(week).toISOString().slice(0, 10), ...counts }));
}
