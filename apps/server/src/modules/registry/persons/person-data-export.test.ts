import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { roleUsers } from '../../../test/role-matrix.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { benefitClaims, caseEvents, cases } from '../../cases/cases.schema.ts';
import { seedDecidedCases } from '../../cases/workflow/cases-stage.fixtures.ts';
import { residentId } from './persons.fixtures.ts';

const t = await createTestApp();
const [caseId] = await seedDecidedCases(t, { count: 1, names: ['李查阅'] });
const [theCase] = await t.db.select().from(cases).where(eq(cases.id, caseId!));
const personId = theCase!.personId!;
// A claim (references the person and the case) and a case event (references the case only).
await t.db.insert(benefitClaims).values({
  caseId: caseId!,
  beneficiaryKey: `person:${personId}`,
  personId,
  policyId: theCase!.policyId,
  claimKey: 'once',
  amountFen: 130000,
  claimedOn: '2026-09-29',
});
await t.db
  .insert(caseEvents)
  .values({ caseId: caseId!, action: 'approve', toStatus: 'approved', actorName: '审核员', version: 2 });
const url = `/api/persons/${personId}/personal-data`;

describe("a person's data on request (PIPL art. 45)", () => {
  it('holds the registry row with the ID number in full, the cases, claims and audit entries', async () => {
    const officer = await t.login('officer1');
    const res = await officer.get(url);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toBe(
      `attachment; filename="personal-data-${personId}.json"`,
    );
    const data = res.body;
    const [person] = data.records.persons;
    expect(person).toMatchObject({ id: personId, name: '李查阅' });
    expect(person.id_number).toMatch(/^370983\d{11}[\dX]$/);
    expect(person.id_number).toBe(residentId('370983', '19850315', Number(person.id_number.slice(14, 17))));
    expect(person).not.toHaveProperty('id_number_enc');
    expect(person).not.toHaveProperty('id_number_hash');
    expect(data.records.cases.map((c: { id: string }) => c.id)).toEqual([caseId]);
    // Claims reference both the person and the case: listed once.
    expect(data.records.benefit_claims).toHaveLength(1);
    expect(data.records.benefit_claims[0]).toMatchObject({ person_id: personId, case_id: caseId });
    expect(data.records.case_events.map((e: { action: string }) => e.action)).toEqual(['approve']);
    expect(data.auditEntries.map((e: { action: string }) => e.action)).toContain('person.create');
  });

  it('is audited as a reveal of the person', async () => {
    const officer = await t.login('officer1');
    await officer.get(url);
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.data_export'), eq(auditLog.targetId, personId)));
    expect(rows.at(-1)).toMatchObject({ username: 'officer1', targetType: 'person' });
    expect(JSON.stringify(rows.at(-1)!.detail)).not.toMatch(/370983\d{11}/);
  });

  it('answers only officers holding person:data_export with the person in scope', async () => {
    const statuses: Record<string, number> = {};
    for (const user of roleUsers) statuses[user] = (await (await t.login(user)).get(url)).status;
    const refused = Object.fromEntries(roleUsers.map((u) => [u, 403]));
    // officer2 holds the permission, but the person lives in another street.
    expect(statuses).toEqual({ ...refused, reviewer: 200, officer1: 200, officer2: 404 });
  });
});
