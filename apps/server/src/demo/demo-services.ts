import { defaultCalendarYears, type WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import { eq, inArray } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.ts';
import { createCaseTypesService } from '../modules/cases/case-types/case-types.service.ts';
import { cases } from '../modules/cases/cases.schema.ts';
import { createCasesService } from '../modules/cases/cases.service.ts';
import { createCaseStageServices } from '../modules/cases/workflow/cases-stage.services.ts';
import { createDeploymentService } from '../modules/policy/deployment.service.ts';
import { createPolicyService } from '../modules/policy/policy.service.ts';
import { createShortageOccupationsService } from '../modules/registry/shortage-occupations/shortage-occupations.service.ts';
import { users } from '../platform/access/access.schema.ts';
import type { Actor } from '../platform/access/actor.ts';
import { loadUserWithAccess } from '../platform/access/load-actor.ts';
import type { CalendarSource } from '../platform/calendar/calendar-source.ts';
import { createCalendarYearsRepo } from '../platform/calendar/calendar-years.repo.ts';
import { mergedCalendar } from '../platform/calendar/merged-calendar.ts';
import type { Clock } from '../platform/clock.ts';
import type { FieldCipher } from '../platform/crypto.ts';

/**
 * The services the API uses, wired onto the demo's transaction and the demo timeline's clock, so
 * the demo's cases take the same code paths (checks, rules, events, audit) as an officer's. Every
 * read and write goes through the transaction: a transaction is an executor whose `transaction`
 * opens a savepoint, which is all the services need of `Db` (cf. `txDeps` in cases-stage.ts).
 */
export function demoServices(tx: Executor, cipher: FieldCipher, clock: Clock, work: WorkCalendar) {
  const db = tx as unknown as Db;
  const calendar: CalendarSource = { current: () => work };
  const deployment = createDeploymentService({ db, clock });
  const policies = createPolicyService({ db, clock, calendar, deployment });
  const caseTypes = createCaseTypesService({ db, deployment });
  const deps = { db, caseTypes, policies, clock, calendar };
  return {
    ...deps,
    cases: createCasesService(deps),
    stages: createCaseStageServices({ ...deps, cipher }),
    shortageOccupations: createShortageOccupationsService({ db, clock }),
  };
}

export type DemoServices = ReturnType<typeof demoServices>;

/** The packaged working-day calendar with whatever years this database has entered. */
export async function demoCalendar(tx: Executor): Promise<WorkCalendar> {
  return mergedCalendar(defaultCalendarYears(), await createCalendarYearsRepo(tx).all());
}

/** The demo users as the services see them after signing in (roles, organisation, data scope). */
export async function demoActors(tx: Executor, usernames: readonly string[]): Promise<Map<string, Actor>> {
  const rows = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, [...usernames]));
  const actors = new Map<string, Actor>();
  for (const row of rows) {
    const loaded = await loadUserWithAccess(tx, row.id, { ip: null, userAgent: null });
    if (loaded) actors.set(row.username, loaded.actor);
  }
  return actors;
}

/** The version of a case now (bulk steps move it without answering it). */
export async function caseVersion(tx: Executor, id: string): Promise<number> {
  const [row] = await tx.select({ version: cases.version }).from(cases).where(eq(cases.id, id));
  if (!row) throw new Error(`demo case ${id} vanished`);
  return row.version;
}
