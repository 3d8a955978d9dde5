import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../../registry/persons/persons.service.ts';
import { createPlansRepo, type PlanRow } from './plans.repo.ts';
import type { PlanIndicator } from './town-assessment.schema.ts';

export interface CreatePlanInput {
  orgId: number;
  year: number;
  indicators: PlanIndicator[];
}
export interface RevisePlanInput {
  indicators: PlanIndicator[];
  reason: string;
  /** the version the edit started from */
  version: number;
}

interface Town {
  id: number;
  name: string;
}

const fail = (path: string, message: string) => invalid(message, [{ path, message }]);
const stalePlan = () => new DomainError('STALE', '考核方案已有更新的版本，请刷新后在最新版本上修改');
const alreadyPlanned = (year: number) =>
  conflict(`${year}年度考核方案已存在，请在现有方案上修改（修改生成新版本）`);

/**
 * The 评分标准 as data: indicator codes unique, points positive, targets only for the plan's
 * towns, and every town's target set where an indicator is scored on target completion.
 */
export function checkIndicators(indicators: readonly PlanIndicator[], towns: readonly Town[]) {
  const seen = new Set<string>();
  const townIds = new Set(towns.map((t) => String(t.id)));
  indicators.forEach((ind, n) => {
    if (seen.has(ind.code)) throw fail(`indicators.${n}.code`, `指标代码「${ind.code}」重复`);
    seen.add(ind.code);
    if (Number(ind.maxPoints) <= 0)
      throw fail(`indicators.${n}.maxPoints`, `指标「${ind.label}」的分值须大于0`);
    for (const id of Object.keys(ind.targets))
      if (!townIds.has(id))
        throw fail(`indicators.${n}.targets`, `指标「${ind.label}」的目标含有不属于本方案的街镇`);
    if (ind.method !== 'completion_relative_to_best') return;
    const missing = towns.find((t) => !((ind.targets[String(t.id)] ?? 0) > 0));
    if (missing)
      throw fail(
        `indicators.${n}.targets`,
        `指标「${ind.label}」按目标完成率计分，须为每个街镇设定大于0的目标（${missing.name}未设定）`,
      );
  });
}

export function createPlansService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createPlansRepo(db);

  async function view(actor: Actor, id: string) {
    const plan = await repo.visible(actor, id);
    if (!plan) throw notFound('考核方案');
    const latest = await repo.latest(plan.orgId, plan.year);
    const allTowns = await repo.towns(plan.orgId);
    // A town reads its own targets only; the bureau reads every town's.
    const towns = plan.office ? allTowns : allTowns.filter((t) => actor.orgPath.startsWith(t.path));
    const shown = new Set(towns.map((t) => String(t.id)));
    return {
      id: plan.id,
      year: plan.year,
      orgId: plan.orgId,
      orgName: plan.orgName,
      version: plan.version,
      reason: plan.reason,
      createdAt: plan.createdAt,
      createdByName: plan.createdByName ?? '系统',
      isLatest: latest?.id === plan.id,
      towns: towns.map(({ id: townId, name }) => ({ id: townId, name })),
      indicators: plan.indicators.map((i) => ({
        ...i,
        targets: Object.fromEntries(Object.entries(i.targets).filter(([t]) => shown.has(t))),
      })),
    };
  }

  async function insertVersion(actor: Actor, values: Omit<PlanRow, 'id' | 'createdAt' | 'createdBy'>) {
    const id = await db
      .transaction(async (tx) => {
        const row = await createPlansRepo(tx).insert({ ...values, createdBy: actor.userId });
        await recordAudit(tx, actor, {
          action: values.version === 1 ? 'town_assessment.plan_create' : 'town_assessment.plan_revise',
          targetType: 'town_assessment_plan',
          targetId: row.id,
          detail: { orgId: values.orgId, year: values.year, version: values.version, reason: values.reason },
        });
        return row.id;
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e)) throw values.version === 1 ? alreadyPlanned(values.year) : stalePlan();
        throw e;
      });
    return view(actor, id);
  }

  return {
    view,

    list: async (actor: Actor, year?: number) => ({ items: await repo.listLatest(actor, year) }),

    async history(actor: Actor, id: string) {
      const plan = await repo.visible(actor, id);
      if (!plan) throw notFound('考核方案');
      return { items: await repo.versions(plan.orgId, plan.year) };
    },

    async create(actor: Actor, input: CreatePlanInput) {
      if (!hasPermission(actor, 'assessment:configure')) throw forbidden();
      const org = await repo.configurableOrg(actor, input.orgId);
      if (!org) throw notFound('机构');
      const towns = await repo.towns(org.id);
      if (towns.length === 0)
        throw fail('orgId', `「${org.name}」下没有街道（乡镇），无法制定对街镇的考核方案`);
      if (await repo.latest(org.id, input.year)) throw alreadyPlanned(input.year);
      checkIndicators(input.indicators, towns);
      return insertVersion(actor, {
        year: input.year,
        orgId: org.id,
        orgPath: org.path,
        version: 1,
        reason: null,
        indicators: input.indicators,
      });
    },

    async revise(actor: Actor, id: string, input: RevisePlanInput) {
      if (!hasPermission(actor, 'assessment:configure')) throw forbidden();
      const plan = await repo.visible(actor, id);
      if (!plan || !(await repo.configurableOrg(actor, plan.orgId))) throw notFound('考核方案');
      const latest = await repo.latest(plan.orgId, plan.year);
      if (latest?.version !== input.version) throw stalePlan();
      checkIndicators(input.indicators, await repo.towns(plan.orgId));
      return insertVersion(actor, {
        year: plan.year,
        orgId: plan.orgId,
        orgPath: plan.orgPath,
        version: latest.version + 1,
        reason: input.reason.trim(),
        indicators: input.indicators,
      });
    },
  };
}

export type PlansService = ReturnType<typeof createPlansService>;
