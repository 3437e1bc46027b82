import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start Node 24 processes and real servers; give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The fault matrix (test/faults) runs its cells concurrently: most of a cell is waiting on a fault's timeout.
    maxConcurrency: 10,
  },
});
