import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { persons } from '../registry/persons/persons.schema.ts';
import { screeningLeads, screeningRuns } from './screening.schema.ts';

type NewLead = typeof screeningLeads.$inferInsert;

/**
 * Screening rows written straight to the tables, for the tests of what reads or closes them: a
 * finished run over an organisation, and leads of persons (placed at the person's organisation).
 */
export function screeningRecords(db: Db) {
  return {
    async run(org: { id: number; path: string }, onDate: string) {
      const [row] = await db
        .insert(screeningRuns)
        .values({ orgId: org.id, orgPath: org.path, onDate, status: 'done', finishedAt: new Date() })
        .returning();
      return row!;
    },

    async lead(
      runId: string,
      personId: string,
      o: Partial<Omit<NewLead, 'runId' | 'personId'>> & { policyId: string },
    ) {
      const [person] = await db
        .select({ orgId: persons.orgId, orgPath: persons.orgPath })
        .from(persons)
        .where(eq(persons.id, personId));
      const [row] = await db
        .insert(screeningLeads)
        .values({
          runId,
          personId,
          orgId: person!.orgId,
          orgPath: person!.orgPath,
          firstFoundOn: '2026-10-01',
          lastFoundOn: '2026-10-20',
          reason: '登记失业；失业保险金已领取期满',
          toVerify: ['就业困难人员类别'],
          ...o,
        })
        .returning();
      return row!;
    },
  };
}
