import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createUser } from '../../../test/fixtures.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { ok } from '../../cases/catalogue-walk.fixtures.ts';
import { personBody } from '../../registry/persons/persons.fixtures.ts';

/**
 * 创业项目库 (000 第五篇 三(十一)): collected, reviewed for feasibility by the assigned expert,
 * published only when feasible, recommended to a trainee who takes it; the published ones on a
 * public page without personal data.
 */

type Json = Record<string, any>;

const t = await createTestApp();
let officer: TestClient;
let otherStreet: TestClient;
let reviewer: TestClient;
let expert: TestClient;
let expertId: string;

const collect = (name: string) =>
  ok<Json>(
    'collect',
    officer.post('/api/entrepreneurship/projects', {
      name,
      sector: '农产品加工',
      source: 'public_call',
      summary: '肥城桃深加工，投资小、见效快',
      investment: '80000',
      expectedJobs: 4,
    }),
  );

beforeAll(async () => {
  const u = await createUser(t.db, { username: 'zj_p', orgId: t.city.city.id, roles: ['expert'] });
  officer = await t.login('officer1');
  otherStreet = await t.login('officer2');
  reviewer = await t.login('reviewer');
  expert = await t.login('zj_p');
  expertId = (
    await ok<Json>(
      'expert',
      reviewer.post('/api/entrepreneurship/experts', {
        name: '孙专家',
        field: '农业',
        organisation: '山东农业大学',
        qualifications: '副教授',
        userId: u.id,
      }),
    )
  ).id;
});

/** Collected, assigned and reviewed by the expert. */
async function reviewed(name: string, feasible: boolean) {
  let p = await collect(name);
  p = await ok(
    'assign',
    officer.post(`/api/entrepreneurship/projects/${p.id}/expert`, { expertId, version: p.version }),
  );
  return ok<Json>(
    'review',
    expert.post(`/api/entrepreneurship/project-reviews/${p.id}`, {
      feasible,
      opinion: feasible ? '市场需求稳定' : '原料供应不稳定',
      version: p.version,
    }),
  );
}

