import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { trainingRecords } from '../../training/progress/progress.fixtures.ts';
import { entrepreneurshipRecords } from '../businesses/businesses.fixtures.ts';
import { entrepreneurshipFiles } from '../files/files.schema.ts';

const t = await createTestApp(); // today: 2026-10-20
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const { community1: c1, community2: c2, street1 } = t.city;
const r = trainingRecords(t.db);
const e = entrepreneurshipRecords(t.db);

type Bases = {
  bases: { id: string; capacity: number; residentsNow: number; residentsEver: number }[];
  association: { members: number; joinedThisYear: number; left: number };
};

/** A base of 新城街道 opened on 2025-01-01, registered by its officer; answers its id. */
async function newBase(name: string, capacity: number) {
  const created = await officer1.post('/api/entrepreneurship/incubation-bases', {
    orgId: street1.id,
    name,
    address: '新城路8号',
    operator: '新城街道',
    capacity,
    openedOn: '2025-01-01',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return (created.body as { id: string }).id;
}

describe('incubation bases', () => {
  it('counts residents now against capacity (refusing an entry beyond it), after entries and exits', async () => {
    const baseId = await newBase('新城创业孵化园', 2);
    const f1 = await e.file(c1, await r.person(c1, '入驻一'));
    const f2 = await e.file(c1, await r.person(c1, '入驻二'));
    const b1 = await e.business(f1, '2025-06-01');
    const enter = (fileId: string, body: Record<string, unknown> = {}) =>
      officer1.post(`/api/entrepreneurship/incubation-bases/${baseId}/residents`, {
        fileId,
        enteredOn: '2025-06-01',
        ...body,
      });
    expect((await enter(f1.id, { businessId: b1.id })).status).toBe(200);
    const second = await enter(f2.id);
    expect((await enter(f2.id, { businessId: b1.id })).status).toBe(422); // not f2's business
    const f3 = await e.file(c1, await r.person(c1, '入驻三'));
    expect((await enter(f3.id)).status).toBe(409); // capacity 2, both in residence
    const exit = await officer1.post(
      `/api/entrepreneurship/incubation-residents/${(second.body as { id: string }).id}/exit`,
      { version: 1, exitedOn: '2026-03-01', exitReason: '孵化期满' },
    );
    expect(exit.status).toBe(200);
    const list = (await officer1.get('/api/entrepreneurship/incubation-bases')).body as Bases;
    expect(list.bases.find((b) => b.id === baseId)).toMatchObject({
      capacity: 2,
      residentsNow: 1,
      residentsEver: 2,
    });
    expect((await officer2.get('/api/entrepreneurship/incubation-bases')).body).toMatchObject({ bases: [] });
    expect((await officer2.get(`/api/entrepreneurship/incubation-bases/${baseId}`)).status).toBe(404);
  });

  it('refuses a second entry of a trainee still in residence, and audits each read of a base page (it names its residents)', async () => {
    const baseId = await newBase('新城二号孵化园', 5);
    const f = await e.file(c1, await r.person(c1, '再入驻'));
    const enter = (enteredOn: string) =>
      officer1.post(`/api/entrepreneurship/incubation-bases/${baseId}/residents`, {
        fileId: f.id,
        enteredOn,
      });
    const first = await enter('2025-06-01');
    expect(first.status).toBe(200);
    const again = await enter('2026-01-01');
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('已在孵化基地入驻');
    await officer1.post(
      `/api/entrepreneurship/incubation-residents/${(first.body as { id: string }).id}/exit`,
      {
        version: 1,
        exitedOn: '2026-03-01',
        exitReason: '孵化期满',
      },
    );
    expect((await enter('2026-02-01')).status).toBe(409); // before the exit
    expect((await enter('2026-03-01')).status).toBe(200);

    expect((await officer1.get(`/api/entrepreneurship/incubation-bases/${baseId}`)).status).toBe(200);
    const reads = await t.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(
        and(eq(auditLog.targetId, baseId), eq(auditLog.action, 'entrepreneurship.incubation.base.read')),
      );
    expect(reads).toEqual([{ detail: { residents: 2 } }]);
  });

  it('counts 创业者联谊会 members from the files, within the reader’s scope', async () => {
    const member = async (org: typeof c1, joined: string, left: string | null = null) => {
      const f = await e.file(org, await r.person(org, '会员'));
      await t.db
        .update(entrepreneurshipFiles)
        .set({ associationJoinedOn: joined, associationLeftOn: left })
        .where(eq(entrepreneurshipFiles.id, f.id));
    };
    await member(c1, '2025-05-01');
    await member(c1, '2026-02-01');
    await member(c1, '2025-05-01', '2026-01-31');
    await member(c2, '2026-02-01');
    const { association } = (await officer1.get('/api/entrepreneurship/incubation-bases')).body as Bases;
    expect(association).toEqual({ members: 2, joinedThisYear: 1, left: 1 });
  });
});

describe('a city base seen from the streets', () => {
  it('is listed to a station whose trainee stays there, with only that station’s residents named', async () => {
    const reviewer = await t.login('reviewer');
    const created = await reviewer.post('/api/entrepreneurship/incubation-bases', {
      orgId: t.city.city.id,
      name: '市创业孵化示范基地',
      address: '泰山大街1号',
      operator: '市人社局',
      capacity: 10,
      openedOn: '2025-01-01',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const baseId = (created.body as { id: string }).id;
    const listed = async (client: typeof officer1) =>
      ((await client.get('/api/entrepreneurship/incubation-bases')).body as Bases).bases.some(
        (b) => b.id === baseId,
      );
    // before any resident, the streets do not see the city's base
    expect(await listed(officer1)).toBe(false);
    const mine = await e.file(c1, await r.person(c1, '市基地一'));
    const theirs = await e.file(c2, await r.person(c2, '市基地二'));
    for (const f of [mine, theirs]) {
      const res = await reviewer.post(`/api/entrepreneurship/incubation-bases/${baseId}/residents`, {
        fileId: f.id,
        enteredOn: '2026-02-01',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    expect(await listed(officer1)).toBe(true);
    type Page = { residentsNow: number; residents: { fileId: string }[] };
    const page = (await officer1.get(`/api/entrepreneurship/incubation-bases/${baseId}`)).body as Page;
    expect(page.residents.map((x) => x.fileId)).toEqual([mine.id]);
    expect(page.residentsNow).toBe(2); // the count is the base's, names are the station's own
    const other = (await officer2.get(`/api/entrepreneurship/incubation-bases/${baseId}`)).body as Page;
    expect(other.residents.map((x) => x.fileId)).toEqual([theirs.id]);
    const city = (await reviewer.get(`/api/entrepreneurship/incubation-bases/${baseId}`)).body as Page;
    expect(city.residents).toHaveLength(2);
    // reading is not writing: the street cannot enter anyone into the city's base
    const f3 = await e.file(c1, await r.person(c1, '市基地三'));
    const enter = await officer1.post(`/api/entrepreneurship/incubation-bases/${baseId}/residents`, {
      fileId: f3.id,
      enteredOn: '2026-03-01',
    });
    expect(enter.status).toBe(404);
  });
});
