import { addDays } from '@minsheng/rules/engine/dates.ts';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { healthCheckArchives } from '../../modules/health-checks/archives/archives.schema.ts';
import {
  healthCheckExaminations,
  healthCheckFindings,
} from '../../modules/health-checks/examinations/examinations.schema.ts';
import { healthCheckRecords } from '../../modules/health-checks/health-checks.fixtures.ts';
import { healthCheckExaminees } from '../../modules/health-checks/plans/plans.schema.ts';
import { idNumberFields } from '../../modules/registry/persons/person-fields.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp } from '../../test/test-app.ts';
import { demoHospitalAccounts } from './accounts.ts';
import { createDemoExaminations } from './examinations.ts';

const t = await createTestApp();
const records = healthCheckRecords(t.db);
const usernames = demoHospitalAccounts.map((a) => a.username);
const staff = [];
for (const username of usernames)
  staff.push(await createUser(t.db, { username, orgId: t.city.city.id, roles: ['hospital_staff'] }));
const hospitals = [
  await records.hospital(t.city.city, [staff[0]!.id]),
  await records.hospital(t.city.city, [staff[1]!.id]),
];
const plan = await records.plan(t.city.city);
const today = '2026-10-20';

// 24 examinees over the eight days before today, alternating hospitals, and two booked for today
for (let n = 0; n < 26; n += 1) {
  const first17 = `37098319800101${String(n).padStart(3, '0')}`;
  const [p] = await t.db
    .insert(persons)
    .values({
      ...idNumberFields(t.services.cipher, first17 + residentIdCheckDigit(first17), today),
      name: `参检${String(n).padStart(2, '0')}`,
      hukouType: 'urban',
      hukouPlace: 'local',
      orgId: t.city.community1.id,
      orgPath: t.city.community1.path,
    })
    .returning();
  await records.examinee(
    { planId: plan.id, personId: p!.id, org: t.city.community1, hospitalId: hospitals[n % 2]!.id },
    { scheduledOn: n < 24 ? addDays(today, -8 + (n % 8)) : today },
  );
}
const outcome = await t.db.transaction((tx) =>
  createDemoExaminations(tx, t.services.cipher, { today, hospitalUsernames: usernames, planId: plan.id }),
);

describe('the demo examinations', () => {
  it('examines everyone booked before today except the few absent, through the services', async () => {
    const examinees = await t.db.select().from(healthCheckExaminees);
    const count = (s: string) => examinees.filter((e) => e.status === s).length;
    expect(count('absent')).toBe(1);
    expect(count('examined')).toBe(23);
    expect(count('allocated')).toBe(2);
    expect(outcome).toEqual({ examinations: 23, seriousFindings: 2 });
    const exams = await t.db.select().from(healthCheckExaminations);
    expect(exams.every((e) => e.status === 'concluded')).toBe(true);
    for (const e of exams) {
      const examinee = examinees.find((x) => x.id === e.examineeId)!;
      expect(e.examinedOn).toBe(examinee.scheduledOn);
      expect(e.hospitalId).toBe(examinee.hospitalId);
    }
    expect(exams.map((e) => e.resultsEnc).join()).not.toContain('mmHg');
    expect(await t.db.select().from(healthCheckArchives)).toHaveLength(23);
  });

  it('leaves exactly one unsigned declined item, at the first hospital, and a few signed ones', async () => {
    const exams = await t.db.select().from(healthCheckExaminations);
    const declined = exams.flatMap((e) => e.declinedItems.map((d) => ({ ...d, hospitalId: e.hospitalId })));
    const unsigned = declined.filter((d) => !d.signed);
    expect(unsigned).toHaveLength(1);
    expect(unsigned[0]!.hospitalId).toBe(hospitals[0]!.id);
    expect(declined.filter((d) => d.signed).length).toBeGreaterThan(0);
  });

  it('opens two serious-finding tasks: one told the same day, one still open', async () => {
    const tasks = await t.db.select().from(healthCheckFindings);
    expect(tasks.map((f) => f.status).sort()).toEqual(['notified', 'open']);
    const told = tasks.find((f) => f.status === 'notified')!;
    const [exam] = await t.db
      .select()
      .from(healthCheckExaminations)
      .where(eq(healthCheckExaminations.id, told.examinationId));
    expect(told.notifiedOn).toBe(exam!.examinedOn);
    expect(told.notifiedHow).toMatch(/^电话通知：/);
  });
});
