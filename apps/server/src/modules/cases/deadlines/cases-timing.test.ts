import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../platform/access/actor.ts';
import { packagedCalendar } from '../../../platform/calendar/calendar-source.ts';
import { bureauDate } from '../../../platform/clock.ts';
import { type RoleUser, roleUsers } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import {
  actorOf,
  allProvided,
  listWelder,
  reviewedCase,
  zhuhaiApplicant,
  zhuhaiCaseBody,
  zhuhaiChecks,
} from '../cases.fixtures.ts';
import { createCasesService } from '../cases.service.ts';

const t = await createTestApp();
const clients = {} as Record<RoleUser, TestClient>;
const actors = {} as Record<'institution' | 'officer1' | 'officer2' | 'reviewer', Actor>;

beforeAll(async () => {
  for (const u of roleUsers) clients[u] = await t.login(u);
  for (const u of ['institution', 'officer1', 'officer2', 'reviewer'] as const)
    actors[u] = await actorOf(t, u);
  await listWelder(t);
});

describe('two officers acting at once', () => {
  it('lets exactly one of two simultaneous approvals through; the other gets 409', async () => {
    const a = await zhuhaiApplicant(t, clients.institution, clients.officer1, 300);
    const c = await reviewedCase(clients, a);
    const second = await t.login('reviewer');
    const results = await Promise.all([
      clients.reviewer.post(`/api/cases/${c.id}/approve`, { version: c.version }),
      second.post(`/api/cases/${c.id}/approve`, { version: c.version }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body).toMatchObject({ code: 'STALE', message: '该案件已被他人处理或修改，请刷新后重试' });
    const detail = (await clients.reviewer.get(`/api/cases/${c.id}`)).body;
    expect(detail.events.filter((e: { action: string }) => e.action === 'approve')).toHaveLength(1);
    expect(detail.claims).toHaveLength(2);
  });

  it('lets exactly one of an acceptance and a return race through', async () => {
    const a = await zhuhaiApplicant(t, clients.institution, clients.officer1, 301);
    const draft = (await clients.institution.post('/api/cases', zhuhaiCaseBody(a))).body;
    const sub = (
      await clients.institution.post(`/api/cases/${draft.id}/submit`, {
        version: draft.version,
        materials: allProvided(draft.materials).slice(1),
      })
    ).body;
    const other = await t.login('officer1');
    const results = await Promise.all([
      clients.officer1.post(`/api/cases/${draft.id}/return`, { version: sub.version }),
      other.post(`/api/cases/${draft.id}/return`, { version: sub.version }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const detail = (await clients.officer1.get(`/api/cases/${draft.id}`)).body;
    expect(detail.supplementNotices).toHaveLength(1);
  });

  it('refuses a transition carrying an old version', async () => {
    const a = await zhuhaiApplicant(t, clients.institution, clients.officer1, 302);
    const draft = (await clients.institution.post('/api/cases', zhuhaiCaseBody(a))).body;
    const edited = await clients.institution.patch(`/api/cases/${draft.id}`, {
      version: draft.version,
      application: { part: 'training', certificate: { organisedLocally: true } },
    });
    expect(edited.status).toBe(200);
    const res = await clients.institution.post(`/api/cases/${draft.id}/submit`, { version: draft.version });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('STALE');
  });
});

describe('deadlines across National Day 2026 on a fixed clock', () => {
  let now = new Date('2026-09-29T10:00:00+08:00');
  const at = (iso: string) => {
    now = new Date(`${iso}T10:00:00+08:00`);
  };
  const cases = createCasesService({
    db: t.db,
    caseTypes: t.services.caseTypes,
    policies: t.services.policies,
    clock: { now: () => now, today: () => bureauDate(now) },
    calendar: packagedCalendar,
  });

  it('dates each step in working days and lists due-soon and overdue work to whoever must act', async () => {
    const a = await zhuhaiApplicant(t, clients.institution, clients.officer1, 310, {
      issuedOn: '2026-08-02',
      today: '2026-10-09',
    });
    at('2026-09-29');
    const draft = await cases.create(actors.institution, zhuhaiCaseBody(a) as never);
    // 60 days from 08-02 end on 10-01, a holiday: postponed to the first working day after the break.
    expect(draft.applicationDeadline).toBe('2026-10-08');
    expect(draft.dueOn).toBe('2026-10-08');

    const submitted = await cases.submit(actors.institution, draft.id, {
      version: draft.version,
      materials: allProvided(draft.materials),
    });
    expect(submitted).toMatchObject({ appliedOn: '2026-09-29', dueOn: '2026-10-12' });
    expect(submitted.dueDates).toMatchObject({ application: '2026-10-08', accept: '2026-10-12' });

    at('2026-10-09');
    const soon = await cases.tasks(actors.officer1, { page: 1, pageSize: 50 });
    expect(soon.items.find((i) => i.id === draft.id)).toMatchObject({ dueSoon: true, overdue: false });
    expect((await cases.tasks(actors.officer2, { page: 1, pageSize: 50 })).items).toEqual([]);
    expect(
      (await cases.tasks(actors.reviewer, { page: 1, pageSize: 50 })).items.map((i) => i.id),
    ).not.toContain(draft.id);

    at('2026-10-13');
    const late = await cases.list(actors.officer1, { overdue: true, page: 1, pageSize: 50 });
    expect(late.items.map((i) => i.id)).toEqual([draft.id]);
    expect(late.items[0]).toMatchObject({ overdue: true, dueOn: '2026-10-12' });

    const accepted = await cases.accept(actors.officer1, draft.id, { version: submitted.version });
    // 10 working days from 10-13
    expect(accepted).toMatchObject({ dueOn: '2026-10-27', overdue: false });
    const reviewerTasks = await cases.tasks(actors.reviewer, { page: 1, pageSize: 50 });
    expect(reviewerTasks.items.map((i) => i.id)).toContain(draft.id);

    at('2026-09-30');
    const reviewed = await cases.review(actors.reviewer, draft.id, {
      version: accepted.version,
      checks: zhuhaiChecks,
    });
    expect(reviewed.frozenFacts?.asOf).toBe('2026-09-30');
    expect(reviewed.dueOn).toBe('2026-10-13');
    const approved = await cases.approve(actors.reviewer, draft.id, { version: reviewed.version });
    // 珠劳社〔2024〕82号 第四条（三）1: to finance within 8 working days of the opinion.
    expect(approved).toMatchObject({ status: 'approved', dueOn: '2026-10-16', decidedOn: '2026-09-30' });
    expect(approved.dueDates).toMatchObject({ bureau_to_finance: '2026-10-16' });
  });
});
