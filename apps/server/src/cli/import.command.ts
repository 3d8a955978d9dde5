import { createReadStream, createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { asc, eq, isNull } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { importKinds } from '../imports.ts';
import { type Actor, systemActor } from '../platform/access/actor.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { DomainError } from '../platform/errors.ts';
import type { ImportKind, ImportProgress } from '../platform/excel-import/importer.ts';
import { runImport } from '../platform/excel-import/run-import.ts';
import { firstSheetSize, withFileReadAt } from '../platform/excel-import/zip-directory.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { fail, withDatabase } from './with-database.ts';

const phaseLabel: Record<ImportProgress['phase'], string> = { validate: '校验', write: '写入', done: '完成' };

/**
 * The operator at the server console: the kind's write permission over the whole tree, audited
 * as the system user. Only someone with shell access to the server runs the CLI.
 */
function consoleActor(root: { id: number; path: string }, kind: ImportKind): Actor {
  return {
    ...systemActor(root.id, root.path),
    displayName: '系统（命令行导入）',
    roles: [
      {
        code: 'console',
        name: '控制台',
        permissions: [kind.permission],
        dataScope: 'all',
        customOrgPaths: [],
        adminClass: null,
      },
    ],
  };
}

async function orgOf(db: Db, given: string | undefined) {
  const [root] = await db
    .select()
    .from(organisations)
    .where(isNull(organisations.parentId))
    .orderBy(asc(organisations.id));
  if (!root) fail('数据库中还没有机构，请先启动服务完成初始化');
  if (given === undefined) return { root, org: root };
  const [org] = await db
    .select()
    .from(organisations)
    .where(
      /^\d{1,9}$/.test(given) ? eq(organisations.id, Number(given)) : eq(organisations.regionCode, given),
    );
  const [byCode] = org
    ? [org]
    : await db.select().from(organisations).where(eq(organisations.regionCode, given));
  if (!byCode) fail(`机构 ${given} 不存在（请填写机构编号或区划代码）`);
  return { root, org: byCode };
}

export function importCommand(program: Command, config: () => Config) {
  program
    .command('import <kind> <file>')
    .description(
      `从 Excel 导入数据，全部通过校验才写入 (import an .xlsx, all or nothing); kind: ${Object.keys(importKinds).join(' | ')}`,
    )
    .option('--org <idOrRegionCode>', '未填“所属机构”的行归入此机构（默认：根机构）')
    .action(async (kindName: string, file: string, o: { org?: string }) => {
      const kind = importKinds[kindName];
      if (!kind) fail(`未知的导入类型 ${kindName}（可选：${Object.keys(importKinds).join('、')}）`);
      if (!existsSync(file) || !/\.xlsx$/i.test(file)) fail(`找不到 .xlsx 文件：${file}`);
      const errorsPath = `${file.replace(/\.xlsx$/i, '')}.errors.xlsx`;
      rmSync(errorsPath, { force: true });
      const c = config();
      await withDatabase(c, async ({ db }) => {
        const { root, org } = await orgOf(db, o.org);
        const bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: `导入${kind.label} [{bar}] {percentage}% | 已读取 {value} 行 | {phase}`,
            noTTYOutput: !process.stderr.isTTY,
            notTTYSchedule: 500,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(1, 0, { phase: phaseLabel.validate });
        const started = Date.now();
        try {
          const { summary, errors } = await runImport({
            db,
            kind,
            actor: consoleActor(root, kind),
            cipher: createFieldCipher(c.dataKey),
            input: createReadStream(file),
            size: statSync(file).size,
            sheetBytes: await withFileReadAt(file, (readAt) => firstSheetSize(readAt, statSync(file).size)),
            fileName: file,
            today: c.clock.today(),
            defaultOrgId: org.id,
            errorOutput: () => createWriteStream(errorsPath),
            onProgress: (p) => {
              bar.setTotal(Math.max(1, p.totalEstimate));
              bar.update(p.rowsRead, { phase: phaseLabel[p.phase] });
            },
          });
          bar.stop();
          const secs = ((Date.now() - started) / 1000).toFixed(1);
          if (summary.errors === 0) {
            console.log(
              `导入完成（${secs} 秒）：共 ${summary.total} 行，新增 ${summary.imported} 条，已存在且相同 ${summary.unchanged} 条`,
            );
            return;
          }
          console.error(
            `校验未通过，未导入任何数据：共 ${summary.total} 行，${summary.errors} 处错误（${secs} 秒）`,
          );
          for (const e of errors.slice(0, 20)) console.error(`  第 ${e.row} 行「${e.column}」：${e.message}`);
          if (summary.errors > 20) console.error(`  ……其余 ${summary.errors - 20} 处见错误清单`);
          console.error(`错误清单：${errorsPath}`);
          process.exitCode = 1;
        } catch (e) {
          bar.stop();
          if (e instanceof DomainError) fail(e.message);
          throw e;
        }
      });
    });
}
