import type { TestApp } from '../../../test/test-app.ts';
import { residentId } from '../../registry/persons/persons.fixtures.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import type { DeclinedItem } from '../examinations/examinations.schema.ts';
import { healthCheckRecords } from '../health-checks.fixtures.ts';

type Org = { id: number; path: string };
let seq = 0;

/**
 * Concluded examinations of a hospital in a plan for the quality and settlement tests: one examinee
 * (a registry person, inserted directly) per day given, the declined items of the i-th as `declined[i]`.
 */
export async function concludedExaminations(
  t: TestApp,
  o: {
    org: Org;
    planId: string;
    hospitalId: string;
    userId: string;
    days: string[];
    declined?: DeclinedItem[][];
  },
) {
  const records = healthCheckRecords(t.db);
  const out: { examinationId: string; name: string }[] = [];
  for (const [i, day] of o.days.entries()) {
    seq += 1;
    const idNumber = residentId('370983', '19800101', seq);
    const [person] = await t.db
      .insert(persons)
      .values({
        idNumberEnc: `enc-${idNumber}`,
        idNumberHash: `hash-${idNumber}`,
        idNumberMasked: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
        name: `王体检${seq}`,
        gender: '1',
        birthDate: '1980-01-01',
        hukouType: 'urban',
        hukouPlace: 'local',
        orgId: o.org.id,
        orgPath: o.org.path,
      })
      .returning();
    const examinee = await records.examinee(
      { planId: o.planId, personId: person!.id, org: o.org, hospitalId: o.hospitalId },
      { scheduledOn: day, status: 'examined' },
    );
    const exam = await records.examination(
      { examineeId: examinee.id, planId: o.planId, hospitalId: o.hospitalId, userId: o.userId },
      { examinedOn: day, declinedItems: o.declined?.[i] ?? [] },
    );
    out.push({ examinationId: exam.id, name: person!.name });
  }
  return out;
}
