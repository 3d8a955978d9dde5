import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { backupDatabase, RestoreError, restoreDatabase } from '../platform/backup/backup.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { fail, withDatabase } from './with-database.ts';

const report = (table: string, rows: number) => console.log(`  ${table.padEnd(28)} ${rows} 行`);

export function backupCommands(program: Command, config: () => Config) {
  program
    .command('backup <file>')
    .description('备份整个数据库到文件（一致性快照，gzip JSON） (back up the whole database)')
    .action(async (file: string) => {
      const target = path.resolve(file);
      const c = config();
      await withDatabase(c, async (d) => {
        console.log(`正在备份 ${d.kind} 数据库到 ${target}`);
        const keyCheck = createFieldCipher(c.dataKey).keyCheck();
        const counts = await backupDatabase(d.db, target, { keyCheck, onTable: report });
        console.log(
          `备份完成：${Object.keys(counts).length} 张表，${Object.values(counts).reduce((a, b) => a + b, 0)} 行`,
        );
      });
    });
  program
    .command('restore <file>')
    .description('从备份文件恢复到空数据库 (restore into an empty database)')
    .action(async (file: string) => {
      const source = path.resolve(file);
      if (!existsSync(source)) fail(`备份文件不存在：${source}`);
      const c = config();
      await withDatabase(c, async (d) => {
        console.log(`正在从 ${source} 恢复到 ${d.kind} 数据库`);
        try {
          const keyCheck = createFieldCipher(c.dataKey).keyCheck();
          const counts = await restoreDatabase(d.db, source, { keyCheck, onTable: report });
          console.log(
            `恢复完成：${Object.values(counts).reduce((a, b) => a + b, 0)} 行。请运行 minsheng audit verify 校验审计链。`,
          );
        } catch (err) {
          if (err instanceof RestoreError) fail(err.message);
          throw err;
        }
      });
    });
}
