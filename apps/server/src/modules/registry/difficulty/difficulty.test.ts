import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import { createTestApp } from '../../../test/test-app.ts';
import { retirementDateOf } from '../registrations/registration-rules.ts';
import {
  addPerson,
  bornYearsAgo,
  daysAgo,
  employmentBody,
  ok,
  today,
  unemploymentBody,
} from '../registrations/registrations.fixtures.ts';
import { difficultyDeterminations } from '../registrations/registrations.schema.ts';

const t = await createTestApp();
const officer = await t.login('officer1');
const reviewer = await t.login('reviewer');

const determinations = async (personId: string) =>
  Number(
    (
      await t.db
        .select({ n: count() })
        .from(difficultyDeterminations)
        .where(eq(difficultyDeterminations.personId, personId))
    )[0]!.n,
  );
/** A person registered unemployed 30 days ago. */
const unemployed = async (seq: number, birthDate?: string, overrides?: Record<string, unknown>) => {
  const p = await addPerson(officer, t.city.community1.id, seq, birthDate, overrides);
  await ok(officer.post(`/api/persons/${p}/unemployment-registrations`, unemploymentBody(seq)));
  return p;
};
const determine = (p: string, body: Record<string, unknown>) =>
  reviewer.post(`/api/persons/${p}/difficulty-determinations`, { evidence: '低保证 2026-001 号', ...body });

describe('difficulty determination', () => {
  it('determines an urban woman as 4050 on her 40th birthday, with the decider and an audit record', async () => {
    const p = await unemployed(2, bornYearsAgo(40));
    const before = Number(
      (
        await t.db
          .select({ n: count() })
          .from(auditLog)
          .where(eq(auditLog.action, 'difficulty_determination.create'))
      )[0]!.n,
    );
    const d = await ok(determine(p, { category: 'urban_unemployed_4050' }));
    expect(d).toMatchObject({
      category: 'urban_unemployed_4050',
      decidedOn: today(),
      decidedByName: t.users.reviewer.displayName,
      exitedOn: null,
    });
    const after = Number(
      (
        await t.db
          .select({ n: count() })
          .from(auditLog)
          .where(eq(auditLog.action, 'difficulty_determination.create'))
      )[0]!.n,
    );
    expect(after).toBe(before + 1);
  });

  it('refuses 4050 for a woman who turns 40 tomorrow, naming her age', async () => {
    const p = await unemployed(4, bornYearsAgo(40, 1));
    const res = await determine(p, { category: 'urban_unemployed_4050' });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(
      `不能认定为「城镇失业人员中的“4050”人员」：女性，${today()}时39周岁，未满40周岁，不属于“4050”人员（《关于进一步做好促进就业工作的实施意见》三(三)1）`,
    );
    expect(await determinations(p)).toBe(0);
  });

  it('requires an open unemployment registration', async () => {
    const p = await addPerson(officer, t.city.community1.id, 6);
    const res = await determine(p, { category: 'hardship_certificate' });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(
      '认定就业困难人员须先办理失业登记：本人没有有效的失业登记（《关于进一步做好促进就业工作的实施意见》五(四)）',
    );
  });

  it('refuses a non-local hukou and a rural category for an urban person', async () => {
    const nonLocal = await addPerson(officer, t.city.community1.id, 8, '1990-01-01', {
      hukouPlace: 'province',
    });
    const job = await ok(
      officer.post(
        `/api/persons/${nonLocal}/employment-registrations`,
        employmentBody({ startedOn: '2024-01-01' }),
      ),
    );
    await ok(
      officer.post(`/api/employment-registrations/${job.id}/end`, {
        endedOn: '2025-01-01',
        endReason: 'resigned',
        version: 1,
      }),
    );
    await ok(officer.post(`/api/persons/${nonLocal}/unemployment-registrations`, unemploymentBody(8)));
    expect((await determine(nonLocal, { category: 'hardship_certificate' })).body.message).toBe(
      '不能认定为「持有《特困证》劳动力」：非本市户籍（《关于进一步做好促进就业工作的实施意见》三(三)1）',
    );
    const urban = await unemployed(10);
    expect((await determine(urban, { category: 'rural_minimum_living_labour' })).body.message).toBe(
      '不能认定为「农村低保家庭劳动力」：农村低保家庭劳动力须为农村户籍（《关于进一步做好促进就业工作的实施意见》三(三)1）',
    );
  });

  it('allows one open determination per category and a new one after exit', async () => {
    const p = await unemployed(12);
    const d = await ok(determine(p, { category: 'hardship_certificate' }));
    const dup = await determine(p, { category: 'hardship_certificate' });
    expect(dup.status).toBe(409);
    expect(dup.body.message).toBe('本人已认定为「持有《特困证》劳动力」且尚未退出，不能重复认定');
    await ok(determine(p, { category: 'unemployed_minimum_living' }));
    const stale = await reviewer.post(`/api/difficulty-determinations/${d.id}/exit`, {
      exitedOn: today(),
      exitReason: 'no_longer_eligible',
      version: 5,
    });
    expect(stale.status).toBe(409);
    const exited = await ok(
      reviewer.post(`/api/difficulty-determinations/${d.id}/exit`, {
        exitedOn: today(),
        exitReason: 'no_longer_eligible',
        version: 1,
      }),
    );
    expect(exited).toMatchObject({ exitedOn: today(), exitReason: 'no_longer_eligible', version: 2 });
    await ok(determine(p, { category: 'hardship_certificate' }));
    expect(await determinations(p)).toBe(3);
  });

  it('refuses a decision date in the future or before the unemployment registration', async () => {
    const p = await unemployed(14);
    expect(
      (await determine(p, { category: 'hardship_certificate', decidedOn: '2099-01-01' })).body.message,
    ).toBe('认定日期「2099-01-01」晚于今天');
    expect(
      (await determine(p, { category: 'hardship_certificate', decidedOn: daysAgo(31) })).body.message,
    ).toBe(`认定日期「${daysAgo(31)}」早于失业登记日期「${daysAgo(30)}」`);
    const noEvidence = await reviewer.post(`/api/persons/${p}/difficulty-determinations`, {
      category: 'hardship_certificate',
      evidence: ' ',
    });
    expect(noEvidence.status).toBe(422);
    expect(await determinations(p)).toBe(0);
  });

  it('lists determinations city-wide by category and open/closed', async () => {
    const res = await reviewer.get('/api/difficulty-determinations?category=hardship_certificate&open=true');
    expect(res.status).toBe(200);
    expect(
      res.body.items.every(
        (d: { category: string; exitedOn: string | null }) =>
          d.category === 'hardship_certificate' && d.exitedOn === null,
      ),
    ).toBe(true);
    const closed = await reviewer.get('/api/difficulty-determinations?open=false');
    expect(closed.body.total).toBe(1);
    expect(closed.body.items[0]).toMatchObject({ exitReason: 'no_longer_eligible', personName: '张12' });
  });
});

