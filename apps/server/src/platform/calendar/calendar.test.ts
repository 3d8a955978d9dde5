import { PROVISIONAL_CALENDAR_CHECK } from '@minsheng/rules/engine/evaluate.ts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allProvided,
  listWelder,
  reviewedCase,
  zhuhaiApplicant,
  zhuhaiCaseBody,
  zhuhaiChecks,
} from '../../modules/cases/cases.fixtures.ts';
import { type RoleUser, roleUsers } from '../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../test/test-app.ts';
import { testClock } from '../../test/test-clock.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { packagedUntil2026, schedule2027 } from './calendar.fixtures.ts';

// Monday 28 December 2026: five working days from today reach into 2027, which the packaged data
// (as it stood then) does not cover.
const t = await createTestApp({
  clock: testClock('2026-12-28T10:00:00+08:00'),
  packagedCalendarYears: packagedUntil2026(),
});
const clients = {} as Record<RoleUser, TestClient>;

beforeAll(async () => {
  for (const u of roleUsers) clients[u] = await t.login(u);
  await listWelder(t);
});

const audits = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action));

describe('the working-day calendar', () => {
  it('lists the covered years with their source to every signed-in user', async () => {
    const res = await clients.worker1.get('/api/calendar/years');
    expect(res.status).toBe(200);
    expect(res.body.today).toBe('2026-12-28');
    expect(res.body.years[0]).toMatchObject({ year: 2026, source: 'packaged', packaged: true });
    expect(res.body.years.map((y: { year: number }) => y.year)).not.toContain(2027);
    const year = await clients.finance.get('/api/calendar/years/2026');
    expect(year.body.holidays).toContainEqual({ date: '2026-10-01', name: '国庆节' });
    expect(year.body.workdays).toContainEqual({ date: '2026-10-10', name: '国庆节' });
    expect((await clients.finance.get('/api/calendar/years/2027')).status).toBe(404);
  });

  it('lets only the system administrator enter a year', async () => {
    const res = await clients.reviewer.put('/api/calendar/years/2027', schedule2027());
    expect(res.status).toBe(403);
  });

  it('refuses a schedule that does not have the shape of one, saying why in Chinese', async () => {
    const body = schedule2027();
    body.workdays.push({ date: '2027-03-03', name: '调休' }, { date: '2027-10-01', name: '调休' });
    const res = await clients.sysadmin.put('/api/calendar/years/2027', body);
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('调休上班日 2027-03-03 不是周六或周日');
    expect(res.body.message).toContain('2027-10-01 不能既是节假日又是调休上班日');
  });

  it('replaces a packaged year only when asked to explicitly', async () => {
    const { body: packaged } = await clients.sysadmin.get('/api/calendar/years/2026');
    const again = {
      sourceDoc: '国办发明电〔2025〕7号',
      holidays: packaged.holidays,
      workdays: packaged.workdays,
    };
    const refused = await clients.sysadmin.put('/api/calendar/years/2026', again);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('替换内置安排');
    const replaced = await clients.sysadmin.put('/api/calendar/years/2026', {
      ...again,
      replacePackaged: true,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      source: 'entered',
      packaged: true,
      enteredByName: expect.any(String),
    });
    const [audit] = await audits('calendar.enter_year');
    expect(audit).toMatchObject({ targetType: 'calendar_year', targetId: '2026', username: 'sysadmin' });
  });
});

