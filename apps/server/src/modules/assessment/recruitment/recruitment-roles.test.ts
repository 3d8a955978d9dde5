import { describeRoleMatrix, type RoleUser } from '../../../test/role-matrix.ts';
import { createTestApp } from '../../../test/test-app.ts';

const t = await createTestApp();
const reviewer = await t.login('reviewer');
const base = '/api/assessment/recruitment';
const newUnit = async (name: string, orgId: number) =>
  (
    await reviewer.post(`${base}/years/2026/units`, {
      kind: 'town',
      name,
      orgId,
      annualTarget: 1,
      specialTarget: 0,
    })
  ).body.id as string;
const unit1 = await newUnit('新城街道', t.city.street1.id);
const unit2 = await newUnit('老城街道', t.city.street2.id);
await reviewer.post(`${base}/years/2026/score`);
const unitOf = (u: RoleUser) => (u === 'officer2' ? unit2 : unit1);
let seq = 0;

// Towns submit (street officers), the city reviews and configures; no other role takes part.
describeRoleMatrix(t, [
  {
    endpoint: 'GET /api/assessment/recruitment/years/:year/units',
    allowed: ['reviewer', 'officer1', 'officer2'],
    call: (c) => c.get(`${base}/years/2026/units`),
  },
  {
    endpoint: 'POST /api/assessment/recruitment/years/:year/units',
    allowed: ['reviewer'],
    call: (c) =>
      c.post(`${base}/years/2026/units`, {
        kind: 'department',
        name: `单位${++seq}`,
        orgId: t.city.district.id,
        annualTarget: 1,
        specialTarget: 0,
      }),
  },
  {
    endpoint: 'GET /api/assessment/recruitment/units/:id/workers',
    allowed: ['reviewer', 'officer1', 'officer2'],
    call: (c, u) => c.get(`${base}/units/${unitOf(u)}/workers`),
  },
  {
    endpoint: 'POST /api/assessment/recruitment/years/:year/score',
    allowed: ['reviewer'],
    call: (c) => c.post(`${base}/years/2026/score`),
  },
]);
