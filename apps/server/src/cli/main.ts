import { Command, CommanderError } from 'commander';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { BAD_INPUT_EXIT, chineseUsageError } from './cli-input.ts';

type Register = (program: Command, config: () => Config) => void;

/**
 * Each top-level command's module, loaded only when that command runs (or for --help): the
 * server, the importer and the database driver take seconds to load, and a calculator such as
 * `workdays` or `policy evaluate` should answer without them.
 */
const commandModules: Record<string, () => Promise<Register>> = {
  serve: async () => (await import('./serve.command.ts')).serveCommand,
  migrate: async () => (await import('./migrate.command.ts')).migrateCommand,
  user: async () => (await import('./user.command.ts')).userCommands,
  audit: async () => (await import('./audit.command.ts')).auditCommands,
  backup: async () => (await import('./backup.command.ts')).backupCommands,
  policy: async () => (await import('./policy.command.ts')).policyCommands,
  demo: async () => (await import('./demo.command.ts')).demoCommands,
  import: async () => (await import('./import.command.ts')).importCommand,
  workdays: async () => (await import('./workdays.command.ts')).workdaysCommands,
  id: async () => (await import('./id.command.ts')).idCommands,
  retirement: async () => (await import('./retirement.command.ts')).retirementCommand,
};
// `backup` registers `restore` beside itself.
const moduleOf = (name: string) => (name === 'restore' ? 'backup' : name);

const program = new Command('minsheng')
  .description('民生 — 就业和社会保障服务平台 (employment and social-security service platform)')
  .showHelpAfterError()
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(chineseUsageError(text)) });

const config = () => loadConfig();
const named = process.argv.slice(2).find((a) => !a.startsWith('-'));
const load = named && commandModules[moduleOf(named)];
const registers = load ? [await load()] : await Promise.all(Object.values(commandModules).map((m) => m()));
for (const register of registers) register(program, config);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(BAD_INPUT_EXIT);
  }
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : BAD_INPUT_EXIT);
  throw err;
}