describe('employment status', () => {
  it('reports a man of 50 today as 4050, unemployed, with his statutory retirement date', async () => {
    const birth = bornYearsAgo(50);
    const p = await unemployed(31, birth);
    await ok(determine(p, { category: 'urban_unemployed_4050' }));
    const s = (await officer.get(`/api/persons/${p}/employment-status`)).body;
    expect(s).toMatchObject({
      employed: false,
      age: 50,
      is4050: true,
      retired: false,
      isDifficultyPerson: true,
      activeDifficultyCategories: ['urban_unemployed_4050'],
      openEmploymentRegistration: null,
      retirementDate: retirementDateOf({ gender: '1', birthDate: birth }),
    });
    expect(s.openUnemploymentRegistration.certificateNumber).toBe('3709830000031');
  });

  it('reports a man one day short of 50 as not 4050, and an employed retiree as retired', async () => {
    const young = await addPerson(officer, t.city.community1.id, 33, bornYearsAgo(50, 1));
    expect((await officer.get(`/api/persons/${young}/employment-status`)).body).toMatchObject({
      age: 49,
      is4050: false,
    });
    const old = await addPerson(officer, t.city.community1.id, 35, '1960-06-01');
    await ok(officer.post(`/api/persons/${old}/employment-registrations`, employmentBody()));
    const s = (await officer.get(`/api/persons/${old}/employment-status`)).body;
    expect(s).toMatchObject({
      employed: true,
      retired: true,
      retirementDate: '2020-06-01',
      openUnemploymentRegistration: null,
    });
    expect(s.openEmploymentRegistration.startedOn).toBe('2020-03-01');
  });
});
