import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { invalid, notFound } from '../../../platform/errors.ts';
import { createCaseFactsRepo } from '../../cases/facts/facts.repo.ts';
import { registerCertificate } from '../../registry/certificates/certificates.service.ts';
import { requireOwnInstitution } from '../institution-scope.ts';
import { ownClass, refused } from './trainee-lookup.ts';
import type { ClassRow, TraineeRow } from './trainees.repo.ts';
import { createTraineesRepo } from './trainees.repo.ts';

export interface ResultInput {
  result: 'passed' | 'failed' | 'absent';
  resultOn: string;
  /** the appraisal certificate of a passed trainee of a class with a qualification level */
  certificate?: { number: string; issuedOn: string; issuer: string } | undefined;
}

/**
 * Links a passed trainee's appraisal certificate: the registry's certificate of that number when it
 * is the trainee's and of the class's occupation and level, or a new one registered through the
 * certificates service (obtained by training).
 */
async function certificateOf(
  tx: Executor,
  actor: Actor,
  cls: ClassRow,
  trainee: TraineeRow,
  input: ResultInput,
  today: string,
) {
  const c = input.certificate;
  if (cls.level === null) return null;
  if (!c) throw invalid('合格学员须填写鉴定取得的职业资格证书', [{ path: 'certificate', message: '必填' }]);
  const level = String(cls.level);
  const existing = await createTraineesRepo(tx).certificateByNumber(c.number.trim());
  if (existing) {
    if (existing.personId !== trainee.personId) throw refused('该证书编号已登记在他人名下');
    if (existing.occupation !== cls.occupation || existing.level !== level)
      throw refused(
        `证书的职业（${existing.occupation}）或等级与培训班（${cls.occupation}，${level}级）不符`,
      );
    return existing.id;
  }
  const person = await createCaseFactsRepo(tx).person(trainee.personId);
  if (!person) throw notFound('人员');
  return registerCertificate(
    tx,
    actor,
    { ...person, id: trainee.personId },
    { ...c, occupation: cls.occupation, level, obtainedBy: 'training' },
    today,
  );
}

/** Appraisal results (passed / failed / absent) of a class's trainees, entered after the class ends. */
export function createResultsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async record(actor: Actor, classId: string, traineeId: string, input: ResultInput) {
      const institutionId = await requireOwnInstitution(db, actor);
      const today = clock.today();
      return db.transaction(async (tx) => {
        const repo = createTraineesRepo(tx);
        const cls = await ownClass(repo, classId, institutionId);
        if (today <= cls.endsOn) throw refused(`培训班 ${cls.endsOn} 结束后才能登记鉴定结果`);
        if (input.resultOn < cls.endsOn || input.resultOn > today)
          throw invalid(`鉴定日期须在培训结束（${cls.endsOn}）至今天之间`, [
            { path: 'resultOn', message: '日期超出范围' },
          ]);
        const trainee = await repo.trainee(cls.id, traineeId);
        if (!trainee) throw notFound('学员');
        if (trainee.status === 'withdrawn') throw refused('已退学的学员没有鉴定结果');
        const certificateId =
          input.result === 'passed' ? await certificateOf(tx, actor, cls, trainee, input, today) : null;
        await repo.update(trainee.id, { result: input.result, resultOn: input.resultOn, certificateId });
        await recordAudit(tx, actor, {
          action: 'training.trainee.result',
          targetType: 'training_trainee',
          targetId: trainee.id,
          detail: { classId: cls.id, result: input.result, resultOn: input.resultOn, certificateId },
        });
        return { id: trainee.id, result: input.result, resultOn: input.resultOn, certificateId };
      });
    },
  };
}
export type ResultsService = ReturnType<typeof createResultsService>;
