import { evaluateInstitution, reemploymentWindow } from '@minsheng/rules/programmes/training-quality.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, invalid, notFound } from '../../../platform/errors.ts';
import { trainingReadFilter } from '../institution-scope.ts';
import { trainingInstitutions as ti } from '../institutions/institutions.schema.ts';
import { planRules } from '../outcomes/plan-rules.ts';
import { createLeagueRepo, type LeagueCounts } from './league.repo.ts';

export const leagueSorts = [
  'employmentRate',
  'passRate',
  'certificateRate',
  'completion',
  'trained',
] as const;
export type LeagueSort = (typeof leagueSorts)[number];

const rate = (num: number, den: number) => (den === 0 ? null : num / den);
const withRates = (c: LeagueCounts) => ({
  ...c,
  passRate: rate(c.passed, c.trained),
  certificateRate: rate(c.certified, c.trained),
  employmentRate: rate(c.employed, c.trained),
  completion: rate(c.trained, c.planned),
});

/**
 * The designated institutions' league table for a year, from their own classes and trainees (福建
 * 城镇技能再就业计划 四(九): 培训合格率、职业资格证书取得率、就业率以及培训计划落实情况), and the yearly
 * evaluation that records those counts with a conclusion and the recommended decision (四(八); 001
 * 篇3 “培训补贴和培训质量挂钩”). The evaluation does not change the institution's status: the
 * status actions (rectify, suspend, withdraw) are taken on the institution itself.
 */
export function createLeagueService(deps: { db: Db; clock: Clock }) {
  const repo = createLeagueRepo(deps.db);
  const windowOf = (year: number) => planRules(year, () => reemploymentWindow(`${year}-12-31`));
  const yearQuery = (year: number) => ({
    year,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    months: windowOf(year).months,
  });
  const institutionCols = { orgId: ti.orgId, orgPath: ti.orgPath, institutionId: ti.id };

  return {
    async table(actor: Actor, q: { year: number; sort?: LeagueSort | undefined }) {
      const scope = await trainingReadFilter(deps.db, actor, institutionCols);
      const rows = (await repo.counts({ ...yearQuery(q.year), scope })).map(withRates);
      const key = q.sort ?? 'employmentRate';
      rows.sort((a, b) => (b[key] ?? -1) - (a[key] ?? -1) || a.number.localeCompare(b.number));
      return {
        year: q.year,
        sort: key,
        window: windowOf(q.year),
        items: rows.map((r, i) => ({ rank: i + 1, ...r })),
      };
    },

    async evaluate(actor: Actor, institutionId: string, year: number) {
      const scope = accessFilter(actor, 'training:manage', { orgId: ti.orgId, orgPath: ti.orgPath });
      const institution = await repo.findInstitution(institutionId, scope);
      if (!institution) throw notFound('培训机构');
      if (year > Number(deps.clock.today().slice(0, 4))) throw invalid('只能考评当年及以前年度');
      return deps.db.transaction(async (tx) => {
        const r = createLeagueRepo(tx);
        if (await r.findEvaluation(institutionId, year))
          throw conflict(`${institution.name}${year}年度已考评`);
        const [counts] = await r.counts({ ...yearQuery(year), scope, institutionId });
        const c = counts ?? { trained: 0, passed: 0, certified: 0, employed: 0, planned: 0 };
        const outcome = planRules(year, () =>
          evaluateInstitution({ year, ...c, rectifying: institution.status === 'rectifying' }),
        );
        const saved = await r.insertEvaluation({
          institutionId,
          year,
          trained: c.trained,
          passed: c.passed,
          certified: c.certified,
          employed: c.employed,
          planned: c.planned,
          conclusion: outcome.conclusion,
          decision: outcome.decision,
          evaluatedBy: actor.userId,
        });
        await r.insertEvent({
          institutionId,
          action: 'evaluate',
          reason: outcome.conclusion,
          detail: { year, decision: outcome.decision, evaluationId: saved.id },
          onDate: deps.clock.today(),
          actorId: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'training.institution.evaluate',
          targetType: 'training_institution',
          targetId: institutionId,
          detail: { year, decision: outcome.decision, trained: c.trained, planned: c.planned },
        });
        return { ...saved, checks: outcome.checks };
      });
    },
  };
}

export type LeagueService = ReturnType<typeof createLeagueService>;
