import type { TraineeFacts } from '@minsheng/rules/policies/fujian/trainee-eligibility/eligibility.ts';
import type { Executor } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import { factReader } from '../../cases/facts/fact-providers.ts';
import { createCaseFactsRepo } from '../../cases/facts/facts.repo.ts';

/**
 * What the trainee eligibility rule reads from the registry about a person on the enrolment date,
 * through the same reader the cases use (open registrations, determinations, the person's record).
 * The registry records no date of leaving school nor whether a school leaver went on studying: the
 * rule reads the education level and the date of birth in their place.
 */
export async function traineeFacts(db: Executor, personId: string, on: string): Promise<TraineeFacts> {
  const r = factReader(createCaseFactsRepo(db), { personId, certificateId: null, appliedOn: null }, on);
  const [person, registrations, employment, determination] = await Promise.all([
    r.person(),
    r.unemployment(),
    r.employment(),
    r.determination(),
  ]);
  if (!person) throw notFound('人员');
  const open = registrations.find((u) => u.endedOn === null || u.endedOn > on);
  const hukou = person.hukouType;
  return {
    hukouType: hukou === 'urban' || hukou === 'rural' ? hukou : null,
    birthDate: person.birthDate,
    education: person.education ?? null,
    openUnemployment: open
      ? { registeredOn: open.registeredOn, certificateNumber: open.certificateNumber }
      : null,
    employmentCertificate: registrations[0]?.certificateNumber ?? null,
    employed: employment !== undefined,
    difficultyPerson: determination !== undefined,
  };
}
