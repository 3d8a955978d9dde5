import { addMonths } from '@minsheng/rules/engine/dates.ts';
import type { Executor } from '../../../db/client.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { healthCheckArchives } from '../archives/archives.schema.ts';
import { healthCheckRecords } from '../health-checks.fixtures.ts';

type Org = { id: number; path: string };
let seq = 0;

/**
 * Rows for the reports' and archives' tests on top of `healthCheckRecords`: a person (with the
 * name, sex and birth date given), their examinee row and, when examined, the examination and the
 * archive the examinations aggregate makes at conclusion.
 */
export function reportRecords(db: Executor, org: Org) {
  const records = healthCheckRecords(db);
  const at = { orgId: org.id, orgPath: org.path };
  return {
    ...records,
    async employer(name: string) {
      seq += 1;
      const [row] = await db
        .insert(employers)
        .values({
          creditCode: `91370900TEST${String(seq).padStart(6, '0')}`,
          name,
          type: 'enterprise',
          industry: 'C',
          ...at,
        })
        .returning({ id: employers.id });
      return row!.id;
    },

    async examined(o: {
      planId: string;
      hospitalId: string;
      userId: string;
      name: string;
      scheduledOn: string;
      gender?: '1' | '2';
      birthDate?: string;
      employerId?: string;
      examinee?: Parameters<typeof records.examinee>[1];
      /** left out: allocated or absent, not examined */
      examination?: Parameters<typeof records.examination>[1] | null;
      archive?: Partial<typeof healthCheckArchives.$inferInsert>;
    }) {
      seq += 1;
      const [person] = await db
        .insert(persons)
        .values({
          idNumberEnc: `enc-hc-${seq}`,
          idNumberHash: `hash-hc-${seq}`,
          idNumberMasked: `370983********${String(seq).padStart(4, '0')}`,
          name: o.name,
          gender: o.gender ?? '1',
          birthDate: o.birthDate ?? '1980-05-01',
          hukouType: 'urban',
          hukouPlace: 'local',
          ...at,
        })
        .returning({ id: persons.id });
      const examinee = await records.examinee(
        {
          planId: o.planId,
          personId: person!.id,
          org,
          hospitalId: o.hospitalId,
          ...(o.employerId ? { employerId: o.employerId } : {}),
        },
        {
          scheduledOn: o.scheduledOn,
          status: o.examination === null ? 'allocated' : 'examined',
          ...o.examinee,
        },
      );
      if (o.examination === null) return { personId: person!.id, examineeId: examinee.id };
      const examination = await records.examination(
        { examineeId: examinee.id, planId: o.planId, hospitalId: o.hospitalId, userId: o.userId },
        { examinedOn: o.scheduledOn, concludedAt: new Date(`${o.scheduledOn}T08:00:00Z`), ...o.examination },
      );
      const [archive] = await db
        .insert(healthCheckArchives)
        .values({
          examinationId: examination.id,
          hospitalId: o.hospitalId,
          planId: o.planId,
          dueOn: `${addMonths(o.scheduledOn, 1).slice(0, 8)}20`,
          ...o.archive,
        })
        .returning();
      return {
        personId: person!.id,
        examineeId: examinee.id,
        examinationId: examination.id,
        archiveId: archive!.id,
      };
    },
  };
}
