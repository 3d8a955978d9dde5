import { parseResidentId } from '@minsheng/rules/national/resident-id.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { DomainError, notFound } from '../../../platform/errors.ts';
import type { ClassRow, TraineesRepo } from './trainees.repo.ts';

/** A refusal of one person or row, with the reason in Chinese (the import lists it by row). */
export const refused = (message: string) => new DomainError('CONFLICT', message);

/**
 * The registry person of an ID number, found by its lookup hash: the number itself is never stored,
 * logged or put in a URL here.
 */
export async function personOfIdNumber(
  repo: TraineesRepo,
  cipher: FieldCipher,
  idNumber: string,
  today: string,
) {
  const parsed = parseResidentId(idNumber, { on: today });
  if (!parsed.ok) {
    const message = `公民身份号码有误：${parsed.message}`;
    throw new DomainError('VALIDATION_FAILED', message, [{ path: 'idNumber', message }]);
  }
  const person = await repo.personByHash(cipher.lookupHash(parsed.id));
  if (!person) throw refused('人员登记中没有该公民身份号码的人员，请先到街道（乡镇）办理人员登记');
  return person;
}

/**
 * The actor's own class, locked, while its trainees may still change: another institution's class
 * is "not found", never "forbidden"; a closed class's completion and roster rest on its trainees'
 * attendance and results as they were at closing, so nothing of them changes afterwards.
 */
export async function ownClass(
  repo: TraineesRepo,
  classId: string,
  institutionId: string,
): Promise<ClassRow> {
  const cls = await repo.ownClassForUpdate(classId, institutionId);
  if (!cls) throw notFound('培训班');
  if (cls.status === 'closed') throw refused('培训班已结业，学员名单、签到和考核结果不能再修改');
  return cls;
}

/** Enrolment is open while the class is approved or running and has not ended. */
export function assertEnrolling(cls: ClassRow, today: string) {
  if (cls.status !== 'approved' && cls.status !== 'running')
    throw refused('培训班未经批准或已结业，不能报名');
  if (today > cls.endsOn) throw refused(`培训班已于 ${cls.endsOn} 结束，不能报名`);
}
