import {
  decideTraineeEligibility,
  type EligibilityDecision,
  refusalText,
} from '@minsheng/rules/policies/fujian/trainee-eligibility/eligibility.ts';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { DomainError, invalid, notFound } from '../../../platform/errors.ts';
import { requireOwnInstitution } from '../institution-scope.ts';
import { traineeFacts } from './trainee-facts.ts';
import { assertEnrolling, ownClass, personOfIdNumber, refused } from './trainee-lookup.ts';
import { type ClassRow, createTraineesRepo, type TraineesRepo } from './trainees.repo.ts';
import { eachRow, enrolSheet, readSheet } from './trainees-excel.ts';

type Person = Awaited<ReturnType<TraineesRepo['personByHash']>> & {};

/**
 * Enrols one registry person in a class after every check, in `tx`: not yet in the class, of a
 * target group of the class's programme by the rules on the enrolment date, in no other class whose
 * dates meet this one's (every class here is subsidised), and a place left. The decision's reasons
 * are kept on the trainee; a refusal names the rule's reasons or the other class's number.
 */
async function enrolPerson(tx: Executor, actor: Actor, cls: ClassRow, person: Person, today: string) {
  const repo = createTraineesRepo(tx);
  await repo.lockPerson(person.id);
  if (await repo.inClass(cls.id, person.id)) throw refused('该人员已在本培训班的学员名单中');
  const decision: EligibilityDecision = decideTraineeEligibility(
    cls.programme,
    await traineeFacts(tx, person.id, today),
    today,
    cls.startsOn,
  );
  await recordAudit(tx, actor, {
    action: 'training.trainee.eligibility',
    targetType: 'person',
    targetId: person.id,
    detail: { classId: cls.id, eligible: decision.eligible, group: decision.group },
  });
  if (!decision.group) throw refused(refusalText(decision));
  const other = await repo.overlapping(person.id, cls.id, cls.startsOn, cls.endsOn);
  if (other)
    throw refused(
      `该人员已参加培训班 ${other.number}（${other.startsOn} 至 ${other.endsOn}），与本班培训期间重叠，同一人不能同时参加两个补贴培训班`,
    );
  if ((await repo.placesTaken(cls.id)) >= cls.capacity)
    throw refused(`培训班已满（计划招收 ${cls.capacity} 人）`);
  const row = await repo.insert({
    classId: cls.id,
    personId: person.id,
    programme: cls.programme,
    startsOn: cls.startsOn,
    endsOn: cls.endsOn,
    group: decision.group,
    eligibility: decision.reasons,
    enrolledOn: today,
    orgId: person.orgId,
    orgPath: person.orgPath,
    createdBy: actor.userId,
  });
  await recordAudit(tx, actor, {
    action: 'training.trainee.enrol',
    targetType: 'training_trainee',
    targetId: row.id,
    detail: { classId: cls.id, personId: person.id, group: decision.group },
  });
  return row;
}

/** Enrolment and withdrawal of a class's trainees by its institution, and the class's trainee list. */
export function createTraineesService(deps: { db: Db; cipher: FieldCipher; clock: Clock }) {
  const { db, cipher, clock } = deps;

  return {
    async list(actor: Actor, classId: string) {
      const repo = createTraineesRepo(db);
      const cls = await repo.readableClass(actor, classId);
      if (!cls) throw notFound('培训班');
      const items = await repo.list(actor, classId);
      await recordAudit(db, actor, {
        action: 'training.trainee.list',
        targetType: 'training_class',
        targetId: classId,
        detail: { count: items.length },
      });
      return { class: cls, items };
    },

    async enrol(actor: Actor, classId: string, input: { idNumber: string }) {
      const institutionId = await requireOwnInstitution(db, actor);
      const today = clock.today();
      // A refusal after the eligibility decision still commits its audit row (the reasons reveal
      // registry facts), so it is thrown once the transaction is over.
      let refusal: DomainError | undefined;
      const enrolled = await db.transaction(async (tx) => {
        const repo = createTraineesRepo(tx);
        const cls = await ownClass(repo, classId, institutionId);
        assertEnrolling(cls, today);
        const person = await personOfIdNumber(repo, cipher, input.idNumber, today);
        try {
          const row = await enrolPerson(tx, actor, cls, person, today);
          return { id: row.id, name: person.name, idNumberMasked: person.idNumberMasked, group: row.group };
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          refusal = e;
          return null;
        }
      });
      if (!enrolled) throw refusal!;
      return enrolled;
    },

    /**
     * Enrols the rows of an uploaded sheet (公民身份号码, 姓名): each row is enrolled or refused with
     * its reason, the others are enrolled whatever the refused ones say.
     */
    async importRoster(actor: Actor, classId: string, file: Buffer) {
      const institutionId = await requireOwnInstitution(db, actor);
      const today = clock.today();
      const rows = await readSheet(enrolSheet, file);
      return db.transaction(async (tx) => {
        const repo = createTraineesRepo(tx);
        const cls = await ownClass(repo, classId, institutionId);
        assertEnrolling(cls, today);
        const seen = new Set<string>();
        const outcomes = await eachRow(rows, async (r, idNumber, out) => {
          const person = await personOfIdNumber(repo, cipher, idNumber, today);
          const typed = r.cells.name;
          if (typeof typed === 'string' && typed !== person.name)
            throw refused(`姓名「${typed}」与人员登记不一致`);
          if (seen.has(person.id)) throw refused('与上文某行是同一人');
          seen.add(person.id);
          await enrolPerson(tx, actor, cls, person, today);
          // named once a trainee: a refused row's registry name is not shown to the institution
          out.name = person.name;
        });
        const accepted = outcomes.filter((o) => o.accepted).length;
        await recordAudit(tx, actor, {
          action: 'training.trainee.import',
          targetType: 'training_class',
          targetId: cls.id,
          detail: { rows: rows.length, enrolled: accepted, refused: rows.length - accepted },
        });
        return { accepted, refused: rows.length - accepted, rows: outcomes };
      });
    },

    async withdraw(actor: Actor, classId: string, traineeId: string, input: { withdrawnOn: string }) {
      const institutionId = await requireOwnInstitution(db, actor);
      return db.transaction(async (tx) => {
        const repo = createTraineesRepo(tx);
        const cls = await ownClass(repo, classId, institutionId);
        const trainee = await repo.trainee(cls.id, traineeId);
        if (!trainee) throw notFound('学员');
        if (trainee.status !== 'enrolled') throw refused('只有在读学员可以办理退学');
        const on = input.withdrawnOn;
        if (on < trainee.enrolledOn || on > clock.today())
          throw invalid(`退学日期须在报名日期（${trainee.enrolledOn}）至今天之间`, [
            { path: 'withdrawnOn', message: '日期超出范围' },
          ]);
        await repo.update(trainee.id, { status: 'withdrawn', withdrawnOn: on });
        await recordAudit(tx, actor, {
          action: 'training.trainee.withdraw',
          targetType: 'training_trainee',
          targetId: trainee.id,
          detail: { classId: cls.id, withdrawnOn: on },
        });
        return { id: trainee.id, status: 'withdrawn' as const, withdrawnOn: on };
      });
    },
  };
}
export type TraineesService = ReturnType<typeof createTraineesService>;
