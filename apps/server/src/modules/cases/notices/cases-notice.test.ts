import { workCalendar } from '@minsheng/rules/engine/calendar.ts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { describeRoleMatrix } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { benefitClaims } from '../cases.schema.ts';
import { publicNotices } from '../finance/case-finance.schema.ts';
import {
  eventsOf,
  refs,
  requireNotice,
  seedDecidedCases,
  statusesOf,
  ZHUHAI,
} from '../workflow/cases-stage.fixtures.ts';
import { earliestNoticeEnd } from './cases-notice.rules.ts';

const t = await createTestApp();
const today = t.today();
const endOn = earliestNoticeEnd({ unit: 'working_days', amount: 5 }, today, workCalendar);
let reviewer: TestClient;

beforeAll(async () => {
  await requireNotice(t, true, 5);
  reviewer = await t.login('reviewer');
});

const publish = async (client: TestClient, ids: string[], over: Record<string, unknown> = {}) =>
  client.post('/api/public-notices', {
    caseTypeId: ZHUHAI,
    title: '2026年第一批高技能人才培训鉴定补贴拟发放名单公示',
    startsOn: today,
    endsOn: endOn,
    cases: await refs(t, ids),
    ...over,
  });

/** The notice's period has run out (as if its end date had passed). */
const expire = (id: string) =>
  t.db
    .update(publicNotices)
    .set({ startsOn: '2026-01-05', endsOn: '2026-01-09' })
    .where(eq(publicNotices.id, id));

describe('publishing a notice', () => {
  it('lists approved cases with masked names and ID numbers and moves them into the notice', async () => {
    const ids = await seedDecidedCases(t, {
      count: 2,
      requiresPublicNotice: true,
      names: ['张小三', '李四'],
    });
    const res = await publish(reviewer, ids);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.number).toMatch(/^GS-\d{4}-\d{6}$/);
    expect(res.body.status).toBe('published');
    const names = res.body.items.map((i: { maskedName: string }) => i.maskedName).sort();
    expect(names).toEqual(['张*三', '李*']);
    for (const item of res.body.items) {
      expect(item.maskedIdNumber).toMatch(/^3709\*{10}\d{3}[\dX]$/);
      expect(item.amount).toBe('1300.00');
      expect(item.status).toBe('in_public_notice');
    }
    expect(JSON.stringify(res.body)).not.toMatch(/37098319850315/);
    expect(await statusesOf(t, ids)).toEqual(['in_public_notice', 'in_public_notice']);
    const events = await eventsOf(t, ids[0]!);
    expect(events.at(-1)).toMatchObject({
      action: 'publish_notice',
      fromStatus: 'approved',
      toStatus: 'in_public_notice',
    });
  });

  it('the printable notice shows only masked data, the period, the issuer and the exact total', async () => {
    const ids = await seedDecidedCases(t, { count: 3, requiresPublicNotice: true, amountFen: 90001 });
    const notice = (await publish(reviewer, ids)).body;
    const res = await reviewer.get(`/api/public-notices/${notice.id}/print`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      startsOn: today,
      endsOn: endOn,
      issuer: '测试市',
      count: 3,
      totalAmount: '2700.03',
    });
    expect(res.body.rows.map((r: { seq: number }) => r.seq)).toEqual([1, 2, 3]);
    expect(res.body.rows[0].name).toMatch(/^张\*+\d$/);
  });

  it('refuses a period shorter than the case type requires and changes nothing', async () => {
    const ids = await seedDecidedCases(t, { count: 1, requiresPublicNotice: true });
    const short = workCalendar.addWorkingDays(today, 3);
    const res = await publish(reviewer, ids, { endsOn: short });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(`公示期不得少于5个工作日，${today} 起最早于 ${endOn} 结束`);
    expect(await statusesOf(t, ids)).toEqual(['approved']);
  });

  it('refuses the whole notice when one case needs none, leaving every case as it was', async () => {
    const [withNotice] = await seedDecidedCases(t, { count: 1, requiresPublicNotice: true });
    const [without] = await seedDecidedCases(t, { count: 1, requiresPublicNotice: false });
    const res = await publish(reviewer, [withNotice!, without!]);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('该事项无需公示');
    expect(await statusesOf(t, [withNotice!, without!])).toEqual(['approved', 'approved']);
  });

  it('two notices naming the same case at once publish it once', async () => {
    const ids = await seedDecidedCases(t, { count: 1, requiresPublicNotice: true });
    const [a, b] = await Promise.all([publish(reviewer, ids), publish(reviewer, ids)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const publishes = (await eventsOf(t, ids[0]!)).filter((e) => e.action === 'publish_notice');
    expect(publishes).toHaveLength(1);
  });
});

