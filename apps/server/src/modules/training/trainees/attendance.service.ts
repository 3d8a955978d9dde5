import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { invalid, notFound } from '../../../platform/errors.ts';
import { requireOwnInstitution } from '../institution-scope.ts';
import { ownClass, personOfIdNumber, refused } from './trainee-lookup.ts';
import { type ClassRow, createTraineesRepo } from './trainees.repo.ts';
import { attendanceSheet, eachRow, readSheet } from './trainees-excel.ts';

type Member = { id: string; personId: string; status: string; withdrawnOn: string | null };

/** A sign-in date must fall within the class and not after today. */
function dateRefusal(cls: ClassRow, onDate: string, today: string): string | null {
  if (onDate < cls.startsOn || onDate > cls.endsOn)
    return `签到日期 ${onDate} 不在培训期间（${cls.startsOn} 至 ${cls.endsOn}）内`;
  if (onDate > today) return `签到日期 ${onDate} 晚于今天`;
  return null;
}

/** A trainee signs in on a day while enrolled: not after withdrawing. */
const presentOn = (m: Member, onDate: string) =>
  m.status !== 'withdrawn' || (m.withdrawnOn !== null && onDate < m.withdrawnOn);

/**
 * Daily sign-in (签到) of a class's trainees, by a session's roll call or by import. Each change
 * recounts `attended_days` of the trainees it touched in the same transaction, so the figure always
 * equals the count of attendance rows.
 */
export function createAttendanceService(deps: { db: Db; cipher: FieldCipher; clock: Clock }) {
  const { db, cipher, clock } = deps;

  return {
    /** The trainees (of those the actor may read) present on a day. */
    async onDate(actor: Actor, classId: string, onDate: string) {
      const repo = createTraineesRepo(db);
      if (!(await repo.readableClass(actor, classId))) throw notFound('培训班');
      const ids = (await repo.list(actor, classId)).map((t) => t.id);
      const present = await repo.attendanceOn(ids, onDate);
      return { onDate, presentTraineeIds: present.map((p) => p.traineeId) };
    },

    /** The roll call of a day: exactly the listed trainees were present (a second call corrects it). */
    async rollCall(actor: Actor, classId: string, input: { onDate: string; presentTraineeIds: string[] }) {
      const institutionId = await requireOwnInstitution(db, actor);
      const today = clock.today();
      return db.transaction(async (tx) => {
        const repo = createTraineesRepo(tx);
        const cls = await ownClass(repo, classId, institutionId);
        const bad = dateRefusal(cls, input.onDate, today);
        if (bad) throw invalid(bad, [{ path: 'onDate', message: bad }]);
        const members = await repo.traineesOfClass(cls.id);
        const byId = new Map(members.map((m) => [m.id, m]));
        const present = [...new Set(input.presentTraineeIds)];
        for (const id of present) {
          const m = byId.get(id);
          if (!m) throw invalid('点名名单中有不属于本培训班的学员');
          if (!presentOn(m, input.onDate)) throw refused('已退学的学员不能在退学之日及以后签到');
        }
        const absent = members.map((m) => m.id).filter((id) => !present.includes(id));
        const removed = await repo.removeAttendance(absent, input.onDate);
        const added = await repo.addAttendance(
          present.map((traineeId) => ({
            traineeId,
            onDate: input.onDate,
            source: 'session' as const,
            recordedBy: actor.userId,
          })),
        );
        await repo.recountAttendance([...removed, ...added].map((r) => r.traineeId));
        await recordAudit(tx, actor, {
          action: 'training.attendance.roll_call',
          targetType: 'training_class',
          targetId: cls.id,
          detail: {
            onDate: input.onDate,
            present: present.length,
            added: added.length,
            removed: removed.length,
          },
        });
        return {
          onDate: input.onDate,
          present: present.length,
          added: added.length,
          removed: removed.length,
        };
      });
    },

    /** Sign-ins from a sheet (公民身份号码, 签到日期): each row recorded or refused with its reason. */
    async importAttendance(actor: Actor, classId: string, file: Buffer) {
      const institutionId = await requireOwnInstitution(db, actor);
      const today = clock.today();
      const rows = await readSheet(attendanceSheet, file);
      return db.transaction(async (tx) => {
        const repo = createTraineesRepo(tx);
        const cls = await ownClass(repo, classId, institutionId);
        const members = new Map((await repo.traineesOfClass(cls.id)).map((m) => [m.personId, m]));
        const touched = new Set<string>();
        const outcomes = await eachRow(rows, async (r, idNumber, out) => {
          const onDate = String(r.cells.onDate);
          const person = await personOfIdNumber(repo, cipher, idNumber, today);
          const m = members.get(person.id);
          if (!m) throw refused('该人员不是本培训班的学员');
          out.name = person.name;
          const bad = dateRefusal(cls, onDate, today);
          if (bad) throw refused(bad);
          if (!presentOn(m, onDate)) throw refused(`该学员已于 ${m.withdrawnOn} 退学`);
          const [added] = await repo.addAttendance([
            { traineeId: m.id, onDate, source: 'import', recordedBy: actor.userId },
          ]);
          if (!added) throw refused(`该学员 ${onDate} 已有签到记录`);
          touched.add(m.id);
        });
        const accepted = outcomes.filter((o) => o.accepted).length;
        await repo.recountAttendance([...touched]);
        await recordAudit(tx, actor, {
          action: 'training.attendance.import',
          targetType: 'training_class',
          targetId: cls.id,
          detail: { rows: rows.length, recorded: accepted, refused: rows.length - accepted },
        });
        return { accepted, refused: rows.length - accepted, rows: outcomes };
      });
    },
  };
}
export type AttendanceService = ReturnType<typeof createAttendanceService>;
