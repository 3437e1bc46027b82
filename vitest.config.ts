import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // The package ships source maps that point at sources it does not ship: drop the references
      // instead of printing one warning per module.
      name: 'workflow-parser-without-source-maps',
      load(id) {
        if (!id.includes('/@actions/workflow-parser/') || !id.endsWith('.js')) return undefined;
        return { code: readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, ''), map: null };
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start Node 24 processes and real servers; give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most of a test file's time is spent waiting on child processes and loopback servers, not on
    // the CPU: three files at a time on a 2-core machine more than halves the run (vitest's default is one
    // worker per core less one, so a single worker here).
    maxWorkers: 3,
    // The fault matrix (test/faults) runs its cells concurrently: most of a cell is waiting on a fault's timeout.
    maxConcurrency: 6,
    // @actions/workflow-parser imports its JSON schema without an import attribute, which Node refuses:
    // let Vite transform it instead of handing it to Node.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
