import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One runner for the unit and integration tiers; the browser journeys run separately (e2e/run.mjs).
export default defineConfig({
  test: {
    // Vitest's default leaves one core to its main process, which on a 2-core machine means one
    // worker. The main process mostly waits: two workers took the unit tier from 1 056 s to 600 s.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      { test: { name: 'rules', root: 'packages/rules', include: ['src/**/*.test.ts'] } },
      { test: { name: 'web', root: 'apps/web', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          root: 'apps/server',
          include: ['src/**/*.test.ts'],
          globalSetup: ['src/test/global-setup.ts'],
          // Test files share a worker's module cache: each file clones its own database, and no
          // test mocks modules, so isolation only re-imported the server ~120 times (about a third
          // of the suite's CPU time on a 24-file sample: 3m15s → 2m04s user).
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
