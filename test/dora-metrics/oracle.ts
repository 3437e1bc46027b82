import type { BundleResult } from '../support/bundle.js';
import type { StoredDeployment } from '../support/github-api.js';
import type { generateHistory } from './history.js';

/**
 * The figures computed straight from the stored records and the README's definitions, written
 * apart from src/ on purpose: plain loops over the raw REST-shaped records, no shared code.
 */
export interface OracleFigures {
  deployments: string;
  failedDeployments: string;
  deploymentFrequency: string;
  changeFailureRate: string;
  leadTime: string;
  timeToRestore: string;
}

export function oracle(
  all: StoredDeployment[],
  commits: Map<string, string>,
  environment: string,
  from: number,
  to: number,
): OracleFigures {
  const inWindow = all.filter(
    (d) => d.environment === environment && Date.parse(d.created_at) >= from && Date.parse(d.created_at) <= to,
  );

  function stateOf(d: StoredDeployment): string {
    if (d.statuses.length === 0) return 'none';
    return d.statuses[d.statuses.length - 1]!.state;
  }
  function good(d: StoredDeployment): boolean {
    return stateOf(d) === 'success' || stateOf(d) === 'inactive';
  }
  function bad(d: StoredDeployment): boolean {
    return stateOf(d) === 'failure' || stateOf(d) === 'error';
  }
  // The time of the success status: the last status whose state is success; without one, the latest status.
  function successTime(d: StoredDeployment): number {
    let time = Date.parse(d.statuses[d.statuses.length - 1]!.created_at);
    for (const status of d.statuses) if (status.state === 'success') time = Date.parse(status.created_at);
    return time;
  }

  let counted = 0;
  let failed = 0;
  let succeeded = 0;
  const leads: number[] = [];
  const restores: number[] = [];
  for (const d of inWindow) {
    if (d.task === 'deploy:rollback') continue;
    if (!good(d) && !bad(d)) continue;
    counted++;
    if (good(d)) {
      succeeded++;
      const committed = commits.get(d.sha);
      if (committed !== undefined) leads.push((successTime(d) - Date.parse(committed)) / 1000);
    } else {
      failed++;
      const failedAt = Date.parse(d.statuses[d.statuses.length - 1]!.created_at);
      let first = Infinity;
      for (const other of inWindow) {
        if (!good(other)) continue;
        const at = successTime(other);
        if (at > failedAt && at < first) first = at;
      }
      if (first !== Infinity) restores.push((first - failedAt) / 1000);
    }
  }
  const days = (to - from) / 86_400_000;
  return {
    deployments: String(counted),
    failedDeployments: String(failed),
    deploymentFrequency: (succeeded / days).toFixed(2),
    changeFailureRate: counted === 0 ? '0.0' : ((100 * failed) / counted).toFixed(1),
    leadTime: median(leads),
    timeToRestore: median(restores),
  };
}

function median(values: number[]): string {
  if (values.length === 0) return '';
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const middle = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return String(Math.round(middle));
}

/** The run's figures, by the oracle's names. */
export function figures(result: BundleResult): Record<keyof OracleFigures, string | undefined> {
  return {
    deployments: result.outputs['deployments'],
    failedDeployments: result.outputs['failed-deployments'],
    deploymentFrequency: result.outputs['deployment-frequency'],
    changeFailureRate: result.outputs['change-failure-rate'],
    leadTime: result.outputs['lead-time'],
    timeToRestore: result.outputs['time-to-restore'],
  };
}

/** The oracle's figures for the window the run reported (its `report.window`). */
export function oracleFor(
  result: BundleResult,
  history: ReturnType<typeof generateHistory>,
  environment = 'production',
) {
  const report = JSON.parse(result.outputs['report']!);
  return oracle(
    history.deployments,
    history.commits,
    environment,
    Date.parse(report.window.from),
    Date.parse(report.window.to),
  );
}
