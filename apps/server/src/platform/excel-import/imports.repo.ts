import { and, eq, getTableColumns, getTableName, like, or, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import { accessFilter } from '../access/scope.ts';
import { dictItems } from '../dictionaries/dictionaries.schema.ts';
import { organisations } from '../orgs/orgs.schema.ts';
import { importFiles, importStaging } from './imports.schema.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Staged rows older than this belong to an import whose process died: nobody will move them. */
const STALE_STAGING = '2 hours';

export function createImportsRepo(db: Executor) {
  return {
    /**
     * Organisations the actor may register records of `permission` in (with region code, for the
     * org column). A `self` scope names records, not organisations: there the actor's own subtree.
     */
    async writableOrgs(actor: Actor, permission: Permission) {
      const selfScoped = actor.roles.some(
        (r) => r.dataScope === 'self' && r.permissions.includes(permission),
      );
      const scope = accessFilter(actor, permission, { orgId: organisations.id, orgPath: organisations.path });
      return db
        .select({
          id: organisations.id,
          path: organisations.path,
          name: organisations.name,
          regionCode: organisations.regionCode,
        })
        .from(organisations)
        .where(selfScoped ? or(scope, like(organisations.path, `${escapeLike(actor.orgPath)}%`)) : scope)
        .orderBy(organisations.path);
    },

    /** Active dictionary items of the given types, in display order. */
    dictItems: (typeCodes: string[]) =>
      db
        .select({ typeCode: dictItems.typeCode, code: dictItems.code, label: dictItems.label })
        .from(dictItems)
        .where(and(sql`${dictItems.typeCode} in ${typeCodes}`, eq(dictItems.active, true)))
        .orderBy(dictItems.typeCode, dictItems.sort, dictItems.code),

    sweepStaleStaging: () =>
      db
        .delete(importStaging)
        .where(sql`${importStaging.createdAt} < now() - interval '${sql.raw(STALE_STAGING)}'`),

    /**
     * One chunk of staged rows, as one JSON parameter (cheaper than thousands of bind values); each
     * row's `line` is already its JSON record (row-encoding.ts), so it is spliced in, not re-encoded.
     */
    async stage(importId: string, rows: { rowNo: number; line: string }[]) {
      if (rows.length === 0) return;
      const json = `[${rows.map((r) => `{"n":${r.rowNo},"d":${r.line}}`).join(',')}]`;
      await db.execute(sql`
        insert into ${importStaging} (import_id, row_no, data)
        select ${importId}::uuid, (x->>'n')::int, x->'d'
        from jsonb_array_elements(${json}::jsonb) x`);
    },

    dropStaging: (importId: string) => db.delete(importStaging).where(eq(importStaging.importId, importId)),

    /** Moves the staged rows of an import into the target table (one statement, file order). */
    async moveStaged(importId: string, table: PgTable, columnNames: string[]) {
      const { name, cols, picked } = columnLists(table, columnNames);
      await db.execute(sql`
        insert into ${name} (${cols})
        select ${picked}
        from ${importStaging} s cross join lateral jsonb_populate_record(null::${name}, s.data) r
        where s.import_id = ${importId}::uuid
        order by s.row_no`);
      await db.delete(importStaging).where(eq(importStaging.importId, importId));
    },

    insertFile: async (row: typeof importFiles.$inferInsert) =>
      (await db.insert(importFiles).values(row).returning({ id: importFiles.id }))[0]!,

    file: async (id: string) => (await db.select().from(importFiles).where(eq(importFiles.id, id)))[0],

    errorsFileOfJob: async (jobId: string) =>
      (
        await db
          .select()
          .from(importFiles)
          .where(and(eq(importFiles.jobId, jobId), eq(importFiles.role, 'errors')))
      )[0],

    deleteFile: (id: string) => db.delete(importFiles).where(eq(importFiles.id, id)),
  };
}

/** The quoted table name, its column list and the same columns of a record `r`. */
function columnLists(table: PgTable, columnNames: string[]) {
  return {
    name: sql.identifier(getTableName(table)),
    cols: sql.join(
      columnNames.map((c) => sql.identifier(c)),
      sql`, `,
    ),
    picked: sql.join(
      columnNames.map((c) => sql`r.${sql.identifier(c)}`),
      sql`, `,
    ),
  };
}

/** TypeScript key → column name of a table, for encoding insert rows in the table's own terms. */
export function columnNamesOf(table: PgTable): Map<string, string> {
  return new Map(Object.entries(getTableColumns(table)).map(([key, col]) => [key, col.name]));
}

export type ImportsRepo = ReturnType<typeof createImportsRepo>;
