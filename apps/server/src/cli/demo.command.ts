import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { DemoCaseCounts } from '../demo/demo-cases.ts';
import { loadDemoCity } from '../demo/demo-city.ts';
import { addDemoPersons } from '../demo/demo-load-persons.ts';
import { type DemoRegistryCounts, populateDemoRegistry } from '../demo/demo-registry.ts';
import {
  analyzeTrainingScale,
  generateTrainingScale,
  hasTrainingScale,
  TRAINEES_PER_CLASS,
  untrainedPersons,
} from '../demo/demo-training-scale.ts';
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
    .option(
      '--training-classes <n>',
      `另生成 N 个培训班及其学员（每班 ${TRAINEES_PER_CLASS} 名，取未参加培训的人员）、签到、考核和培训后就业`,
    )
    .action(async (o: { persons: string; seed: string; personsOnly?: boolean; trainingClasses?: string }) => {
      const persons = Number(o.persons);
      const seed = Number(o.seed);
      const trainingClasses = o.trainingClasses === undefined ? 0 : Number(o.trainingClasses);
      if (!Number.isInteger(persons) || persons < 1 || persons > 5_000_000)
        fail('--persons 应为 1 到 5000000 的整数');
      if (!Number.isInteger(seed)) fail('--seed 应为整数');
      if (
        o.trainingClasses !== undefined &&
        (!Number.isInteger(trainingClasses) || trainingClasses < 1 || trainingClasses > 20_000)
      )
        fail('--training-classes 应为 1 到 20000 的整数');
      const c = config();
      const cipher = createFieldCipher(c.dataKey);
      await withDatabase(c, async ({ db }) => {
        const started = Date.now();
        const [city] = await db.select().from(organisations).where(eq(organisations.regionCode, '370900'));
        const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} 秒`;
        const training = async () => {
          if (trainingClasses === 0) return;
          await generateDemoTrainingScale(db, trainingClasses, c.clock.today(), seconds);
        };
        if (trainingClasses > 0) {
          if (city && (await hasTrainingScale(db))) fail('演示城市已生成过规模培训数据，不能重复生成');
          await assertEnoughPersons(trainingClasses, persons, city ? await untrainedPersons(db) : 0);
        }
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
          await training();
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
        await training();
        console.log(`演示用户统一初始密码：${created.password}  （首次登录须修改）`);
      });
    });
}

/** Refuses, in Chinese, a number of classes the persons cannot fill (one person per class). */
async function assertEnoughPersons(classes: number, adding: number, untrained: number) {
  const needed = classes * TRAINEES_PER_CLASS;
  if (untrained + adding < needed)
    fail(
      `生成 ${classes} 个培训班需要至少 ${needed} 名未参加培训的人员（每班 ${TRAINEES_PER_CLASS} 名学员，一人只在一个班），` +
        `${untrained > 0 ? `演示城市现有 ${untrained} 名，` : ''}本次生成 ${adding} 名，不够；请加大 --persons`,
    );
}

async function generateDemoTrainingScale(db: Db, classes: number, today: string, seconds: () => string) {
  await assertEnoughPersons(classes, 0, await untrainedPersons(db));
  const counts = await generateTrainingScale(db, {
    classes,
    today,
    progress: (step) => console.log(`  培训：${step}（${seconds()}）`),
  });
  await analyzeTrainingScale(db);
  console.log(
    `  培训机构 ${counts.institutions}，培训班 ${counts.classes}，学员 ${counts.trainees}，` +
      `签到记录 ${counts.attendance}，培训取得证书 ${counts.certificates}（${seconds()}）`,
  );
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
