import { addDays, isWeekend } from '@minsheng/rules/engine/dates.ts';
import { and, asc, eq, inArray, like, lte, max } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { healthCheckHospitals } from '../../modules/health-checks/hospitals/hospitals.schema.ts';
import { createExamineesService } from '../../modules/health-checks/plans/examinees.service.ts';
import { healthCheckExaminees } from '../../modules/health-checks/plans/plans.schema.ts';
import { createPlansService } from '../../modules/health-checks/plans/plans.service.ts';
import { insuranceContributions } from '../../modules/registry/contributions/contributions.schema.ts';
import { shiftMonth } from '../../modules/registry/contributions/insurance-evidence.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { demoActors } from '../demo-services.ts';

/** Of the examinees, this share is allocated (the rest wait for a hospital and a day). */
const ALLOCATED_SHARE = 0.7;
/** The day of checks the journey walks at the first hospital. */
const TODAY_AT_FIRST = 4;

/**
 * The latest month, not after `month`, in which someone of the subtree paid 基本医疗保险 (the demo
 * registry's contributions stop at last month; the month before the plan starts normally has them).
 */
async function eligibilityMonth(tx: Executor, orgPath: string, month: string) {
  const c = insuranceContributions;
  const [row] = await tx
    .select({ month: max(c.month) })
    .from(c)
    .where(
      and(
        eq(c.kind, 'medical'),
        eq(c.status, 'paid'),
        lte(c.month, `${month}-01`),
        like(c.orgPath, `${orgPath}%`),
      ),
    );
  if (!row?.month) throw new Error('the demo registry has no paid medical insurance month for the plan');
  return row.month.slice(0, 7);
}

/**
 * The year's health-check plan as the 医保处 runs it, through the plan services: a plan from 70 days
 * before `today` to 30 days after, eligibility by the month before it starts, opened, its examinees
 * generated from the contributions; about 70 % of them allocated across the hospitals on the working
 * days before today within each hospital's daily volume, exactly four at the first hospital today
 * (the journey's day of checks, returned), the rest left unallocated; all allocated notified; one
 * bedside check on an employer's application. Deterministic: examinees in ID-hash order.
 */
export async function createDemoPlan(
  tx: Executor,
  o: { today: string; officerUsername: string; hospitalIds: string[] },
): Promise<{ planId: string; todayExamineeIds: string[] }> {
  const { today } = o;
  const startOn = addDays(today, -70);
  // the 医保处 books and notifies a week before the checks begin
  const booked = addDays(startOn, -7);
  const clock: Clock = { now: () => new Date(`${booked}T09:00:00+08:00`), today: () => booked };
  const db = tx as unknown as Db;
  const plans = createPlansService({ db });
  const examinees = createExamineesService({ db, clock });
  const officer = (await demoActors(tx, [o.officerUsername])).get(o.officerUsername);
  if (!officer) throw new Error(`the demo account ${o.officerUsername} is missing`);

  const year = Number(startOn.slice(0, 4));
  const draft = await plans.create(officer, {
    year,
    name: `${year}年度市直职工健康体检`,
    startOn,
    endOn: addDays(today, 30),
    eligibilityMonth: await eligibilityMonth(tx, officer.orgPath, shiftMonth(startOn.slice(0, 7), -1)),
  });
  const plan = await plans.open(officer, draft.id, draft.version);
  await plans.generate(officer, plan.id);

  const ids = (
    await tx
      .select({ id: healthCheckExaminees.id })
      .from(healthCheckExaminees)
      .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
      .where(eq(healthCheckExaminees.planId, plan.id))
      .orderBy(asc(persons.idNumberHash))
  ).map((r) => r.id);
  const hospitals = await tx
    .select({ id: healthCheckHospitals.id, volume: healthCheckHospitals.plannedDailyVolume })
    .from(healthCheckHospitals)
    .where(inArray(healthCheckHospitals.id, o.hospitalIds));
  const volumeOf = new Map(hospitals.map((h) => [h.id, h.volume]));
  const allocate = (hospitalId: string, scheduledOn: string, chunk: string[]) =>
    examinees.allocate(officer, plan.id, {
      hospitalId,
      scheduledOn,
      target: { kind: 'examinees', ids: chunk },
    });

  const todayExamineeIds = ids.slice(0, TODAY_AT_FIRST);
  await allocate(o.hospitalIds[0]!, today, todayExamineeIds);
  const past = ids.slice(TODAY_AT_FIRST, Math.floor(ids.length * ALLOCATED_SHARE));
  const days = Array.from({ length: 70 }, (_, i) => addDays(startOn, i)).filter((d) => !isWeekend(d));
  const perDay = Math.ceil(past.length / (days.length * o.hospitalIds.length));
  let next = 0;
  for (const day of days)
    for (const hospitalId of o.hospitalIds) {
      const chunk = past.slice(next, next + Math.min(perDay, volumeOf.get(hospitalId) ?? 0));
      if (chunk.length === 0) continue;
      await allocate(hospitalId, day, chunk);
      next += chunk.length;
    }
  await examinees.notify(officer, plan.id, { kind: 'all' });

  const bedside = past[0];
  if (bedside) {
    const [row] = await tx
      .select({ version: healthCheckExaminees.version })
      .from(healthCheckExaminees)
      .where(eq(healthCheckExaminees.id, bedside));
    await examinees.setVisit(officer, bedside, {
      mode: 'bedside',
      note: '参检单位申请：该职工脑梗死后长期卧床，无法移动，申请到床体检',
      version: row!.version,
    });
  }
  return { planId: plan.id, todayExamineeIds };
}
