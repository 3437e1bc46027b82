// Helpers shared by the benchmarks in bench/*.bench.mjs. Each benchmark is a script that prints one
// markdown section; `npm run bench` runs them all and keeps the combined report in .bench/report.md.
// Machines here are noisy: report medians (and p90 where useful), and always a baseline measured in
// the same run, with the ratio.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Node 24, as the runner uses. */
export const NODE24 = join(ROOT, 'node_modules', 'node', 'bin', 'node');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** `1.23 s` or `456 ms`. */
export function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

/** A markdown table. */
export function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Prints a section: a heading, a sentence on method, a table, and whether each target was met. */
export function section(title, method, headers, rows, verdicts = []) {
  const lines = [`## ${title}`, '', method, '', table(headers, rows)];
  if (verdicts.length) lines.push('', ...verdicts.map((v) => `- ${v.met ? 'met' : 'MISSED'}: ${v.text}`));
  console.log(`${lines.join('\n')}\n`);
}

/**
 * Paired measurement for a noisy, shared machine: A and B run alternately, pair by pair (after
 * `warmup` pairs), and the figure is the median of the per-pair ratios B/A, so that load which
 * comes and goes hits both sides of a pair alike. `a` and `b` are async functions returning one
 * wall time in ms. Returns both sides' times, the ratios and the median ratio.
 */
export async function paired(a, b, { pairs = 15, warmup = 1 } = {}) {
  const timesA = [];
  const timesB = [];
  const ratios = [];
  for (let i = 0; i < pairs + warmup; i++) {
    // Alternate which side goes first, so neither always runs on a warmer machine.
    const [first, second] = i % 2 ? [b, a] : [a, b];
    const one = await first();
    const two = await second();
    const [timeA, timeB] = i % 2 ? [two, one] : [one, two];
    if (i < warmup) continue;
    timesA.push(timeA);
    timesB.push(timeB);
    ratios.push(timeB / timeA);
  }
  return { a: timesA, b: timesB, ratios, ratio: median(ratios) };
}

/** One run of a command as an async timing (ms), for `paired`. */
export function timeOnce(command, args, { env, cwd } = {}) {
  return async () => {
    const started = performance.now();
    const result = spawnSync(command, args, { env: env ?? process.env, cwd, stdio: 'ignore' });
    const elapsed = performance.now() - started;
    if (result.error) throw result.error;
    return elapsed;
  };
}
