import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { accessFilter } from '../../platform/access/scope.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';
import { cases, caseTypes } from '../cases/cases.schema.ts';
import { households } from '../registry/households/households.schema.ts';
import { persons } from '../registry/persons/persons.schema.ts';
import { trainingClasses } from '../training/classes/classes.schema.ts';
import { rowsWithoutJit } from '../training/outcomes/reemployment.sql.ts';
import { trainingTrainees } from '../training/trainees/trainees.schema.ts';
import type { DrilledRows, DrillRow } from './drilldown.views.ts';
import type { MemberSet, Subject } from './indicator-catalogue.ts';
import { isTraineeSet, type MemberQuery, memberSubquery } from './indicator-members.repo.ts';

export interface Tally {
  count: number;
  /** fen */
  amount: number;
}
export interface Paging {
  page: number;
  pageSize: number;
}

const tallyOf = (r: { n: number | string; amount: number | string | null }): Tally => ({
  count: Number(r.n),
  amount: Number(r.amount ?? 0),
});

/**
 * The rows of a statement over a member set; the trainee sets probe the registry per trainee and
 * run without JIT compilation, as the training progress does (outcomes/reemployment.sql.ts).
 */
const rowsOf = <T>(db: Executor, set: MemberSet, query: SQL) =>
  isTraineeSet(set) ? rowsWithoutJit<T>(db, query) : queryRows<T>(db, query);

/** Grouped tallies of a member set: by a key expression over the subquery `m`. */
async function grouped(db: Executor, set: MemberSet, q: MemberQuery, by: SQL) {
  const rows = await rowsOf<{ k: string | null; n: number; amount: string }>(
    db,
    set,
    sql`select ${by} as k, count(*)::int as n, coalesce(sum(m.amount), 0)::text as amount
      from ${memberSubquery(set, q)} m group by 1`,
  );
  return new Map(rows.map((r) => [r.k ?? '', tallyOf(r)]));
}

export function createStatisticsRepo(db: Executor) {
  return {
    /** The organisation when it lies in the actor's statistics scope. */
    async orgInScope(actor: Actor, orgId: number) {
      const [org] = await db
        .select({
          id: organisations.id,
          name: organisations.name,
          path: organisations.path,
          level: organisations.level,
        })
        .from(organisations)
        .where(
          and(
            eq(organisations.id, orgId),
            accessFilter(actor, 'stats:read', { orgId: organisations.id, orgPath: organisations.path }),
          ),
        );
      return org;
    },

    children: (orgId: number) =>
      db
        .select({ id: organisations.id, name: organisations.name, path: organisations.path })
        .from(organisations)
        .where(eq(organisations.parentId, orgId))
        .orderBy(asc(organisations.sortOrder), asc(organisations.regionCode)),

    async tally(set: MemberSet, q: MemberQuery): Promise<Tally> {
      const [row] = await rowsOf<{ n: number; amount: string }>(
        db,
        set,
        sql`select count(*)::int as n, coalesce(sum(m.amount), 0)::text as amount from ${memberSubquery(set, q)} m`,
      );
      return tallyOf(row!);
    },

    /** Tallies per child organisation of `q.orgPath` (key: the child's id; '' for the node itself). */
    byChild: (set: MemberSet, q: MemberQuery) =>
      grouped(db, set, q, sql`split_part(substr(m.org_path, ${q.orgPath.length + 1}), '/', 1)`),

    byPolicy: (set: MemberSet, q: MemberQuery) => grouped(db, set, q, sql`m.policy`),

    /** Tallies by case type and the month of each case's date in the period (key `type|YYYY-MM`). */
    byPolicyMonth: (set: MemberSet, q: MemberQuery) =>
      grouped(db, set, q, sql`m.policy || '|' || to_char(m.on_date, 'YYYY-MM')`),

    caseTypeNames: async () =>
      new Map(
        (await db.select({ id: caseTypes.id, name: caseTypes.name }).from(caseTypes)).map((r) => [
          r.id,
          r.name,
        ]),
      ),

    /** One page of the records behind a figure, with the same total the figure counts. */
    async drill(subject: Subject, set: MemberSet, q: MemberQuery, paging: Paging): Promise<DrilledRows> {
      const members = memberSubquery(set, q);
      const offset = (paging.page - 1) * paging.pageSize;
      const page = sql`order by m.on_date, m.key limit ${paging.pageSize} offset ${offset}`;
      const org = sql`left join ${organisations} on ${organisations.path} = m.org_path`;
      const { count: total } = await this.tally(set, q);
      const rows = async <S extends Subject>(s: S, query: SQL) => ({
        subject: s,
        total,
        items: await rowsOf<DrillRow<S>>(db, set, query),
      });
      if (subject === 'person')
        return rows(
          subject,
          sql`select ${persons.id} as id, ${persons.name} as name, ${persons.idNumberMasked} as "idNumberMasked",
              m.on_date::text as "onDate", ${organisations.name} as "orgName"
              from ${members} m join ${persons} on ${persons.id} = m.key ${org} ${page}`,
        );
      if (subject === 'trainee')
        return rows(
          subject,
          sql`select ${trainingTrainees.id} as id, ${persons.id} as "personId", ${persons.name} as name,
              ${persons.idNumberMasked} as "idNumberMasked", ${trainingClasses.id} as "classId",
              ${trainingClasses.number} as "classNumber", m.on_date::text as "onDate", ${organisations.name} as "orgName"
              from ${members} m join ${trainingTrainees} on ${trainingTrainees.id} = m.key
              join ${persons} on ${persons.id} = ${trainingTrainees.personId}
              join ${trainingClasses} on ${trainingClasses.id} = ${trainingTrainees.classId} ${org} ${page}`,
        );
      if (subject === 'case')
        return rows(
          subject,
          sql`select ${cases.id} as id, ${cases.number} as number, ${cases.applicantName} as name,
                ${caseTypes.name} as "caseTypeName", ${cases.status} as status, m.amount::text as "amountFen",
                m.on_date::text as "onDate", ${organisations.name} as "orgName"
                from ${members} m join ${cases} on ${cases.id} = m.key
                join ${caseTypes} on ${caseTypes.id} = ${cases.caseTypeId} ${org} ${page}`,
        );
      return rows(
        subject,
        sql`select ${households.id} as id, ${households.number} as number, ${persons.name} as name,
              ${persons.idNumberMasked} as "idNumberMasked", m.on_date::text as "onDate", ${organisations.name} as "orgName"
              from ${members} m join ${households} on ${households.id} = m.key
              left join ${persons} on ${persons.id} = ${households.headPersonId} ${org} ${page}`,
      );
    },
  };
}
