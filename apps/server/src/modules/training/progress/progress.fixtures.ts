import type { Db } from '../../../db/client.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { qualificationCertificates } from '../../registry/certificates/certificates.schema.ts';
import { labourContracts } from '../../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../../registry/contributions/contributions.schema.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { employmentRegistrations } from '../../registry/registrations/registrations.schema.ts';
import type { TrainingProgramme } from '../classes/classes.schema.ts';
import { insertTestClass } from '../trainees/trainees.fixtures.ts';
import { trainingTrainees } from '../trainees/trainees.schema.ts';
import { insertTestInstitution } from '../training.fixtures.ts';

export type Org = { id: number; path: string };
const at = (org: Org) => ({ orgId: org.id, orgPath: org.path });
let seq = 0;

/**
 * Builders that put training records straight into the tables (the dates lie where a story needs
 * them): persons, classes, trainees with their results and certificates, and the registry records
 * that show work after the class.
 */
export function trainingRecords(db: Db) {
  const next = () => {
    seq += 1;
    return seq;
  };
  return {
    async person(org: Org, name: string) {
      const n = next();
      const [p] = await db
        .insert(persons)
        .values({
          idNumberEnc: `enc-tr-${n}`,
          idNumberHash: `hash-tr-${n}`,
          idNumberMasked: `370983********${String(n).padStart(4, '0')}`,
          name,
          gender: '1',
          birthDate: '1980-05-01',
          hukouType: 'urban',
          hukouPlace: 'local',
          ...at(org),
        })
        .returning({ id: persons.id });
      return p!.id;
    },

    async class(
      institution: { id: string; orgId: number; orgPath: string },
      opts: {
        startsOn: string;
        endsOn: string;
        capacity?: number;
        programme?: TrainingProgramme;
        status?: 'approved' | 'running' | 'closed' | 'applied';
      },
    ) {
      return insertTestClass(db, {
        institutionId: institution.id,
        org: { id: institution.orgId, path: institution.orgPath },
        ...opts,
        status: opts.status ?? 'closed',
      });
    },

    /** A trainee of a class; the organisation is the person's. */
    async trainee(
      cls: { id: string; programme: TrainingProgramme; startsOn: string; endsOn: string },
      personId: string,
      org: Org,
      opts: {
        status?: 'completed' | 'not_completed' | 'enrolled' | 'withdrawn';
        result?: 'passed' | 'failed' | 'absent';
        certificate?: boolean;
      } = {},
    ) {
      let certificateId: string | undefined;
      if (opts.certificate) {
        const [cert] = await db
          .insert(qualificationCertificates)
          .values({
            personId,
            number: `QC-TR-${next()}`,
            occupation: '中式烹调师',
            level: '5',
            issuedOn: cls.endsOn,
            issuer: '测试市职业技能鉴定中心',
            obtainedBy: 'training',
            ...at(org),
          })
          .returning({ id: qualificationCertificates.id });
        certificateId = cert!.id;
      }
      const [t] = await db
        .insert(trainingTrainees)
        .values({
          classId: cls.id,
          personId,
          programme: cls.programme,
          startsOn: cls.startsOn,
          endsOn: cls.endsOn,
          group: 'registered_unemployed',
          status: opts.status ?? 'completed',
          enrolledOn: cls.startsOn,
          attendedDays: 20,
          result: opts.result ?? null,
          resultOn: opts.result ? cls.endsOn : null,
          certificateId: certificateId ?? null,
          ...at(org),
        })
        .returning();
      return t!;
    },

    registration: async (org: Org, personId: string, startedOn: string) =>
      (
        await db
          .insert(employmentRegistrations)
          .values({ personId, form: 'employer', startedOn, ...at(org) })
          .returning({ id: employmentRegistrations.id })
      )[0]!.id,

    async contract(org: Org, personId: string, startsOn: string) {
      const n = next();
      const [employer] = await db
        .insert(employers)
        .values({
          creditCode: `91370983MA3T${String(n).padStart(6, '0')}`,
          name: `培训测试单位${n}`,
          type: 'enterprise',
          industry: 'C',
          ...at(org),
        })
        .returning({ id: employers.id });
      const [c] = await db
        .insert(labourContracts)
        .values({
          personId,
          employerId: employer!.id,
          termKind: 'open_ended',
          signedOn: startsOn,
          startsOn,
          ...at(org),
        })
        .returning({ id: labourContracts.id });
      return c!.id;
    },

    contribution: async (org: Org, personId: string, month: string, status: 'paid' | 'arrears' = 'paid') =>
      (
        await db
          .insert(insuranceContributions)
          .values({
            personId,
            kind: 'pension',
            month,
            status,
            baseFen: 400000,
            personalFen: 32000,
            unitFen: 64000,
            ...at(org),
          })
          .returning({ id: insuranceContributions.id })
      )[0]!.id,
  };
}

