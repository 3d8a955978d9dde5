// `npm run bench`: every benchmark of the project, each comparing against a baseline in the same
// run (ratios, not absolute times). Results go to stdout as Markdown; BENCHMARKS.md records them.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// The database benchmarks print SKIPPED without DATABASE_URL (run them through scripts/with-postgres.sh).
const benches = [
  'packages/rules/bench/batch.bench.ts',
  'packages/rules/bench/compiled.bench.ts',
  'apps/server/bench/statistics.bench.ts',
  'apps/server/bench/interest-subsidy.bench.ts',
  'apps/server/bench/screening.bench.ts',
];

let failed = false;
for (const bench of benches) {
  console.log(`\n## ${bench}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', bench], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
