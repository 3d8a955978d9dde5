import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { DemoCaseCounts } from '../demo/demo-cases.ts';
import { loadDemoCity } from '../demo/demo-city.ts';
import { addDemoPersons } from '../demo/demo-load-persons.ts';
import { type DemoRegistryCounts, populateDemoRegistry } from '../demo/demo-registry.ts';
import { type CaseStatus, caseStatusLabels } from '../modules/cases/workflow/case-status.ts';
import { configuredAttachmentStorage } from '../platform/attachments/configured-storage.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { fail, withDatabase } from './with-database.ts';

export function demoCommands(program: Command, config: () => Config) {
  const demo = program.command('demo').description('演示数据 (synthetic demo data)');
  demo
    .command('generate')
    .description('生成演示城市（泰安市）或向已有演示城市追加人员 (create or grow the demo city)')
    .option('--persons <n>', '人员数量', '300')
    .option('--seed <n>', '随机种子（相同种子生成相同数据）', '2026')
    .option('--persons-only', '只生成人员（不生成单位、家庭、登记、合同、缴费、证书；用于基准测试）')
    .action(async (o: { persons: string; seed: string; personsOnly?: boolean }) => {
      const persons = Number(o.persons);
      const seed = Number(o.seed);
      if (!Number.isInteger(persons) || persons < 1 || persons > 5_000_000)
        fail('--persons 应为 1 到 5000000 的整数');
      if (!Number.isInteger(seed)) fail('--seed 应为整数');
      const c = config();
      const cipher = createFieldCipher(c.dataKey);
      await withDatabase(c, async ({ db }) => {
        const started = Date.now();
        const [city] = await db.select().from(organisations).where(eq(organisations.regionCode, '370900'));
        const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} 秒`;
        if (city) {
          const { inserted, registry } = await db.transaction(async (tx) => {
            const added = await addDemoPersons(tx, cipher, { persons, seed });
            return {
              ...added,
              registry: o.personsOnly
                ? null
                : await populateDemoRegistry(tx, cipher, {
                    cityPath: city.path,
                    persons,
                    seed,
                    today: c.clock.today(),
                  }),
            };
          });
          console.log(`已向演示城市追加 ${inserted} 名人员（${seconds()}）`);
          if (registry) printRegistry(registry);
          return;
        }
        const created = await loadDemoCity(db, cipher, {
          persons,
          seed,
          today: c.clock.today(),
          now: c.clock.now(),
          personsOnly: o.personsOnly === true,
          attachmentStorage: configuredAttachmentStorage(c),
        });
        console.log(
          `已创建演示城市泰安市：${persons} 名人员，${created.users.length} 个演示用户（${seconds()}）`,
        );
        if (created.registry) printRegistry(created.registry);
        if (created.cases) printCases(created.cases);
        if (created.townAssessment) {
          const t = created.townAssessment;
          console.log(`  街镇考核方案 ${t.plans}，季度上报 ${t.submissions}，考核通报 ${t.documents}`);
        }
        console.log(`演示用户统一初始密码：${created.password}  （首次登录须修改）`);
      });
    });
}

function printCases(c: DemoCaseCounts) {
  console.log(
    `  案件 ${c.cases}（${Object.entries(c.byStage)
      .map(([stage, n]) => `${caseStatusLabels[stage as CaseStatus]} ${n}`)
      .join(
        '，',
      )}），公示 ${c.notices}（异议 ${c.objections}），用款计划 ${c.paymentPlans}，紧缺工种 ${c.shortageOccupations}`,
  );
}

function printRegistry(c: DemoRegistryCounts) {
  console.log(
    `  用人单位 ${c.employers}，家庭 ${c.households}（零就业 ${c.zeroEmploymentHouseholds}），` +
      `就业登记 ${c.employmentRegistrations}，失业登记 ${c.unemploymentRegistrations}，` +
      `就业困难认定 ${c.difficultyDeterminations}，劳动合同 ${c.contracts}，缴费记录 ${c.contributions}，` +
      `职业资格证书 ${c.certificates}`,
  );
}
