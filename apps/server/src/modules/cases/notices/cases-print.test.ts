import { maskResidentId } from '@minsheng/rules/national/resident-id.ts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRoleMatrix } from '../../../test/role-matrix.ts';
import { createTestApp, type TestClient } from '../../../test/test-app.ts';
import { personBody, residentId } from '../../registry/persons/persons.fixtures.ts';
import { cases } from '../cases.schema.ts';
import { ZHUHAI } from '../workflow/cases-stage.fixtures.ts';
import { bureauName, pathIds } from './cases-print.rules.ts';

const t = await createTestApp();
let institution: TestClient;
const idA = residentId('370983', '19900101', 601);
const idB = residentId('370983', '19880808', 602);

beforeAll(async () => {
  await t.services.caseTypes.sync();
  institution = await t.login('institution');
  for (const [idNumber, name, seq] of [
    [idA, '张小三', 601],
    [idB, '李四', 602],
  ] as const) {
    const res = await institution.post(
      '/api/persons',
      personBody(t.city.street1.id, seq, { idNumber, name }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
});

const row = (over: Record<string, string>) => ({
  name: '张小三',
  idNumber: idA,
  occupation: '电工',
  level: '三级',
  certificateNumber: `PR-${Math.random().toString(36).slice(2, 10)}`,
  issuedOn: '2026-09-01',
  issuer: '珠海市职业技能鉴定指导中心',
  ...over,
});

describe('the issuing bureau', () => {
  it('names the city of the chain as its human-resources and social-security bureau', () => {
    const chain = [
      { name: '泰安市', level: 'city' as const },
      { name: '肥城市', level: 'district' as const },
      { name: '新城街道', level: 'street' as const },
    ];
    expect(bureauName(chain)).toBe('泰安市人力资源和社会保障局');
    expect(bureauName([{ name: '市人力资源和社会保障局', level: 'city' }])).toBe('市人力资源和社会保障局');
    expect(pathIds('/1/4/17/')).toEqual([1, 4, 17]);
  });

  it('prints the city bureau, the street office and today on a street officer’s letterhead', async () => {
    const officer = await t.login('officer1');
    const res = await officer.get('/api/print/letterhead');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      bureau: '测试市人力资源和社会保障局',
      orgName: '新城街道',
      today: t.today(),
    });
    const reviewer = await t.login('reviewer');
    expect((await reviewer.get('/api/print/letterhead')).body).toMatchObject({
      bureau: '测试市人力资源和社会保障局',
      orgName: '测试市',
    });
  });
});

describe('the printed roster of a batch', () => {
  it('lists each person with masked ID, certificate and approved amount, totalled exactly', async () => {
    const res = await institution.post('/api/case-batches', {
      caseTypeId: ZHUHAI,
      submit: false,
      rows: [
        row({ certificateNumber: 'PR-0001' }),
        row({ name: '李四', idNumber: idB, level: '二级', occupation: '焊工', certificateNumber: 'PR-0002' }),
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [a, b] = res.body.rows;
    await t.db
      .update(cases)
      .set({ status: 'approved', approvedAmountFen: 130000 })
      .where(eq(cases.id, a.caseId));
    await t.db.update(cases).set({ status: 'paid', approvedAmountFen: 180001 }).where(eq(cases.id, b.caseId));

    const roster = await institution.get(`/api/case-batches/${res.body.id}/roster`);
    expect(roster.status).toBe(200);
    expect(roster.body).toMatchObject({
      number: res.body.number,
      caseTypeName: '珠海市高技能人才培训鉴定补贴',
    });
    expect(roster.body.rows).toEqual([
      {
        seq: 1,
        caseId: a.caseId,
        caseNumber: a.caseNumber,
        name: '张小三',
        idNumberMasked: maskResidentId(idA),
        occupation: '电工',
        level: '3',
        certificateNumber: 'PR-0001',
        status: 'approved',
        statusLabel: '已批准',
        amount: '1300.00',
      },
      {
        seq: 2,
        caseId: b.caseId,
        caseNumber: b.caseNumber,
        name: '李四',
        idNumberMasked: maskResidentId(idB),
        occupation: '焊工',
        level: '2',
        certificateNumber: 'PR-0002',
        status: 'paid',
        statusLabel: '已拨付',
        amount: '1800.01',
      },
    ]);
    expect(roster.body.totals).toEqual({ count: 2, withAmount: 2, amount: '3100.01' });
    expect(JSON.stringify(roster.body)).not.toContain(idA);

    // A rejected case stays on the roster without an amount and leaves the total.
    await t.db.update(cases).set({ status: 'rejected' }).where(eq(cases.id, b.caseId));
    const after = await institution.get(`/api/case-batches/${res.body.id}/roster`);
    expect(after.body.rows[1]).toMatchObject({ status: 'rejected', amount: null });
    expect(after.body.totals).toEqual({ count: 2, withAmount: 1, amount: '1300.00' });

    const reviewer = await t.login('reviewer');
    expect((await reviewer.get(`/api/case-batches/${res.body.id}/roster`)).body.rows).toHaveLength(2);
    const officer2 = await t.login('officer2');
    const hidden = await officer2.get(`/api/case-batches/${res.body.id}/roster`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.message).toBe('批次不存在或无权访问');
  });
});

describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/print/letterhead',
    allowed: ['reviewer', 'officer1', 'officer2', 'worker1', 'finance', 'institution'],
    call: (c) => c.get('/api/print/letterhead'),
  },
]);
