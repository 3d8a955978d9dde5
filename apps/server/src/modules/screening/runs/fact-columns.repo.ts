// TODO(screen-facts): stand-in for helper screen-facts' fact-columns.repo.ts (brief, interface 1).
// The types are the interface; the implementation reads only each person's id and organisation, with
// no facts and no certificates. The lead takes screen-facts' file in its place at merge.
import type { FactColumns } from '@minsheng/rules/screening/screening.ts';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../db/client.ts';

export interface SubjectColumns {
  personId: string[];
  subjectKey: string[];
  orgId: string[];
  orgPath: string[];
  /** every FactKey except 'case.appliedOn' (the run sets that to `on`) */
  facts: FactColumns;
}

export interface FactChunk {
  /** one row per person (subjectKey '') */
  persons: SubjectColumns;
  /** one row per certificate of those persons (subjectKey = certificate id) */
  certificates: SubjectColumns;
  /** keyset cursor for the next chunk; null when none was read */
  lastPersonId: string | null;
}

export function createFactColumnsRepo(db: Executor) {
  return {
    async countPersons(orgPath: string): Promise<number> {
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from persons where org_path like ${`${orgPath}%`}`,
      );
      return row!.n;
    },
    async loadChunk(q: { orgPath: string; on: string; afterPersonId: string | null; limit: number }) {
      const rows = await queryRows<{ id: string; org_id: number; org_path: string }>(
        db,
        sql`select id, org_id, org_path from persons where org_path like ${`${q.orgPath}%`}
            ${q.afterPersonId ? sql`and id > ${q.afterPersonId}` : sql``} order by id limit ${q.limit}`,
      );
      const persons: SubjectColumns = {
        personId: rows.map((r) => r.id),
        subjectKey: rows.map(() => ''),
        orgId: rows.map((r) => String(r.org_id)),
        orgPath: rows.map((r) => r.org_path),
        facts: {},
      };
      const certificates: SubjectColumns = {
        personId: [],
        subjectKey: [],
        orgId: [],
        orgPath: [],
        facts: {},
      };
      return { persons, certificates, lastPersonId: rows.at(-1)?.id ?? null } satisfies FactChunk;
    },
  };
}
