import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { addPerson, ok } from '../../registry/registrations/registrations.fixtures.ts';
import { addEmployer, difficultyPerson, postBody } from './posts.fixtures.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const officer2 = await t.login('officer2');
const reviewer = await t.login('reviewer');
const finance = await t.login('finance');

const employer = await addEmployer(officer, t.city.street1.id, 1);
const employer2 = await addEmployer(officer2, t.city.street2.id, 2);
const audits = async (action: string, targetId: string) =>
  Number(
    (
      await t.db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))
    )[0]!.n,
  );
const register = (holder: string, overrides: Record<string, unknown> = {}) =>
  officer.post('/api/entitlements/posts', postBody(employer, holder, overrides));

describe('public-welfare post register', () => {
  it('registers a post with its 3-year clock from continuousSinceMonth, audited, listed with a masked ID', async () => {
    const holder = await difficultyPerson(officer, reviewer, t.city.community1.id, 1);
    const post = await ok(register(holder, { continuousSinceMonth: '2025-01' }));
    // today is 2026-10-20: 2025-01 … 2026-10 used, 2027-12 the last month of the 36
    expect(post).toMatchObject({
      kind: 'public_welfare',
      kindLabel: '政府投资开发的公益性岗位',
      employerId: employer,
      employerName: '肥城单位1有限公司',
      holderPersonId: holder,
      startOn: '2026-03-02',
      continuousSinceMonth: '2025-01',
      generalMaxMonths: 36,
      generalEndMonth: '2027-12',
      monthsUsed: 22,
      monthsLeft: 14,
      is4050: false,
      nearEnd: false,
      extensionAllowed: false,
      endedOn: null,
      version: 1,
      entitlements: [],
    });
    expect(await audits('public_welfare_post.create', post.id)).toBe(1);

    const list = await ok(officer.get('/api/entitlements/posts?status=open'));
    const item = (list.items as { id: string; holderIdNumberMasked: string }[]).find((i) => i.id === post.id);
    expect(item?.holderIdNumberMasked).toMatch(/\*{4,}/);
    expect(JSON.stringify(list)).not.toMatch(/370983\d{12}/);

    const before = await audits('public_welfare_post.read', post.id);
    await ok(finance.get(`/api/entitlements/posts/${post.id}`));
    expect(await audits('public_welfare_post.read', post.id)).toBe(before + 1);
  });

  it('runs the clock from the start month without continuousSinceMonth and refuses a later one', async () => {
    const holder = await difficultyPerson(officer, reviewer, t.city.community1.id, 3);
    const late = await register(holder, { continuousSinceMonth: '2026-04' });
    expect(late.status).toBe(422);
    expect(late.body.message).toBe('连续就业首个补贴月份「2026-04」不能晚于上岗月份「2026-03」');
    const post = await ok(register(holder));
    expect(post).toMatchObject({ sinceMonth: '2026-03', generalEndMonth: '2029-02', monthsUsed: 8 });
  });

  it('keeps another street out: 404 on detail and end, absent from its list', async () => {
    const holder = await difficultyPerson(officer, reviewer, t.city.community1.id, 5);
    const post = await ok(register(holder));
    expect((await officer2.get(`/api/entitlements/posts/${post.id}`)).status).toBe(404);
    const end = await officer2.post(`/api/entitlements/posts/${post.id}/end`, {
      version: 1,
      endedOn: '2026-10-01',
      reason: '合同期满',
    });
    expect(end.status).toBe(404);
    expect(end.body.message).toBe('公益性岗位不存在或无权访问');
    const list = await ok(officer2.get('/api/entitlements/posts?pageSize=200'));
    expect((list.items as { id: string }[]).some((i) => i.id === post.id)).toBe(false);
    // nor may an officer place someone of another street, or with another street's employer
    const other = await officer2.post('/api/entitlements/posts', postBody(employer2, holder));
    expect(other.status).toBe(404);
    expect(other.body.message).toBe('人员不存在或无权访问');
    const holder2 = await difficultyPerson(officer, reviewer, t.city.community1.id, 7);
    const foreignEmployer = await officer.post('/api/entitlements/posts', postBody(employer2, holder2));
    expect(foreignEmployer.status).toBe(404);
    expect(foreignEmployer.body.message).toBe('用人单位不存在或无权访问');
  });

  it('refuses a person who is not a 就业困难人员, in Chinese', async () => {
    const p = await addPerson(officer, t.city.community1.id, 9);
    const res = await register(p);
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(
      '公益性岗位只能安排就业困难人员：该人员没有有效的就业困难人员认定（三(三)2）',
    );
  });

  it('allows one open post per holder, and a new one once it has ended', async () => {
    const holder = await difficultyPerson(officer, reviewer, t.city.community1.id, 11);
    const post = await ok(register(holder));
    const second = await register(holder, { title: '治安巡逻员' });
    expect(second.status).toBe(409);
    expect(second.body.message).toBe('该人员已在公益性岗位上岗且尚未结束，一人同时只能登记一个公益性岗位');

    const early = await officer.post(`/api/entitlements/posts/${post.id}/end`, {
      version: 1,
      endedOn: '2026-03-01',
      reason: '合同期满',
    });
    expect(early.status).toBe(422);
    expect(early.body.message).toBe('结束日期「2026-03-01」早于开始日期「2026-03-02」');
    const terse = await officer.post(`/api/entitlements/posts/${post.id}/end`, {
      version: 1,
      endedOn: '2026-09-30',
      reason: '满',
    });
    expect(terse.status).toBe(422);
    const ended = await ok(
      officer.post(`/api/entitlements/posts/${post.id}/end`, {
        version: 1,
        endedOn: '2026-09-30',
        reason: '合同期满，本人不再续签',
      }),
    );
    expect(ended).toMatchObject({
      endedOn: '2026-09-30',
      endReason: '合同期满，本人不再续签',
      monthsUsed: 7,
    });
    expect(await audits('public_welfare_post.end', post.id)).toBe(1);
    const again = await officer.post(`/api/entitlements/posts/${post.id}/end`, {
      version: 2,
      endedOn: '2026-09-30',
      reason: '合同期满',
    });
    expect(again.status).toBe(409);
    await ok(register(holder, { startOn: '2026-10-08', title: '治安巡逻员' }));
    const ended2 = await ok(officer.get('/api/entitlements/posts?status=ended&pageSize=200'));
    expect((ended2.items as { id: string }[]).map((i) => i.id)).toContain(post.id);
  });

  it('extends a 4050 holder near the end of the clock, by a reviewer only, once', async () => {
    // a man of 56: 2023-12 … 2026-11 is his general term, one month left on 2026-10-20
    const holder = await difficultyPerson(officer, reviewer, t.city.community1.id, 13, '1970-06-01');
    const post = await ok(register(holder, { startOn: '2026-01-05', continuousSinceMonth: '2023-12' }));
    expect(post).toMatchObject({
      generalEndMonth: '2026-11',
      monthsUsed: 35,
      monthsLeft: 1,
      is4050: true,
      nearEnd: true,
      extensionAllowed: true,
    });
    const body = { version: 1, note: '本人为“4050”人员，岗位需要，同意延长' };
    expect((await officer.post(`/api/entitlements/posts/${post.id}/extension`, body)).status).toBe(403);
    const extended = await ok(reviewer.post(`/api/entitlements/posts/${post.id}/extension`, body));
    expect(extended.extensionApprovedAt).not.toBeNull();
    expect(extended).toMatchObject({ extensionAllowed: false, version: 2, extensionNote: body.note });
    expect(await audits('public_welfare_post.extension', post.id)).toBe(1);
    const twice = await reviewer.post(`/api/entitlements/posts/${post.id}/extension`, {
      ...body,
      version: 2,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('该岗位的补贴期限已同意延长，不能重复审批');
  });

  it('refuses the extension for a non-4050 holder and before the last 3 months', async () => {
    const young = await difficultyPerson(officer, reviewer, t.city.community1.id, 15, '1985-03-15');
    const post = await ok(register(young, { startOn: '2026-01-05', continuousSinceMonth: '2023-12' }));
    const res = await reviewer.post(`/api/entitlements/posts/${post.id}/extension`, {
      version: 1,
      note: '同意延长',
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(
      '只有“4050”人员可延长公益性岗位补贴期限（三(三)2）：男性，2026-12-01时41周岁，未满50周岁，不属于“4050”人员，一般补贴期限至2026-11',
    );

    const old = await difficultyPerson(officer, reviewer, t.city.community1.id, 17, '1970-06-01');
    const fresh = await ok(register(old, { continuousSinceMonth: '2025-01' }));
    const early = await reviewer.post(`/api/entitlements/posts/${fresh.id}/extension`, {
      version: 1,
      note: '同意延长',
    });
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('补贴期限至2027-12，尚余14个月；到期前3个月内方可审批延长');
  });

  it('bounds its inputs', async () => {
    const holder = await difficultyPerson(officer, reviewer, t.city.community1.id, 19);
    expect((await register(holder, { kind: 'other' })).status).toBe(422);
    expect((await register(holder, { title: 'x'.repeat(51) })).status).toBe(422);
    expect((await register(holder, { startOn: '1999-12-31' })).status).toBe(422);
    expect((await register(holder, { continuousSinceMonth: '2025-13' })).status).toBe(422);
    const future = await register(holder, { startOn: '2026-12-01' });
    expect(future.status).toBe(422);
    expect(future.body.message).toBe('上岗日期「2026-12-01」晚于今天');
    expect((await officer.get('/api/entitlements/posts?pageSize=201')).status).toBe(422);
    expect((await officer.get(`/api/entitlements/posts?q=${'张'.repeat(51)}`)).status).toBe(422);
  });
});
