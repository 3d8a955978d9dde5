import {
  type AssessmentPeriod,
  type PeriodFigure,
  periodQuarters,
  scoreTownPlan,
  sumFigures,
} from '@minsheng/rules/policies/feicheng/town-assessment/plan-scoring.ts';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors.ts';
import { createDocumentsRepo } from './documents.repo.ts';
import { createPlansRepo, type PlanRow } from './plans.repo.ts';
import { createSubmissionsRepo } from './submissions.repo.ts';
import type { RankingLine } from './town-assessment.schema.ts';

/** The ranking of a plan's towns over a period, from the city's reviewed figures only. */
export async function rankPlan(
  db: Executor,
  plan: PlanRow,
  period: AssessmentPeriod,
): Promise<RankingLine[]> {
  const quarters = periodQuarters(period);
  const towns = await createPlansRepo(db).towns(plan.orgId);
  const rows = await createSubmissionsRepo(db).reviewedFigures(plan.orgId, plan.year, quarters);
  const reviewed = new Map<number, Set<number>>();
  const figures = new Map<string, PeriodFigure[]>();
  for (const r of rows) {
    reviewed.set(r.townOrgId, (reviewed.get(r.townOrgId) ?? new Set()).add(r.quarter));
    const key = `${r.townOrgId}:${r.code}`;
    figures.set(key, [
      ...(figures.get(key) ?? []),
      { value: r.accepted ?? 0, denominator: r.acceptedDenominator },
    ]);
  }
  const scores = scoreTownPlan({
    towns: towns.map((t) => String(t.id)),
    indicators: plan.indicators.map((i) => ({
      id: i.code,
      maxPoints: i.maxPoints,
      method: i.method,
      targets: i.targets,
      figures: Object.fromEntries(
        towns.map((t) => [String(t.id), sumFigures(figures.get(`${t.id}:${i.code}`) ?? [])]),
      ),
    })),
  });
  const names = new Map(towns.map((t) => [String(t.id), t.name]));
  return scores.map((s) => ({
    townOrgId: Number(s.town),
    townName: names.get(s.town)!,
    points: s.points,
    total: s.total,
    rank: s.rank,
    missingQuarters: quarters.filter((q) => !reviewed.get(Number(s.town))?.has(q)),
  }));
}

/** Document numbers: the year and the period (半年 BN / 年终 ND) of the assessing organisation. */
const documentNumber = (orgId: number, year: number, period: AssessmentPeriod) =>
  `KH${year}${period === 'half_year' ? 'BN' : 'ND'}-${orgId}`;

export function createRankingService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const plans = createPlansRepo(db);
  const documents = createDocumentsRepo(db);

  /** The newest version of a plan the actor reviews. */
  async function reviewedPlan(actor: Actor, planId: string) {
    if (!hasPermission(actor, 'assessment:review')) throw forbidden();
    const plan = await plans.visible(actor, planId);
    if (!plan?.office) throw notFound('考核方案');
    return (await plans.latest(plan.orgId, plan.year))!;
  }

  async function document(actor: Actor, id: string) {
    const d = await documents.one(actor, id);
    if (!d) throw notFound('考核通报');
    const { office, ...rest } = d;
    return {
      ...rest,
      // A town sees the whole published ranking, as printed; only the bureau sees its drafts.
      indicators: d.indicators.map(({ code, label, clause, maxPoints, method }) => ({
        code,
        label,
        clause,
        maxPoints,
        method,
      })),
      canPublish: office && hasPermission(actor, 'assessment:review') && d.publishedAt === null,
    };
  }

  return {
    async ranking(actor: Actor, planId: string, period: AssessmentPeriod) {
      const plan = await reviewedPlan(actor, planId);
      return { planId: plan.id, planVersion: plan.version, period, lines: await rankPlan(db, plan, period) };
    },

    async generate(
      actor: Actor,
      planId: string,
      input: { period: AssessmentPeriod; datedOn?: string | undefined },
    ) {
      const plan = await reviewedPlan(actor, planId);
      const ranking = await rankPlan(db, plan, input.period);
      const datedOn = input.datedOn ?? deps.clock.today();
      const id = await db.transaction(async (tx) => {
        const repo = createDocumentsRepo(tx);
        const existing = await repo.find(plan.orgId, plan.year, input.period);
        if (existing?.publishedAt) throw conflict('该通报已发布，不能重新生成');
        const docId = existing
          ? (await repo.regenerate(existing.id, { planId: plan.id, datedOn, ranking })) && existing.id
          : (
              await repo.insert({
                year: plan.year,
                period: input.period,
                orgId: plan.orgId,
                orgPath: plan.orgPath,
                planId: plan.id,
                number: documentNumber(plan.orgId, plan.year, input.period),
                datedOn,
                ranking,
                createdBy: actor.userId,
              })
            ).id;
        if (!docId) throw conflict('该通报已发布，不能重新生成');
        await recordAudit(tx, actor, {
          action: 'town_assessment.document_generate',
          targetType: 'town_assessment_document',
          targetId: docId,
          detail: { planId: plan.id, planVersion: plan.version, period: input.period, datedOn },
        });
        return docId;
      });
      return document(actor, id);
    },

    async publish(actor: Actor, id: string) {
      const d = await document(actor, id);
      if (!d.canPublish) throw d.publishedAt ? conflict('该通报已发布') : forbidden();
      await db.transaction(async (tx) => {
        if (!(await createDocumentsRepo(tx).publish(id, actor.userId, deps.clock.now())))
          throw conflict('该通报已发布');
        await recordAudit(tx, actor, {
          action: 'town_assessment.document_publish',
          targetType: 'town_assessment_document',
          targetId: id,
          detail: { year: d.year, period: d.period },
        });
      });
      return document(actor, id);
    },

    document,

    list: async (actor: Actor, year?: number) => ({ items: await documents.list(actor, year) }),
  };
}

export type RankingService = ReturnType<typeof createRankingService>;
