import { addDays } from '@minsheng/rules/engine/dates.ts';
import { inArray } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { requirementCodes } from '../../modules/health-checks/hospitals/hospital-requirements.ts';
import { createHospitalsService } from '../../modules/health-checks/hospitals/hospitals.service.ts';
import type { RegisterInput } from '../../modules/health-checks/hospitals/hospitals.views.ts';
import { createDeploymentService } from '../../modules/policy/deployment.service.ts';
import { createPolicyService } from '../../modules/policy/policy.service.ts';
import { users } from '../../platform/access/access.schema.ts';
import { fixedClock } from '../../platform/clock.ts';
import { demoActors } from '../demo-services.ts';
import { demoHospitalAccounts } from './accounts.ts';

const designated: Omit<RegisterInput, 'name'>[] = [
  {
    code: 'YY370902001',
    address: '泰安市泰山区龙潭路29号',
    contact: '0538-6298001',
    insuranceDesignated: true,
    grade: 3,
    general: true,
    facilities: [...requirementCodes],
    chiefExaminerName: '李华',
    chiefExaminerTitle: 'chief',
    examiners: 8,
    plannedDailyVolume: 60,
  },
  {
    code: 'YY370983001',
    address: '肥城市新城路108号',
    contact: '0538-3212001',
    insuranceDesignated: true,
    grade: 2,
    general: true,
    facilities: [...requirementCodes],
    chiefExaminerName: '王芳',
    chiefExaminerTitle: 'associate_chief',
    examiners: 4,
    plannedDailyVolume: 40,
  },
];

/** An applicant the check refuses: 第一条 (一级, not general), 第七条 and three checklist items. */
const applicant: RegisterInput = {
  name: '泰安市岱岳区某中医门诊部',
  code: 'MZ370911001',
  address: '泰安市岱岳区粥店街道',
  contact: '0538-8561001',
  insuranceDesignated: true,
  grade: 1,
  general: false,
  facilities: requirementCodes.filter(
    (c) => c !== 'equipment_xray' && c !== 'equipment_biochem' && c !== 'emergency_team',
  ),
  chiefExaminerName: '赵强',
  chiefExaminerTitle: 'attending',
  examiners: 1,
  plannedDailyVolume: 15,
};

/**
 * The demo's health-check hospitals, registered and decided by the 医保处 through the service: the
 * two of `demoHospitalAccounts` designated with their staff accounts linked, and a clinic left
 * 待认定 whose check shows why it cannot be designated. Returns the designated hospitals' ids in
 * the order of `hospitalUsernames`.
 */
export async function createDemoHospitals(
  tx: Executor,
  o: { today: string; officerUsername: string; hospitalUsernames: readonly string[] },
): Promise<{ hospitalIds: string[] }> {
  const db = tx as unknown as Db;
  // designated well before this year's checks begin (the plan starts 70 days before today)
  const clock = fixedClock(`${addDays(o.today, -100)}T09:00:00+08:00`);
  const policies = createPolicyService({ db, clock, deployment: createDeploymentService({ db, clock }) });
  const hospitals = createHospitalsService({ db, clock, policies });
  const officer = (await demoActors(tx, [o.officerUsername])).get(o.officerUsername);
  if (!officer) throw new Error(`demo account ${o.officerUsername} is missing`);
  const staff = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, [...o.hospitalUsernames]));

  const hospitalIds: string[] = [];
  for (const [i, username] of o.hospitalUsernames.entries()) {
    const account = demoHospitalAccounts[i];
    const facts = designated[i];
    const userId = staff.find((s) => s.username === username)?.id;
    if (!account || !facts || !userId) throw new Error(`no demo hospital for account ${username}`);
    const h = await hospitals.register(officer, { name: account.name, ...facts });
    await hospitals.decide(officer, h.id, { decision: 'designate', version: h.version });
    await hospitals.linkStaff(officer, h.id, userId);
    hospitalIds.push(h.id);
  }
  await hospitals.register(officer, applicant);
  return { hospitalIds };
}
