// Fails when the Drizzle schema and the committed SQL migrations disagree: drizzle-kit generates
// into a scratch copy of the migrations folder, and any new file there means a migration is missing.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'minsheng-migrations-'));
try {
  cpSync(path.join(root, 'drizzle'), scratch, { recursive: true });
  const before = new Set(readdirSync(scratch));
  const config = path.join(root, `drizzle.check.${process.pid}.config.ts`);
  writeFileSync(
    config,
    `export default { dialect: 'postgresql', schema: './src/**/*.schema.ts', out: ${JSON.stringify(scratch)} };\n`,
  );
  try {
    execFileSync('npx', ['drizzle-kit', 'generate', '--config', config, '--name', 'pending'], {
      cwd: root,
      stdio: 'pipe',
    });
  } finally {
    rmSync(config);
  }
  const added = readdirSync(scratch).filter((f) => !before.has(f));
  if (added.length > 0) {
    console.error(`Schema and migrations disagree: drizzle-kit would add ${added.join(', ')}.`);
    console.error('Run `npm run db:generate` and commit the new migration.');
    process.exit(1);
  }
  console.log('Schema and migrations agree.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
