import { reemploymentWindow, skillsKpis } from '@minsheng/rules/programmes/training-quality.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { invalid, notFound } from '../../../platform/errors.ts';
import { type Period, PeriodError, resolvePeriod } from '../../statistics/period.ts';
import type { TrainingProgramme } from '../classes/classes.schema.ts';
import { planRules } from '../outcomes/plan-rules.ts';
import { createTargetsRepo } from '../targets/targets.repo.ts';
import { createTrainingOrgsRepo, type ScopedOrg } from '../training-orgs.repo.ts';
import {
  createProgressRepo,
  type ProgressFigure,
  type ProgressQuery,
  type ProgressTally,
} from './progress.repo.ts';

export interface ProgressPeriodQuery {
  orgId?: number | undefined;
  year: number;
  /** 1 上半年, 2 下半年; absent: the whole year */
  half?: number | undefined;
  programme?: TrainingProgramme | undefined;
}

const empty: ProgressTally = { trained: 0, passed: 0, certified: 0, reemployed: 0 };
const add = (a: ProgressTally, b: ProgressTally): ProgressTally => ({
  trained: a.trained + b.trained,
  passed: a.passed + b.passed,
  certified: a.certified + b.certified,
  reemployed: a.reemployed + b.reemployed,
});
const rate = (num: number, den: number) => (den === 0 ? null : num / den);

/**
 * Progress of the training programme for an organisation subtree and a half-year or year (福建
 * 城镇技能再就业计划 三(六)): trained, passed, certified and re-employed trainees counted from the
 * records where the trainee lives, against the organisation's yearly target and the plan's rates
 * (met / not met exactly as programmes/kpis.ts decides), per child organisation; each figure lists
 * its trainees (audited).
 */
export function createProgressService(deps: { db: Db }) {
  const repo = createProgressRepo(deps.db);
  const orgs = createTrainingOrgsRepo(deps.db);
  const targets = createTargetsRepo(deps.db);

  function periodOf(q: ProgressPeriodQuery): Period {
    try {
      return q.half === undefined
        ? resolvePeriod({ kind: 'year', year: q.year })
        : resolvePeriod({ kind: 'half', year: q.year, index: q.half });
    } catch (e) {
      if (e instanceof PeriodError) throw invalid(e.message);
      throw e;
    }
  }

  async function where(actor: Actor, q: ProgressPeriodQuery, orgId = q.orgId ?? actor.orgId) {
    const org = await orgs.inScope(actor, orgId, 'training:read');
    if (!org) throw notFound('机构');
    const period = periodOf(q);
    const window = planRules(q.year, () => reemploymentWindow(period.to));
    const programme = q.programme ?? 'skills_reemployment';
    const pq: ProgressQuery = {
      actor,
      orgPath: org.path,
      from: period.from,
      to: period.to,
      programme,
      months: window.months,
    };
    return { org, period, window, programme, pq };
  }

  /** One row of figures with its rates, the organisation's target and the plan's rate checks. */
  function figures(
    year: number,
    tally: ProgressTally,
    target: { trainees: number; basis: string } | undefined,
  ) {
    const kpis = planRules(year, () =>
      skillsKpis(year, {
        trainees: tally.trained,
        passed: tally.passed,
        reemployed: tally.reemployed,
      }),
    );
    return {
      ...tally,
      passRate: rate(tally.passed, tally.trained),
      certificateRate: rate(tally.certified, tally.trained),
      reemploymentRate: rate(tally.reemployed, tally.trained),
      target: target ?? null,
      targetStatus: !target
        ? ('no_target' as const)
        : tally.trained >= target.trainees
          ? ('met' as const)
          : ('not_met' as const),
      kpis: kpis.result.indicators
        .filter((i) => i.kind === 'ratio')
        .map((i) => ({
          id: i.id,
          label: i.label,
          target: i.target,
          status: i.status,
          sentence: i.sentence,
          citation: i.citation,
        })),
    };
  }

  return {
    async progress(actor: Actor, q: ProgressPeriodQuery) {
      const w = await where(actor, q);
      const children = await orgs.children(w.org.id);
      const tallies = await repo.tallyByChild(w.pq);
      const goals = await targets.byOrg([w.org.id, ...children.map((c) => c.id)], q.year, w.programme);
      const total = [...tallies.values()].reduce(add, empty);
      const orgOut = (o: ScopedOrg) => ({ id: o.id, name: o.name, level: o.level });
      const rows = children.map((c) => ({
        org: orgOut(c),
        ...figures(q.year, tallies.get(String(c.id)) ?? empty, goals.get(c.id)),
      }));
      const own = tallies.get('');
      if (own)
        rows.push({
          org: { ...orgOut(w.org), name: `${w.org.name}（本级）` },
          ...figures(q.year, own, undefined),
        });
      const kpiNote = planRules(
        q.year,
        () => skillsKpis(q.year, { trainees: 0, passed: 0, reemployed: 0 }).note,
      );
      return {
        org: orgOut(w.org),
        period: w.period,
        programme: w.programme,
        window: w.window,
        kpiNote,
        total: figures(q.year, total, goals.get(w.org.id)),
        rows,
      };
    },

    /** The trainees behind one figure (masked ID numbers), audited as a list of personal data. */
    async drilldown(
      actor: Actor,
      q: ProgressPeriodQuery & { figure: ProgressFigure; page: number; pageSize: number },
    ) {
      const w = await where(actor, q);
      const page = await repo.drill(w.pq, q.figure, q.page, q.pageSize);
      await recordAudit(deps.db, actor, {
        action: 'training.progress.drilldown',
        targetType: 'organisation',
        targetId: w.org.id,
        detail: {
          from: w.period.from,
          to: w.period.to,
          programme: w.programme,
          figure: q.figure,
          page: q.page,
          total: page.total,
        },
      });
      return {
        org: { id: w.org.id, name: w.org.name, level: w.org.level },
        period: w.period,
        figure: q.figure,
        ...page,
      };
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
