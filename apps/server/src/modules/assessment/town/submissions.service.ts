import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../../registry/persons/persons.service.ts';
import { createPlansRepo } from './plans.repo.ts';
import { evidenceCategory } from './submission-attachments.ts';
import { createSubmissionsRepo, type SubmissionFilter, type SubmissionRow } from './submissions.repo.ts';
import type { SystemCounts } from './system-counts.ts';
import type { PlanIndicator } from './town-assessment.schema.ts';

export interface FigureInput {
  code: string;
  claimed: number;
  denominator?: number | null | undefined;
  note?: string | null | undefined;
}
export interface CreateSubmissionInput {
  townOrgId: number;
  year: number;
  quarter: number;
  figures: FigureInput[];
}

const fail = (path: string, message: string) => invalid(message, [{ path, message }]);
const stale = () => new DomainError('STALE', '该季度上报已被他人修改，请刷新后重试');
const quarterLabel = (s: { year: number; quarter: number }) => `${s.year}年第${s.quarter}季度`;
const lockedMessage: Record<SubmissionRow['status'], string> = {
  draft: '',
  submitted: '已上报的季度不能修改，如需修改请先撤回',
  reviewed: '已审核的季度已锁定，不能修改',
};

/** The first day of a quarter, as an ISO date. */
const quarterStart = (year: number, quarter: number) =>
  `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;

/** The town's figures checked against the plan: known indicators, once each, rates with a denominator. */
export function checkFigures(figures: readonly FigureInput[], indicators: readonly PlanIndicator[]) {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const seen = new Set<string>();
  return figures.map((f, n) => {
    const ind = byCode.get(f.code);
    if (!ind) throw fail(`figures.${n}.code`, `考核方案中没有指标「${f.code}」`);
    if (seen.has(f.code)) throw fail(`figures.${n}.code`, `指标「${ind.label}」填写了两次`);
    seen.add(f.code);
    const isRate = ind.method === 'rate_of_points';
    if (isRate && (f.denominator === undefined || f.denominator === null))
      throw fail(`figures.${n}.denominator`, `指标「${ind.label}」是比率，须填写分母（基数）`);
    if (isRate && f.claimed > (f.denominator ?? 0))
      throw fail(`figures.${n}.claimed`, `指标「${ind.label}」的分子不能大于分母`);
    return {
      indicatorCode: f.code,
      claimed: f.claimed,
      claimedDenominator: isRate ? (f.denominator ?? null) : null,
      note: f.note?.trim() || null,
    };
  });
}

export function createSubmissionsService(deps: { db: Db; clock: Clock; counts: SystemCounts }) {
  const { db } = deps;
  const repo = createSubmissionsRepo(db);
  const plans = createPlansRepo(db);

  async function planOf(s: { assessingOrgId: number; year: number }) {
    const plan = await plans.latest(s.assessingOrgId, s.year);
    if (!plan) throw notFound(`${s.year}年度考核方案`);
    return plan;
  }

  async function view(actor: Actor, id: string) {
    const s = await repo.row(actor, id);
    if (!s) throw notFound('季度上报');
    const plan = await planOf(s);
    const rows = new Map((await repo.figures(id)).map((f) => [f.indicatorCode, f]));
    const own = await deps.counts.count({
      actor,
      townOrgId: s.orgId,
      year: s.year,
      quarter: s.quarter,
      indicatorCodes: plan.indicators.map((i) => i.code),
    });
    return {
      id: s.id,
      year: s.year,
      quarter: s.quarter,
      townOrgId: s.orgId,
      townName: s.townName,
      status: s.status,
      submittedAt: s.submittedAt,
      reviewedAt: s.reviewedAt,
      version: s.version,
      planId: plan.id,
      planVersion: plan.version,
      figures: plan.indicators.map((i) => {
        const f = rows.get(i.code);
        return {
          code: i.code,
          label: i.label,
          clause: i.clause,
          unit: i.unit,
          method: i.method,
          evidence: i.evidence,
          evidenceCategory: evidenceCategory(i.code),
          target: i.targets[String(s.orgId)] ?? null,
          figureId: f?.id ?? null,
          claimed: f?.claimed ?? null,
          claimedDenominator: f?.claimedDenominator ?? null,
          note: f?.note ?? null,
          accepted: f?.accepted ?? null,
          acceptedDenominator: f?.acceptedDenominator ?? null,
          adjustReason: f?.adjustReason ?? null,
          systemCount: own[i.code] ?? null,
        };
      }),
    };
  }

  /** A submission the town's submitter may change, in the expected status. */
  async function own(actor: Actor, id: string, status: SubmissionRow['status']) {
    if (!hasPermission(actor, 'assessment:submit')) throw forbidden();
    const s = await repo.row(actor, id, 'assessment:submit');
    if (!s) throw notFound('季度上报');
    if (s.status === status) return s;
    if (status === 'draft') throw conflict(lockedMessage[s.status]);
    throw conflict(
      s.status === 'reviewed' ? '已审核的季度已锁定，不能撤回' : `${quarterLabel(s)}尚未上报，无需撤回`,
    );
  }

  /** One audited status change (with figures replaced first when given). */
  async function change(
    actor: Actor,
    s: SubmissionRow,
    action: string,
    set: Parameters<ReturnType<typeof createSubmissionsRepo>['transition']>[3],
    figures?: ReturnType<typeof checkFigures>,
  ) {
    await db.transaction(async (tx) => {
      const r = createSubmissionsRepo(tx);
      if (!(await r.transition(s.id, s.version, s.status, set))) throw stale();
      if (figures) await r.replaceFigures(s.id, figures);
      await recordAudit(tx, actor, {
        action,
        targetType: 'town_assessment_submission',
        targetId: s.id,
        detail: { townOrgId: s.orgId, year: s.year, quarter: s.quarter },
      });
    });
    return view(actor, s.id);
  }

  return {
    view,

    list: async (actor: Actor, filter: SubmissionFilter) => ({ items: await repo.list(actor, filter) }),

    async create(actor: Actor, input: CreateSubmissionInput) {
      if (!hasPermission(actor, 'assessment:submit')) throw forbidden();
      const town = await repo.submittableTown(actor, input.townOrgId);
      if (!town) throw notFound('街镇');
      if (town.level !== 'street' || town.parentId === null)
        throw fail('townOrgId', `「${town.name}」不是街道（乡镇），不参加对街镇的考核`);
      if (quarterStart(input.year, input.quarter) > deps.clock.today())
        throw fail('quarter', `${quarterLabel(input)}尚未开始，不能上报`);
      const plan = await planOf({ assessingOrgId: town.parentId, year: input.year });
      const figures = checkFigures(input.figures, plan.indicators);
      const id = await db
        .transaction(async (tx) => {
          const r = createSubmissionsRepo(tx);
          const row = await r.insert({
            year: input.year,
            quarter: input.quarter,
            assessingOrgId: town.parentId!,
            orgId: town.id,
            orgPath: town.path,
            createdBy: actor.userId,
          });
          await r.replaceFigures(row.id, figures);
          await recordAudit(tx, actor, {
            action: 'town_assessment.submission_create',
            targetType: 'town_assessment_submission',
            targetId: row.id,
            detail: { townOrgId: town.id, year: input.year, quarter: input.quarter },
          });
          return row.id;
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e)) throw conflict(`${town.name}${quarterLabel(input)}已有上报记录`);
          throw e;
        });
      return view(actor, id);
    },

    async saveFigures(actor: Actor, id: string, input: { figures: FigureInput[] }) {
      const s = await own(actor, id, 'draft');
      const figures = checkFigures(input.figures, (await planOf(s)).indicators);
      return change(actor, s, 'town_assessment.submission_save', {}, figures);
    },

    async submit(actor: Actor, id: string) {
      const s = await own(actor, id, 'draft');
      const filled = new Set((await repo.figures(id)).map((f) => f.indicatorCode));
      const missing = (await planOf(s)).indicators.filter((i) => !filled.has(i.code));
      if (missing.length > 0) throw fail('figures', `尚未填写：${missing.map((i) => i.label).join('、')}`);
      return change(actor, s, 'town_assessment.submission_submit', {
        status: 'submitted',
        submittedAt: deps.clock.now(),
      });
    },

    async withdraw(actor: Actor, id: string) {
      const s = await own(actor, id, 'submitted');
      return change(actor, s, 'town_assessment.submission_withdraw', { status: 'draft', submittedAt: null });
    },
  };
}

export type SubmissionsService = ReturnType<typeof createSubmissionsService>;