describe('objections', () => {
  it('an upheld objection rejects the case with the reason, frees its claim and drops it from the print', async () => {
    const ids = await seedDecidedCases(t, { count: 2, requiresPublicNotice: true });
    await t.db.insert(benefitClaims).values({
      caseId: ids[0]!,
      beneficiaryKey: `case:${ids[0]}`,
      policyId: ZHUHAI,
      claimKey: 'level_3:training',
      claimedOn: '2026-09-29',
    });
    const notice = (await publish(reviewer, ids)).body;
    const obj = await reviewer.post(`/api/public-notices/${notice.id}/objections`, {
      caseId: ids[0],
      receivedOn: today,
      objector: '王五',
      content: '该学员未实际参加培训',
    });
    expect(obj.status, JSON.stringify(obj.body)).toBe(200);
    expect(obj.body).toMatchObject({ status: 'open', objector: '王五', content: '该学员未实际参加培训' });
    const res = await reviewer.post(`/api/objections/${obj.body.id}/resolve`, {
      outcome: 'upheld',
      resolution: '经核实培训签到记录为代签',
      version: obj.body.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await statusesOf(t, ids)).toEqual(['rejected', 'in_public_notice']);
    const [row] = await t.db.select().from(benefitClaims).where(eq(benefitClaims.caseId, ids[0]!));
    expect(row!.revokedAt).not.toBeNull();
    expect(row!.revokeReason).toBe('公示期间异议成立：经核实培训签到记录为代签');
    const last = (await eventsOf(t, ids[0]!)).at(-1)!;
    expect(last).toMatchObject({
      action: 'uphold_objection',
      toStatus: 'rejected',
      note: '公示期间异议成立：经核实培训签到记录为代签',
    });
    const print = await reviewer.get(`/api/public-notices/${notice.id}/print`);
    expect(print.body.count).toBe(1);
  });

  it('an open objection keeps the notice open; dismissing it lets the notice close and the cases pass', async () => {
    const ids = await seedDecidedCases(t, { count: 2, requiresPublicNotice: true });
    const notice = (await publish(reviewer, ids)).body;
    const obj = (
      await reviewer.post(`/api/public-notices/${notice.id}/objections`, {
        receivedOn: today,
        content: '名单有误',
      })
    ).body;
    await expire(notice.id);
    const refused = await reviewer.post(`/api/public-notices/${notice.id}/close`, {
      version: notice.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('尚有 1 件异议未处理，处理完毕后方可结束公示');
    const dismissed = await reviewer.post(`/api/objections/${obj.id}/resolve`, {
      outcome: 'dismissed',
      resolution: '经核实名单无误',
      version: obj.version,
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.objections[0]).toMatchObject({ status: 'dismissed', resolution: '经核实名单无误' });
    const closed = await reviewer.post(`/api/public-notices/${notice.id}/close`, { version: notice.version });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(await statusesOf(t, ids)).toEqual(['notice_passed', 'notice_passed']);
  });

  it('an objection resolved twice at once is resolved once', async () => {
    const ids = await seedDecidedCases(t, { count: 1, requiresPublicNotice: true });
    const notice = (await publish(reviewer, ids)).body;
    const obj = (
      await reviewer.post(`/api/public-notices/${notice.id}/objections`, {
        caseId: ids[0],
        receivedOn: today,
        content: '异议',
      })
    ).body;
    const body = { outcome: 'upheld', resolution: '成立', version: obj.version };
    const [a, b] = await Promise.all([
      reviewer.post(`/api/objections/${obj.id}/resolve`, body),
      reviewer.post(`/api/objections/${obj.id}/resolve`, body),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await eventsOf(t, ids[0]!)).filter((e) => e.action === 'uphold_objection')).toHaveLength(1);
  });

  it('an upheld objection must name a case of the notice', async () => {
    const ids = await seedDecidedCases(t, { count: 1, requiresPublicNotice: true });
    const notice = (await publish(reviewer, ids)).body;
    const obj = (
      await reviewer.post(`/api/public-notices/${notice.id}/objections`, {
        receivedOn: today,
        content: '整体异议',
      })
    ).body;
    const res = await reviewer.post(`/api/objections/${obj.id}/resolve`, {
      outcome: 'upheld',
      resolution: 'x',
      version: 1,
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('异议成立须针对名单中的具体案件；针对公示整体的异议请驳回后重新公示');
  });
});

describe('closing a notice', () => {
  it('is refused on or before the end date', async () => {
    const ids = await seedDecidedCases(t, { count: 1, requiresPublicNotice: true });
    const notice = (await publish(reviewer, ids)).body;
    const res = await reviewer.post(`/api/public-notices/${notice.id}/close`, { version: notice.version });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(`公示期至 ${endOn} 结束，期满后方可结束公示`);
    expect(await statusesOf(t, ids)).toEqual(['in_public_notice']);
  });

  it('is audited, and a stale version is refused', async () => {
    const ids = await seedDecidedCases(t, { count: 1, requiresPublicNotice: true });
    const notice = (await publish(reviewer, ids)).body;
    await expire(notice.id);
    expect(
      (await reviewer.post(`/api/public-notices/${notice.id}/close`, { version: notice.version + 1 })).status,
    ).toBe(409);
    expect(
      (await reviewer.post(`/api/public-notices/${notice.id}/close`, { version: notice.version })).status,
    ).toBe(200);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.targetId, notice.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['notice.close', 'notice.publish']);
  });
});

describe('scope', () => {
  it('an officer of another street cannot see a notice of the city bureau', async () => {
    const ids = await seedDecidedCases(t, { count: 1, requiresPublicNotice: true });
    const notice = (await publish(reviewer, ids)).body;
    const officer2 = await t.login('officer2');
    expect((await officer2.get(`/api/public-notices/${notice.id}`)).status).toBe(404);
  });
});

describeRoleMatrix(t, [
  {
    endpoint: 'POST /api/public-notices',
    allowed: ['reviewer'],
    call: async (c) => publish(c, await seedDecidedCases(t, { count: 1, requiresPublicNotice: true })),
  },
  {
    endpoint: 'GET /api/public-notices',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'],
    call: (c) => c.get('/api/public-notices'),
  },
]);
