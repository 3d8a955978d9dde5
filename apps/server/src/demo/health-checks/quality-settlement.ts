import type { Db, Executor } from '../../db/client.ts';
import { createCaseTypesService } from '../../modules/cases/case-types/case-types.service.ts';
import { createQualityRepo } from '../../modules/health-checks/quality/quality.repo.ts';
import { createQualityService } from '../../modules/health-checks/quality/quality.service.ts';
import { HEALTH_CHECK_SETTLEMENT } from '../../modules/health-checks/settlements/settlement-rule.ts';
import { createSettlementsService } from '../../modules/health-checks/settlements/settlements.service.ts';
import { createDeploymentService } from '../../modules/policy/deployment.service.ts';
import { createPolicyService } from '../../modules/policy/policy.service.ts';
import { fixedClock } from '../../platform/clock.ts';
import { demoActors, demoCalendar } from '../demo-services.ts';

/** The bureau's administrator who sets which items the city takes (经办事项设置). */
const BUREAU_ADMIN = 'sj_reviewer';
/** How many of the second hospital's examinations the 医保处 audits. */
const SAMPLED = 10;

/**
 * 第二十条 in the demo: the bureau takes 德州's settlement item (本市参照执行: the case type is turned
 * on as an administrator's setting, the policy not being 肥城市's own); the 医保处 audits ten of the
 * second hospital's concluded examinations at the package's items — two result errors and one
 * omission in 120 items, so 检查检验结果差错率 1.6667% is above 1% and its settlement shows a
 * deduction — and enters an opinion-box survey at each hospital (the first 49 of 50 satisfied, 98%
 * exactly; the second 48 of 50, 96%); the second hospital's settlement is computed, not filed. The
 * first hospital is left without samples: the journey audits them. Runs after the examinations demo.
 */
export async function createDemoQualityAndSettlement(
  tx: Executor,
  o: { today: string; officerUsername: string; planId: string; hospitalIds: string[] },
): Promise<{ samples: number; surveys: number; settlements: number }> {
  const db = tx as unknown as Db;
  const clock = fixedClock(`${o.today}T10:00:00+08:00`);
  const work = await demoCalendar(tx);
  const calendar = { current: () => work };
  const deployment = createDeploymentService({ db, clock });
  const policies = createPolicyService({ db, clock, calendar, deployment });
  const caseTypes = createCaseTypesService({ db, deployment });
  const deps = { db, clock, calendar, policies, caseTypes };
  const actors = await demoActors(tx, [o.officerUsername, BUREAU_ADMIN]);
  const officer = actors.get(o.officerUsername)!;
  const admin = actors.get(BUREAU_ADMIN)!;
  const [first, second] = o.hospitalIds;
  if (!first || !second) throw new Error('the quality demo needs the two demo hospitals');

  const type = await caseTypes.get(HEALTH_CHECK_SETTLEMENT);
  await caseTypes.updateSettings(admin, type.id, { version: type.version, enabled: true });

  const quality = createQualityService(deps);
  const exams = await createQualityRepo(tx).unsampled(second, o.planId, undefined, SAMPLED);
  if (exams.length < SAMPLED)
    throw new Error('the quality demo needs ten concluded examinations at hospital 2');
  for (const [i, e] of exams.entries())
    await quality.addSample(officer, {
      hospitalId: second,
      planId: o.planId,
      examinationId: e.examinationId,
      sampledOn: o.today,
      resultErrors: i < 2 ? 1 : 0,
      omittedItems: i === 2 ? 1 : 0,
      entryErrors: 0,
      ...(i < 2 ? { note: '血常规结果与原始记录不符' } : i === 2 ? { note: '漏做尿常规' } : {}),
    });
  for (const [hospitalId, satisfied] of [
    [first, 49],
    [second, 48],
  ] as const)
    await quality.addSurvey(officer, {
      hospitalId,
      planId: o.planId,
      collectedOn: o.today,
      forms: 50,
      satisfied,
      note: '医保处开启意见箱汇总',
    });

  await createSettlementsService(deps).compute(officer, { hospitalId: second, planId: o.planId });
  return { samples: exams.length, surveys: 2, settlements: 1 };
}