describe('deadlines counted on a provisional calendar', () => {
  let caseId = '';
  let reviewedId = '';

  it('records a due date that reaches a year without a schedule and lists it', async () => {
    const a = await zhuhaiApplicant(t, clients.institution, clients.officer1, 900);
    const draft = (await clients.institution.post('/api/cases', zhuhaiCaseBody(a))).body;
    // 60 days from the certificate (2026-11-28) end in 2027: provisional too.
    expect(draft.applicationDeadline).toBe('2027-01-27');
    const submitted = (
      await clients.institution.post(`/api/cases/${draft.id}/submit`, {
        version: draft.version,
        materials: allProvided(draft.materials),
      })
    ).body;
    caseId = draft.id;
    // 5 working days counting 2027-01-01 (unknown yet) as an ordinary Friday.
    expect(submitted.dueOn).toBe('2027-01-04');
    const list = await clients.officer1.get('/api/calendar/provisional');
    expect(list.status).toBe(200);
    expect(list.body.deadlines).toEqual([
      expect.objectContaining({ caseId, step: 'accept', dueOn: '2027-01-04', years: [2027] }),
    ]);
    // Another street's officer does not see it; the calendar's administrator does.
    expect((await clients.officer2.get('/api/calendar/provisional')).body.deadlines).toEqual([]);
    expect((await clients.sysadmin.get('/api/calendar/provisional')).body.deadlines).toHaveLength(1);
  });

  it('lists evaluations whose deadlines were counted provisionally', async () => {
    const reviewed = await reviewedCase(
      clients,
      await zhuhaiApplicant(t, clients.institution, clients.officer1, 901),
    );
    reviewedId = reviewed.id;
    const check = reviewed.frozenEvaluation.checks.find(
      (c: { id: string }) => c.id === PROVISIONAL_CALENDAR_CHECK,
    );
    expect(check).toMatchObject({ status: 'pending', years: [2027] });
    const list = (await clients.reviewer.get('/api/calendar/provisional')).body;
    expect(list.evaluations).toEqual([
      expect.objectContaining({ caseId: reviewedId, years: [2027], yearsCovered: false, status: 'reviewed' }),
    ]);
  });

  it('recounts the provisional due dates when the year is entered, audited as one system action', async () => {
    const res = await clients.sysadmin.put('/api/calendar/years/2027', schedule2027());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2027, source: 'entered', packaged: false, holidayCount: 18 });
    // New Year's Day is a holiday now: the fifth working day moves from Monday 01-04 to Tuesday 01-05,
    // for the case awaiting acceptance and for the reviewed one awaiting approval alike.
    const moved = { before: '2027-01-04', after: '2027-01-05', provisionalYears: [] };
    expect(res.body.recounted).toEqual([
      { caseId, number: expect.any(String), step: 'accept', ...moved },
      { caseId: reviewedId, number: expect.any(String), step: 'approve', ...moved },
    ]);
    expect(res.body.toRecheck).toEqual([expect.objectContaining({ caseId: reviewedId, yearsCovered: true })]);

    const detail = (await clients.officer1.get(`/api/cases/${caseId}`)).body;
    expect(detail.dueOn).toBe('2027-01-05');
    expect(detail.dueDates).toMatchObject({ accept: '2027-01-05' });
    expect((await clients.officer1.get('/api/calendar/provisional')).body.deadlines).toEqual([]);

    const [recount] = await audits('calendar.recount_due_dates');
    expect(recount).toMatchObject({ username: 'system', targetId: '2027' });
    expect(recount!.detail).toMatchObject({
      enteredBy: 'sysadmin',
      cases: [
        { number: detail.number, step: 'accept', before: '2027-01-04', after: '2027-01-05' },
        { step: 'approve', before: '2027-01-04', after: '2027-01-05' },
      ],
    });
  });

  it('counts new due dates on the entered year at once, in this process', async () => {
    const days = await clients.worker1.get('/api/calendar/working-days?start=2026-12-31&days=1');
    expect(days.body).toMatchObject({ end: '2027-01-04', provisionalYears: [] });
    expect(days.body.notable.map((d: { date: string; kind: string }) => [d.date, d.kind])).toEqual([
      ['2027-01-01', 'holiday'],
      ['2027-01-02', 'holiday'],
      ['2027-01-03', 'holiday'],
    ]);
  });

  it('leaves the evaluation as frozen until a reviewer re-checks it (重新核验)', async () => {
    const before = (await clients.reviewer.get(`/api/cases/${reviewedId}`)).body;
    expect(before.frozenEvaluation.checks.map((c: { id: string }) => c.id)).toContain(
      PROVISIONAL_CALENDAR_CHECK,
    );
    const again = await clients.reviewer.post(`/api/cases/${reviewedId}/re-evaluate`, {
      version: before.version,
      reason: '已录入2027年节假日安排，重新核验期限',
      checks: zhuhaiChecks,
    });
    expect(again.status).toBe(200);
    expect(again.body.frozenEvaluation.checks.map((c: { id: string }) => c.id)).not.toContain(
      PROVISIONAL_CALENDAR_CHECK,
    );
    expect((await clients.reviewer.get('/api/calendar/provisional')).body.evaluations).toEqual([]);
  });
});

describe('the working-day calculators', () => {
  it('end a period on the next working day when it falls on a holiday', async () => {
    const res = await clients.institution.get('/api/calendar/period-end?start=2026-03-02&days=60');
    expect(res.body).toMatchObject({ nominalEnd: '2026-05-01', end: '2026-05-06' });
    expect(res.body.postponedOver).toHaveLength(5);
  });

  it('say which years had no schedule and were counted on weekends alone', async () => {
    const res = await clients.institution.get('/api/calendar/working-days?start=2028-01-03&days=5');
    expect(res.body).toMatchObject({ end: '2028-01-10', provisionalYears: [2028] });
  });

  it('refuse a date they cannot count on', async () => {
    const res = await clients.institution.get('/api/calendar/working-days?start=2026-02-30&days=5');
    expect(res.status).toBe(422);
  });
});
