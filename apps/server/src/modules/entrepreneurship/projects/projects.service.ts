import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, invalid, notFound } from '../../../platform/errors.ts';
import { requireOwnExpert } from '../experts/expert-scope.ts';
import { entrepreneurshipExperts as experts } from '../experts/experts.schema.ts';
import { nextYearlyNumber } from '../files/file-number.ts';
import { createFilesRepo, fileScope } from '../files/files.repo.ts';
import { yuanInputToFen } from '../files/plan-rules.ts';
import { createProjectsRepo, projectReadScope, projectWriteScope } from './projects.repo.ts';
import {
  type projectSources,
  type projectStatuses,
  entrepreneurshipProjects as projects,
} from './projects.schema.ts';

export interface ProjectInput {
  name: string;
  sector: string;
  source: (typeof projectSources)[number];
  summary: string;
  /** 投资额（元） as typed */
  investment: string;
  expectedJobs: number;
}

const stale = () => new DomainError('STALE', '该项目已被他人修改，请刷新后重试');
const view = <T extends { investmentFen: number }>({ investmentFen, ...p }: T) => ({
  ...p,
  investment: fenToYuan(investmentFen),
});

/**
 * 创业项目库 (000 第五篇 三(十一)): projects collected (政府开发, 社会征集, 个人提供, 有偿设计), reviewed
 * for feasibility by the expert assigned, published only when found feasible, withdrawn; a
 * published project is recommended to trainees, who take it or decline it.
 */
