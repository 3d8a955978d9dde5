import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { Db } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, DomainError, forbidden, invalid } from '../../../platform/errors.ts';
import { createExamineesRepo } from './examinees.repo.ts';
import { assertPlanStatus, scopedPlan } from './plan-access.ts';
import { duplicateCodes, normaliseItem, packageTotalFen } from './plan-package.ts';
import { periodViolations } from './plan-period.ts';
import { createPlansRepo, type PlanRow, planScopeCols } from './plans.repo.ts';
import { type PackageItem, type PlanStatus, planStatusLabels } from './plans.schema.ts';
import { standardPackage } from './standard-package.ts';

export interface PlanInput {
  year: number;
  name: string;
  startOn: string;
  endOn: string;
  /** YYYY-MM */
  eligibilityMonth: string;
  items: PackageItem[];
}

const stale = () => new DomainError('STALE', '该体检计划已被他人修改，请刷新后重试');

/** The plan's fields checked together (dates, item codes) and written as stored. */
function checkedPlan(input: PlanInput) {
  const values = {
    ...input,
    eligibilityMonth: `${input.eligibilityMonth.slice(0, 7)}-01`,
    items: input.items.map(normaliseItem),
  };
  const problems = periodViolations(values);
  const twice = duplicateCodes(values.items);
  if (twice.length > 0) problems.push({ path: 'items', message: `项目代码重复：${twice.join('、')}` });
  if (problems.length > 0) throw invalid(problems.map((p) => p.message).join('；'), problems);
  return values;
}

const listItem = (plan: PlanRow, examinees: number) => ({
  id: plan.id,
  year: plan.year,
  name: plan.name,
  startOn: plan.startOn,
  endOn: plan.endOn,
  eligibilityMonth: plan.eligibilityMonth.slice(0, 7),
  status: plan.status,
  statusLabel: planStatusLabels[plan.status],
  total: fenToYuan(packageTotalFen(plan.items)),
  examinees,
});

/**
 * 年度体检计划 (第九条 体检方案): the 医保处 writes the year's plan with its package and fees, opens and
 * closes it, and generates its examinees from the registry's paid medical-insurance month.
 */
export function createPlansService(deps: { db: Db }) {
  const { db } = deps;

  async function detail(actor: Actor, id: string) {
    const plan = await scopedPlan(db, actor, id, 'health_check:read');
    const repo = createPlansRepo(db);
    const [counts, hospitals, examinees] = await Promise.all([
      repo.counts(plan.id),
      repo.designatedHospitals(),
      createExamineesRepo(db).total(plan.id),
    ]);
    return { ...listItem(plan, examinees), items: plan.items, version: plan.version, counts, hospitals };
  }

  async function step(
    actor: Actor,
    id: string,
    version: number,
    from: PlanStatus,
    to: PlanStatus,
    what: string,
  ) {
    const plan = await scopedPlan(db, actor, id, 'health_check:manage');
    assertPlanStatus(plan, [from], what);
    await db.transaction(async (tx) => {
      if (!(await createPlansRepo(tx).update(plan.id, version, { status: to }))) throw stale();
      await recordAudit(tx, actor, {
        action: `health_check_plan.${to === 'open' ? 'open' : 'close'}`,
        targetType: 'health_check_plan',
        targetId: plan.id,
        detail: { year: plan.year },
      });
    });
    return detail(actor, id);
  }

  return {
    detail,

    async list(actor: Actor, page: { page: number; pageSize: number }) {
      if (!hasPermission(actor, 'health_check:read')) throw forbidden();
      const { items, total } = await createPlansRepo(db).list(
        accessFilter(actor, 'health_check:read', planScopeCols),
        page,
      );
      return { total, items: items.map((i) => listItem(i.plan, i.examinees)) };
    },

    /** A new plan at the 医保处's organisation, with the standard package unless items are given. */
    async create(actor: Actor, input: Omit<PlanInput, 'items'> & { items?: PackageItem[] | undefined }) {
      if (!hasPermission(actor, 'health_check:manage')) throw forbidden();
      const values = checkedPlan({ ...input, items: input.items ?? [...standardPackage] });
      const id = await db.transaction(async (tx) => {
        const row = await createPlansRepo(tx).insert({
          ...values,
          orgId: actor.orgId,
          orgPath: actor.orgPath,
          createdBy: actor.userId,
        });
        if (!row) throw conflict(`${input.year}年度体检计划已制定，不能重复制定`);
        await recordAudit(tx, actor, {
          action: 'health_check_plan.create',
          targetType: 'health_check_plan',
          targetId: row.id,
          detail: { year: row.year, items: row.items.length, total: fenToYuan(packageTotalFen(row.items)) },
        });
        return row.id;
      });
      return detail(actor, id);
    },

    /** Edits a plan still being drawn up (编制中), under the version the editor saw. */
    async update(actor: Actor, id: string, patch: Partial<PlanInput> & { version: number }) {
      const plan = await scopedPlan(db, actor, id, 'health_check:manage');
      assertPlanStatus(plan, ['draft'], '修改');
      const { version, ...changes } = patch;
      const values = checkedPlan({
        year: changes.year ?? plan.year,
        name: changes.name ?? plan.name,
        startOn: changes.startOn ?? plan.startOn,
        endOn: changes.endOn ?? plan.endOn,
        eligibilityMonth: changes.eligibilityMonth ?? plan.eligibilityMonth,
        items: changes.items ?? plan.items,
      });
      await db.transaction(async (tx) => {
        // a year another plan holds meets the unique index: 409 from the error handler
        const row = await createPlansRepo(tx).update(plan.id, version, values);
        if (!row) throw stale();
        await recordAudit(tx, actor, {
          action: 'health_check_plan.update',
          targetType: 'health_check_plan',
          targetId: plan.id,
          detail: { fields: Object.keys(changes), total: fenToYuan(packageTotalFen(values.items)) },
        });
      });
      return detail(actor, id);
    },

    open: (actor: Actor, id: string, version: number) =>
      step(actor, id, version, 'draft', 'open', '开始体检'),
    close: (actor: Actor, id: string, version: number) => step(actor, id, version, 'open', 'closed', '结束'),

    /**
     * 生成参检名单: the eligible persons not yet in the plan are added (a second run adds only
     * newcomers). Answers how many were added and how many the plan now holds.
     */
    async generate(actor: Actor, id: string) {
      const plan = await scopedPlan(db, actor, id, 'health_check:manage');
      assertPlanStatus(plan, ['open'], '生成参检名单（请先开始体检）');
      return db.transaction(async (tx) => {
        await createPlansRepo(tx).lock(plan.id);
        const repo = createExamineesRepo(tx);
        const added = await repo.generate(plan, actor.userId);
        const total = await repo.total(plan.id);
        await recordAudit(tx, actor, {
          action: 'health_check_plan.generate',
          targetType: 'health_check_plan',
          targetId: plan.id,
          detail: { eligibilityMonth: plan.eligibilityMonth.slice(0, 7), added, total },
        });
        return { added, total };
      });
    },
  };
}

export type PlansService = ReturnType<typeof createPlansService>;
