import { addDays, addMonths, addYears, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import { creditCodeCheckChar } from '@minsheng/rules/national/credit-code.ts';
import { and, asc, between, desc, eq, like, ne, notExists, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { createBusinessesService } from '../../modules/entrepreneurship/businesses/businesses.service.ts';
import { entrepreneurshipExperts } from '../../modules/entrepreneurship/experts/experts.schema.ts';
import { createFileRecordsService } from '../../modules/entrepreneurship/files/file-records.service.ts';
import { entrepreneurshipFiles } from '../../modules/entrepreneurship/files/files.schema.ts';
import { createFilesService } from '../../modules/entrepreneurship/files/files.service.ts';
import { createBusinessPlansService } from '../../modules/entrepreneurship/files/plans.service.ts';
import { createIncubationService } from '../../modules/entrepreneurship/incubation/incubation.service.ts';
import { entrepreneurshipProjects } from '../../modules/entrepreneurship/projects/projects.schema.ts';
import { createProjectsService } from '../../modules/entrepreneurship/projects/projects.service.ts';
import { labourContracts } from '../../modules/registry/contracts/contracts.schema.ts';
import { createContractsService } from '../../modules/registry/contracts/contracts.service.ts';
import { createContributionsService } from '../../modules/registry/contributions/contributions.service.ts';
import { createEmployersService } from '../../modules/registry/employers/employers.service.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import { trainingClasses } from '../../modules/training/classes/classes.schema.ts';
import { trainingTrainees } from '../../modules/training/trainees/trainees.schema.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';
import { demoActors } from '../demo-services.ts';
import { at } from '../demo-training-institutions.ts';
import { demoBankId, demoLending, repaymentLines } from './loans.ts';

export interface DemoEntrepreneurChain {
  fileId: string;
  /** the trainee file's number: 学员信息库 → this file shows the whole chain on one timeline */
  fileNumber: string;
  /** the street station's account that filed it */
  station: string;
  personId: string;
  businessId: string;
}

const PROJECT = '社区生鲜便利店';
const PRINCIPAL = 50000;

/**
 * The chain person: the first (by name) who passed the demo's closed SYB class — chosen here, and
 * left out of the other entrepreneurship stories (the files demo takes no class trainee, the
 * credit-community ledger no one with a loan).
 */
async function chainTrainee(tx: Executor) {
  const [row] = await tx
    .select({
      traineeId: trainingTrainees.id,
      personId: trainingTrainees.personId,
      endsOn: trainingTrainees.endsOn,
      resultOn: trainingTrainees.resultOn,
    })
    .from(trainingTrainees)
    .innerJoin(trainingClasses, eq(trainingClasses.id, trainingTrainees.classId))
    .innerJoin(persons, eq(persons.id, trainingTrainees.personId))
    .where(
      and(
        eq(trainingClasses.programme, 'entrepreneurship'),
        eq(trainingClasses.status, 'closed'),
        eq(trainingTrainees.result, 'passed'),
      ),
    )
    .orderBy(desc(trainingClasses.endsOn), asc(persons.name), asc(persons.idNumberMasked))
    .limit(1);
  if (!row?.resultOn) throw new Error('the demo has no passed trainee of a closed SYB class');
  return { ...row, resultOn: row.resultOn };
}

/**
 * The shop's worker: a person of the founder's street aged 18 to 55 without a trainee file, a class
 * or a labour contract in force on the hiring day (so hiring him changes no other demo story), by
 * name.
 */
async function worker(tx: Executor, streetPath: string, founder: string, hiredOn: IsoDate) {
  const [row] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        like(persons.orgPath, `${streetPath}%`),
        ne(persons.id, founder),
        between(persons.birthDate, addYears(hiredOn, -55), addYears(hiredOn, -18)),
        notExists(
          tx.select().from(entrepreneurshipFiles).where(eq(entrepreneurshipFiles.personId, persons.id)),
        ),
        notExists(tx.select().from(trainingTrainees).where(eq(trainingTrainees.personId, persons.id))),
        notExists(
          tx
            .select()
            .from(labourContracts)
            .where(
              and(
                eq(labourContracts.personId, persons.id),
                sql`coalesce(${labourContracts.endedOn}, ${labourContracts.endsOn}, 'infinity'::date) >= ${hiredOn}::date`,
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(persons.name), asc(persons.idNumberMasked))
    .limit(1);
  if (!row) throw new Error('the chain business finds no worker in the street');
  return row.id;
}

/**
 * One demo entrepreneur carrying the whole chain, walked through the real services on dated steps
 * counted from the end of his SYB class (E, about seven months ago): passed (the class's result) →
 * trainee file linked to the trainee record (the result day) → business plan 《社区生鲜便利店》
 * submitted (E+7) and found feasible by 王建国 (E+14) → the library's project of that name taken
 * (E+16, E+18) → a guaranteed loan applied (E+25), approved by the rule (E+33), guaranteed (E+40)
 * and lent by the demo bank (E+45), its monthly instalments repaid through the bank's file → the
 * shop opened (E+50: within the 3 months 开业成功率 counts) under its own credit code in the
 * employer registry, resident in 泰山区创业孵化基地, one shop assistant with a contract (E+55) and
 * monthly pension contributions → follow-ups at 3 and 6 months. Runs after the training classes,
 * the loans (the bank) and the files demo (the experts and the project library).
 */
export async function createDemoEntrepreneurChain(
  tx: Executor,
  cipher: FieldCipher,
  opts: {
    now: Date;
    today: IsoDate;
    reviewer: string;
    station: string;
    expertUsername: string;
    bankUsername: string;
  },
): Promise<DemoEntrepreneurChain> {
  const db = tx as unknown as Db;
  const actors = await demoActors(tx, [opts.reviewer, opts.station, opts.expertUsername]);
  const reviewer = actors.get(opts.reviewer)!;
  const station = actors.get(opts.station)!;
  const expert = actors.get(opts.expertUsername)!;
  const trainee = await chainTrainee(tx);
  const ended = trainee.endsOn;
  const day = (n: number) => addDays(ended, n);

  // the file, from the trainee record: training and assessment come from the class
  const { id: fileId, number: fileNumber } = await createFilesService({
    db,
    clock: at(trainee.resultOn),
  }).register(station, {
    personId: trainee.personId,
    registeredOn: trainee.resultOn,
    course: 'SYB',
    traineeId: trainee.traineeId,
    trainedOn: null,
    assessment: null,
    trainingCertificateNumber: null,
  });

  // the plan, reviewed feasible by 王建国
  const [wang] = await tx
    .select({ id: entrepreneurshipExperts.id })
    .from(entrepreneurshipExperts)
    .where(eq(entrepreneurshipExperts.name, '王建国'));
  const plan = await createBusinessPlansService({ db, clock: at(day(7)) }).submit(station, fileId, {
    title: PROJECT,
    sector: '零售',
    industry: 'other',
    serviceSector: true,
    investment: '80000',
    plannedJobs: 2,
    summary: '租用岱庙街道小区临街门面 60 平方米，经营生鲜果蔬，冷链由区域配送中心统一供货，雇用店员 1 人。',
    submittedOn: day(7),
  });
  await createBusinessPlansService({ db, clock: at(day(7)) }).assign(station, plan.id, [wang!.id]);
  await createBusinessPlansService({ db, clock: at(day(14)) }).review(expert, plan.id, {
    feasible: true,
    score: 88,
    opinion: '小区入住率高、周边无同类门店，投资与客流测算合理，可行。',
  });
  // the expert who found the plan feasible guides him from then on
  const [{ version }] = (await tx
    .select({ version: entrepreneurshipFiles.version })
    .from(entrepreneurshipFiles)
    .where(eq(entrepreneurshipFiles.id, fileId))) as [{ version: number }];
  await createFileRecordsService({ db, clock: at(day(14)) }).setMentor(station, fileId, {
    expertId: wang!.id,
    version,
  });

  // the library's project of the same name, recommended and taken
  const [project] = await tx
    .select({ id: entrepreneurshipProjects.id })
    .from(entrepreneurshipProjects)
    .where(and(eq(entrepreneurshipProjects.name, PROJECT), eq(entrepreneurshipProjects.status, 'published')));
  const takers = await createProjectsService({ db, clock: at(day(16)) }).recommend(
    station,
    project!.id,
    fileId,
  );
  const link = takers.find((t) => t.fileId === fileId)!;
  await createProjectsService({ db, clock: at(day(18)) }).outcome(station, link.linkId, {
    status: 'taken',
    on: day(18),
  });

  // the loan: applied, approved by the rule, guaranteed and lent; the instalments due so far repaid
  const lending = await demoLending(tx, cipher, opts);
  const lentOn = day(45);
  const contract = `PSBC-${lentOn.slice(0, 4)}-0003`;
  const loan = await lending.lend(
    { personId: trainee.personId, officer: station, fileId },
    await demoBankId(tx),
    lentOn,
    PRINCIPAL,
    contract,
  );
  const due = loan.schedule.filter((l) => l.dueOn < opts.today);
  if (due.length > 0)
    await lending.uploadRepayments(
      '邮储银行还款明细（生鲜便利店）.xlsx',
      repaymentLines(contract, PRINCIPAL * 100, due, '03'),
    );

  // the shop: opened after the loan, in the employer registry under its own credit code
  const openedOn = day(50);
  const first17 = '92370902MA0000801';
  const employers = createEmployersService({ db, cipher });
  const business = await createBusinessesService({ db, clock: at(openedOn), employers }).create(station, {
    fileId,
    kind: 'individual',
    creditCode: first17 + creditCodeCheckChar(first17),
    name: '泰安市泰山区岱庙鲜丰生鲜便利店',
    sector: '生鲜零售',
    industry: 'F',
    openedOn,
  });

  // resident of the district's incubation base from the opening
  const [district] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.regionCode, '370902'));
  const incubation = createIncubationService({ db, clock: at(openedOn) });
  const base = await incubation.createBase(reviewer, {
    orgId: district!.id,
    name: '泰山区创业孵化基地',
    address: '泰安市泰山区东岳大街 396 号',
    operator: '泰安市泰山区人力资源和社会保障局',
    capacity: 20,
    openedOn: addMonths(opts.today, -36),
  });
  await incubation.addResident(reviewer, base.id, { fileId, businessId: business.id, enteredOn: openedOn });

  // the shop assistant: a contract, and pension contributions for each month worked so far
  const hiredOn = day(55);
  const assistant = await worker(tx, station.orgPath, trainee.personId, hiredOn);
  await createContractsService({ db, clock: at(hiredOn) }).create(station, assistant, {
    employerId: business.employerId!,
    termKind: 'fixed',
    position: '店员',
    signedOn: hiredOn,
    startsOn: hiredOn,
    endsOn: addYears(hiredOn, 3),
  });
  for (let month = addMonths(`${hiredOn.slice(0, 7)}-01`, 1); month < `${opts.today.slice(0, 7)}-01`; ) {
    await createContributionsService({ db, clock: at(addDays(month, 14)) }).create(station, assistant, {
      employerId: business.employerId,
      kind: 'pension',
      month: month.slice(0, 7),
      baseFen: 400_000,
      personalFen: 32_000,
      unitFen: 64_000,
    });
    month = addMonths(month, 1);
  }

  // the follow-ups 3 and 6 months after the class
  const records = (on: IsoDate) => createFileRecordsService({ db, clock: at(on) });
  const threeMonths = addMonths(ended, 3);
  await records(threeMonths).addFollowUp(station, fileId, {
    onDate: threeMonths,
    kind: 'phone',
    expertId: null,
    businessState: 'operating',
    note: '电话回访：已开业，日均销售额约 3000 元，雇用店员 1 人。',
  });
  const sixMonths = addMonths(ended, 6);
  await records(sixMonths).addFollowUp(station, fileId, {
    onDate: sixMonths,
    kind: 'visit',
    expertId: wang!.id,
    businessState: 'operating',
    note: '开业半年回访：门店正常经营，店员已参保，贷款按月还款无逾期。',
  });
  return { fileId, fileNumber, station: opts.station, personId: trainee.personId, businessId: business.id };
}
