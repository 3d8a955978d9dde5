import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../db/client.ts';
import { auditLog } from '../../../platform/audit/audit.schema.ts';

type Row = Record<string, unknown>;

/**
 * Reads everything held about one person for a copy on request. The tables come from the
 * database catalogue — every table with a foreign key to `persons`, then every table with one to
 * the person's `cases` — so a module added later is part of the copy without being listed here.
 * The caller has checked that the person is in the actor's scope; the rows are the person's own,
 * whichever office recorded them, as the law gives the person a right to all of them.
 */
export function createPersonDataRepo(db: Executor) {
  async function referencing(parent: string) {
    return queryRows<{ table: string; column: string }>(
      db,
      sql`
        select c.relname as "table", a.attname as "column"
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
        where k.contype = 'f' and n.nspname = 'public' and p.relname = ${parent}
        order by c.relname, a.attname`,
    );
  }

  /** Rows of every table that references `parent` by one of `ids`, by table (a row once per table). */
  async function rowsReferencing(parent: string, ids: string[], into: Map<string, Row[]>) {
    if (ids.length === 0) return;
    for (const { table, column } of await referencing(parent)) {
      const values = sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      );
      const rows = await queryRows<Row>(
        db,
        sql`select * from ${sql.identifier(table)} where ${sql.identifier(column)}::text in (${values})`,
      );
      const kept = into.get(table) ?? [];
      const seen = new Set(kept.map((r) => JSON.stringify(r)));
      for (const r of rows) if (!seen.has(JSON.stringify(r))) kept.push(r);
      if (kept.length > 0) into.set(table, kept);
    }
  }

  return {
    async records(personId: string): Promise<Map<string, Row[]>> {
      const records = new Map<string, Row[]>();
      const [person] = await queryRows<Row>(db, sql`select * from persons where id = ${personId}`);
      if (person) records.set('persons', [person]);
      await rowsReferencing('persons', [personId], records);
      const caseIds = (records.get('cases') ?? []).map((c) => String(c.id));
      await rowsReferencing('cases', caseIds, records);
      return records;
    },

    /** Audit entries about the person, their cases, or naming them in the detail (household members). */
    auditEntries(personId: string, caseIds: string[]) {
      const about = (type: string, ids: string[]): SQL | undefined =>
        ids.length === 0 ? undefined : and(eq(auditLog.targetType, type), inArray(auditLog.targetId, ids));
      return db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          username: auditLog.username,
          action: auditLog.action,
          targetType: auditLog.targetType,
          targetId: auditLog.targetId,
          detail: auditLog.detail,
        })
        .from(auditLog)
        .where(
          or(
            about('person', [personId]),
            about('case', caseIds),
            sql`${auditLog.detail}->>'personId' = ${personId}`,
            sql`${auditLog.detail}->>'headPersonId' = ${personId}`,
          ),
        )
        .orderBy(asc(auditLog.id));
    },
  };
}
