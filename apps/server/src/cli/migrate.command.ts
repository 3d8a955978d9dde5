import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { withDatabase } from './with-database.ts';

export function migrateCommand(program: Command, config: () => Config) {
  program
    .command('migrate')
    .description('应用数据库迁移 (apply the committed SQL migrations)')
    .action(async () => {
      await withDatabase(config(), async (d) => console.log(`数据库已是最新结构 (${d.kind})`));
    });
}
