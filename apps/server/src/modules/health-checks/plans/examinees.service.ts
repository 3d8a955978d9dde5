import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, invalid, notFound } from '../../../platform/errors.ts';
import { requireOwnHospital } from '../health-check-access.ts';
import { hospitalStatusLabels } from '../hospitals/hospitals.schema.ts';
import { checkPrecautions } from './check-precautions.ts';
import {
  createExamineesRepo,
  type EmployerKey,
  type ExamineeFilter,
  examineeScopeCols,
  type Target,
} from './examinees.repo.ts';
import { assertPlanStatus, scopedPlan } from './plan-access.ts';
import { withinPeriod } from './plan-period.ts';
import { createPlansRepo } from './plans.repo.ts';
import {
  examineeStatusLabels,
  healthCheckExaminees,
  type VisitMode,
  visitModeLabels,
} from './plans.schema.ts';

/** Examinees without an employer are flexible workers (灵活就业人员), who pay their own insurance. */
export const FLEXIBLE_WORKERS = '灵活就业人员';
const stale = () => new DomainError('STALE', '该参检职工记录已被他人修改，请刷新后重试');

type Item = {
  employerName: string | null;
  status: keyof typeof examineeStatusLabels;
  visitMode: VisitMode;
  notifiedAt: Date | null;
};
const view = <T extends Item>(i: T) => ({
  ...i,
  employerName: i.employerName ?? FLEXIBLE_WORKERS,
  statusLabel: examineeStatusLabels[i.status],
  visitModeLabel: visitModeLabels[i.visitMode],
  notifiedAt: i.notifiedAt?.toISOString() ?? null,
});

/**
 * A plan's examinees (参检职工): the 医保处's list, allocation to designated hospitals and days within
 * their planned daily volume, the notice (第十条), home and bedside checks, absence; and a hospital's
 * own list of the day.
 */
