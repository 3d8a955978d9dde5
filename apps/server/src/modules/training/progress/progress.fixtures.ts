import type { Db } from '../../../db/client.ts';
import { qualificationCertificates } from '../../registry/certificates/certificates.schema.ts';
import { labourContracts } from '../../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../../registry/contributions/contributions.schema.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { employmentRegistrations } from '../../registry/registrations/registrations.schema.ts';
import { type TrainingProgramme, trainingClasses } from '../classes/classes.schema.ts';
import { trainingTrainees } from '../trainees/trainees.schema.ts';

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
      const n = next();
      const [c] = await db
        .insert(trainingClasses)
        .values({
          number: `BJ-TEST-${String(n).padStart(4, '0')}`,
          institutionId: institution.id,
          programme: opts.programme ?? 'skills_reemployment',
          occupation: '中式烹调师',
          level: 5,
          hours: 120,
          startsOn: opts.startsOn,
          endsOn: opts.endsOn,
          place: '测试市新城路1号',
          capacity: opts.capacity ?? 30,
          status: opts.status ?? 'closed',
          orgId: institution.orgId,
          orgPath: institution.orgPath,
        })
        .returning();
      return c!;
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
