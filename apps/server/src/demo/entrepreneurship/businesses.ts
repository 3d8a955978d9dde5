import { addDays, addMonths, addYears, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import { creditCodeCheckChar } from '@minsheng/rules/national/credit-code.ts';
import { and, asc, eq, like, notExists, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { entrepreneurshipBusinesses } from '../../modules/entrepreneurship/businesses/businesses.schema.ts';
import {
  entrepreneurshipFiles,
  entrepreneurshipFollowUps,
} from '../../modules/entrepreneurship/files/files.schema.ts';
import {
  incubationBases,
  incubationResidents,
} from '../../modules/entrepreneurship/incubation/incubation.schema.ts';
import { labourContracts } from '../../modules/registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../../modules/registry/contributions/contributions.schema.ts';
import { employers } from '../../modules/registry/employers/employers.schema.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import { trainingTrainees } from '../../modules/training/trainees/trainees.schema.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';

export interface DemoBusinessCounts {
  files: number;
  businesses: number;
  residents: number;
}

export interface DemoTraineeFile {
  id: string;
  personId: string;
  orgId: number;
  orgPath: string;
  trainedOn: IsoDate;
}

interface Story {
  /** months before today the training ended */
  ended: number;
  passed: boolean;
  business?: {
    /** months after the training */
    opens: number;
    kind: 'enterprise' | 'individual';
    name: string;
    sector: string;
    industry: string;
    /** workers with a contract and monthly contributions */
    workers?: number;
    /** jobs declared at a follow-up (family helpers, uninsured) */
    declared?: number;
    /** closed this many months after opening */
    closesAfter?: number;
    incubated?: boolean;
    /** the founder's contributions stop before the first anniversary; an operating follow-up after it */
    visitedInSecondYear?: boolean;
    /** no registry record at all (no evidence of a second year) */
    noRecords?: boolean;
  };
}

/** The trainees' stories: when their SYB training ended and the business each opened. */
const stories: Story[] = [
  {
    ended: 9,
    passed: true,
    business: {
      opens: 2,
      kind: 'enterprise',
      name: '肥城桃木工艺有限公司',
      sector: '工艺品',
      industry: 'C',
      workers: 3,
      incubated: true,
    },
  },
  {
    ended: 9,
    passed: true,
    business: {
      opens: 4,
      kind: 'individual',
      name: '肥城市老城便民早餐店',
      sector: '餐饮',
      industry: 'H',
      declared: 2,
    },
  },
  {
    ended: 8,
    passed: true,
    business: {
      opens: 2,
      kind: 'enterprise',
      name: '肥城新城电商服务有限公司',
      sector: '电子商务',
      industry: 'I',
      workers: 2,
      incubated: true,
    },
  },
  { ended: 8, passed: false },
  {
    ended: 8,
    passed: true,
    business: {
      opens: 7,
      kind: 'individual',
      name: '肥城市仪阳家电维修部',
      sector: '维修',
      industry: 'O',
      declared: 1,
    },
  },
  {
    ended: 7,
    passed: true,
    business: {
      opens: 5,
      kind: 'individual',
      name: '肥城市王瓜店鲜花店',
      sector: '零售',
      industry: 'F',
      closesAfter: 1,
    },
  },
  { ended: 6, passed: true },
  // opened well over a year ago: the one-year survival cohort
  {
    ended: 20,
    passed: true,
    business: {
      opens: 2,
      kind: 'enterprise',
      name: '肥城佳禾农产品有限公司',
      sector: '农产品加工',
      industry: 'A',
      workers: 2,
    },
  },
  {
    ended: 19,
    passed: true,
    business: {
      opens: 2,
      kind: 'individual',
      name: '肥城市新城裁缝铺',
      sector: '服装',
      industry: 'O',
      declared: 1,
      visitedInSecondYear: true,
    },
  },
  {
    ended: 19,
    passed: true,
    business: {
      opens: 1,
      kind: 'individual',
      name: '肥城市老城水果店',
      sector: '零售',
      industry: 'F',
      noRecords: true,
    },
  },
];

const creditCode = (kind: 'enterprise' | 'individual', n: number) => {
  const first17 = `${kind === 'enterprise' ? '91' : '92'}370983MA${String(700 + n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};
const firstOfMonth = (d: IsoDate) => `${d.slice(0, 7)}-01`;

/**
 * Registered persons of 肥城市 without an entrepreneurship file and never trainees of a class, in a
 * stable order: the contracts given to workers here must not make a demo trainee "re-employed".
 */
const feichengPersons = (tx: Executor, limit: number) =>
  tx
    .select({ id: persons.id, orgId: persons.orgId, orgPath: persons.orgPath })
    .from(persons)
    .where(
      and(
        like(persons.orgPath, sql`(select path from ${organisations} where region_code = '370983') || '%'`),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(entrepreneurshipFiles)
            .where(eq(entrepreneurshipFiles.personId, persons.id)),
        ),
        notExists(
          tx.select({ one: sql`1` }).from(trainingTrainees).where(eq(trainingTrainees.personId, persons.id)),
        ),
      ),
    )
    .orderBy(asc(persons.name), asc(persons.idNumberMasked))
    .limit(limit);

/**
 * Trainee files for the business demo, inserted directly (the files' own demo belongs to the files
 * aggregate; the lead can point `createDemoEntrepreneurshipBusinesses` at those instead): one per
 * story, SYB training ended the story's months before today, with its assessment.
 */
export async function createDemoTraineeFiles(tx: Executor, today: IsoDate): Promise<DemoTraineeFile[]> {
  const people = await feichengPersons(tx, stories.length);
  const out: DemoTraineeFile[] = [];
  for (const [i, p] of people.entries()) {
    const s = stories[i]!;
    const trainedOn = addMonths(today, -s.ended);
    const [f] = await tx
      .insert(entrepreneurshipFiles)
      .values({
        number: `CY-DEMO-${String(i + 1).padStart(4, '0')}`,
        personId: p.id,
        registeredOn: addDays(trainedOn, -30),
        trainedOn,
        assessment: s.passed ? 'passed' : 'failed',
        trainingCertificateNumber: s.passed ? `SYB-DEMO-${String(i + 1).padStart(4, '0')}` : null,
        // 创业者联谊会: the first three joined after training
        associationJoinedOn: i < 3 ? addDays(trainedOn, 14) : null,
        orgId: p.orgId,
        orgPath: p.orgPath,
      })
      .returning();
    out.push({ ...f!, trainedOn });
  }
  return out;
}

/**
 * The businesses the demo trainees opened (2–7 months after training), linked to employer records
 * of their own credit codes; workers (other 肥城市 persons) with contracts and monthly contributions
 * so jobs come from the registry; one closed; the one-year cohort with second-year evidence
 * (contributions or an operating follow-up) for all but one; and 肥城市创业孵化基地 with residents.
 * Every figure of 创业计划进展 is then computed from these records.
 */
export async function createDemoEntrepreneurshipBusinesses(
  tx: Executor,
  files: DemoTraineeFile[],
  today: IsoDate,
): Promise<DemoBusinessCounts> {
  const workerPool = await feichengPersons(tx, 40);
  const founders = new Set(files.map((f) => f.personId));
  const workers = workerPool.filter((w) => !founders.has(w.id));
  let nextWorker = 0;
  let businesses = 0;
  const incubated: { fileId: string; businessId: string; enteredOn: IsoDate }[] = [];

  for (const [i, file] of files.entries()) {
    const s = stories[i]?.business;
    if (!s) continue;
    const openedOn = addMonths(file.trainedOn, s.opens);
    if (openedOn > today) continue;
    businesses += 1;
    const code = creditCode(s.kind, i);
    const at = { orgId: file.orgId, orgPath: file.orgPath };
    const [employer] = await tx
      .insert(employers)
      .values({ creditCode: code, name: s.name, type: s.kind, industry: s.industry, size: 'micro', ...at })
      .returning({ id: employers.id });
    const closedOn = s.closesAfter ? addMonths(openedOn, s.closesAfter) : null;
    const [business] = await tx
      .insert(entrepreneurshipBusinesses)
      .values({
        fileId: file.id,
        kind: s.kind,
        creditCode: code,
        name: s.name,
        employerId: employer!.id,
        sector: s.sector,
        openedOn,
        declaredJobs: s.declared ?? null,
        closedOn: closedOn && closedOn <= today ? closedOn : null,
        closedReason: closedOn && closedOn <= today ? '经营不善，已办理注销' : null,
        ...at,
      })
      .returning({ id: entrepreneurshipBusinesses.id });
    const until = closedOn && closedOn < today ? closedOn : today;
    // the founder pays their own contributions through the business (evidence it operates, no job)
    const payers = s.noRecords
      ? []
      : [
          { id: file.personId, orgId: file.orgId, orgPath: file.orgPath },
          ...workers.slice(nextWorker, nextWorker + (s.workers ?? 0)),
        ];
    for (const [k, w] of payers.entries()) {
      const startsOn = addDays(openedOn, 7 * k);
      if (k > 0) {
        await tx.insert(labourContracts).values({
          personId: w.id,
          employerId: employer!.id,
          termKind: 'fixed',
          position: '店员',
          signedOn: startsOn,
          startsOn,
          endsOn: addYears(startsOn, 3),
          orgId: w.orgId,
          orgPath: w.orgPath,
        });
      }
      const months: { month: string }[] = [];
      for (let m = firstOfMonth(addMonths(startsOn, 1)); m <= until; m = addMonths(m, 1))
        months.push({ month: m });
      if (s.visitedInSecondYear) months.splice(10); // payments stopped before the anniversary
      if (months.length > 0)
        await tx.insert(insuranceContributions).values(
          months.map(({ month }) => ({
            personId: w.id,
            employerId: employer!.id,
            kind: 'pension',
            month,
            status: 'paid' as const,
            baseFen: 400_000,
            personalFen: 32_000,
            unitFen: 64_000,
            orgId: w.orgId,
            orgPath: w.orgPath,
          })),
        );
    }
    nextWorker += s.workers ?? 0;
    if (s.visitedInSecondYear)
      await tx.insert(entrepreneurshipFollowUps).values({
        fileId: file.id,
        onDate: addMonths(openedOn, 13),
        kind: 'visit',
        businessState: 'operating',
        note: '上门回访：店铺正常营业，雇有帮工1人',
      });
    if (s.declared)
      await tx.insert(entrepreneurshipFollowUps).values({
        fileId: file.id,
        onDate: addMonths(openedOn, 1),
        kind: 'phone',
        businessState: 'operating',
        note: `电话回访：已开业，申报带动就业${s.declared}人（家庭帮工，未参保）`,
      });
    if (s.incubated) incubated.push({ fileId: file.id, businessId: business!.id, enteredOn: openedOn });
  }

  const [district] = await tx
    .select({ id: organisations.id, path: organisations.path })
    .from(organisations)
    .where(eq(organisations.regionCode, '370983'));
  const [base] = await tx
    .insert(incubationBases)
    .values({
      name: '肥城市创业孵化基地',
      address: '肥城市新城街道长山街58号',
      operator: '肥城市人力资源和社会保障局',
      capacity: 30,
      openedOn: addMonths(today, -36),
      orgId: district!.id,
      orgPath: district!.path,
    })
    .returning({ id: incubationBases.id });
  const preparing = files.find((_, i) => !stories[i]?.business && stories[i]?.passed);
  const residents = [
    ...incubated.map((r) => ({ ...r, exitedOn: null, exitReason: null })),
    ...(preparing
      ? [
          {
            fileId: preparing.id,
            businessId: null,
            enteredOn: addDays(preparing.trainedOn, 20),
            exitedOn: addMonths(preparing.trainedOn, 4),
            exitReason: '筹备未果，自愿退出',
          },
        ]
      : []),
  ];
  if (residents.length > 0)
    await tx
      .insert(incubationResidents)
      .values(
        residents.map((r) => ({ ...r, baseId: base!.id, orgId: district!.id, orgPath: district!.path })),
      );
  return { files: files.length, businesses, residents: residents.length };
}
