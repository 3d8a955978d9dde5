import { addMonths } from '@minsheng/rules/engine/dates.ts';
import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { addPerson, daysAgo, employmentBody, ok, today, unemploymentBody } from './registrations.fixtures.ts';
import { employmentRegistrations, unemploymentRegistrations } from './registrations.schema.ts';

const t = await createTestApp();
const officer = await t.login('officer1');

const rows = async (
  table: typeof employmentRegistrations | typeof unemploymentRegistrations,
  personId: string,
) => Number((await t.db.select({ n: count() }).from(table).where(eq(table.personId, personId)))[0]!.n);
const audits = async (action: string) =>
  Number((await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)))[0]!.n);

describe('employment registration', () => {
  it('records, lists and ends an employment registration with an optimistic version', async () => {
    const p = await addPerson(officer, t.city.community1.id, 1);
    const before = await audits('employment_registration.create');
    const created = await ok(
      officer.post(
        `/api/persons/${p}/employment-registrations`,
        employmentBody({ employerName: '新城五金店', form: 'employer' }),
      ),
    );
    expect(created).toMatchObject({
      personId: p,
      form: 'employer',
      employerName: '新城五金店',
      startedOn: '2020-03-01',
      endedOn: null,
      version: 1,
    });
    expect(await audits('employment_registration.create')).toBe(before + 1);
    const list = await officer.get(`/api/persons/${p}/employment-registrations`);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([created.id]);

    const stale = await officer.post(`/api/employment-registrations/${created.id}/end`, {
      endedOn: '2021-01-31',
      endReason: 'resigned',
      version: 9,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe('该就业登记已被他人修改，请刷新后重试');
    const ended = await ok(
      officer.post(`/api/employment-registrations/${created.id}/end`, {
        endedOn: '2021-01-31',
        endReason: 'resigned',
        version: 1,
      }),
    );
    expect(ended).toMatchObject({ endedOn: '2021-01-31', endReason: 'resigned', version: 2 });
    const again = await officer.post(`/api/employment-registrations/${created.id}/end`, {
      endedOn: '2021-02-01',
      endReason: 'resigned',
      version: 2,
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('该就业登记已于2021-01-31终止');
  });

  it('refuses bad input with a Chinese message and saves nothing', async () => {
    const p = await addPerson(officer, t.city.community1.id, 3);
    const cases: [Record<string, unknown>, string][] = [
      [{ startedOn: '2099-01-01' }, '就业日期「2099-01-01」晚于今天'],
      [{ startedOn: '2001-03-14' }, '就业日期「2001-03-14」早于本人年满16周岁（2001-03-15）'],
      [{ form: 'moonlighting' }, '「就业形式」取值「moonlighting」不在字典中'],
      [{ form: 'employer' }, '单位就业须填写用人单位'],
      [{ employerId: '00000000-0000-4000-8000-000000000000' }, '所选用人单位不存在'],
    ];
    for (const [body, message] of cases) {
      const res = await officer.post(`/api/persons/${p}/employment-registrations`, employmentBody(body));
      expect(res.status, message).toBe(422);
      expect(res.body.message).toBe(message);
    }
    expect(await rows(employmentRegistrations, p)).toBe(0);
  });

  it('refuses an end date before the start or a reason outside the dictionary', async () => {
    const p = await addPerson(officer, t.city.community1.id, 5);
    const r = await ok(officer.post(`/api/persons/${p}/employment-registrations`, employmentBody()));
    const early = await officer.post(`/api/employment-registrations/${r.id}/end`, {
      endedOn: '2020-02-29',
      endReason: 'resigned',
      version: 1,
    });
    expect(early.body.message).toBe('终止日期「2020-02-29」早于开始日期「2020-03-01」');
    const reason = await officer.post(`/api/employment-registrations/${r.id}/end`, {
      endedOn: '2020-04-01',
      endReason: 'bored',
      version: 1,
    });
    expect(reason.body.message).toBe('「终止原因」取值「bored」不在字典中');
  });
});

describe('unemployment registration', () => {
  it('registers at the street station above the person, issues the certificate and ends with a reason', async () => {
    const p = await addPerson(officer, t.city.community1.id, 7);
    const created = await ok(
      officer.post(
        `/api/persons/${p}/unemployment-registrations`,
        unemploymentBody(7, { certificateNumber: 'ab3709830007' }),
      ),
    );
    expect(created).toMatchObject({
      stationId: t.city.street1.id,
      certificateNumber: 'AB3709830007',
      endedOn: null,
      version: 1,
    });
    const ended = await ok(
      officer.post(`/api/unemployment-registrations/${created.id}/end`, {
        endedOn: today(),
        endReason: 'moved_away',
        version: 1,
      }),
    );
    expect(ended).toMatchObject({ endedOn: today(), endReason: 'moved_away', version: 2 });
    expect((await officer.get(`/api/persons/${p}/unemployment-registrations`)).body.items).toHaveLength(1);
  });

  it('refuses a community as registering station and a station of another street (《关于进一步做好促进就业工作的实施意见》五(四))', async () => {
    const p = await addPerson(officer, t.city.community1.id, 9);
    const community = await officer.post(
      `/api/persons/${p}/unemployment-registrations`,
      unemploymentBody(9, { stationId: t.city.community1.id }),
    );
    expect(community.status).toBe(422);
    expect(community.body.message).toContain('须由公共就业服务机构（街道/乡镇劳动保障中心及以上）办理');
    const other = await officer.post(
      `/api/persons/${p}/unemployment-registrations`,
      unemploymentBody(9, { stationId: t.city.street2.id }),
    );
    expect(other.body.message).toMatch(
      /不是本人常住地的公共就业服务机构（《关于进一步做好促进就业工作的实施意见》五\(四\)）$/,
    );
    expect(await rows(unemploymentRegistrations, p)).toBe(0);
  });

  it('sends a non-local person without six months of local employment to the hukou place', async () => {
    const p = await addPerson(officer, t.city.community1.id, 11, '1990-05-05', { hukouPlace: 'other' });
    const refused = await officer.post(`/api/persons/${p}/unemployment-registrations`, unemploymentBody(11));
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain(
      '不能在本地办理失业登记：非本地户籍人员须在常住地稳定就业满6个月后',
    );
    expect(refused.body.message).toContain('应到户籍地登记（《关于进一步做好促进就业工作的实施意见》五(四)');
    // Five months and some days of work are not enough; six months are.
    const job = await ok(
      officer.post(`/api/persons/${p}/employment-registrations`, employmentBody({ startedOn: '2025-01-10' })),
    );
    await ok(
      officer.post(`/api/employment-registrations/${job.id}/end`, {
        endedOn: '2025-07-09',
        endReason: 'resigned',
        version: 1,
      }),
    );
    expect(
      (await officer.post(`/api/persons/${p}/unemployment-registrations`, unemploymentBody(11))).status,
    ).toBe(422);
    const second = await ok(
      officer.post(`/api/persons/${p}/employment-registrations`, employmentBody({ startedOn: '2025-08-01' })),
    );
    await ok(
      officer.post(`/api/employment-registrations/${second.id}/end`, {
        endedOn: addMonths('2025-08-01', 6),
        endReason: 'contract_expired',
        version: 1,
      }),
    );
    expect(
      (await officer.post(`/api/persons/${p}/unemployment-registrations`, unemploymentBody(11))).status,
    ).toBe(200);
  });

  it('refuses registration past the statutory retirement age and before 16', async () => {
    const old = await addPerson(officer, t.city.community1.id, 13, '1960-06-01');
    const res = await officer.post(`/api/persons/${old}/unemployment-registrations`, unemploymentBody(13));
    expect(res.status).toBe(422);
    expect(res.body.message).toContain(
      '本人已达到法定退休年龄（男职工，法定退休年龄60周岁，2020年06月退休），不在法定劳动年龄内',
    );
    const young = await addPerson(officer, t.city.community1.id, 15, daysAgo(365 * 17));
    const early = await officer.post(
      `/api/persons/${young}/unemployment-registrations`,
      unemploymentBody(15, { registeredOn: daysAgo(365 * 2) }),
    );
    expect(early.body.message).toMatch(/^失业登记日期「.+」早于本人年满16周岁/);
  });

  it('never gives one certificate number to two persons', async () => {
    const a = await addPerson(officer, t.city.community1.id, 17);
    const b = await addPerson(officer, t.city.community1.id, 19);
    await ok(officer.post(`/api/persons/${a}/unemployment-registrations`, unemploymentBody(17)));
    const res = await officer.post(`/api/persons/${b}/unemployment-registrations`, unemploymentBody(17));
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('该《就业创业证》编号已登记给他人');
    expect(await rows(unemploymentRegistrations, b)).toBe(0);
  });
});

describe('unemployment benefit (失业保险金)', () => {
  let nextSeq = 73;
  it('records the benefit period and entitled total on a registration, audited, and clears it', async () => {
    const p = await addPerson(officer, t.city.community1.id, 71);
    const reg = await ok(officer.post(`/api/persons/${p}/unemployment-registrations`, unemploymentBody(71)));
    const before = await audits('unemployment_registration.benefit');
    const from = reg.registeredOn as string;
    const set = await ok(
      officer.put(`/api/unemployment-registrations/${reg.id}/benefit`, {
        benefitFrom: from,
        benefitUntil: addMonths(from, 12),
        benefitTotal: '12345.67',
        version: reg.version,
      }),
    );
    expect(set).toMatchObject({
      benefitFrom: from,
      benefitUntil: addMonths(from, 12),
      benefitTotalFen: 1234567,
    });
    expect(await audits('unemployment_registration.benefit')).toBe(before + 1);
    const cleared = await ok(
      officer.put(`/api/unemployment-registrations/${reg.id}/benefit`, {
        benefitFrom: null,
        benefitUntil: null,
        benefitTotal: null,
        version: set.version,
      }),
    );
    expect(cleared).toMatchObject({ benefitFrom: null, benefitUntil: null, benefitTotalFen: null });
  });

  it.each([
    ['a period without its end', { benefitUntil: null }, '领取起始日期和领取期满日期须同时填写'],
    ['a start before the registration', { benefitFrom: '2000-01-01' }, '早于失业登记日期'],
    ['a period longer than 24 months', { benefitUntil: '2099-01-01' }, '最长24个月'],
    ['a total with three decimals', { benefitTotal: '1.005' }, '最多两位小数'],
  ])('refuses %s with a Chinese message and saves nothing', async (_what, change, message) => {
    const seq = nextSeq++;
    const p = await addPerson(officer, t.city.community1.id, seq);
    const reg = await ok(officer.post(`/api/persons/${p}/unemployment-registrations`, unemploymentBody(seq)));
    const res = await officer.put(`/api/unemployment-registrations/${reg.id}/benefit`, {
      benefitFrom: reg.registeredOn,
      benefitUntil: addMonths(reg.registeredOn as string, 6),
      benefitTotal: '6000.00',
      version: reg.version,
      ...change,
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain(message);
    const [row] = await t.db
      .select()
      .from(unemploymentRegistrations)
      .where(eq(unemploymentRegistrations.id, reg.id));
    expect(row).toMatchObject({
      benefitFrom: null,
      benefitUntil: null,
      benefitTotalFen: null,
      version: reg.version,
    });
  });
});

describe('employed and unemployed exclude each other', () => {
  it('refuses unemployment registration while an employment registration is open, saving nothing', async () => {
    const p = await addPerson(officer, t.city.community1.id, 21);
    await ok(officer.post(`/api/persons/${p}/employment-registrations`, employmentBody()));
    const res = await officer.post(`/api/persons/${p}/unemployment-registrations`, unemploymentBody(21));
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(
      '本人有未终止的就业登记（自2020-03-01起），处于就业状态，不能办理失业登记；请先终止就业登记（《关于进一步做好促进就业工作的实施意见》五(四)：失业登记限“处于无业状态”的人员）',
    );
    expect(await rows(unemploymentRegistrations, p)).toBe(0);
    const second = await officer.post(
      `/api/persons/${p}/employment-registrations`,
      employmentBody({ startedOn: '2021-01-01' }),
    );
    expect(second.status).toBe(409);
    expect(second.body.message).toBe('本人已有未终止的就业登记，请先终止原就业登记');
  });

  it('closes the open unemployment registration with 已就业 on the day work starts', async () => {
    const p = await addPerson(officer, t.city.community1.id, 23);
    const u = await ok(
      officer.post(
        `/api/persons/${p}/unemployment-registrations`,
        unemploymentBody(23, { registeredOn: daysAgo(60) }),
      ),
    );
    const early = await officer.post(
      `/api/persons/${p}/employment-registrations`,
      employmentBody({ startedOn: daysAgo(61) }),
    );
    expect(early.body.message).toBe(
      `就业日期「${daysAgo(61)}」早于本人有效失业登记的登记日期「${daysAgo(60)}」`,
    );
    await ok(
      officer.post(`/api/persons/${p}/employment-registrations`, employmentBody({ startedOn: daysAgo(10) })),
    );
    const [closed] = (await officer.get(`/api/persons/${p}/unemployment-registrations`)).body.items;
    expect(closed).toMatchObject({ id: u.id, endedOn: daysAgo(10), endReason: 'employed', version: 2 });
  });

  it('lets the database refuse a second open registration even past the service', async () => {
    const p = await addPerson(officer, t.city.community1.id, 25);
    const base = {
      personId: p,
      form: 'flexible',
      orgId: t.city.community1.id,
      orgPath: t.city.community1.path,
    };
    await t.db.insert(employmentRegistrations).values({ ...base, startedOn: '2020-01-01' });
    await expect(
      t.db.insert(employmentRegistrations).values({ ...base, startedOn: '2021-01-01' }),
    ).rejects.toThrow();
    const u = {
      personId: p,
      reason: 'other',
      stationId: t.city.street1.id,
      orgId: t.city.community1.id,
      orgPath: t.city.community1.path,
    };
    await t.db
      .insert(unemploymentRegistrations)
      .values({ ...u, registeredOn: '2019-01-01', certificateNumber: 'DB000001' });
    await expect(
      t.db
        .insert(unemploymentRegistrations)
        .values({ ...u, registeredOn: '2019-02-01', certificateNumber: 'DB000002' }),
    ).rejects.toThrow();
    const open = await t.db
      .select({ n: count() })
      .from(employmentRegistrations)
      .where(and(eq(employmentRegistrations.personId, p), isNull(employmentRegistrations.endedOn)));
    expect(Number(open[0]!.n)).toBe(1);
  });
});

describe('the city-wide unemployment list', () => {
  it('filters by organisation, station, open/closed and registration date, and pages', async () => {
    const officer2 = await t.login('officer2');
    const a = await addPerson(officer2, t.city.community2.id, 27);
    const b = await addPerson(officer2, t.city.community2.id, 29);
    const ua = await ok(
      officer2.post(
        `/api/persons/${a}/unemployment-registrations`,
        unemploymentBody(27, { registeredOn: daysAgo(100) }),
      ),
    );
    await ok(
      officer2.post(
        `/api/persons/${b}/unemployment-registrations`,
        unemploymentBody(29, { registeredOn: daysAgo(5) }),
      ),
    );
    await ok(
      officer2.post(`/api/unemployment-registrations/${ua.id}/end`, {
        endedOn: daysAgo(1),
        endReason: 'other',
        version: 1,
      }),
    );
    const q = (s: string) =>
      officer2.get(`/api/unemployment-registrations?orgId=${t.city.community2.id}&${s}`);
    expect((await q('')).body.total).toBe(2);
    expect((await q('open=true')).body.items.map((r: { personId: string }) => r.personId)).toEqual([b]);
    expect((await q('open=false')).body.items.map((r: { personId: string }) => r.personId)).toEqual([a]);
    expect((await q(`from=${daysAgo(10)}`)).body.total).toBe(1);
    expect((await q(`to=${daysAgo(10)}`)).body.total).toBe(1);
    expect((await q(`stationId=${t.city.street2.id}`)).body.total).toBe(2);
    const page = await q('pageSize=1&page=2');
    expect(page.body).toMatchObject({ total: 2, items: [{ personId: a, personName: '张27' }] });
    expect(page.body.items[0].idNumberMasked).toMatch(/^\d{6}\*+\d{3}[\dX]$|\*/);
  });
});
