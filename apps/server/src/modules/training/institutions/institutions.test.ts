import { and, asc, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { pinnableClock } from '../../../test/test-clock.ts';
import { creditCode } from '../../registry/employers/employers.fixtures.ts';
// TEST_NOW is Tuesday 2026-10-20; five working days counting both ends run to Monday 2026-10-26.
import { insertTestInstitution } from '../training.fixtures.ts';
import { trainingInstitutionEvents } from './institutions.schema.ts';

const clock = pinnableClock();
const t = await createTestApp({ clock });
const base = '/api/training/institutions';
await createUser(t.db, {
  username: 'institution2',
  orgId: t.city.street2.id,
  roles: ['training_institution'],
});
const id3 = (
  await createUser(t.db, {
    username: 'institution3',
    orgId: t.city.street1.id,
    roles: ['training_institution'],
  })
).id;
const reviewer = await t.login('reviewer');
const staff = await t.login('institution');
const staff2 = await t.login('institution2');
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');

type Detail = {
  id: string;
  number: string;
  status: string;
  statusLabel: string;
  version: number;
  noticeId: string | null;
  validFrom: string | null;
  validTo: string | null;
  canOpenClasses: boolean;
  teachers: { id: string; name: string }[];
  events: { action: string; fromStatus: string | null; toStatus: string | null; reason: string | null }[];
  staff: { username: string }[];
};
const ok = <T = Detail>(what: string, res: { status: number; body: unknown }) => {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
};

const application = (seq: number, over: Record<string, unknown> = {}) => ({
  name: `泰安市第${seq}职业培训学校`,
  creditCode: creditCode(seq),
  licenceNumber: `137090070000${seq}`,
  address: `泰安市泰山区岱宗大街${seq}号`,
  contactPhone: '0538-8221234',
  qualifications: '民办学校办学许可证，专职教师 6 名',
  occupations: [
    { occupation: '中式烹调师', levels: [5, 3, 4] },
    { occupation: '育婴员', levels: [4, 5] },
  ],
  capacity: 120,
  teachers: [
    { name: `王教师${seq}`, certificateNumber: `CERT-${seq}-0001`, occupation: '中式烹调师', level: 2 },
  ],
  sites: [{ address: `泰山区岱宗大街${seq}号实训楼`, areaSquareMetres: 300, seats: 60 }],
  ...over,
});

const pass = (client: TestClient, d: Detail, endsOn = '2026-10-26') =>
  client.post(`${base}/${d.id}/pass`, { startsOn: '2026-10-20', endsOn, version: d.version });
const act = (client: TestClient, d: Detail, action: string, over: Record<string, unknown> = {}) =>
  client.post(`${base}/${d.id}/supervise`, {
    action,
    reason: `${action} 的理由`,
    version: d.version,
    ...over,
  });

const applied = ok('apply', await staff.post(`${base}/apply`, application(1)));

describe('an institution applies', () => {
  it('creates the institution with its number, teachers and sites and links the account', async () => {
    expect(applied.number).toMatch(/^JG-2026-\d{6}$/);
    expect(applied.status).toBe('applied');
    expect(applied.teachers.map((x) => x.name)).toEqual(['王教师1']);
    const mine = ok<{ institution: Detail | null }>('mine', await staff.get(`${base}/mine`));
    expect(mine.institution?.id).toBe(applied.id);
    expect(mine.institution?.staff).toEqual([]); // account names are for the bureau
    const forBureau = ok('detail', await reviewer.get(`${base}/${applied.id}`));
    expect(forBureau.staff.map((s) => s.username)).toEqual(['institution']);
  });

  it('refuses a credit code with a wrong check character, naming the field', async () => {
    const code = creditCode(2);
    const wrong = code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
    const res = await reviewer.post(base, application(2, { creditCode: wrong }));
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain('creditCode');
  });

  it('lets the bureau register an application received on paper, linked to no account', async () => {
    const paper = ok('paper', await reviewer.post(base, application(5)));
    expect(paper).toMatchObject({ status: 'applied', staff: [] });
  });

  it('refuses a second application from an account already linked, and a credit code already registered', async () => {
    const again = await staff.post(`${base}/apply`, application(3));
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('已关联培训机构');
    const sameCode = await staff2.post(`${base}/apply`, application(1, { name: '另一所学校' }));
    expect(sameCode.status).toBe(409);
  });

  it('lets the staff edit the application while it awaits review', async () => {
    const { teachers: _t, sites: _s, ...profile } = application(1, { capacity: 150 });
    const res = ok(
      'edit',
      await staff.put(`${base}/${applied.id}`, { ...profile, version: applied.version }),
    );
    expect(res.status).toBe('applied');
    const stale = await staff.put(`${base}/${applied.id}`, { ...profile, version: applied.version });
    expect(stale.status).toBe(409);
  });
});

const other = ok('apply 2', await staff2.post(`${base}/apply`, application(4)));

describe('scope', () => {
  it('keeps staff of one institution out of another (404) and out of the bureau list', async () => {
    expect((await staff.get(`${base}/${other.id}`)).status).toBe(404);
    expect((await staff.post(`${base}/${other.id}/teachers`, application(9).teachers[0])).status).toBe(404);
    const list = ok<{ items: { id: string }[] }>('list', await staff.get(base));
    expect(list.items.map((i) => i.id)).toEqual([applied.id]);
  });

  it('shows an institution to the street where its account sits and to the city, not to other streets', async () => {
    expect((await officer1.get(`${base}/${applied.id}`)).status).toBe(200);
    expect((await officer2.get(`${base}/${applied.id}`)).status).toBe(404);
    expect((await reviewer.get(`${base}/${applied.id}`)).status).toBe(200);
    // a street officer reads but does not manage
    expect((await officer1.post(`${base}/${applied.id}/reject`, { reason: 'x', version: 1 })).status).toBe(
      403,
    );
  });
});

describe('review, notice and designation', () => {
  it('refuses a notice shorter than five working days, counting both ends', async () => {
    const d = ok('detail', await reviewer.get(`${base}/${applied.id}`));
    const res = await pass(reviewer, d, '2026-10-23');
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('公示期不得少于5个工作日');
  });

  it('refuses to designate before review and before the notice period ended', async () => {
    let d = ok('detail', await reviewer.get(`${base}/${applied.id}`));
    const early = await reviewer.post(`${base}/${d.id}/designate`, { version: d.version });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('不能认定为定点培训机构');
    d = ok('pass', await pass(reviewer, d));
    expect(d.status).toBe('in_notice');
    const during = await reviewer.post(`${base}/${d.id}/designate`, { version: d.version });
    expect(during.status).toBe(409);
    expect(during.body.message).toContain('期满后方可认定');
    // the staff can no longer change the profile, but may keep teachers up to date
    const { teachers: _t, sites: _s, ...profile } = application(1);
    expect((await staff.put(`${base}/${d.id}`, { ...profile, version: d.version })).status).toBe(409);
  });

  it('shows the institution on the 公示 instead of a case list', async () => {
    const d = ok('detail', await reviewer.get(`${base}/${applied.id}`));
    const notice = ok<{ number: string; items: unknown[]; institutions: { id: string; name: string }[] }>(
      'notice',
      await reviewer.get(`/api/public-notices/${d.noticeId}`),
    );
    expect(notice.number).toMatch(/^GS-2026-/);
    expect(notice.items).toEqual([]);
    expect(notice.institutions.map((i) => i.id)).toEqual([applied.id]);
    const print = ok<{ institutions: { name: string }[]; rows: unknown[] }>(
      'print',
      await reviewer.get(`/api/public-notices/${d.noticeId}/print`),
    );
    expect(print.institutions.map((i) => i.name)).toEqual(['泰安市第1职业培训学校']);
  });

  it('is blocked by an open objection and designates once it is dismissed, for the set validity', async () => {
    const d = ok('detail', await reviewer.get(`${base}/${applied.id}`));
    const objection = ok<{ id: string; version: number }>(
      'objection',
      await reviewer.post(`/api/public-notices/${d.noticeId}/objections`, {
        receivedOn: '2026-10-20',
        content: '该校实训场地面积不足',
      }),
    );
    clock.pin('2026-10-27');
    const blocked = await reviewer.post(`${base}/${d.id}/designate`, { version: d.version });
    expect(blocked.status).toBe(409);
    expect(blocked.body.message).toContain('异议未处理');
    ok(
      'dismiss',
      await reviewer.post(`/api/objections/${objection.id}/resolve`, {
        outcome: 'dismissed',
        resolution: '经现场核查，场地符合要求',
        version: objection.version,
      }),
    );
    const designated = ok(
      'designate',
      await reviewer.post(`${base}/${d.id}/designate`, { version: d.version }),
    );
    expect(designated).toMatchObject({
      status: 'designated',
      validFrom: '2026-10-27',
      validTo: '2028-10-26',
      canOpenClasses: true,
    });
    const notice = ok<{ status: string }>('notice', await reviewer.get(`/api/public-notices/${d.noticeId}`));
    expect(notice.status).toBe('closed');
    clock.pin(null);
  });

  it('refuses the designation after an upheld objection, and the bureau refuses the institution', async () => {
    let d = ok('detail', await reviewer.get(`${base}/${other.id}`));
    d = ok('pass', await pass(reviewer, d));
    const objection = ok<{ id: string; version: number }>(
      'objection',
      await reviewer.post(`/api/public-notices/${d.noticeId}/objections`, {
        receivedOn: '2026-10-20',
        content: '该校曾虚报培训人数',
      }),
    );
    ok(
      'uphold',
      await reviewer.post(`/api/objections/${objection.id}/resolve`, {
        outcome: 'upheld',
        resolution: '经核实属实',
        version: objection.version,
      }),
    );
    clock.pin('2026-10-27');
    const blocked = await reviewer.post(`${base}/${d.id}/designate`, { version: d.version });
    expect(blocked.status).toBe(409);
    expect(blocked.body.message).toContain('异议经核实成立');
    const rejected = ok(
      'reject',
      await reviewer.post(`${base}/${d.id}/reject`, { reason: '公示异议成立', version: d.version }),
    );
    expect(rejected.status).toBe('rejected');
    const notice = ok<{ status: string }>('notice', await reviewer.get(`/api/public-notices/${d.noticeId}`));
    expect(notice.status).toBe('closed');
    clock.pin(null);
  });
});

describe('applying again', () => {
  it('lets a refused institution, or one whose designation ran out, apply again; not a designated one', async () => {
    const refused = ok('detail', await staff2.get(`${base}/${other.id}`));
    expect(refused.status).toBe('rejected');
    const { teachers: _t, sites: _s, ...profile } = application(4, { capacity: 150 });
    const again = ok(
      'reapply',
      await staff2.post(`${base}/${refused.id}/reapply`, { ...profile, version: refused.version }),
    );
    expect(again).toMatchObject({ status: 'applied', noticeId: null, capacity: 150 });
    expect(again.events.some((e) => e.action === 'reapply' && e.fromStatus === 'rejected')).toBe(true);

    const running = await insertTestInstitution(t.db, { org: t.city.city, name: '有效期内的培训学校' });
    const body = { ...profile, name: running.name, creditCode: creditCode(9), version: running.version };
    const early = await reviewer.post(`${base}/${running.id}/reapply`, body);
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('不能重新申请');
    clock.pin('2028-01-05'); // the fixture's designation ends on 2027-12-31
    try {
      expect(ok('renew', await reviewer.post(`${base}/${running.id}/reapply`, body))).toMatchObject({
        status: 'applied',
        appliedOn: '2028-01-05',
      });
    } finally {
      clock.pin(null);
    }
  });
});

describe('supervision after designation', () => {
  it('orders rectification with a deadline, accepts it, suspends, reinstates and withdraws for good', async () => {
    let d = ok('detail', await reviewer.get(`${base}/${applied.id}`));
    const noDeadline = await act(reviewer, d, 'order_rectify');
    expect(noDeadline.status).toBe(422);
    const refused = await act(reviewer, d, 'reinstate');
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('机构当前状态为「已认定」，不能恢复定点资格（仅「暂停」的机构可以）');
    d = ok('rectify', await act(reviewer, d, 'order_rectify', { rectifyBy: '2026-12-31' }));
    expect(d).toMatchObject({ status: 'rectifying', canOpenClasses: false });
    d = ok('rectified', await act(reviewer, d, 'rectified'));
    expect(d.status).toBe('designated');
    d = ok('suspend', await act(reviewer, d, 'suspend'));
    d = ok('reinstate', await act(reviewer, d, 'reinstate'));
    d = ok('withdraw', await act(reviewer, d, 'withdraw'));
    expect(d.status).toBe('withdrawn');
    expect((await act(reviewer, d, 'reinstate')).status).toBe(409);
    expect(d.events.map((e) => e.action)).toEqual([
      'apply',
      'edit',
      'review_pass',
      'designate',
      'order_rectify',
      'rectified',
      'suspend',
      'reinstate',
      'withdraw',
    ]);
    expect(d.events.at(-1)).toMatchObject({
      fromStatus: 'designated',
      toStatus: 'withdrawn',
      reason: 'withdraw 的理由',
    });
    const audited = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(like(auditLog.action, 'training.institution.%'), eq(auditLog.targetId, d.id)));
    expect(audited.map((a) => a.action)).toContain('training.institution.withdraw');
    expect(audited).toHaveLength(
      (
        await t.db
          .select()
          .from(trainingInstitutionEvents)
          .where(eq(trainingInstitutionEvents.institutionId, d.id))
      ).length,
    );
  });
});

