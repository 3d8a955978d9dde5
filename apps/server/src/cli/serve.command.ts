import type { Command } from 'commander';
import type { InitialAccount } from '../bootstrap.ts';
import type { Config } from '../config.ts';
import type { Executor } from '../db/client.ts';
import { createDemoCity, type DemoCity } from '../demo/demo-city.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { startServer } from '../server.ts';

const DEMO_PERSONS = 300;
const rule = '='.repeat(72);

const roleNames: Record<string, string> = {
  system_admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
};

function printInitialAccounts(accounts: InitialAccount[]) {
  console.log(
    `\n${rule}\n首次启动：已生成管理员初始密码（只显示这一次，请立即记录；首次登录须修改密码并绑定动态口令）`,
  );
  for (const a of accounts) {
    console.log(
      `  ${(roleNames[a.role] ?? a.role).padEnd(8)} 用户名 ${a.username.padEnd(10)} 初始密码 ${a.password}`,
    );
  }
  console.log(rule);
}

function printDemo(demo: DemoCity & { password: string }) {
  console.log(`已载入演示城市：泰安市（${DEMO_PERSONS} 名演示人员），演示用户：`);
  for (const u of demo.users) console.log(`  ${u.username.padEnd(22)} ${u.role.padEnd(22)} ${u.orgName}`);
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
      const shown = c.host === '0.0.0.0' ? 'localhost' : c.host;
      console.log(
        `民生平台已启动：http://${shown}:${c.port}  （接口文档 http://${shown}:${c.port}/api/docs）`,
      );
      console.log(`数据库：${c.databaseUrl ? 'PostgreSQL' : `PGlite（${c.dataDir}/pglite）`}`);
      app.log.info('ready');
    });
}
