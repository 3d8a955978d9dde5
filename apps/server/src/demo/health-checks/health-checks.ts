import type { Executor } from '../../db/client.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { demoHospitalAccounts } from './accounts.ts';
import { createDemoExaminations } from './examinations.ts';
import { createDemoHospitals } from './hospitals.ts';
import { createDemoPlan } from './plan.ts';
import { createDemoQualityAndSettlement } from './quality-settlement.ts';
import { createDemoReportsAndArchives } from './reports-archives.ts';

export interface DemoHealthChecks {
  hospitals: number;
  examinations: number;
  seriousFindings: number;
  weeklyReports: number;
  archivesReturned: number;
  lateReturns: number;
  samples: number;
  surveys: number;
  settlements: number;
  /** the first hospital's examinees booked for the demo's today (the journey's day of checks) */
  todayExaminees: number;
}

/**
 * 职工健康体检 (000 第四篇): the 医保处 designates two hospitals (a third applicant stays 待认定),
 * opens this year's plan from the registry's medical-insurance contributions, the hospitals examine
 * the examinees booked before today, report weekly and return the archives (one late), the 医保处
 * audits samples, counts surveys and computes one hospital's settlement. Each step through the
 * services, on its own date.
 */
export async function createDemoHealthChecks(
  tx: Executor,
  cipher: FieldCipher,
  o: { today: string; officerUsername: string },
): Promise<DemoHealthChecks> {
  const hospitalUsernames = demoHospitalAccounts.map((a) => a.username);
  const { hospitalIds } = await createDemoHospitals(tx, {
    today: o.today,
    officerUsername: o.officerUsername,
    hospitalUsernames,
  });
  const { planId, todayExamineeIds } = await createDemoPlan(tx, {
    today: o.today,
    officerUsername: o.officerUsername,
    hospitalIds,
  });
  const exams = await createDemoExaminations(tx, cipher, { today: o.today, hospitalUsernames, planId });
  const reports = await createDemoReportsAndArchives(tx, {
    today: o.today,
    officerUsername: o.officerUsername,
    hospitalUsernames,
    planId,
  });
  const quality = await createDemoQualityAndSettlement(tx, {
    today: o.today,
    officerUsername: o.officerUsername,
    planId,
    hospitalIds,
  });
  return {
    hospitals: hospitalIds.length,
    ...exams,
    ...reports,
    ...quality,
    todayExaminees: todayExamineeIds.length,
  };
}