describe('staff accounts', () => {
  it('links an institution account to an institution and unlinks it, audited', async () => {
    const institution3 = await t.login('institution3');
    const d = ok('detail', await reviewer.get(`${base}/${applied.id}`));
    const accounts = ok<{ username: string; institutionId: string | null }[]>(
      'accounts',
      await reviewer.get('/api/training/institution-accounts'),
    );
    expect(accounts.map((a) => [a.username, a.institutionId])).toEqual([
      ['institution', applied.id],
      ['institution2', other.id],
      ['institution3', null],
    ]);
    expect((await reviewer.post(`${base}/${d.id}/staff`, { userId: t.users.officer1.id })).status).toBe(422);
    const linked = ok('link', await reviewer.post(`${base}/${d.id}/staff`, { userId: id3 }));
    expect(linked.staff.map((s) => s.username)).toEqual(['institution', 'institution3']);
    expect((await institution3.get(`${base}/${d.id}`)).status).toBe(200);
    expect((await reviewer.post(`${base}/${d.id}/staff`, { userId: id3 })).status).toBe(409);
    ok('unlink', await reviewer.delete(`${base}/${d.id}/staff/${id3}`));
    expect((await institution3.get(`${base}/${d.id}`)).status).toBe(404);
    const rows = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(like(auditLog.action, 'training.institution.staff_%'))
      .orderBy(asc(auditLog.id));
    expect(rows.map((r) => r.action)).toEqual([
      'training.institution.staff_link',
      'training.institution.staff_unlink',
    ]);
  });
});