describe('the project library', () => {
  it('publishes only a project the expert found feasible', async () => {
    const fresh = await collect('桃罐头作坊');
    expect(fresh).toMatchObject({ number: expect.stringMatching(/^XM-2026-\d{4}$/), investment: '80000.00' });
    expect(
      (await officer.post(`/api/entrepreneurship/projects/${fresh.id}/publish`, { version: fresh.version }))
        .status,
    ).toBe(409);

    const no = await reviewed('桃木工艺品', false);
    expect(no.status).toBe('unfeasible');
    expect(
      (await officer.post(`/api/entrepreneurship/projects/${no.id}/publish`, { version: no.version })).status,
    ).toBe(409);

    const yes = await reviewed('桃汁饮品', true);
    const published = await ok<Json>(
      'publish',
      officer.post(`/api/entrepreneurship/projects/${yes.id}/publish`, { version: yes.version }),
    );
    expect(published).toMatchObject({
      status: 'published',
      publishedOn: t.today(),
      reviewOpinion: '市场需求稳定',
    });
  });

  it('lets only the assigned expert review', async () => {
    const p = await collect('农家乐');
    const res = await expert.post(`/api/entrepreneurship/project-reviews/${p.id}`, {
      feasible: true,
      opinion: '可行',
      version: p.version,
    });
    expect(res.status).toBe(404);
    expect(
      (await ok<Json[]>('queue', expert.get('/api/entrepreneurship/project-reviews'))).map((x) => x.id),
    ).not.toContain(p.id);
  });

  it('recommends a published project to a trainee and lists who took it; the public page shows it without personal data', async () => {
    const p = await reviewed('社区生鲜店', true);
    const pub = await ok<Json>(
      'publish',
      officer.post(`/api/entrepreneurship/projects/${p.id}/publish`, { version: p.version }),
    );
    const person = await ok<Json>(
      'person',
      officer.post('/api/persons', personBody(t.city.community1.id, 801)),
    );
    const file = await ok<Json>(
      'file',
      officer.post('/api/entrepreneurship/files', { personId: person.id, registeredOn: '2026-03-02' }),
    );
    const [link] = await ok<Json[]>(
      'recommend',
      officer.post(`/api/entrepreneurship/projects/${p.id}/recommendations`, { fileId: file.id }),
    );
    expect(
      (await officer.post(`/api/entrepreneurship/projects/${p.id}/recommendations`, { fileId: file.id }))
        .status,
    ).toBe(409);
    const takers = await ok<Json[]>(
      'taken',
      officer.post(`/api/entrepreneurship/project-recommendations/${link!.linkId}`, {
        status: 'taken',
        on: t.today(),
      }),
    );
    expect(takers).toEqual([
      expect.objectContaining({ fileNumber: file.number, status: 'taken', takenOn: t.today() }),
    ]);
    // reading the page that names him is audited; the other street's read names nobody and is not
    await ok<Json>('project', officer.get(`/api/entrepreneurship/projects/${p.id}`));
    const reads = () =>
      t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'entrepreneurship.project.read'), eq(auditLog.targetId, p.id)));
    expect(await reads()).toHaveLength(1);
    // the other street sees the published project but not the trainee who took it
    expect(
      (await ok<Json>('project', otherStreet.get(`/api/entrepreneurship/projects/${p.id}`))).takers,
    ).toEqual([]);
    expect(await reads()).toHaveLength(1);

    const anonymous = await t.app.inject({ method: 'GET', url: '/api/public/entrepreneurship-projects' });
    expect(anonymous.statusCode).toBe(200);
    const items = anonymous.json().items as Json[];
    expect(items.map((i) => i.number)).toContain(pub.number);
    expect(JSON.stringify(items)).not.toContain(person.name);
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['expectedJobs', 'investment', 'name', 'number', 'publishedOn', 'sector', 'source', 'summary'].sort(),
    );

    const withdrawn = await ok<Json>(
      'withdraw',
      officer.post(`/api/entrepreneurship/projects/${p.id}/withdraw`, {
        reason: '市场饱和',
        version: pub.version,
      }),
    );
    expect(withdrawn.status).toBe('withdrawn');
    const after = (await t.app.inject({ method: 'GET', url: '/api/public/entrepreneurship-projects' })).json()
      .items as Json[];
    expect(after.map((i) => i.number)).not.toContain(pub.number);
    // a withdrawn project is recommended to no one
    const other = await ok<Json>(
      'person',
      officer.post('/api/persons', personBody(t.city.community1.id, 802)),
    );
    const f2 = await ok<Json>(
      'file',
      officer.post('/api/entrepreneurship/files', { personId: other.id, registeredOn: '2026-03-02' }),
    );
    expect(
      (await officer.post(`/api/entrepreneurship/projects/${p.id}/recommendations`, { fileId: f2.id }))
        .status,
    ).toBe(409);
  });
});

describe('teachers', () => {
  it('keeps certificate numbers unique and flags a suspended teacher with the reason', async () => {
    const body = {
      name: '周老师',
      certificateNumber: 'SYB-370900-0001',
      course: 'SYB',
      certifiedOn: '2024-05-01',
      validTo: null,
      institutionId: null,
    };
    const teacher = await ok<Json>('teacher', reviewer.post('/api/entrepreneurship/teachers', body));
    expect(teacher.flag).toBeNull();
    expect((await reviewer.post('/api/entrepreneurship/teachers', { ...body, name: '吴老师' })).status).toBe(
      409,
    );
    expect(
      (await officer.post('/api/entrepreneurship/teachers', { ...body, certificateNumber: 'X-2' })).status,
    ).toBe(403);
    const noReason = await reviewer.post(`/api/entrepreneurship/teachers/${teacher.id}/status`, {
      status: 'suspended',
      reason: null,
      version: teacher.version,
    });
    expect(noReason.status).toBe(422);
    await ok(
      'suspend',
      reviewer.post(`/api/entrepreneurship/teachers/${teacher.id}/status`, {
        status: 'suspended',
        reason: '学员投诉核查中',
        version: teacher.version,
      }),
    );
    const listed = (await ok<Json[]>('teachers', officer.get('/api/entrepreneurship/teachers'))).find(
      (x) => x.id === teacher.id,
    );
    expect(listed?.flag).toBe('已暂停：学员投诉核查中');
  });
});
