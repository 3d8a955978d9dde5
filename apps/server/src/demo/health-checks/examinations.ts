import type { IsoDate } from '@minsheng/rules/engine/dates.ts';
import { and, asc, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import type { ItemEntry } from '../../modules/health-checks/examinations/examination-entry.ts';
import { healthCheckFindings } from '../../modules/health-checks/examinations/examinations.schema.ts';
import { createExaminationsService } from '../../modules/health-checks/examinations/examinations.service.ts';
import type { FindingCode } from '../../modules/health-checks/examinations/finding-codes.ts';
import { createFindingsService } from '../../modules/health-checks/examinations/findings.service.ts';
import type { HealthCheckDeps } from '../../modules/health-checks/health-checks.services.ts';
import { healthCheckHospitalUsers } from '../../modules/health-checks/hospitals/hospitals.schema.ts';
import { createExamineesService } from '../../modules/health-checks/plans/examinees.service.ts';
import {
  healthCheckExaminees,
  healthCheckPlans,
  type PackageItem,
} from '../../modules/health-checks/plans/plans.schema.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import { users } from '../../platform/access/access.schema.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { demoActors, demoCalendar, demoServices } from '../demo-services.ts';
import { at } from '../demo-training-institutions.ts';

/** A normal result per package item of the standard package; other items read 未见异常. */
const normal: Record<string, string> = {
  general: '身高 168 cm，体重 63 kg，血压 118/76 mmHg',
  internal: '心肺听诊未见异常，腹软无压痛',
  surgical: '甲状腺、乳腺、脊柱四肢未见异常',
  blood_routine: '白细胞 6.2',
  urine_routine: '阴性',
  liver_function: 'ALT 26',
  kidney_function: '肌酐 78',
  blood_glucose: '5.0',
  blood_lipids: '4.5',
  ecg: '窦性心律，正常心电图',
  chest_xray: '心肺膈未见异常',
  ultrasound_abdomen: '肝胆胰脾双肾未见明显异常',
};

interface Profile {
  abnormal: Record<string, string>;
  findings: FindingCode[];
  conclusion: string;
  advice: string;
}

const profiles = {
  normal: {
    abnormal: {},
    findings: [],
    conclusion: '本次体检所查项目未见明显异常。',
    advice: '保持合理膳食、适量运动，戒烟限酒，明年按时参加体检。',
  },
  hypertension: {
    abnormal: { general: '身高 172 cm，体重 80 kg，血压 152/96 mmHg' },
    findings: ['hypertension'],
    conclusion: '血压偏高（152/96 mmHg），其余所查项目未见明显异常。',
    advice: '低盐饮食、控制体重，两周内非同日复测血压三次，持续偏高请到心内科就诊。',
  },
  fattyLiver: {
    abnormal: { ultrasound_abdomen: '肝脏回声增强、细密，提示轻度脂肪肝', liver_function: 'ALT 58' },
    findings: ['fatty_liver', 'liver_function'],
    conclusion: '轻度脂肪肝，ALT 轻度升高。',
    advice: '减少油脂和饮酒，增加运动，三个月后复查肝功能和腹部B超。',
  },
  severeHypertension: {
    abnormal: { general: '身高 170 cm，体重 86 kg，血压 188/114 mmHg' },
    findings: ['severe_hypertension'],
    conclusion: '血压重度升高（188/114 mmHg），属重要异常指标。',
    advice: '当日到心内科就诊，规范降压治疗；已告知须通知单位或家属。',
  },
  suspectedTumour: {
    abnormal: { chest_xray: '右上肺见约 1.5 cm 结节影，边缘毛糙' },
    findings: ['suspected_tumour'],
    conclusion: '右上肺结节，可疑肿瘤，需进一步检查。',
    advice: '尽快到胸外科就诊，行胸部增强CT检查。',
  },
} satisfies Record<string, Profile>;

function entries(items: readonly PackageItem[], p: Profile, declined: Record<string, boolean>): ItemEntry[] {
  return items.map((i) =>
    i.code in declined
      ? { code: i.code, outcome: 'declined', signed: declined[i.code]! }
      : {
          code: i.code,
          outcome: 'performed',
          value: p.abnormal[i.code] ?? normal[i.code] ?? '未见异常',
          abnormal: i.code in p.abnormal,
        },
  );
}

/**
 * The examinations the hospitals held before today: every examinee of the plan allocated to an
 * earlier day is checked in (ID read from the card), examined and concluded by their hospital's
 * staff on the scheduled day, through the real services. Results are synthetic and fixed by the
 * order of the examinees: mostly normal, every tenth with high blood pressure, every tenth with a
 * fatty liver, a few declined chest X-rays signed for, and at the first hospital exactly one
 * declined B超 not signed (第二十条: not paid). The first examinee's severe hypertension was told to
 * the employer or family the same day; the last examinee's suspected tumour is still to be told
 * (第十七条). Every twentieth examinee did not come (未到检).
 */
export async function createDemoExaminations(
  tx: Executor,
  cipher: FieldCipher,
  o: { today: string; hospitalUsernames: readonly string[]; planId: string },
): Promise<{ examinations: number; seriousFindings: number }> {
  const work = await demoCalendar(tx);
  const actors = await demoActors(tx, o.hospitalUsernames);
  const staff = await tx
    .select({ hospitalId: healthCheckHospitalUsers.hospitalId, username: users.username })
    .from(healthCheckHospitalUsers)
    .innerJoin(users, eq(users.id, healthCheckHospitalUsers.userId))
    .where(inArray(users.username, [...o.hospitalUsernames]));
  const actorOf = new Map(staff.map((s) => [s.hospitalId, actors.get(s.username)!]));
  const firstHospital = staff.find((s) => s.username === o.hospitalUsernames[0])?.hospitalId;
  const [plan] = await tx
    .select({ items: healthCheckPlans.items })
    .from(healthCheckPlans)
    .where(eq(healthCheckPlans.id, o.planId));
  const due = await tx
    .select({
      id: healthCheckExaminees.id,
      hospitalId: healthCheckExaminees.hospitalId,
      scheduledOn: healthCheckExaminees.scheduledOn,
      version: healthCheckExaminees.version,
      idNumberEnc: persons.idNumberEnc,
    })
    .from(healthCheckExaminees)
    .innerJoin(persons, eq(persons.id, healthCheckExaminees.personId))
    .where(
      and(
        eq(healthCheckExaminees.planId, o.planId),
        eq(healthCheckExaminees.status, 'allocated'),
        isNotNull(healthCheckExaminees.hospitalId),
        lt(healthCheckExaminees.scheduledOn, o.today),
      ),
    )
    .orderBy(asc(healthCheckExaminees.scheduledOn), asc(persons.name), asc(persons.idNumberMasked));
  const deps = (day: IsoDate): HealthCheckDeps => {
    const s = demoServices(tx, cipher, at(day), work);
    return {
      db: tx as unknown as Db,
      caseTypes: s.caseTypes,
      policies: s.policies,
      clock: s.clock,
      calendar: s.calendar,
      cipher,
    };
  };

  const present = due.filter((_, k) => k % 20 !== 19);
  for (const e of due.filter((_, k) => k % 20 === 19))
    await createExamineesService(deps(e.scheduledOn!)).markAbsent(
      actorOf.get(e.hospitalId!)!,
      e.id,
      e.version,
    );
  const unsignedAt = present.findIndex(
    (e, k) => e.hospitalId === firstHospital && k > 0 && k < present.length - 1,
  );
  const concluded: { examinationId: string; day: IsoDate; hospitalId: string }[] = [];
  for (const [k, e] of present.entries()) {
    const day = e.scheduledOn!;
    const actor = actorOf.get(e.hospitalId!);
    if (!actor)
      throw new Error(`no staff account among ${o.hospitalUsernames.join('、')} for the examinee's hospital`);
    const profile =
      k === 0
        ? profiles.severeHypertension
        : k === present.length - 1
          ? profiles.suspectedTumour
          : k % 10 === 3
            ? profiles.hypertension
            : k % 10 === 6
              ? profiles.fattyLiver
              : profiles.normal;
    const declined: Record<string, boolean> =
      k === unsignedAt ? { ultrasound_abdomen: false } : k % 15 === 7 ? { chest_xray: true } : {};
    const exams = createExaminationsService(deps(day));
    const started = await exams.verifyIdentity(actor, e.id, {
      idNumber: cipher.decrypt(e.idNumberEnc),
      source: 'card_reader',
    });
    await exams.conclude(actor, started.id, {
      version: started.version,
      items: entries(plan!.items, profile, declined),
      conclusion: profile.conclusion,
      advice: profile.advice,
      findings: profile.findings,
    });
    concluded.push({ examinationId: started.id, day, hospitalId: e.hospitalId! });
  }

  // the first examinee's severe hypertension, told by phone the same day
  const first = concluded[0];
  if (first && concluded.length > 1) {
    const [task] = await tx
      .select({
        id: healthCheckFindings.id,
        version: healthCheckFindings.version,
        party: healthCheckFindings.notifyParty,
      })
      .from(healthCheckFindings)
      .where(eq(healthCheckFindings.examinationId, first.examinationId));
    await createFindingsService(deps(first.day)).notified(actorOf.get(first.hospitalId)!, task!.id, {
      version: task!.version,
      notifiedOn: first.day,
      method: 'phone',
      whom: task!.party === 'employer' ? '参检单位人事科负责人' : '参检职工配偶',
    });
  }
  return { examinations: concluded.length, seriousFindings: Math.min(concluded.length, 2) };
}
