import type { Rehearsal } from './engine.js';

/** Prints a rehearsal's table (jobs × steps × outcome) under a title: what `npm run rehearse` shows. */
export function printTable(title: string, run: Rehearsal): void {
  console.log(`\n${title}\n${run.table()}\n`);
}
