import { recruitmentCutoff } from '@minsheng/rules/policies/county/recruitment-assessment/cutoff.ts';
import {
  type RecruitmentResult,
  scoreRecruitment,
} from '@minsheng/rules/policies/county/recruitment-assessment/scoring.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { createRecruitmentRepo, type UnitRow, unitScope } from './recruitment.repo.ts';
import type { RecruitmentUnitKind } from './recruitment.schema.ts';

export interface UnitInput {
  kind: RecruitmentUnitKind;
  name: string;
  orgId: number;
  annualTarget: number;
  specialTarget: number;
  specialTask?: string | null | undefined;
}

export interface UnitPatch {
  annualTarget?: number | undefined;
  specialTarget?: number | undefined;
  specialTask?: string | null | undefined;
  planSubmittedOnTime?: boolean | undefined;
  migrantSurveyAndLedger?: boolean | undefined;
  labourResourceLedger?: boolean | undefined;
  missingPlansAndSummaries?: number | undefined;
  version?: number | undefined;
}

type Progress = {
  draft: number;
  submitted: number;
  verified: number;
  rejected: number;
  verifiedSpecial: number;
};
const noProgress = (): Progress => ({ draft: 0, submitted: 0, verified: 0, rejected: 0, verifiedSpecial: 0 });

const unitView = ({ orgPath: _, createdAt: __, updatedAt: ___, ...u }: UnitRow, p: Progress) => ({
  ...u,
  progress: p,
});

/**
 * The recruitment-service assessment of one year (seed 001 篇1): each unit's tasks, the progress
 * counted from the checked ledger, and the 100-point scores from the rules package's
 * `scoreRecruitment` (ranking, advanced units and ties as it decides), published by the city.
 */