describe('settings', () => {
  it('lets the bureau lengthen the notice period, which the next review then requires, audited', async () => {
    expect(ok('read', await officer1.get('/api/training/institution-settings'))).toEqual({
      noticeWorkingDays: 5,
      validityYears: 2,
    });
    const settings = { noticeWorkingDays: 7, validityYears: 3 };
    expect((await officer1.put('/api/training/institution-settings', settings)).status).toBe(403);
    ok('save', await reviewer.put('/api/training/institution-settings', settings));
    const paper = ok('paper', await reviewer.post(base, application(6)));
    const res = await pass(reviewer, paper);
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('公示期不得少于7个工作日');
    const [row] = await t.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, 'training.institution.settings'));
    expect(row?.detail).toEqual(settings);
  });
});

/** An institution page's teachers and sites with their versions. */
type Entry = { id: string; status?: string; seats?: number; version: number };
type Entries = { teachers: Entry[]; sites: Entry[] };

/** A designated institution with a new account of its staff, signed in. */
async function institutionWithStaff(username: string) {
  const user = await createUser(t.db, {
    username,
    orgId: t.city.street1.id,
    roles: ['training_institution'],
  });
  const inst = await insertTestInstitution(t.db, { org: t.city.city, staffUserIds: [user.id] });
  return { inst, own: await t.login(username) };
}

