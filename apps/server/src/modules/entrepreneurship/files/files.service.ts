import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, invalid, notFound } from '../../../platform/errors.ts';
import { nextYearlyNumber } from './file-number.ts';
import { createFileRecordsRepo } from './file-records.repo.ts';
import { fileTimeline } from './file-timeline.ts';
import { createFilesRepo, fileScope } from './files.repo.ts';
import { createPlansRepo } from './plans.repo.ts';
import { planView } from './plans.service.ts';

export type Course = 'SYB' | 'IYB' | 'GYB' | 'EYB';

/** The course a class teaches, named in its occupation (e.g. 「创业培训（IYB）」); SYB when none is named. */
export const courseOfClass = (occupation: string): Course =>
  (/SYB|IYB|GYB|EYB/.exec(occupation.toUpperCase())?.[0] as Course | undefined) ?? 'SYB';

export interface RegisterInput {
  personId: string;
  registeredOn: string;
  course: Course;
  /** the trainee record of an entrepreneurship class, when trained here */
  traineeId: string | null;
  /** training done elsewhere: end date, assessment and certificate as recorded */
  trainedOn: string | null;
  assessment: 'passed' | 'failed' | null;
  trainingCertificateNumber: string | null;
}

/**
 * 学员信息库 (000 第五篇 三(七)): one file per registry person, registered by the person's station;
 * the training record and assessment come from the trainee record of an entrepreneurship class, or
 * are typed for training done elsewhere. The file page gathers everything in one timeline.
 */
export function createFilesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const repo = createFilesRepo(db);
  const records = createFileRecordsRepo(db);
  const plansRepo = createPlansRepo(db);

  /** Insert one file (the caller has checked scope and uniqueness) with its registration event. */
  async function insertFile(
    tx: Executor,
    actor: Actor,
    person: { id: string; orgId: number; orgPath: string },
    input: Omit<RegisterInput, 'personId'>,
  ) {
    const r = createFilesRepo(tx);
    const number = await nextYearlyNumber(
      tx,
      'entrepreneurship_file',
      'CY',
      Number(input.registeredOn.slice(0, 4)),
    );
    const file = await r.insert({
      ...input,
      number,
      personId: person.id,
      orgId: person.orgId,
      orgPath: person.orgPath,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'entrepreneurship.file.register',
      targetType: 'entrepreneurship_file',
      targetId: file.id,
      detail: { number, linkedTrainee: input.traineeId !== null },
    });
    return file;
  }

  return {
    list: (actor: Actor, q: { q?: string | undefined; page: number; pageSize: number }) =>
      repo.list(fileScope(actor), q),

    async register(actor: Actor, input: RegisterInput) {
      const person = await repo.person(actor, input.personId);
      if (!person) throw notFound('人员');
      if (input.registeredOn > clock.today()) throw invalid('登记日期不能晚于今天');
      const existing = await repo.byPerson(person.id);
      if (existing)
        throw conflict(`该人员已有创业学员档案 ${existing.number}，每人只建一份档案`, {
          fileId: existing.id,
        });
      const { personId: _p, ...typed } = input;
      let values: Omit<RegisterInput, 'personId'> = typed;
      if (input.traineeId) {
        const t = await repo.trainee(input.traineeId);
        if (!t || t.personId !== person.id) throw invalid('所选培训学员记录不属于该人员');
        if (t.programme !== 'entrepreneurship') throw invalid('只能关联创业培训班的学员记录');
        // the record and assessment come from the trainee record
        values = { ...typed, trainedOn: null, assessment: null, trainingCertificateNumber: null };
      }
      const file = await db.transaction((tx) => insertFile(tx, actor, person, values));
      return { id: file.id, number: file.number };
    },

    /** A file for each trainee of an entrepreneurship class in the actor's scope who has none yet. */
    async fromClass(actor: Actor, classId: string) {
      const trainees = (await repo.classTrainees(actor, classId)).filter((t) => t.status !== 'withdrawn');
      if (trainees.length === 0) throw notFound('培训班或本辖区学员');
      if (trainees[0]!.programme !== 'entrepreneurship') throw invalid('只能为创业培训班的学员建档');
      const existing = await repo.withFile(trainees.map((t) => t.personId));
      const todo = trainees.filter((t) => !existing.has(t.personId));
      const created = await db.transaction(async (tx) => {
        const out: string[] = [];
        for (const t of todo) {
          const file = await insertFile(
            tx,
            actor,
            { id: t.personId, orgId: t.orgId, orgPath: t.orgPath },
            {
              registeredOn: t.enrolledOn,
              course: courseOfClass(t.occupation),
              traineeId: t.id,
              trainedOn: null,
              assessment: null,
              trainingCertificateNumber: null,
            },
          );
          out.push(file.number);
        }
        return out;
      });
      return { created: created.length, skipped: trainees.length - created.length, numbers: created };
    },

    /** The whole file with its timeline; the read is audited (it shows a person's record). */
    async detail(actor: Actor, id: string) {
      const file = await repo.find(id, fileScope(actor));
      if (!file) throw notFound('学员档案');
      const [training, plans, events, followUps, internships, ratings, projectLinks, loans, businesses] =
        await Promise.all([
          file.traineeId ? repo.trainee(file.traineeId) : Promise.resolve(undefined),
          plansRepo.plansOfFile(id),
          repo.events(id),
          records.followUps(id),
          records.internships(id),
          records.ratings(id),
          records.projectLinks(id),
          records.loans(file.personId),
          records.businesses(id),
        ]);
      const [reviews, loanEvents, residencies] = await Promise.all([
        plansRepo.reviewsOf(plans.map((p) => p.id)),
        records.loanEvents(file.personId),
        records.residencies(id),
      ]);
      await recordAudit(db, actor, {
        action: 'entrepreneurship.file.read',
        targetType: 'entrepreneurship_file',
        targetId: id,
        detail: { number: file.number },
      });
      const timeline = fileTimeline(
        {
          file,
          training: training ?? null,
          plans,
          reviews,
          events,
          followUps,
          internships,
          ratings,
          projectLinks,
          loans,
          loanEvents,
          businesses,
          residencies,
        },
        clock.today(),
      );
      return {
        ...file,
        training: training ?? null,
        plans: plans.map((p) => ({ ...planView(p), reviews: reviews.filter((r) => r.planId === p.id) })),
        followUps,
        internships,
        ratings,
        projectLinks,
        loans,
        businesses,
        timeline,
      };
    },
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
