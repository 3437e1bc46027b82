import type { Rehearsal } from './engine.js';

/**
 * Prints a rehearsal's table (jobs × steps × outcome) under a title: what `npm run rehearse` shows.
 * With REHEARSE_LOGS=1 it also prints the output of every failed step.
 */
export function printTable(title: string, run: Rehearsal): void {
  console.log(`\n${title}\n${run.table()}\n`);
  if (!process.env['REHEARSE_LOGS']) return;
  for (const job of run.jobs) {
    for (const step of job.steps.filter((s) => s.outcome === 'failure' && s.result)) {
      console.log(
        `--- ${job.key} / ${step.label}\n${step.result!.stdout.slice(-4000)}\n${step.result!.stderr.slice(-2000)}`,
      );
    }
  }
}
