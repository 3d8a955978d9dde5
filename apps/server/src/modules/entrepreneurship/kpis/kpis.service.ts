import { entrepreneurshipKpis } from '@minsheng/rules/programmes/training-quality.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { invalid, notFound } from '../../../platform/errors.ts';
import { type Period, PeriodError, resolvePeriod } from '../../statistics/period.ts';
import { planRules } from '../../training/outcomes/plan-rules.ts';
import { createTrainingOrgsRepo, type ScopedOrg } from '../../training/training-orgs.repo.ts';
import { JOBS_RULE, SURVIVAL_RULE } from '../businesses/business-evidence.sql.ts';
import { createKpisRepo, emptyTally, type KpiFigure, type KpiQuery, type KpiTally } from './kpis.repo.ts';
import { SERVICE_RULE } from './services-received.sql.ts';

export interface KpiPeriodQuery {
  orgId?: number | undefined;
  year: number;
  /** 1 上半年, 2 下半年; absent: the whole year */
  half?: number | undefined;
}

/** Which figures an indicator's numerator and denominator list (the drill-down links). */
const drillOf: Record<string, { numerator: KpiFigure; denominator: KpiFigure | null }> = {
  syb_trainees: { numerator: 'trainees', denominator: null },
  syb_pass_rate: { numerator: 'passed', denominator: 'trainees' },
  syb_opened_3_months: { numerator: 'opened3', denominator: 'trainees' },
  syb_opened_6_months: { numerator: 'opened6', denominator: 'trainees' },
  syb_jobs_per_business: { numerator: 'businesses', denominator: 'businesses' },
  syb_stable_one_year: { numerator: 'survived', denominator: 'cohort' },
};

export const KPI_DEFINITIONS = {
  trainees:
    '创业培训人数：本机构及下级的创业学员档案中，培训结束日期在统计期内的人数（有本系统创业培训班学员记录的，以其结业日期和考核结果为准；在外地或系统外培训的，以档案登记的培训结束日期和考核结果为准）。',
  served: SERVICE_RULE,
  opened:
    '开业成功率（闽劳社文〔2024〕96号 能力促创业计划 二(二)）：培训结束后3个月（半年）内开业的人数 ÷ 创业培训人数；“3个月内”指开业日期不早于培训结束日、不晚于培训结束日加3个自然月的同一日（含两端），培训前已开业的不计。',
  jobs: `带动就业：统计期内开业的创业实体带动就业人数之和 ÷ 统计期内开业的创业实体数。${JOBS_RULE}`,
  survival: `稳定经营一年以上比率：开业一周年之日落在统计期内的创业实体中，截至统计期末仍稳定经营的比例。${SURVIVAL_RULE}`,
} as const;

const orgOut = (o: ScopedOrg) => ({ id: o.id, name: o.name, level: o.level });
const add = (a: KpiTally, b: KpiTally): KpiTally =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v + b[k as keyof KpiTally]])) as KpiTally;

/**
 * The entrepreneurship plan's progress (能力促创业计划 二(二) targets, 三(八) 半年/年度进展) for an
 * organisation subtree and a half-year or year, counted from the trainee files, their businesses
 * and the registry, judged by `entrepreneurshipKpis` (福建, the plan's last year's rates after the
 * plan ended, as the training progress is); each figure lists its files or businesses (audited).
 */
export function createKpisService(deps: { db: Db }) {
  const repo = createKpisRepo(deps.db);
  const orgs = createTrainingOrgsRepo(deps.db);

  async function where(actor: Actor, q: KpiPeriodQuery) {
    const org = await orgs.inScope(actor, q.orgId ?? actor.orgId, 'entrepreneurship:read');
    if (!org) throw notFound('机构');
    let period: Period;
    try {
      period =
        q.half === undefined
          ? resolvePeriod({ kind: 'year', year: q.year })
          : resolvePeriod({ kind: 'half', year: q.year, index: q.half });
    } catch (e) {
      if (e instanceof PeriodError) throw invalid(e.message);
      throw e;
    }
    const kq: KpiQuery = { actor, orgPath: org.path, from: period.from, to: period.to };
    return { org: orgOut(org), period, kq };
  }

  /** The figures per child organisation (one grouped count) and their sum, the subtree's figures. */
  async function counted(actor: Actor, q: KpiPeriodQuery) {
    const w = await where(actor, q);
    const tallies = await repo.tallyByChild(w.kq);
    const figures = [...tallies.values()].reduce(add, emptyTally);
    return { w, tallies, figures };
  }

  const judge = (year: number, t: KpiTally) =>
    planRules(year, () =>
      entrepreneurshipKpis(year, {
        trainees: t.trainees,
        passed: t.passed,
        openedWithin3Months: t.opened3,
        openedWithin6Months: t.opened6,
        businessesOpened: t.businesses,
        jobsCreated: t.jobs,
        openedOneYearBefore: t.cohort,
        stillOperating: t.survived,
      }),
    );

  function view(year: number, w: { org: ReturnType<typeof orgOut>; period: Period }, figures: KpiTally) {
    const judged = judge(year, figures);
    return {
      org: w.org,
      period: w.period,
      figures,
      note: judged.note,
      definitions: KPI_DEFINITIONS,
      indicators: judged.result.indicators.map((i) => ({
        id: i.id,
        label: i.label,
        kind: i.kind,
        target: i.target,
        numerator: i.numerator,
        denominator: i.denominator,
        fraction: i.fraction,
        actual: i.actual,
        status: i.status,
        sentence: i.sentence,
        citation: i.citation,
        drill: drillOf[i.id] ?? null,
      })),
    };
  }

  return {
    async kpis(actor: Actor, q: KpiPeriodQuery) {
      const { w, figures } = await counted(actor, q);
      return view(q.year, w, figures);
    },

    /**
     * The plan's progress as `kpis` counts it, with the figures of each child organisation (and
     * of the organisation's own records, `（本级）`, when it has any): the half-year / year-end report's table.
     */
    async kpisByChild(actor: Actor, q: KpiPeriodQuery) {
      const { w, tallies, figures } = await counted(actor, q);
      const children = await orgs.children(w.org.id);
      const rows = children.map((c) => ({
        org: orgOut(c),
        figures: tallies.get(String(c.id)) ?? emptyTally,
      }));
      const own = tallies.get('');
      if (own) rows.push({ org: { ...w.org, name: `${w.org.name}（本级）` }, figures: own });
      return { ...view(q.year, w, figures), rows };
    },

    /** The files or businesses behind one figure (masked ID numbers), audited as a list of personal data. */
    async drilldown(actor: Actor, q: KpiPeriodQuery & { figure: KpiFigure; page: number; pageSize: number }) {
      const w = await where(actor, q);
      const page = await repo.drill(w.kq, q.figure, q.page, q.pageSize);
      await recordAudit(deps.db, actor, {
        action: 'entrepreneurship.kpis.drilldown',
        targetType: 'organisation',
        targetId: w.org.id,
        detail: { from: w.period.from, to: w.period.to, figure: q.figure, page: q.page, total: page.total },
      });
      return { org: w.org, period: w.period, figure: q.figure, ...page };
    },
  };
}

export type KpisService = ReturnType<typeof createKpisService>;
