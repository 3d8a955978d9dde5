import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import { eq, inArray } from 'drizzle-orm';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { AttachmentOwner } from '../../../platform/attachments/attachment-owners.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, invalid, notFound } from '../../../platform/errors.ts';
import { expertOfUser, requireOwnExpert } from '../experts/expert-scope.ts';
import { entrepreneurshipExperts as experts } from '../experts/experts.schema.ts';
import { createFilesRepo, fileScope } from './files.repo.ts';
import { entrepreneurshipBusinessPlans as plans } from './files.schema.ts';
import { planDecision, type planIndustries, yuanInputToFen } from './plan-rules.ts';
import { createPlansRepo, type PlanRow } from './plans.repo.ts';

export const PLAN_OWNER_KIND = 'entrepreneurship.plan';

export interface PlanInput {
  title: string;
  sector: string;
  industry: (typeof planIndustries)[number];
  serviceSector: boolean;
  /** 投资额（元） as typed */
  investment: string;
  plannedJobs: number;
  summary: string | null;
  submittedOn: string;
}

/** A plan as shown: money in yuan. */
export const planView = <T extends { investmentFen: number }>({ investmentFen, ...p }: T) => ({
  ...p,
  investment: fenToYuan(investmentFen),
});

/**
 * 创业计划书 and its expert review: the street officer files the plan (summary + the document as an
 * attachment) and assigns active experts; each assigned expert — and only they — reads the plan and
 * records the opinion, feasibility and score. The plan's status follows `planDecision`.
 */
export function createBusinessPlansService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const filesRepo = createFilesRepo(db);
  const repo = createPlansRepo(db);

  async function writableFile(actor: Actor, fileId: string) {
    const file = await filesRepo.find(fileId, fileScope(actor, 'entrepreneurship:write'));
    if (!file) throw notFound('学员档案');
    return file;
  }

  /** The plan and its file, when the actor may change the file. */
  async function writablePlan(actor: Actor, planId: string) {
    const plan = await repo.find(planId);
    if (!plan) throw notFound('创业计划书');
    return { plan, file: await writableFile(actor, plan.fileId) };
  }

  /** An assigned expert's own review of a plan, or null. */
  async function assignment(ex: Executor, actor: Actor, planId: string) {
    const expertId = await expertOfUser(ex, actor.userId);
    if (!expertId) return null;
    return (await createPlansRepo(ex).review(planId, expertId))[0] ?? null;
  }

  const attachmentOwner: AttachmentOwner = {
    label: '创业计划书',
    async canRead(actor, planId) {
      const plan = await repo.find(planId);
      if (!plan) return false;
      if (await filesRepo.find(plan.fileId, fileScope(actor))) return true;
      return (await assignment(db, actor, planId)) !== null;
    },
    async canWrite(actor, planId) {
      const plan = await repo.find(planId);
      if (plan?.status !== 'submitted') return null;
      const file = await filesRepo.find(plan.fileId, fileScope(actor, 'entrepreneurship:write'));
      return file ? { orgId: file.orgId, orgPath: file.orgPath } : null;
    },
  };

  return {
    attachmentOwner,

    async submit(actor: Actor, fileId: string, input: PlanInput) {
      const file = await writableFile(actor, fileId);
      if (input.submittedOn > clock.today()) throw invalid('提交日期不能晚于今天');
      const { investment, ...rest } = input;
      return db.transaction(async (tx) => {
        // A revised plan is a new row after 需修改; once one is found feasible the file's plan is settled.
        const [latest] = await createPlansRepo(tx).plansOfFile(fileId);
        if (latest?.status === 'approved') throw conflict('该档案的创业计划书已评审通过，不再提交新的计划书');
        const plan = await createPlansRepo(tx).insert({
          ...rest,
          fileId,
          investmentFen: yuanInputToFen(investment),
          orgId: file.orgId,
          orgPath: file.orgPath,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.plan.submit',
          targetType: 'entrepreneurship_file',
          targetId: fileId,
          detail: { planId: plan.id, industry: plan.industry, investmentFen: plan.investmentFen },
        });
        return planView(plan);
      });
    },

    /** Assign active experts to review a plan not yet approved; experts already assigned stay. */
    async assign(actor: Actor, planId: string, expertIds: string[]) {
      const { plan } = await writablePlan(actor, planId);
      if (plan.status === 'approved') throw conflict('该计划书已评审通过，无需再指派专家');
      const ids = [...new Set(expertIds)];
      const found = await db
        .select({ id: experts.id, status: experts.status, name: experts.name })
        .from(experts)
        .where(inArray(experts.id, ids));
      if (found.length !== ids.length) throw notFound('专家');
      const suspended = found.filter((e) => e.status !== 'active');
      if (suspended.length > 0)
        throw conflict(`专家已暂停，不能指派：${suspended.map((e) => e.name).join('、')}`);
      const on = clock.today();
      await db.transaction(async (tx) => {
        const added = await createPlansRepo(tx).assign(
          ids.map((expertId) => ({ planId, expertId, assignedOn: on, recordedBy: actor.userId })),
        );
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.plan.assign',
          targetType: 'entrepreneurship_file',
          targetId: plan.fileId,
          detail: { planId, experts: added.map((a) => a.expertId) },
        });
      });
      return repo.reviewsOf([planId]);
    },

    /** The plans assigned to the signed-in expert (their queue), nothing else. */
    async assigned(actor: Actor) {
      const expertId = await requireOwnExpert(db, actor);
      return (await repo.assignedTo(expertId)).map(planView);
    },

    /** One assigned plan for its expert; any other plan is "not found". */
    async assignedOne(actor: Actor, planId: string) {
      const expertId = await requireOwnExpert(db, actor);
      const [row] = await repo.assignedTo(expertId, eq(plans.id, planId));
      if (!row) throw notFound('创业计划书');
      await recordAudit(db, actor, {
        action: 'entrepreneurship.plan.read',
        targetType: 'entrepreneurship_plan',
        targetId: planId,
      });
      return planView(row);
    },

    /** The assigned expert's opinion; the plan's status then follows the rule. */
    async review(actor: Actor, planId: string, input: { feasible: boolean; score: number; opinion: string }) {
      await requireOwnExpert(db, actor);
      return db.transaction(async (tx) => {
        const own = await assignment(tx, actor, planId);
        if (!own) throw notFound('创业计划书');
        if (own.reviewedOn !== null) throw conflict('您已提交过对该计划书的评审意见');
        const r = createPlansRepo(tx);
        const on = clock.today();
        await r.answer(own.id, {
          ...input,
          reviewedOn: on,
          recordedBy: actor.userId,
          recordedAt: new Date(),
        });
        const plan = (await r.find(planId))!;
        const decision = planDecision(await r.reviewsOf([planId]));
        // an approved plan stays approved (a later unfavourable opinion is kept beside it)
        const next: Pick<PlanRow, 'status' | 'decidedOn'> = plan.status === 'approved' ? plan : decision;
        await r.setDecision(planId, next);
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.plan.review',
          targetType: 'entrepreneurship_file',
          targetId: plan.fileId,
          detail: { planId, feasible: input.feasible, score: input.score, status: next.status },
        });
        return { planId, status: next.status, decidedOn: next.decidedOn };
      });
    },
  };
}

export type BusinessPlansService = ReturnType<typeof createBusinessPlansService>;
