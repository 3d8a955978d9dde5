import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, invalid, notFound } from '../../../platform/errors.ts';
import { createEmployersRepo } from '../../registry/employers/employers.repo.ts';
import { entrepreneurshipExperts as experts } from '../experts/experts.schema.ts';
import { createFileRecordsRepo } from './file-records.repo.ts';
import { createFilesRepo, fileScope } from './files.repo.ts';

export interface FollowUpInput {
  onDate: string;
  kind: 'visit' | 'phone' | 'guidance';
  expertId: string | null;
  businessState: 'not_started' | 'preparing' | 'operating' | 'closed';
  note: string;
}

export interface InternshipInput {
  hostName: string;
  employerId: string | null;
  startsOn: string;
  endsOn: string | null;
  note: string | null;
}

const stale = () => new DomainError('STALE', '该档案已被他人修改，请刷新后重试');

/**
 * What a street officer records on a file after training: the mentor, 创业者联谊会 membership,
 * follow-up visits, internships and the trainee's rating of an expert. Each write is audited.
 */
export function createFileRecordsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const repo = createFilesRepo(db);
  const recordsRepo = createFileRecordsRepo(db);

  async function writable(actor: Actor, id: string) {
    const file = await repo.find(id, fileScope(actor, 'entrepreneurship:write'));
    if (!file) throw notFound('学员档案');
    return file;
  }

  const notFuture = (on: string) => {
    if (on > clock.today()) throw invalid('日期不能晚于今天');
  };

  async function activeExpert(id: string) {
    const [e] = await db.select().from(experts).where(eq(experts.id, id));
    if (!e) throw notFound('专家');
    if (e.status !== 'active')
      throw conflict(`专家 ${e.name} 已暂停${e.statusReason ? `（${e.statusReason}）` : ''}`);
    return e;
  }

  const audit = (
    tx: Db,
    actor: Actor,
    fileId: string,
    action: string,
    detail: Record<string, unknown> = {},
  ) =>
    recordAudit(tx, actor, {
      action: `entrepreneurship.file.${action}`,
      targetType: 'entrepreneurship_file',
      targetId: fileId,
      detail,
    });

  return {
    async setMentor(actor: Actor, id: string, input: { expertId: string; version: number }) {
      await writable(actor, id);
      const expert = await activeExpert(input.expertId);
      const on = clock.today();
      await db.transaction(async (tx) => {
        const r = createFilesRepo(tx);
        if (!(await r.update(id, input.version, { mentorExpertId: expert.id }))) throw stale();
        await r.event({
          fileId: id,
          action: 'mentor',
          onDate: on,
          detail: { name: expert.name },
          actorId: actor.userId,
        });
        await audit(tx as Db, actor, id, 'mentor', { expertId: expert.id });
      });
    },

    /** 创业者联谊会: join (again after leaving) or leave. */
    async association(
      actor: Actor,
      id: string,
      input: { action: 'join' | 'leave'; on: string; version: number },
    ) {
      const file = await writable(actor, id);
      notFuture(input.on);
      const member = file.associationJoinedOn !== null && file.associationLeftOn === null;
      if (input.action === 'join' && member) throw conflict('该学员已是创业者联谊会会员');
      if (input.action === 'leave' && !member) throw conflict('该学员不是创业者联谊会会员');
      if (input.action === 'leave' && input.on < file.associationJoinedOn!)
        throw invalid('退出日期不能早于加入日期');
      const values =
        input.action === 'join'
          ? { associationJoinedOn: input.on, associationLeftOn: null }
          : { associationLeftOn: input.on };
      await db.transaction(async (tx) => {
        const r = createFilesRepo(tx);
        if (!(await r.update(id, input.version, values))) throw stale();
        await r.event({
          fileId: id,
          action: `association_${input.action}`,
          onDate: input.on,
          actorId: actor.userId,
        });
        await audit(tx as Db, actor, id, `association_${input.action}`, { on: input.on });
      });
    },

    async addFollowUp(actor: Actor, id: string, input: FollowUpInput) {
      await writable(actor, id);
      notFuture(input.onDate);
      if (input.expertId) await activeExpert(input.expertId);
      await db.transaction(async (tx) => {
        const [row] = await createFileRecordsRepo(tx).addFollowUp({
          ...input,
          fileId: id,
          recordedBy: actor.userId,
        });
        await audit(tx as Db, actor, id, 'follow_up', {
          followUpId: row!.id,
          kind: input.kind,
          state: input.businessState,
        });
      });
    },

    async addInternship(actor: Actor, id: string, input: InternshipInput) {
      await writable(actor, id);
      notFuture(input.startsOn);
      if (input.endsOn !== null && input.endsOn < input.startsOn)
        throw invalid('见习结束日期不能早于开始日期');
      if (input.employerId && !(await createEmployersRepo(db).row(actor, input.employerId, 'employer:read')))
        throw notFound('用人单位');
      await db.transaction(async (tx) => {
        const [row] = await createFileRecordsRepo(tx).addInternship({
          ...input,
          fileId: id,
          recordedBy: actor.userId,
        });
        await audit(tx as Db, actor, id, 'internship', { internshipId: row!.id });
      });
    },

    /**
     * The trainee's rating (1–5) of an expert who reviewed their plan, mentored or guided them; one
     * rating per expert and file.
     */
    async rate(actor: Actor, id: string, input: { expertId: string; score: number; comment: string | null }) {
      const file = await writable(actor, id);
      const served =
        file.mentorExpertId === input.expertId || (await recordsRepo.expertServed(id, input.expertId));
      if (!served) throw invalid('只能评价为该学员评审计划书、担任导师或参与跟踪指导的专家');
      await db.transaction(async (tx) => {
        const added = await createFileRecordsRepo(tx).addRating({
          ...input,
          fileId: id,
          ratedOn: clock.today(),
          recordedBy: actor.userId,
        });
        if (added.length === 0) throw conflict('该学员已评价过这位专家');
        await audit(tx as Db, actor, id, 'rate_expert', { expertId: input.expertId, score: input.score });
      });
    },
  };
}

export type FileRecordsService = ReturnType<typeof createFileRecordsService>;
