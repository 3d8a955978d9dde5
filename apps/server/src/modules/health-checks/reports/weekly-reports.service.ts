import { earlierDate } from '@minsheng/rules/engine/dates.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { invalid } from '../../../platform/errors.ts';
import { requireOwnHospital } from '../health-check-access.ts';
import { hospitalsOf, reportHospital, reportPlan, reportPlans, reportViewer } from './report-scope.ts';
import { isMonday, type Week, weekOf, weeksBetween } from './week.ts';
import {
  type WeeklyFigures,
  weeklyFigureKeys,
  weeklyFigureLabels,
  weeklyProgress,
} from './weekly-progress.ts';
import { createWeeklyReportsRepo } from './weekly-reports.repo.ts';

export type WeekStatus = 'submitted' | 'missing' | 'open' | 'none';
export const weekStatusLabels: Record<WeekStatus, string> = {
  submitted: '已报送',
  missing: '未报送',
  open: '本周进行中',
  none: '无体检安排',
};

const table = (figures: WeeklyFigures) =>
  weeklyFigureKeys.map((key) => ({ key, label: weeklyFigureLabels[key], value: figures[key] ?? 0 }));

/**
 * 第十六条 每周定期向医保处报送进度情况统计表: a hospital previews and submits a week's table, generated
 * from its records; the 医保处 sees every hospital's weeks, a week that ended with examinees
 * scheduled and no table flagged 未报送.
 */
export function createWeeklyReportsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /** The week must have started: an ended week or the current one. */
  function reportableWeek(weekStart: string): Week {
    if (!isMonday(weekStart)) throw invalid('周报的起始日期须为星期一');
    if (weekStart > weekOf(clock.today()).start) throw invalid('只能报送已结束的周或本周的进度');
    return weekOf(weekStart);
  }

  async function generate(hospitalId: string, planId: string, week: Week) {
    const rows = await createWeeklyReportsRepo(db).progressRows(hospitalId, planId, week.end);
    return weeklyProgress(rows, week);
  }

  return {
    /** The plans the viewer reports on (latest first), and whether they are a hospital's staff. */
    async plans(actor: Actor) {
      const v = await reportViewer(db, actor);
      return {
        hospital: v.kind === 'hospital',
        currentWeek: weekOf(clock.today()).start,
        plans: await reportPlans(db, actor, v),
      };
    },

    /** The hospital's table of a week as it would be submitted now, and what was submitted. */
    async preview(actor: Actor, q: { planId: string; weekStart: string }) {
      const hospitalId = await requireOwnHospital(db, actor);
      const v = { kind: 'hospital' as const, hospitalId };
      const plan = await reportPlan(db, actor, v, q.planId);
      const hospital = await reportHospital(db, v, hospitalId);
      const week = reportableWeek(q.weekStart);
      const figures = await generate(hospitalId, plan.id, week);
      const sent = await createWeeklyReportsRepo(db).submission(hospitalId, plan.id, week.start);
      return {
        hospital,
        plan: { id: plan.id, name: plan.name },
        weekStart: week.start,
        weekEnd: week.end,
        rows: table(figures),
        submitted: sent
          ? {
              at: sent.submittedAt.toISOString(),
              note: sent.note,
              rows: table(sent.figures as WeeklyFigures),
            }
          : null,
      };
    },

    /** Submits (or resubmits, replacing the figures) a week's table; audited with what it replaced. */
    async submit(actor: Actor, input: { planId: string; weekStart: string; note?: string | undefined }) {
      const hospitalId = await requireOwnHospital(db, actor);
      const v = { kind: 'hospital' as const, hospitalId };
      const plan = await reportPlan(db, actor, v, input.planId);
      const week = reportableWeek(input.weekStart);
      const figures = await generate(hospitalId, plan.id, week);
      return db.transaction(async (tx) => {
        const repo = createWeeklyReportsRepo(tx);
        const before = await repo.submission(hospitalId, plan.id, week.start);
        const row = await repo.save({
          hospitalId,
          planId: plan.id,
          weekStart: week.start,
          figures,
          note: input.note || null,
          submittedAt: clock.now(),
          submittedBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: before ? 'health_check.weekly_report.resubmit' : 'health_check.weekly_report.submit',
          targetType: 'health_check_weekly_report',
          targetId: row.id,
          detail: {
            planId: plan.id,
            weekStart: week.start,
            figures,
            ...(before
              ? { replaced: before.figures, firstSubmittedAt: before.submittedAt.toISOString() }
              : {}),
          },
        });
        return {
          id: row.id,
          weekStart: week.start,
          submittedAt: row.submittedAt.toISOString(),
          rows: table(figures),
        };
      });
    },

    /**
     * The plan's hospitals × weeks (from the plan's first week to this one): 已报送 with the figures,
     * 未报送 for an ended week with examinees scheduled and no table, 本周进行中, 无体检安排.
     */
    async overview(actor: Actor, q: { planId: string }) {
      const v = await reportViewer(db, actor);
      const plan = await reportPlan(db, actor, v, q.planId);
      const repo = createWeeklyReportsRepo(db);
      const today = clock.today();
      const last = earlierDate(today, plan.endOn);
      const weeks = plan.startOn <= last ? weeksBetween(plan.startOn, last) : [];
      const current = weekOf(today).start;
      const [hospitals, allocations, submissions] = await Promise.all([
        repo.hospitals(hospitalsOf(v), plan.id),
        repo.allocationsByWeek(plan.id),
        repo.submissions(plan.id),
      ]);
      const key = (h: string | null, w: string) => `${h}|${w}`;
      const allocated = new Map(allocations.map((a) => [key(a.hospitalId, a.weekStart), a.n]));
      const sent = new Map(submissions.map((s) => [key(s.hospitalId, s.weekStart), s]));
      return {
        plan: { id: plan.id, name: plan.name, startOn: plan.startOn, endOn: plan.endOn },
        labels: weeklyFigureKeys.map((k) => ({ key: k, label: weeklyFigureLabels[k] })),
        weeks: weeks.map((w) => ({ weekStart: w.start, weekEnd: w.end })),
        hospitals: hospitals.map((h) => {
          const cells = weeks.map((w) => {
            const s = sent.get(key(h.id, w.start));
            const status: WeekStatus = s
              ? 'submitted'
              : w.start >= current
                ? 'open'
                : (allocated.get(key(h.id, w.start)) ?? 0) > 0
                  ? 'missing'
                  : 'none';
            return {
              weekStart: w.start,
              status,
              statusLabel: weekStatusLabels[status],
              submittedAt: s ? s.submittedAt.toISOString() : null,
              figures: s ? (s.figures as WeeklyFigures) : null,
            };
          });
          return {
            id: h.id,
            name: h.name,
            missing: cells.filter((c) => c.status === 'missing').length,
            cells,
          };
        }),
      };
    },
  };
}

export type WeeklyReportsService = ReturnType<typeof createWeeklyReportsService>;
