import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config.ts';
import { auditCommands } from './audit.command.ts';
import { backupCommands } from './backup.command.ts';
import { demoCommands } from './demo.command.ts';
import { importCommand } from './import.command.ts';
import { migrateCommand } from './migrate.command.ts';
import { policyCommands } from './policy.command.ts';
import { serveCommand } from './serve.command.ts';
import { userCommands } from './user.command.ts';

const program = new Command('minsheng')
  .description('民生 — 就业和社会保障服务平台 (employment and social-security service platform)')
  .showHelpAfterError();

const config = () => loadConfig();

serveCommand(program, config);
migrateCommand(program, config);
userCommands(program, config);
auditCommands(program, config);
backupCommands(program, config);
policyCommands(program, config);
demoCommands(program, config);
importCommand(program, config);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
