import type { Db } from '../../db/client.ts';
import {
  type InstitutionStatus,
  trainingInstitutions,
  trainingInstitutionUsers,
} from './institutions/institutions.schema.ts';

let seq = 0;

/**
 * A training institution straight in the table (designated for 2026–2027 unless told otherwise),
 * optionally with users linked as its staff: the starting point of class and trainee tests.
 */
export async function insertTestInstitution(
  db: Db,
  opts: {
    org: { id: number; path: string };
    name?: string;
    status?: InstitutionStatus;
    occupations?: { occupation: string; levels: number[] }[];
    staffUserIds?: string[];
  },
) {
  seq += 1;
  const status = opts.status ?? 'designated';
  const designated = status !== 'applied' && status !== 'rejected' && status !== 'in_notice';
  const [row] = await db
    .insert(trainingInstitutions)
    .values({
      number: `JG-TEST-${String(seq).padStart(4, '0')}`,
      name: opts.name ?? `测试职业培训学校${seq}`,
      creditCode: `52370900MJ${String(seq).padStart(7, '0')}X`,
      address: '测试市新城路1号',
      occupations: opts.occupations ?? [{ occupation: '中式烹调师', levels: [3, 4, 5] }],
      capacity: 200,
      status,
      appliedOn: '2026-01-05',
      ...(designated ? { designatedOn: '2026-02-01', validFrom: '2026-02-01', validTo: '2027-12-31' } : {}),
      orgId: opts.org.id,
      orgPath: opts.org.path,
    })
    .returning();
  for (const userId of opts.staffUserIds ?? [])
    await db.insert(trainingInstitutionUsers).values({ userId, institutionId: row!.id });
  return row!;
}