describe('teachers and sites', () => {
  it('refuses an edit of a teacher or a site made on a stale version', async () => {
    const { inst, own } = await institutionWithStaff('institution4');
    const [teacher] = application(40).teachers;
    const [site] = application(40).sites;
    ok('add site', await own.post(`${base}/${inst.id}/sites`, site));
    const d = ok<Entries>('add teacher', await own.post(`${base}/${inst.id}/teachers`, teacher));
    const [added] = d.teachers;
    const [room] = d.sites;
    expect([added!.version, room!.version]).toEqual([1, 1]);

    const teacherUrl = `${base}/${inst.id}/teachers/${added!.id}`;
    const left = ok<Entries>(
      'teacher left',
      await own.put(teacherUrl, { ...teacher, status: 'left', version: 1 }),
    );
    expect(left.teachers[0]).toMatchObject({ status: 'left', version: 2 });
    // a second editor still holding version 1 does not overwrite the first one's change
    const staleTeacher = await reviewer.put(teacherUrl, { ...teacher, status: 'active', version: 1 });
    expect(staleTeacher.status).toBe(409);
    expect(staleTeacher.body.message).toBe('该教师信息已被他人修改，请刷新后重试');

    const siteUrl = `${base}/${inst.id}/sites/${room!.id}`;
    ok('site', await own.put(siteUrl, { ...site, seats: 80, version: 1 }));
    const staleSite = await own.put(siteUrl, { ...site, seats: 40, version: 1 });
    expect(staleSite.status).toBe(409);
    expect(staleSite.body.message).toBe('该培训场地已被他人修改，请刷新后重试');
    const after = ok<
      Detail & { teachers: { status: string }[]; sites: { seats: number; version: number }[] }
    >('detail', await own.get(`${base}/${inst.id}`));
    expect(after.teachers[0]!.status).toBe('left');
    expect(after.sites[0]).toMatchObject({ seats: 80, version: 2 });
  });

  it('audits every read of an institution page, which names its teachers and their certificates', async () => {
    const { inst, own } = await institutionWithStaff('institution5');
    const reads = () =>
      t.db
        .select({ actor: auditLog.username, detail: auditLog.detail })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'training_institution.read'), eq(auditLog.targetId, inst.id)))
        .orderBy(asc(auditLog.id));
    ok('teacher', await reviewer.post(`${base}/${inst.id}/teachers`, application(41).teachers[0]));
    expect(await reads()).toEqual([]);
    ok('detail', await reviewer.get(`${base}/${inst.id}`));
    ok('mine', await own.get(`${base}/mine`));
    expect(await reads()).toEqual([
      { actor: 'reviewer', detail: { number: inst.number, teachers: 1 } },
      { actor: 'institution5', detail: { number: inst.number, teachers: 1 } },
    ]);
  });
});
