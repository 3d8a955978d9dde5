import { and, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../../db/client.ts';
import { users } from '../../../platform/access/access.schema.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { organisations } from '../../../platform/orgs/orgs.schema.ts';
import { screeningLeads, screeningRuns } from '../screening.schema.ts';

export type ScreeningRunRow = typeof screeningRuns.$inferSelect;

/** One lead found by a run, as written (the person's organisation is the lead's). */
export interface FoundLead {
  personId: string;
  policyId: string;
  subjectKey: string;
  orgId: string;
  orgPath: string;
  payableFen: number | null;
  reason: string;
  toVerify: string[];
}

/** Rows per upsert statement: one JSON parameter each, bounded so a statement stays small. */
const UPSERT_ROWS = 5_000;

const idList = (ids: readonly string[]) => sql`string_to_array(${ids.join(',')}, ',')`;

/**
 * Runs the actor may read: of an organisation in its scope (its subtree) or above it (a run over
 * the whole city covers the street too).
 */
const readable = (actor: Actor): SQL =>
  or(
    accessFilter(actor, 'screening:read', { orgId: screeningRuns.orgId, orgPath: screeningRuns.orgPath }),
    sql`${actor.orgPath} like ${screeningRuns.orgPath} || '%'`,
  )!;

const listed = {
  run: screeningRuns,
  orgName: organisations.name,
  triggeredByName: users.displayName,
};

export function createScreeningRunsRepo(db: Executor) {
  const select = (where: SQL) =>
    db
      .select(listed)
      .from(screeningRuns)
      .innerJoin(organisations, eq(organisations.id, screeningRuns.orgId))
      .leftJoin(users, eq(users.id, screeningRuns.triggeredBy))
      .where(where);

  return {
    insert: async (row: typeof screeningRuns.$inferInsert) =>
      (await db.insert(screeningRuns).values(row).returning())[0]!,

    update: (id: string, patch: Partial<typeof screeningRuns.$inferInsert>) =>
      db.update(screeningRuns).set(patch).where(eq(screeningRuns.id, id)),

    /** Adds a chunk's counts to the run's (the run's own transaction writes them with its leads). */
    addProgress: (id: string, c: { persons: number; leadsNew: number; leadsKept: number }) =>
      db
        .update(screeningRuns)
        .set({
          personsDone: sql`${screeningRuns.personsDone} + ${c.persons}`,
          leadsNew: sql`${screeningRuns.leadsNew} + ${c.leadsNew}`,
          leadsKept: sql`${screeningRuns.leadsKept} + ${c.leadsKept}`,
        })
        .where(eq(screeningRuns.id, id)),

    byId: async (id: string) => (await select(eq(screeningRuns.id, id)))[0],

    /**
     * A run still going over `orgPath`'s subtree, a part of it or a subtree holding it, started in
     * the last `hours` by the database's clock (older ones were left by a stopped process). Callers
     * hold the start lock.
     */
    overlappingRunning: async (orgPath: string, hours: number) =>
      (
        await select(
          and(
            eq(screeningRuns.status, 'running'),
            sql`${screeningRuns.startedAt} >= now() - make_interval(hours => ${hours})`,
            or(
              sql`${screeningRuns.orgPath} like ${`${orgPath}%`}`,
              sql`${orgPath} like ${screeningRuns.orgPath} || '%'`,
            ),
          )!,
        )
      )[0],

    /** Serialises starting runs (both databases), so two clicks cannot both pass the check above. */
    lockStarts: () => db.execute(sql`select pg_advisory_xact_lock(hashtext('screening.run.start'))`),

    readable: async (actor: Actor, id: string) =>
      (await select(and(eq(screeningRuns.id, id), readable(actor))!))[0],

    async list(actor: Actor, page: number, pageSize: number) {
      const [items, [total]] = await Promise.all([
        select(readable(actor))
          .orderBy(desc(screeningRuns.startedAt), desc(screeningRuns.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(screeningRuns).where(readable(actor)),
      ]);
      return { items, total: total!.n };
    },

    /**
     * The open leads each run last found within the actor's reach: what a station has to follow up
     * from a run over the whole city, whose own counters are the city's.
     */
    async openLeadsInScope(actor: Actor, runIds: readonly string[]) {
      if (runIds.length === 0) return new Map<string, number>();
      const rows = await db
        .select({ runId: screeningLeads.runId, n: count() })
        .from(screeningLeads)
        .where(
          and(
            inArray(screeningLeads.runId, [...runIds]),
            eq(screeningLeads.status, 'open'),
            accessFilter(actor, 'screening:read', {
              orgId: screeningLeads.orgId,
              orgPath: screeningLeads.orgPath,
            }),
          ),
        )
        .groupBy(screeningLeads.runId);
      return new Map(rows.map((r) => [r.runId, r.n]));
    },

    /**
     * Whether a person already has a case of the policy (any but a withdrawn one) for a subject: a
     * case of a certificate policy names its certificate, and one that names none covers them all.
     */
    async claimed(personIds: readonly string[], policyIds: readonly string[]) {
      const keys = new Set<string>();
      if (personIds.length > 0 && policyIds.length > 0) {
        const rows = await queryRows<{ person_id: string; policy_id: string; certificate_id: string | null }>(
          db,
          sql`select distinct person_id, policy_id, certificate_id from cases
              where person_id = any(${idList(personIds)}::uuid[]) and policy_id = any(${idList(policyIds)})
                and status <> 'withdrawn'`,
        );
        for (const r of rows) {
          keys.add(`${r.person_id}|${r.policy_id}|${r.certificate_id ?? ''}`);
          keys.add(`${r.person_id}|${r.policy_id}|*`);
        }
      }
      return (personId: string, policyId: string, subjectKey: string) =>
        subjectKey === ''
          ? keys.has(`${personId}|${policyId}|*`)
          : keys.has(`${personId}|${policyId}|${subjectKey}`) || keys.has(`${personId}|${policyId}|`);
    },

    /**
     * Writes a chunk's leads, set-based: new ones open, open ones refreshed, lapsed ones reopened
     * (found again); converted and dismissed ones are left as they are. Counts new and kept leads
     * (the outer select reads the leads as they were before the statement).
     */
    async upsertLeads(run: { id: string; onDate: string }, leads: readonly FoundLead[]) {
      let leadsNew = 0;
      let leadsKept = 0;
      for (let from = 0; from < leads.length; from += UPSERT_ROWS) {
        const json = JSON.stringify(leads.slice(from, from + UPSERT_ROWS));
        const [c] = await queryRows<{ new: number; kept: number }>(
          db,
          sql`with found as (
                select * from json_to_recordset(${json}::json) as x("personId" uuid, "policyId" text,
                  "subjectKey" text, "orgId" integer, "orgPath" text, "payableFen" bigint, reason text,
                  "toVerify" jsonb)
              ), written as (
                insert into screening_leads as l (person_id, policy_id, subject_key, org_id, org_path,
                  status, run_id, first_found_on, last_found_on, payable_fen, reason, to_verify)
                select "personId", "policyId", "subjectKey", "orgId", "orgPath", 'open', ${run.id},
                  ${run.onDate}, ${run.onDate}, "payableFen", reason, "toVerify" from found
                on conflict (person_id, policy_id, subject_key) do update set
                  status = 'open', run_id = excluded.run_id, org_id = excluded.org_id,
                  org_path = excluded.org_path, last_found_on = excluded.last_found_on,
                  first_found_on = case when l.status = 'lapsed' then excluded.first_found_on
                    else l.first_found_on end,
                  payable_fen = excluded.payable_fen, reason = excluded.reason,
                  to_verify = excluded.to_verify, version = l.version + 1, updated_at = now()
                where l.status in ('open', 'lapsed')
                returning person_id, policy_id, subject_key
              )
              select (count(*) filter (where before.status is distinct from 'open'))::int as new,
                     (count(*) filter (where before.status = 'open'))::int as kept
              from written left join screening_leads before
                using (person_id, policy_id, subject_key)`,
        );
        leadsNew += c!.new;
        leadsKept += c!.kept;
      }
      return { leadsNew, leadsKept };
    },

    /** Open leads of the run's subtree and policies that the run did not find again: lapsed. */
    async lapse(run: { id: string; orgPath: string; policyIds: readonly string[] }) {
      if (run.policyIds.length === 0) return 0;
      const rows = await queryRows<{ id: string }>(
        db,
        sql`update screening_leads set status = 'lapsed', version = version + 1, updated_at = now()
            where status = 'open' and org_path like ${`${run.orgPath}%`}
              and policy_id = any(${idList(run.policyIds)}) and run_id <> ${run.id}
            returning id`,
      );
      return rows.length;
    },
  };
}

export type ScreeningRunsRepo = ReturnType<typeof createScreeningRunsRepo>;