/**
 * A hand-countable story. Class A ends 2026-03-31 (first half), class B 2026-08-31 (second half),
 * class C 2025-12-31 (outside 2026), class D is entrepreneurship training (another programme). The
 * institution lies at the city; the re-employment window is 6 months after the class's last day
 * (rules: reemployment_window_months).
 */
export async function seedProgressStory(t: TestApp) {
  const r = trainingRecords(t.db);
  const c1 = t.city.community1; // street 1
  const c2 = t.city.community2; // street 2
  const inst = await insertTestInstitution(t.db, { org: t.city.city });
  const A = await r.class(inst, { startsOn: '2026-03-01', endsOn: '2026-03-31' });
  const B = await r.class(inst, { startsOn: '2026-08-01', endsOn: '2026-08-31' });
  const C = await r.class(inst, { startsOn: '2025-12-01', endsOn: '2025-12-31' });
  const D = await r.class(inst, {
    startsOn: '2026-05-01',
    endsOn: '2026-05-31',
    programme: 'entrepreneurship',
  });

  // Street 1: trained p1 p2 p3 p6 (4); passed p1 p2 p6 (3); certified p1 (1); re-employed p1 p3 p6 (3).
  const p1 = await r.person(c1, '学员一');
  await r.trainee(A, p1, c1, { result: 'passed', certificate: true });
  const p1Registration = await r.registration(c1, p1, '2026-09-30'); // last day of the window: counts
  const p2 = await r.person(c1, '学员二');
  await r.trainee(A, p2, c1, { result: 'passed' });
  await r.registration(c1, p2, '2026-10-01'); // one day after the window: does not count
  const p3 = await r.person(c1, '学员三');
  await r.trainee(A, p3, c1, { result: 'failed' });
  await r.contribution(c1, p3, '2026-04-01', 'arrears'); // unpaid: no evidence
  const p3Paid = await r.contribution(c1, p3, '2026-05-01'); // contribution only: counts
  const p4 = await r.person(c1, '学员四');
  await r.trainee(A, p4, c1, { status: 'not_completed' }); // not trained
  const p5 = await r.person(c1, '学员五');
  await r.trainee(C, p5, c1, { result: 'passed' }); // class ended in 2025
  const p6 = await r.person(c1, '学员六');
  await r.trainee(B, p6, c1, { result: 'passed' });
  await r.contract(c1, p6, '2026-09-15');
  // Street 2: trained q1 (1), passed 1, re-employed 0 (registration on the class's last day, not after).
  const q1 = await r.person(c2, '学员七');
  await r.trainee(A, q1, c2, { result: 'passed' });
  await r.registration(c2, q1, '2026-03-31');
  const q2 = await r.person(c2, '学员八');
  await r.trainee(D, q2, c2, { result: 'passed' });
  return { r, c1, c2, inst, A, p1, p1Registration, p3, p3Paid, p6 };
}
