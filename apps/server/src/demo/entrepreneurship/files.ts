import { addDays, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import { and, asc, eq, like, notExists } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { createExpertsService } from '../../modules/entrepreneurship/experts/experts.service.ts';
import { createTeachersService } from '../../modules/entrepreneurship/experts/teachers.service.ts';
import { createFileRecordsService } from '../../modules/entrepreneurship/files/file-records.service.ts';
import { createFilesService } from '../../modules/entrepreneurship/files/files.service.ts';
import { createBusinessPlansService } from '../../modules/entrepreneurship/files/plans.service.ts';
import { createProjectsService } from '../../modules/entrepreneurship/projects/projects.service.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import { trainingInstitutions } from '../../modules/training/institutions/institutions.schema.ts';
import { trainingTrainees } from '../../modules/training/trainees/trainees.schema.ts';
import { users } from '../../platform/access/access.schema.ts';
import { organisations } from '../../platform/orgs/orgs.schema.ts';
import { demoActors } from '../demo-services.ts';
import { at } from '../demo-training-institutions.ts';

export interface DemoEntrepreneurshipFileCounts {
  experts: number;
  teachers: number;
  projects: number;
  files: number;
  plans: number;
}

const projectSpecs = [
  {
    name: '社区生鲜便利店',
    sector: '零售',
    source: 'government',
    investment: '80000',
    jobs: 3,
    summary: '面向新建小区的生鲜便利店，冷链由区域配送中心统一供货。',
  },
  {
    name: '肥城桃深加工作坊',
    sector: '农产品加工',
    source: 'public_call',
    investment: '150000',
    jobs: 6,
    summary: '肥城桃罐头、桃脯加工，依托本地合作社收购原料。',
  },
  {
    name: '家政服务站',
    sector: '居民服务',
    source: 'government',
    investment: '30000',
    jobs: 5,
    summary: '保洁、育婴、养老陪护上门服务，与社区服务中心合作接单。',
  },
  {
    name: '农村电商服务点',
    sector: '电子商务',
    source: 'individual',
    investment: '50000',
    jobs: 2,
    summary: '代销本地特产、代收代发快递，开设网店直播带货。',
  },
  {
    name: '汽车美容快修店',
    sector: '汽车服务',
    source: 'commissioned',
    investment: '120000',
    jobs: 4,
    summary: '洗车、美容、轮胎与快修，选址城区主干道。',
  },
] as const;

/**
 * The entrepreneurship services' people and library in the demo, walked through the real services
 * on dates before today: four experts (王建国 signs in as `zj_<first street>`), three SYB teachers
 * (one suspended), five published projects and one awaiting review, and trainee files of the first
 * street's residents with plans approved, to revise and awaiting 王建国's review, a mentor,
 * follow-ups, an internship, 创业者联谊会 membership and a project taken.
 */
export async function createDemoEntrepreneurshipFiles(
  tx: Executor,
  opts: { now: Date; today: IsoDate; reviewer: string; station: string; expertUsername: string },
): Promise<DemoEntrepreneurshipFileCounts> {
  const db = tx as unknown as Db;
  const actors = await demoActors(tx, [opts.reviewer, opts.station, opts.expertUsername]);
  const reviewer = actors.get(opts.reviewer)!;
  const station = actors.get(opts.station)!;
  const expertActor = actors.get(opts.expertUsername)!;
  const day = (n: number) => addDays(opts.today, -n);
  const clock = at(opts.today);

  const experts = createExpertsService({ db });
  const [account] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, opts.expertUsername));
  const pool = [
    {
      name: '王建国',
      field: '餐饮管理',
      organisation: '泰安市餐饮行业协会',
      qualifications: 'SYB 创业指导师',
      userId: account!.id,
    },
    {
      name: '刘敏',
      field: '财务与融资',
      organisation: '山东农业大学经济管理学院',
      qualifications: '副教授、注册会计师',
      userId: null,
    },
    {
      name: '陈志强',
      field: '电子商务',
      organisation: '泰安市电子商务产业园',
      qualifications: '高级经济师',
      userId: null,
    },
    {
      name: '赵丽',
      field: '农产品加工',
      organisation: '肥城市农业农村局',
      qualifications: '农艺师',
      userId: null,
    },
  ];
  const ids: string[] = [];
  for (const e of pool) ids.push((await experts.create(reviewer, e)).id);
  const [wang, liu, chen] = ids as [string, string, string];

  const teachers = createTeachersService({ db, clock });
  const [inst] = await tx
    .select({ id: trainingInstitutions.id })
    .from(trainingInstitutions)
    .where(eq(trainingInstitutions.name, '泰安市岱宗职业培训学校'));
  const teacherSpecs = [
    { name: '孙晓燕', certificateNumber: 'SYB-3709-2019-0012', course: 'SYB', certifiedOn: '2019-06-20' },
    { name: '马德华', certificateNumber: 'SYB-3709-2021-0045', course: 'SYB', certifiedOn: '2021-09-10' },
    { name: '高建平', certificateNumber: 'IYB-3709-2020-0007', course: 'IYB', certifiedOn: '2020-04-15' },
  ] as const;
  const teacherRows = [];
  for (const t of teacherSpecs)
    teacherRows.push(
      await teachers.create(reviewer, { ...t, validTo: null, institutionId: inst?.id ?? null }),
    );
  const suspended = teacherRows[1]!;
  await teachers.setStatus(reviewer, suspended.id, {
    status: 'suspended',
    reason: '授课评估不合格，暂停授课待复训',
    version: suspended.version,
  });

  const projectsAt = (n: number) => createProjectsService({ db, clock: at(day(n)) });
  const projects = projectsAt(180);
  const published: string[] = [];
  for (const p of projectSpecs) {
    const row = await projects.create(station, {
      name: p.name,
      sector: p.sector,
      source: p.source,
      summary: p.summary,
      investment: p.investment,
      expectedJobs: p.jobs,
    });
    const assigned = await projects.assign(station, row.id, { expertId: wang, version: row.version });
    const reviewed = await projects.review(expertActor, row.id, {
      feasible: true,
      opinion: '市场需求稳定，投资规模适合初次创业者。',
      version: assigned.version,
    });
    await projects.publish(station, row.id, { version: reviewed.version });
    published.push(row.id);
  }
  const waiting = await projects.create(station, {
    name: '宠物美容店',
    sector: '居民服务',
    source: 'individual',
    summary: '宠物洗护美容与用品零售。',
    investment: '60000',
    expectedJobs: 2,
  });
  await projects.assign(station, waiting.id, { expertId: wang, version: waiting.version });

  // Residents of the station's street trained elsewhere (no trainee of an entrepreneurship class
  // here: those are filed from their class, the demo's whole-chain entrepreneur among them), in
  // name order (deterministic).
  const [street] = await tx
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, station.orgId));
  const classTrainee = tx
    .select()
    .from(trainingTrainees)
    .where(
      and(eq(trainingTrainees.personId, persons.id), eq(trainingTrainees.programme, 'entrepreneurship')),
    );
  const people = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(like(persons.orgPath, `${street!.path}%`), notExists(classTrainee)))
    .orderBy(asc(persons.name), asc(persons.id))
    .limit(5);

  const files = createFilesService({ db, clock });
  const records = createFileRecordsService({ db, clock });
  const plansAt = (n: number) => createBusinessPlansService({ db, clock: at(day(n)) });
  const planSpecs = [
    { title: '社区早餐店', sector: '餐饮', investment: '60000', plannedJobs: 3, outcome: 'approved' },
    { title: '农村电商服务点', sector: '电子商务', investment: '45000', plannedJobs: 2, outcome: 'approved' },
    { title: '奶茶饮品店', sector: '餐饮', investment: '90000', plannedJobs: 2, outcome: 'revise' },
    { title: '家政服务站', sector: '居民服务', investment: '30000', plannedJobs: 5, outcome: 'waiting' },
  ] as const;
  let planCount = 0;
  const fileIds: string[] = [];
  for (const [i, person] of people.entries()) {
    const file = await files.register(station, {
      personId: person.id,
      registeredOn: day(200 - i * 10),
      course: 'SYB',
      traineeId: null,
      trainedOn: day(170 - i * 10),
      assessment: 'passed',
      trainingCertificateNumber: `SYB-JY-${opts.today.slice(0, 4)}-${String(i + 1).padStart(4, '0')}`,
    });
    fileIds.push(file.id);
    const spec = planSpecs[i];
    if (!spec) continue;
    const plans = plansAt(160 - i * 10);
    const plan = await plans.submit(station, file.id, {
      title: spec.title,
      sector: spec.sector,
      industry: 'other',
      serviceSector: true,
      investment: spec.investment,
      plannedJobs: spec.plannedJobs,
      summary: `${spec.title}：选址、市场、投资与用工测算见计划书。`,
      submittedOn: day(160 - i * 10),
    });
    planCount += 1;
    await plans.assign(station, plan.id, spec.outcome === 'waiting' ? [wang] : [wang, liu]);
    if (spec.outcome !== 'waiting')
      await plansAt(150 - i * 10).review(expertActor, plan.id, {
        feasible: spec.outcome === 'approved',
        score: spec.outcome === 'approved' ? 85 : 55,
        opinion:
          spec.outcome === 'approved'
            ? '市场调研扎实，投资测算合理，建议实施。'
            : '选址人流不足，成本测算偏低，请修改后重新提交。',
      });
  }

  // The first trainee's path after the plan: mentor, internship, association, project, follow-ups.
  const first = fileIds[0]!;
  const version = async () => (await files.detail(station, first)).version;
  await createFileRecordsService({ db, clock: at(day(150)) }).setMentor(station, first, {
    expertId: wang,
    version: await version(),
  });
  await records.addInternship(station, first, {
    hostName: '泰山早餐连锁店',
    employerId: null,
    startsOn: day(140),
    endsOn: day(110),
    note: '见习门店运营',
  });
  await records.association(station, first, { action: 'join', on: day(100), version: await version() });
  const [link] = await projectsAt(100).recommend(station, published[0]!, first);
  await projectsAt(0).outcome(station, link!.linkId, { status: 'declined', on: day(95) });
  await records.addFollowUp(station, first, {
    onDate: day(90),
    kind: 'visit',
    expertId: wang,
    businessState: 'preparing',
    note: '门店装修中，指导办理营业执照。',
  });
  await records.addFollowUp(station, first, {
    onDate: day(30),
    kind: 'phone',
    expertId: null,
    businessState: 'operating',
    note: '已开业，日均客流约 150 人。',
  });
  await records.rate(station, first, { expertId: wang, score: 5, comment: '指导细致' });
  const second = fileIds[1]!;
  const [taken] = await projectsAt(85).recommend(station, published[3]!, second);
  await projectsAt(0).outcome(station, taken!.linkId, { status: 'taken', on: day(80) });
  await records.addFollowUp(station, second, {
    onDate: day(60),
    kind: 'guidance',
    expertId: chen,
    businessState: 'preparing',
    note: '网店上线指导。',
  });

  return {
    experts: pool.length,
    teachers: teacherSpecs.length,
    projects: projectSpecs.length + 1,
    files: fileIds.length,
    plans: planCount,
  };
}