export function createExamineesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /** An examinee the actor may change: the 医保处 in its scope, a hospital's staff its own bookings. */
  async function writableExaminee(actor: Actor, id: string) {
    const repo = createExamineesRepo(db);
    const row = hasPermission(actor, 'health_check:manage')
      ? await repo.row(accessFilter(actor, 'health_check:manage', examineeScopeCols), id)
      : await repo.row(eq(healthCheckExaminees.hospitalId, await requireOwnHospital(db, actor)), id);
    if (!row) throw notFound('参检职工');
    assertPlanStatus((await createPlansRepo(db).row(sql`true`, row.planId))!, ['open'], '登记');
    if (row.status === 'examined') throw conflict('该职工已体检，不能再更改');
    return row;
  }

  async function change(
    actor: Actor,
    id: string,
    version: number,
    patch: Parameters<ReturnType<typeof createExamineesRepo>['update']>[2],
    action: string,
  ) {
    await db.transaction(async (tx) => {
      if (!(await createExamineesRepo(tx).update(id, version, patch))) throw stale();
      await recordAudit(tx, actor, {
        action: `health_check_examinee.${action}`,
        targetType: 'health_check_examinee',
        targetId: id,
        detail: { ...(patch.visitMode ? { visitMode: patch.visitMode } : {}), status: patch.status },
      });
    });
    return { changed: 1 };
  }

  return {
    /** The plan's examinees for the 医保处 (names with masked ID numbers; audited). */
    async list(actor: Actor, planId: string, f: ExamineeFilter) {
      const plan = await scopedPlan(db, actor, planId, 'health_check:read');
      const { items, total } = await createExamineesRepo(db).list(
        accessFilter(actor, 'health_check:read', examineeScopeCols),
        plan.id,
        f,
      );
      await recordAudit(db, actor, {
        action: 'health_check_examinee.list',
        targetType: 'health_check_plan',
        targetId: plan.id,
        detail: { ...f, count: items.length },
      });
      return { total, items: items.map(view) };
    },

    async employers(actor: Actor, planId: string) {
      const plan = await scopedPlan(db, actor, planId, 'health_check:read');
      const rows = await createExamineesRepo(db).employers(plan.id);
      return rows.map((r) => ({ ...r, employerName: r.employerName ?? FLEXIBLE_WORKERS }));
    },

    /**
     * 分配医院和日期: books the target's examinees (an employer's not yet allocated, or the selected
     * ones) at a designated hospital on a day of the plan, refusing a day its planned daily volume
     * cannot take. The hospital is locked meanwhile, so two allocations cannot overfill a day.
     */
    async allocate(
      actor: Actor,
      planId: string,
      input: { hospitalId: string; scheduledOn: string; target: Target },
    ) {
      const plan = await scopedPlan(db, actor, planId, 'health_check:manage');
      assertPlanStatus(plan, ['open'], '分配');
      if (!withinPeriod(plan, input.scheduledOn))
        throw invalid(`体检日期须在计划期间 ${plan.startOn} 至 ${plan.endOn} 之内`, [
          { path: 'scheduledOn', message: '不在计划期间内' },
        ]);
      // a booking is notice of a day to come (第十条 及时通知体检时间): a past day cannot be kept
      if (input.scheduledOn < clock.today())
        throw invalid(`体检日期不能早于今天（${clock.today()}）`, [
          { path: 'scheduledOn', message: '不能早于今天' },
        ]);
      return db.transaction(async (tx) => {
        const repo = createExamineesRepo(tx);
        const hospital = await repo.lockHospital(input.hospitalId);
        if (!hospital) throw notFound('体检医院');
        if (hospital.status !== 'designated')
          throw conflict(
            `「${hospital.name}」${hospitalStatusLabels[hospital.status]}，不是体检定点医院，不能分配`,
          );
        const rows = await repo.targets(plan.id, input.target);
        const byEmployer = input.target.kind === 'employer';
        if (input.target.kind === 'examinees' && rows.length !== input.target.ids.length)
          throw notFound('参检职工');
        if (rows.some((r) => r.status === 'examined')) throw conflict('所选职工中有人已体检，不能重新分配');
        const candidates = byEmployer ? rows.filter((r) => r.status === 'eligible') : rows;
        if (candidates.length === 0) throw invalid('没有待分配的参检职工');
        const moving = candidates.filter(
          (r) =>
            !(
              r.hospitalId === hospital.id &&
              r.scheduledOn === input.scheduledOn &&
              r.status === 'allocated'
            ),
        );
        const booked = await repo.booked(hospital.id, input.scheduledOn);
        if (booked + moving.length > hospital.plannedDailyVolume)
          throw conflict(
            `「${hospital.name}」${input.scheduledOn} 已安排 ${booked} 人，再安排 ${moving.length} 人将超过该院计划日均受检人数 ${hospital.plannedDailyVolume} 人，请改选日期或医院`,
          );
        const done = await repo.allocate(
          moving.map((r) => r.id),
          hospital.id,
          input.scheduledOn,
        );
        await recordAudit(tx, actor, {
          action: 'health_check_examinee.allocate',
          targetType: 'health_check_plan',
          targetId: plan.id,
          detail: { hospitalId: hospital.id, scheduledOn: input.scheduledOn, count: done.length },
        });
        return { changed: done.length };
      });
    },

    /** 标记已通知 (第十条): the target's booked examinees told their hospital and day. */
    async notify(actor: Actor, planId: string, target: Target | { kind: 'all' }) {
      const plan = await scopedPlan(db, actor, planId, 'health_check:manage');
      assertPlanStatus(plan, ['open'], '通知');
      return db.transaction(async (tx) => {
        const done = await createExamineesRepo(tx).notify(plan.id, target, clock.now());
        await recordAudit(tx, actor, {
          action: 'health_check_examinee.notify',
          targetType: 'health_check_plan',
          targetId: plan.id,
          detail: { kind: target.kind, count: done.length },
        });
        return { changed: done.length };
      });
    },

    /** 单位体检通知: the employer's booked examinees with hospital and day, and the precautions. */
    async notice(actor: Actor, planId: string, employerId: EmployerKey) {
      const plan = await scopedPlan(db, actor, planId, 'health_check:read');
      const repo = createExamineesRepo(db);
      const employerName = employerId === null ? FLEXIBLE_WORKERS : await repo.employerName(employerId);
      if (!employerName) throw notFound('参检单位');
      const rows = await repo.notice(plan.id, employerId);
      await recordAudit(db, actor, {
        action: 'health_check_examinee.notice',
        targetType: 'health_check_plan',
        targetId: plan.id,
        detail: { employerId, count: rows.length },
      });
      return {
        planName: plan.name,
        startOn: plan.startOn,
        endOn: plan.endOn,
        employerName,
        items: plan.items.map((i) => i.name),
        precautions: [...checkPrecautions],
        rows: rows.map(({ visitMode, scheduledOn, ...r }) => ({
          ...r,
          scheduledOn: scheduledOn!,
          visitModeLabel: visitModeLabels[visitMode],
        })),
      };
    },

    /**
     * 第十条: an examinee fetched by ambulance or examined at bedside on the employer's or their own
     * application (the note says who applied and why), or back to a visit at the hospital.
     */
    async setVisit(actor: Actor, id: string, input: { mode: VisitMode; note: string; version: number }) {
      await writableExaminee(actor, id);
      const note = input.mode === 'on_site' ? null : input.note;
      return change(actor, id, input.version, { visitMode: input.mode, visitNote: note }, 'visit');
    },

    /** 未到检: a booked examinee who did not come on their day (not before it). */
    async markAbsent(actor: Actor, id: string, version: number) {
      const row = await writableExaminee(actor, id);
      if (row.status !== 'allocated' || !row.scheduledOn)
        throw conflict('该职工尚未安排体检，不能标记未到检');
      if (row.scheduledOn > clock.today()) throw conflict(`该职工的体检日期是 ${row.scheduledOn}，尚未到期`);
      return change(actor, id, version, { status: 'absent' }, 'absent');
    },

    /** 受检人员: the hospital's own examinees of the day (names with masked ID numbers; audited). */
    async day(actor: Actor, on: string, page: { page: number; pageSize: number }) {
      const hospitalId = await requireOwnHospital(db, actor);
      const { items, total } = await createExamineesRepo(db).day(hospitalId, on, page);
      await recordAudit(db, actor, {
        action: 'health_check_examinee.day_list',
        targetType: 'health_check_hospital',
        targetId: hospitalId,
        detail: { date: on, count: items.length },
      });
      return { total, items: items.map(view) };
    },
  };
}

export type ExamineesService = ReturnType<typeof createExamineesService>;
