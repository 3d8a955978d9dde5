import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { bureauDate } from '../../../platform/clock.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { contractBody, contributionBody } from '../contracts/contracts.fixtures.ts';
import { employerBody } from '../employers/employers.fixtures.ts';
import { addHousehold } from '../households/households.fixtures.ts';
import { persons } from '../persons/persons.schema.ts';
import {
  addPerson,
  daysAgo,
  employmentBody,
  ok,
  today,
  unemploymentBody,
} from '../registrations/registrations.fixtures.ts';
import type { TimelineEvent } from './person-timeline.service.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const reviewer = await t.login('reviewer');
const officer2 = await t.login('officer2');
const community = t.city.community1.id;

// P worked 2020-03-01 … 2025-01-01, joined a household that was a zero-employment household
// (recognised 2026-03-01, P assisted 2026-04-01, eliminated 2026-06-01), registered unemployed 30
// days ago, and was determined a difficulty person today and exited the same day. A two-year
// contract from 2024-01-01 ran out on 2025-12-31; pension was paid for 2024-01 … 2024-03.
const P = await addPerson(officer, community, 21);
const job = await ok(officer.post(`/api/persons/${P}/employment-registrations`, employmentBody()));
await ok(
  officer.post(`/api/employment-registrations/${job.id}/end`, {
    endedOn: '2025-01-01',
    endReason: 'resigned',
    version: job.version,
  }),
);
const household = await addHousehold(officer, community, 22);
await ok(officer.post(`/api/households/${household.id}/members`, { personId: P, relation: 'spouse' }));
const recognition = await ok(
  reviewer.post(`/api/households/${household.id}/zero-employment`, {
    recognisedOn: '2026-03-01',
    basis: '入户核实',
  }),
);
await ok(
  officer.post(`/api/zero-employment/${recognition.id}/assistance`, {
    actedOn: '2026-04-01',
    kind: 'job_referral',
    description: '推荐到肥城纺织厂',
    personId: P,
  }),
);
await ok(
  reviewer.post(`/api/zero-employment/${recognition.id}/eliminate`, {
    eliminatedOn: '2026-06-01',
    reason: 'other',
    note: '家庭情况变化',
  }),
);
const spell = await ok(officer.post(`/api/persons/${P}/unemployment-registrations`, unemploymentBody(21)));
const determination = await ok(
  reviewer.post(`/api/persons/${P}/difficulty-determinations`, {
    category: 'unemployed_minimum_living',
    evidence: '低保证 2026-001 号',
  }),
);
await ok(
  reviewer.post(`/api/difficulty-determinations/${determination.id}/exit`, {
    exitedOn: today(),
    exitReason: 'no_longer_eligible',
    version: determination.version,
  }),
);

const employer = await ok(officer.post('/api/employers', employerBody(t.city.street1.id, 21)));
const contract = await ok(officer.post(`/api/persons/${P}/contracts`, contractBody(employer.id)));
for (const month of ['2024-01', '2024-02', '2024-03']) {
  await ok(officer.post(`/api/persons/${P}/contributions`, contributionBody(employer.id, month)));
}

const timeline = async () => {
  const res = await officer.get<{ items: TimelineEvent[] }>(`/api/persons/${P}/timeline`);
  expect(res.status).toBe(200);
  return res.body.items;
};

describe('the person timeline across the registry modules', () => {
  it('lists every module’s events newest first', async () => {
    const items = await timeline();
    // Business dates follow the app's clock; the moments records were made (registration, joining
    // the household) are stamped by the database and the audit trail, on the machine's clock.
    const [person] = await t.db.select({ at: persons.createdAt }).from(persons).where(eq(persons.id, P));
    const [joined] = await t.db
      .select({ at: auditLog.at })
      .from(auditLog)
      .where(eq(auditLog.action, 'household.member.add'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    const stamped = [
      [bureauDate(joined!.at), 'household.joined'],
      [bureauDate(person!.at), 'person.registered'],
    ];
    const byDateDesc = (rows: string[][]) =>
      [...rows].sort((a, b) => (a[0]! < b[0]! ? 1 : a[0]! > b[0]! ? -1 : 0));
    expect(items.map((e) => [e.date, e.kind])).toEqual([
      ...byDateDesc([[today(), 'difficulty.exited'], [today(), 'difficulty.determined'], ...stamped]),
      [daysAgo(30), 'unemployment.registered'],
      ['2026-06-01', 'zero_employment.eliminated'],
      ['2026-04-01', 'zero_employment.assisted'],
      ['2026-03-01', 'zero_employment.recognised'],
      ['2025-12-31', 'contract.ended'],
      ['2025-01-01', 'employment.ended'],
      ['2024-01-01', 'insurance.started'],
      ['2024-01-01', 'contract.started'],
      ['2020-03-01', 'employment.started'],
    ]);
  });

  it('names each event in Chinese with its record', async () => {
    const byKind = new Map((await timeline()).map((e) => [e.kind, e]));
    expect(byKind.get('household.joined')).toMatchObject({
      title: '加入家庭 HH000022',
      ref: { type: 'household', id: household.id },
    });
    expect(byKind.get('zero_employment.assisted')).toMatchObject({
      title: '零就业家庭帮扶：岗位推荐',
      detail: expect.stringContaining('推荐到肥城纺织厂'),
    });
    expect(byKind.get('unemployment.registered')).toMatchObject({
      detail: expect.stringContaining(`《就业创业证》${spell.certificateNumber}`),
      ref: { type: 'unemployment_registration', id: spell.id },
    });
    expect(byKind.get('employment.ended')?.detail).toBe('终止原因：本人辞职');
    expect(byKind.get('contract.started')).toEqual({
      date: '2024-01-01',
      kind: 'contract.started',
      title: '劳动合同开始：肥城单位21有限公司',
      detail: '固定期限，至2025-12-31；岗位：焊工',
      ref: { type: 'labour_contract', id: contract.id },
    });
    expect(byKind.get('contract.ended')?.title).toBe('劳动合同期满：肥城单位21有限公司');
    expect(byKind.get('insurance.started')).toMatchObject({
      title: '开始缴纳基本养老保险',
      detail: '累计缴费 3 个月（2024-01 至 2024-03）',
    });
    expect(byKind.get('difficulty.determined')?.title).toBe(
      '认定为就业困难人员：享受城镇居民最低生活保障的失业人员',
    );
  });

  it('leaves out the assistance given to another member of the household', async () => {
    const other = await officer.get<{ items: TimelineEvent[] }>(`/api/persons/${household.head}/timeline`);
    expect(other.body.items.map((e) => e.kind)).not.toContain('zero_employment.assisted');
    expect(other.body.items.find((e) => e.kind === 'household.joined')?.title).toBe(
      '作为户主登记家庭 HH000022',
    );
  });

  it('still answers 404 to an officer of another street', async () => {
    expect((await officer2.get(`/api/persons/${P}/timeline`)).status).toBe(404);
  });
});
