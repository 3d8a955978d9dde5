// `node scripts/bench-import.mjs [rows…]`: the Excel import benchmark (apps/server/bench/import.bench.ts)
// — full person import on PGlite (and PostgreSQL when DATABASE_URL is set) against a bare exceljs
// streaming read of the same workbook, with peak RSS. Results as Markdown on stdout.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'apps/server/bench/import.bench.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