export function createRecruitmentService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const repo = createRecruitmentRepo(db);

  async function progressOf(year: number) {
    const out = new Map<string, Progress>();
    for (const r of await repo.statusCounts(year)) {
      const p = out.get(r.unitId) ?? noProgress();
      p[r.status] += Number(r.n);
      if (r.status === 'verified' && r.special) p.verifiedSpecial += Number(r.n);
      out.set(r.unitId, p);
    }
    return out;
  }
  const audit = (actor: Actor, action: string, targetType: string, targetId: string | number, detail = {}) =>
    db.transaction((tx) => recordAudit(tx, actor, { action, targetType, targetId, detail }));

  return {
    async units(actor: Actor, year: number) {
      const [rows, progress, result] = await Promise.all([
        repo.units(year, unitScope(actor)),
        progressOf(year),
        repo.result(year),
      ]);
      return {
        year,
        cutoff: recruitmentCutoff(year),
        published: Boolean(result?.publishedAt),
        items: rows.map((u) => unitView(u, progress.get(u.id) ?? noProgress())),
      };
    },

    async createUnit(actor: Actor, year: number, input: UnitInput) {
      const org = await repo.orgForConfigure(actor, input.orgId);
      if (!org) throw notFound('机构');
      if ((await repo.result(year))?.publishedAt) throw conflict(`${year}年度考核结果已发布，不能再增加单位`);
      return db.transaction(async (tx) => {
        const row = await createRecruitmentRepo(tx).insertUnit({
          year,
          ...input,
          name: input.name.trim(),
          orgId: org.id,
          orgPath: org.path,
        });
        await recordAudit(tx, actor, {
          action: 'recruitment.unit.create',
          targetType: 'recruitment_unit',
          targetId: row.id,
          detail: {
            year,
            kind: input.kind,
            annualTarget: input.annualTarget,
            specialTarget: input.specialTarget,
          },
        });
        return unitView(row, noProgress());
      });
    },

    /** Targets by the bureau (configure); the other-work items by the city's checks (review). */
    async updateUnit(actor: Actor, id: string, patch: UnitPatch) {
      const { version, ...changes } = patch;
      const targets = ['annualTarget', 'specialTarget', 'specialTask'].some((k) => k in changes);
      const needed = targets ? 'assessment:configure' : 'assessment:review';
      if (!hasPermission(actor, needed)) throw forbidden();
      const unit = await repo.unit(id, unitScope(actor, needed));
      if (!unit) throw notFound('招工责任单位');
      if (version !== undefined && version !== unit.version) throw stale();
      if ((await repo.result(unit.year))?.publishedAt)
        throw conflict(`${unit.year}年度考核结果已发布，不能修改`);
      const row = await repo.updateUnit(id, unit.version, changes);
      if (!row) throw stale();
      await audit(actor, 'recruitment.unit.update', 'recruitment_unit', id, { fields: Object.keys(changes) });
      return unitView(row, (await progressOf(unit.year)).get(id) ?? noProgress());
    },

    /** Scores every unit of the year from its checked ledger; replaces an unpublished result. */
    async score(actor: Actor, year: number) {
      const units = await repo.units(year, unitScope(actor, 'assessment:review'));
      if (units.length === 0) throw notFound(`${year}年度招工责任单位`);
      if ((await repo.result(year))?.publishedAt) throw conflict(`${year}年度考核结果已发布，不能重新评分`);
      const progress = await progressOf(year);
      const cutoff = recruitmentCutoff(year);
      const result = scoreRecruitment({
        cutoff,
        units: units.map((u) => {
          const p = progress.get(u.id) ?? noProgress();
          return {
            unitId: u.id,
            name: u.name,
            annualTarget: u.annualTarget,
            annualDone: p.verified,
            specialTarget: u.specialTarget,
            specialDone: p.verifiedSpecial,
            planSubmittedOnTime: u.planSubmittedOnTime,
            migrantSurveyAndLedger: u.migrantSurveyAndLedger,
            labourResourceLedger: u.labourResourceLedger,
            missingPlansAndSummaries: u.missingPlansAndSummaries,
          };
        }),
      });
      await db.transaction(async (tx) => {
        const saved = await createRecruitmentRepo(tx).saveResult({
          year,
          cutoff,
          result,
          scoredAt: clock.now(),
          scoredBy: actor.userId,
        });
        if (saved.length === 0) throw conflict(`${year}年度考核结果已发布，不能重新评分`);
        await recordAudit(tx, actor, {
          action: 'recruitment.score',
          targetType: 'recruitment_result',
          targetId: year,
          detail: { units: units.length, asOf: clock.today() },
        });
      });
      return this.results(actor, year);
    },

    async publish(actor: Actor, year: number) {
      const current = await repo.result(year);
      if (!current) throw invalid(`请先对${year}年度评分`);
      if (current.publishedAt) throw conflict(`${year}年度考核结果已发布`);
      await db.transaction(async (tx) => {
        await createRecruitmentRepo(tx).publish(year, clock.now());
        await recordAudit(tx, actor, {
          action: 'recruitment.publish',
          targetType: 'recruitment_result',
          targetId: year,
        });
      });
      return this.results(actor, year);
    },

    /** The scores: the city sees them once computed, the towns once published. */
    async results(actor: Actor, year: number) {
      const row = await repo.result(year);
      if (!row || (!row.publishedAt && !hasPermission(actor, 'assessment:review')))
        throw notFound('考核结果');
      const kinds = new Map((await repo.units(year, unitScope(actor))).map((u) => [u.id, u.kind]));
      const result = row.result as RecruitmentResult;
      return {
        year,
        cutoff: row.cutoff,
        scoredAt: row.scoredAt,
        publishedAt: row.publishedAt,
        tiedAtCutoff: result.tiedAtCutoff,
        parameters: result.parameters.map((p) => ({ name: p.name, label: p.label, value: p.value })),
        // The whole ranking is public once published (a notice); before that, the city's own.
        units: result.units.map((u) => ({ ...u, kind: kinds.get(u.unitId) ?? null })),
      };
    },
  };
}

const stale = () => new DomainError('STALE', '该单位的考核任务已被他人修改，请刷新后重试');

export type RecruitmentService = ReturnType<typeof createRecruitmentService>;
