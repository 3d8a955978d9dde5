import type { Command } from 'commander';
import type { InitialAccount } from '../bootstrap.ts';
import type { Config } from '../config.ts';
import type { Executor } from '../db/client.ts';
import { createDemoCity, type DemoCity } from '../demo/demo-city.ts';
import { configuredAttachmentStorage } from '../platform/attachments/configured-storage.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { startServer } from '../server.ts';
import { demoUserLines, initialAccountLines, openUrls } from './serve-output.ts';

const DEMO_PERSONS = 300;
const rule = '='.repeat(72);

function printInitialAccounts(accounts: InitialAccount[]) {
  console.log(
    `\n${rule}\n首次启动：已生成管理员初始密码（只显示这一次，请立即记录；首次登录须修改密码并绑定动态口令）`,
  );
  for (const line of initialAccountLines(accounts)) console.log(line);
  console.log(rule);
}

function printDemo(demo: DemoCity & { password: string }) {
  console.log(`已载入演示城市：泰安市（${DEMO_PERSONS} 名演示人员），演示用户：`);
  for (const line of demoUserLines(demo.users)) console.log(line);
  if (demo.entrepreneurChain)
    console.log(
      `创业全流程演示：学员档案 ${demo.entrepreneurChain.fileNumber}（${demo.entrepreneurChain.station} 登录 →「学员信息库」→ 该档案：SYB 培训、计划书评审、担保贷款放款、开业与半年回访在同一时间线上）`,
    );
  if (demo.healthChecks)
    console.log(
      `职工健康体检演示：医保处 yb_370900 →「体检医院」「体检计划与分配」「质量抽查与满意率」「体检费用结算」；泰安市中心医院 yy_tazx →「受检人员」今日 ${demo.healthChecks.todayExaminees} 人待检`,
    );
  if (demo.screening)
    console.log(
      `政策找人演示：岱庙街道 jd_370902001 →「政策找人」→「线索清单」有 ${demo.screening.personIds.length} 名可能符合就业援助补贴、尚未申领的人员；市局 sj_reviewer →「筛查运行」→「立即筛查」`,
    );
  if (demo.entitlements)
    console.log(
      '定期待遇演示：岱庙街道 jd_370902001 →「公益性岗位台账」「定期待遇」（3 名岗位人员按月拨付，1 名因再就业已停发）；市局 sj_reviewer →「发放名单」→「生成发放名单」选本月：再就业的 1 名停发并注明原因',
    );
  console.log(`演示用户统一初始密码：${demo.password}  （首次登录须修改）\n${rule}\n`);
}

export function serveCommand(program: Command, config: () => Config) {
  program
    .command('serve')
    .description('启动服务：迁移数据库、提供接口和网页 (run the server)')
    .option('--demo', '数据库为空时载入演示城市（机构、各角色用户、演示人员）')
    .action(async (o: { demo?: boolean }) => {
      const c = config();
      let demo: (DemoCity & { password: string }) | undefined;
      const demoCity = async (tx: Executor) => {
        demo = await createDemoCity(tx, createFieldCipher(c.dataKey), {
          persons: DEMO_PERSONS,
          today: c.clock.today(),
          now: c.clock.now(),
          attachmentStorage: configuredAttachmentStorage(c),
        });
        return demo.rootOrgId;
      };
      const app = await startServer(c, {
        ...(o.demo ? { demoCity } : {}),
        onInitialAccounts: (accounts) => {
          printInitialAccounts(accounts);
          if (demo) printDemo(demo);
        },
      });
      for (const url of openUrls(c)) console.log(`民生平台已启动：${url}  （接口文档 ${url}/api/docs）`);
      console.log(`数据库：${c.databaseUrl ? 'PostgreSQL' : `PGlite（${c.dataDir}/pglite）`}`);
      app.log.info('ready');
    });
}
