import { eq, inArray } from 'drizzle-orm';
import { loadUserWithAccess } from '../../../platform/access/load-actor.ts';
import type { RoleUser } from '../../../test/role-matrix.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { personBody } from '../../registry/persons/persons.fixtures.ts';
import { caseEvents, cases, caseTypes } from '../cases.schema.ts';
import type { CaseStatus } from './case-status.ts';

export const ZHUHAI = 'zhuhai.high-skill-subsidy';

/** The signed-in actor of a seeded user, for calling services directly. */
export async function actorOf(t: TestApp, user: RoleUser) {
  const loaded = await loadUserWithAccess(t.db, t.users[user].id, { ip: null, userAgent: null });
  return loaded!.actor;
}

/** Sets the Zhuhai case type's notice requirement (the catalogue default is no notice). */
export async function requireNotice(t: TestApp, required: boolean, days = 5) {
  await t.services.caseTypes.sync();
  await t.db
    .update(caseTypes)
    .set({ requiresPublicNotice: required, publicNoticeDays: days })
    .where(eq(caseTypes.id, ZHUHAI));
}

let seq = 100;

/**
 * Cases already decided, straight in the database: the stages under test start after approval,
 * so the earlier steps (tested by the cases core) are not replayed here. One registered person
 * of street 1 per case.
 */
export async function seedDecidedCases(
  t: TestApp,
  opts: {
    count: number;
    status?: CaseStatus;
    amountFen?: number;
    decidedOn?: string;
    requiresPublicNotice?: boolean;
    names?: string[];
  },
) {
  await t.services.caseTypes.sync();
  const officer = await actorOf(t, 'officer1');
  const ids: string[] = [];
  for (let i = 0; i < opts.count; i++) {
    seq += 1;
    const name = opts.names?.[i] ?? `张小${seq}`;
    const person = await t.services.persons.create(officer, personBody(t.city.community1.id, seq, { name }));
    const [row] = await t.db
      .insert(cases)
      .values({
        number: `MS-2026-9${String(seq).padStart(5, '0')}`,
        caseTypeId: ZHUHAI,
        policyId: ZHUHAI,
        applicantKind: 'institution_on_behalf',
        personId: person.id,
        applicantOrgId: t.city.street1.id,
        applicantName: name,
        status: opts.status ?? 'approved',
        approvedAmountFen: opts.amountFen ?? 130000,
        decidedOn: opts.decidedOn ?? '2026-09-29',
        requiresPublicNotice: opts.requiresPublicNotice ?? false,
        orgId: t.city.community1.id,
        orgPath: t.city.community1.path,
      })
      .returning({ id: cases.id });
    ids.push(row!.id);
  }
  return ids;
}

/** Case rows as `{ id, version }` references for bulk actions. */
export async function refs(t: TestApp, ids: string[]) {
  const rows = await t.db
    .select({ id: cases.id, version: cases.version })
    .from(cases)
    .where(inArray(cases.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

export async function statusesOf(t: TestApp, ids: string[]) {
  const rows = await t.db
    .select({ id: cases.id, status: cases.status })
    .from(cases)
    .where(inArray(cases.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)!.status);
}

export const eventsOf = (t: TestApp, id: string) =>
  t.db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(caseEvents.id);
