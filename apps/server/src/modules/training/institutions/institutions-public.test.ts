import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { trainingClasses } from '../classes/classes.schema.ts';
import { insertTestInstitution } from '../training.fixtures.ts';
import { trainingInstitutions, trainingInstitutionTeachers } from './institutions.schema.ts';

// TEST_NOW is 2026-10-20; the fixture designates for 2026-02-01 … 2027-12-31.
const t = await createTestApp();
const org = t.city.street1;
const designated = await insertTestInstitution(t.db, {
  org,
  name: '岱宗职业培训学校',
  staffUserIds: [t.users.institution.id],
});
const rectifying = await insertTestInstitution(t.db, { org, name: '泰山家政培训中心', status: 'rectifying' });
const suspended = await insertTestInstitution(t.db, { org, name: '暂停培训学校', status: 'suspended' });
const expired = await insertTestInstitution(t.db, { org, name: '过期培训学校' });
const applied = await insertTestInstitution(t.db, { org, name: '申请中培训学校', status: 'applied' });
await t.db
  .update(trainingInstitutions)
  .set({ validTo: '2026-10-19' })
  .where(eq(trainingInstitutions.id, expired.id));
await t.db
  .update(trainingInstitutions)
  .set({ contactPhone: '13800001111', statusReason: '实训设备不足', rectifyBy: '2026-12-31' })
  .where(eq(trainingInstitutions.id, rectifying.id));
await t.db.insert(trainingInstitutionTeachers).values({
  institutionId: designated.id,
  name: '王秀英',
  certificateNumber: 'S370900123456',
  occupation: '中式烹调师',
  level: 2,
});
const cls = (n: number, status: 'applied' | 'approved' | 'running' | 'closed') => ({
  number: `BJ-2026-00000${n}`,
  institutionId: designated.id,
  programme: 'skills_reemployment' as const,
  occupation: '中式烹调师',
  level: 4,
  hours: 120,
  startsOn: '2026-11-02',
  endsOn: '2026-12-18',
  place: '泰山区岱宗大街1号实训楼',
  capacity: 40,
  status,
  orgId: org.id,
  orgPath: org.path,
});
await t.db
  .insert(trainingClasses)
  .values([cls(1, 'applied'), cls(2, 'approved'), cls(3, 'running'), cls(4, 'closed')]);

const res = await t.app.inject({ method: 'GET', url: '/api/public/training-institutions' });
const body = res.json() as {
  asOf: string;
  items: { name: string; classes: { number: string }[]; rectification: unknown }[];
};

describe('the public list of designated institutions', () => {
  it('answers without a session', () => {
    expect(res.statusCode).toBe(200);
    expect(body.asOf).toBe('2026-10-20');
  });

  it('lists designated and rectifying institutions within their validity only', () => {
    expect(body.items.map((i) => i.name).sort()).toEqual(['岱宗职业培训学校', '泰山家政培训中心'].sort());
    for (const name of [suspended.name, expired.name, applied.name])
      expect(body.items.map((i) => i.name)).not.toContain(name);
  });

  it('shows approved and running classes, not applied or closed ones, and why an institution rectifies', () => {
    const own = body.items.find((i) => i.name === '岱宗职业培训学校')!;
    expect(own.classes.map((c) => c.number)).toEqual(['BJ-2026-000002', 'BJ-2026-000003']);
    const r = body.items.find((i) => i.name === '泰山家政培训中心')!;
    expect(r.rectification).toEqual({ reason: '实训设备不足', rectifyBy: '2026-12-31' });
  });

  it('carries no personal data: no teacher, certificate, phone, credit code or account', () => {
    const text = res.body;
    for (const secret of [
      '王秀英',
      'S370900123456',
      '13800001111',
      designated.creditCode,
      'institution',
      'orgId',
    ])
      expect(text).not.toContain(secret);
  });
});
