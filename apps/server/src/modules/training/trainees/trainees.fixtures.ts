import type { Db } from '../../../db/client.ts';
import { type TrainingProgramme, trainingClasses } from '../classes/classes.schema.ts';

let seq = 0;

/** A class straight in the table (the class lifecycle is not what these tests are about). */
export async function insertTestClass(
  db: Db,
  opts: {
    institutionId: string;
    org: { id: number; path: string };
    startsOn: string;
    endsOn: string;
    status?: 'applied' | 'approved' | 'running' | 'closed';
    capacity?: number;
    programme?: TrainingProgramme;
    occupation?: string;
  },
) {
  seq += 1;
  const [row] = await db
    .insert(trainingClasses)
    .values({
      number: `BJ-TEST-${String(seq).padStart(4, '0')}`,
      institutionId: opts.institutionId,
      programme: opts.programme ?? 'skills_reemployment',
      occupation: opts.occupation ?? '中式烹调师',
      level: 4,
      hours: 120,
      startsOn: opts.startsOn,
      endsOn: opts.endsOn,
      place: '测试市新城路1号',
      capacity: opts.capacity ?? 30,
      status: opts.status ?? 'running',
      orgId: opts.org.id,
      orgPath: opts.org.path,
    })
    .returning();
  return row!;
}
