import { describe, expect, it } from 'vitest';
import { createUser } from '../../test/fixtures.ts';
import { createTestApp } from '../../test/test-app.ts';
import { demoHospitalAccounts } from './accounts.ts';
import { createDemoHospitals } from './hospitals.ts';

const t = await createTestApp();
const city = t.city.city.id;
await createUser(t.db, { username: 'yb_370900', orgId: city, roles: ['medical_insurance_officer'] });
for (const h of demoHospitalAccounts)
  await createUser(t.db, { username: h.username, orgId: city, roles: ['hospital_staff'] });
const { hospitalIds } = await createDemoHospitals(t.db, {
  today: t.today(),
  officerUsername: 'yb_370900',
  hospitalUsernames: demoHospitalAccounts.map((h) => h.username),
});

describe('the demo health-check hospitals', () => {
  it('designates the two hospitals of the demo accounts, each with its staff linked', async () => {
    const officer = await t.login('yb_370900');
    const list = (await officer.get('/api/health-checks/hospitals')).body as {
      id: string;
      name: string;
      status: string;
      conditionsMet: boolean;
    }[];
    expect(hospitalIds.map((id) => list.find((h) => h.id === id)?.name)).toEqual(
      demoHospitalAccounts.map((h) => h.name),
    );
    expect(
      list
        .filter((h) => h.status === 'designated')
        .map((h) => h.id)
        .sort(),
    ).toEqual([...hospitalIds].sort());
    const [tazx, fcrm] = demoHospitalAccounts;
    expect((await (await t.login(tazx.username)).get('/api/health-checks/my-hospital')).body).toMatchObject({
      id: hospitalIds[0],
      examiners: 8,
      plannedDailyVolume: 60,
    });
    expect((await (await t.login(fcrm.username)).get('/api/health-checks/my-hospital')).body).toMatchObject({
      id: hospitalIds[1],
      grade: 2,
    });
  });

  it('leaves the clinic 待认定 with the check saying why', async () => {
    const officer = await t.login('yb_370900');
    const list = (await officer.get('/api/health-checks/hospitals')).body as { id: string; name: string }[];
    const clinic = list.find((h) => h.name === '泰安市岱岳区某中医门诊部')!;
    const detail = (await officer.get(`/api/health-checks/hospitals/${clinic.id}`)).body;
    expect(detail).toMatchObject({ status: 'applied', statusLabel: '待认定' });
    const failed = detail.check.conditions.filter((c: { met: boolean }) => !c.met);
    expect(failed.map((c: { code: string }) => c.code)).toEqual([
      'hospital_grade',
      'chief_examiner_title',
      'examiner_ratio',
      'equipment_xray',
      'equipment_biochem',
      'emergency_team',
    ]);
  });
});