export function createProjectsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const repo = createProjectsRepo(db);
  const filesRepo = createFilesRepo(db);

  async function writable(actor: Actor, id: string) {
    const p = await repo.find(id, projectWriteScope(actor));
    if (!p) throw notFound('创业项目');
    return p;
  }

  async function change(
    actor: Actor,
    id: string,
    version: number,
    values: Partial<typeof projects.$inferInsert>,
    action: string,
    detail: Record<string, unknown> = {},
  ) {
    await db.transaction(async (tx) => {
      if (!(await createProjectsRepo(tx).update(id, version, values))) throw stale();
      await recordAudit(tx, actor, {
        action: `entrepreneurship.project.${action}`,
        targetType: 'entrepreneurship_project',
        targetId: id,
        detail: { status: values.status, ...detail },
      });
    });
    // the caller has checked the actor's right to this change (an expert reads no project list)
    return view((await repo.find(id, sql`true`))!);
  }

  return {
    async list(actor: Actor, q: { status?: (typeof projectStatuses)[number] | undefined }) {
      const where = and(projectReadScope(actor), q.status ? eq(projects.status, q.status) : undefined)!;
      return (await repo.list(where)).map(view);
    },

    async get(actor: Actor, id: string) {
      const p = await repo.find(id, projectReadScope(actor));
      if (!p) throw notFound('创业项目');
      const takers = await repo.takers(actor, id);
      // the page names the trainees recommended the project: a read of personal data
      if (takers.length > 0)
        await recordAudit(db, actor, {
          action: 'entrepreneurship.project.read',
          targetType: 'entrepreneurship_project',
          targetId: id,
          detail: { takers: takers.length },
        });
      return { ...view(p), takers };
    },

    async create(actor: Actor, input: ProjectInput) {
      const { investment, ...rest } = input;
      const id = await db.transaction(async (tx) => {
        const number = await nextYearlyNumber(
          tx,
          'entrepreneurship_project',
          'XM',
          Number(clock.today().slice(0, 4)),
        );
        const row = await createProjectsRepo(tx).insert({
          ...rest,
          number,
          investmentFen: yuanInputToFen(investment),
          orgId: actor.orgId,
          orgPath: actor.orgPath,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.project.create',
          targetType: 'entrepreneurship_project',
          targetId: row.id,
          detail: { number, source: input.source },
        });
        return row.id;
      });
      return view((await repo.find(id, projectReadScope(actor)))!);
    },

    /** Assign the active expert who reviews a collected project. */
    async assign(actor: Actor, id: string, input: { expertId: string; version: number }) {
      const p = await writable(actor, id);
      if (p.status !== 'collected') throw conflict('只有待论证的项目可以指派论证专家');
      const [e] = await db.select().from(experts).where(eq(experts.id, input.expertId));
      if (!e) throw notFound('专家');
      if (e.status !== 'active') throw conflict(`专家 ${e.name} 已暂停，不能指派`);
      return change(actor, id, input.version, { reviewExpertId: e.id }, 'assign', { expertId: e.id });
    },

    /** The projects assigned to the signed-in expert. */
    async assigned(actor: Actor) {
      const expertId = await requireOwnExpert(db, actor);
      return (await repo.list(eq(projects.reviewExpertId, expertId))).map(view);
    },

    /** The assigned expert's feasibility finding with the opinion (论证). */
    async review(actor: Actor, id: string, input: { feasible: boolean; opinion: string; version: number }) {
      const expertId = await requireOwnExpert(db, actor);
      const [p] = await repo.list(eq(projects.id, id));
      if (!p || p.reviewExpertId !== expertId) throw notFound('创业项目');
      if (p.status !== 'collected') throw conflict('该项目已论证');
      return change(
        actor,
        id,
        input.version,
        {
          status: input.feasible ? 'feasible' : 'unfeasible',
          reviewOpinion: input.opinion,
          reviewedOn: clock.today(),
        },
        'review',
      );
    },

    /** Publish into the library: only a project found feasible (or withdrawn after being so). */
    async publish(actor: Actor, id: string, input: { version: number }) {
      const p = await writable(actor, id);
      if (p.status !== 'feasible' && p.status !== 'withdrawn')
        throw conflict('只有经专家论证可行的项目才能发布入库');
      return change(actor, id, input.version, { status: 'published', publishedOn: clock.today() }, 'publish');
    },

    async withdraw(actor: Actor, id: string, input: { reason: string; version: number }) {
      const p = await writable(actor, id);
      if (p.status !== 'published') throw conflict('只有已发布的项目可以下架');
      return change(actor, id, input.version, { status: 'withdrawn' }, 'withdraw', { reason: input.reason });
    },

    /** Recommend a published project to a trainee file the actor may change. */
    async recommend(actor: Actor, id: string, fileId: string) {
      const p = await repo.find(id, projectReadScope(actor));
      if (!p) throw notFound('创业项目');
      if (p.status !== 'published') throw conflict('只能推荐已发布的项目');
      const file = await filesRepo.find(fileId, fileScope(actor, 'entrepreneurship:write'));
      if (!file) throw notFound('学员档案');
      await db.transaction(async (tx) => {
        const added = await createProjectsRepo(tx).insertLink({
          projectId: id,
          fileId,
          recommendedOn: clock.today(),
          recordedBy: actor.userId,
        });
        if (added.length === 0) throw conflict('已向该学员推荐过此项目');
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.project.recommend',
          targetType: 'entrepreneurship_file',
          targetId: fileId,
          detail: { projectId: id, number: p.number },
        });
      });
      return repo.takers(actor, id);
    },

    /** The trainee took the project, or declined it. */
    async outcome(actor: Actor, linkId: string, input: { status: 'taken' | 'declined'; on: string }) {
      const link = await repo.linkById(linkId);
      if (!link) throw notFound('项目推荐记录');
      const file = await filesRepo.find(link.fileId, fileScope(actor, 'entrepreneurship:write'));
      if (!file) throw notFound('项目推荐记录');
      if (link.status !== 'recommended') throw conflict('已记录该学员对此项目的选择');
      if (input.on < link.recommendedOn || input.on > clock.today())
        throw invalid('日期应在推荐日期与今天之间');
      await db.transaction(async (tx) => {
        await createProjectsRepo(tx).setLink(linkId, { status: input.status, takenOn: input.on });
        await recordAudit(tx, actor, {
          action: `entrepreneurship.project.${input.status}`,
          targetType: 'entrepreneurship_file',
          targetId: link.fileId,
          detail: { projectId: link.projectId },
        });
      });
      return repo.takers(actor, link.projectId);
    },

    /** The public library: published projects, no personal data. */
    async published() {
      return { asOf: clock.today(), items: (await repo.published()).map(view) };
    },
  };
}

export type ProjectsService = ReturnType<typeof createProjectsService>;
