import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One runner for the unit and integration tiers; the browser journeys run separately (e2e/run.mjs).
export default defineConfig({
  test: {
    // One file at a time on this 2-core machine. Two workers took the unit tier from 1 056 s to
    // 600 s, but twice in about seven two-worker CI runs an Excel import job in
    // contracts.import.test.ts failed (once per tier), which no one-worker run has shown; its cause
    // is not found yet. Until it is, CI's time is spent on one worker, within its budget.
    maxWorkers: Math.max(1, availableParallelism() - 1),
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
