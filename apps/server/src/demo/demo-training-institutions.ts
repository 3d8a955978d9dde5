import { addDays, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import { creditCodeCheckChar } from '@minsheng/rules/national/credit-code.ts';
import type { Db, Executor } from '../db/client.ts';
import { earliestNoticeEnd } from '../modules/cases/notices/cases-notice.rules.ts';
import { loadInstitutionSettings } from '../modules/training/institutions/institution-settings.ts';
import type { ApplicationInput } from '../modules/training/institutions/institutions.service.ts';
import { createInstitutionsService } from '../modules/training/institutions/institutions.service.ts';
import { createInstitutionsReviewService } from '../modules/training/institutions/institutions-review.service.ts';
import { bureauDate, fixedClock } from '../platform/clock.ts';
import { demoActors, demoCalendar } from './demo-services.ts';

export interface DemoInstitutionCounts {
  designated: number;
  rectifying: number;
  inNotice: number;
  applied: number;
}

/** A valid 统一社会信用代码 of a 民办非企业单位 (52) registered in `region`. */
const demoCreditCode = (region: string, seq: number) => {
  const first17 = `52${region}MJ${String(seq).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};

const daizong: ApplicationInput = {
  name: '泰安市岱宗职业培训学校',
  creditCode: demoCreditCode('370902', 1),
  licenceNumber: '教民137090270000123号',
  address: '泰安市泰山区岱宗大街 126 号',
  contactPhone: '0538-6211234',
  qualifications: '民办学校办学许可证；烹饪、育婴、电工实训室各一；专职教师 5 名，兼职教师 3 名',
  occupations: [
    { occupation: '中式烹调师', levels: [3, 4, 5] },
    { occupation: '育婴员', levels: [4, 5] },
    { occupation: '电工', levels: [3, 4, 5] },
    { occupation: '创业培训（SYB）', levels: [] },
  ],
  capacity: 240,
  teachers: [
    { name: '刘建国', certificateNumber: 'S2013370900001', occupation: '中式烹调师', level: 1 },
    { name: '孙海燕', certificateNumber: 'S2016370900023', occupation: '中式烹调师', level: 2 },
    { name: '赵丽', certificateNumber: 'S2018370900105', occupation: '育婴员', level: 2 },
    { name: '陈志强', certificateNumber: 'S2015370900077', occupation: '电工', level: 2 },
    { name: '周明', certificateNumber: 'SYB2014370900012', occupation: '创业培训（SYB）', level: null },
  ],
  sites: [
    { address: '泰山区岱宗大街 126 号 实训楼一层（烹饪实训室）', areaSquareMetres: 320, seats: 60 },
    { address: '泰山区岱宗大街 126 号 实训楼二层（育婴、电工实训室）', areaSquareMetres: 280, seats: 80 },
  ],
};

const taishan: ApplicationInput = {
  name: '泰安市泰山家政服务培训中心',
  creditCode: demoCreditCode('370902', 2),
  licenceNumber: '教民137090270000231号',
  address: '泰安市泰山区财源大街 58 号',
  contactPhone: '0538-8265500',
  qualifications: '民办学校办学许可证；家政实训室一间',
  occupations: [
    { occupation: '家政服务员', levels: [4, 5] },
    { occupation: '养老护理员', levels: [4, 5] },
  ],
  capacity: 120,
  teachers: [{ name: '王淑芬', certificateNumber: 'S2017370900310', occupation: '家政服务员', level: 2 }],
  sites: [{ address: '泰山区财源大街 58 号 三楼', areaSquareMetres: 200, seats: 40 }],
};

const daiyue: ApplicationInput = {
  name: '肥城市新城职业技能培训学校',
  creditCode: demoCreditCode('370983', 3),
  licenceNumber: '教民137098370000045号',
  address: '肥城市新城街道龙山路 16 号',
  contactPhone: '0538-3221180',
  qualifications: '民办学校办学许可证；焊接、电工实训车间',
  occupations: [
    { occupation: '焊工', levels: [3, 4, 5] },
    { occupation: '电工', levels: [4, 5] },
  ],
  capacity: 150,
  teachers: [{ name: '张永强', certificateNumber: 'S2014370900512', occupation: '焊工', level: 2 }],
  sites: [{ address: '肥城市新城街道龙山路 16 号 实训车间', areaSquareMetres: 500, seats: 50 }],
};

const lingshan: ApplicationInput = {
  name: '泰安市泰山区技工培训中心',
  creditCode: demoCreditCode('370902', 4),
  licenceNumber: '教民137090270000318号',
  address: '泰安市泰山区灵山大街 201 号',
  contactPhone: '0538-6098812',
  qualifications: '民办学校办学许可证；电工、焊工实训车间各一',
  occupations: [
    { occupation: '电工', levels: [4, 5] },
    { occupation: '焊工', levels: [4, 5] },
  ],
  capacity: 100,
  teachers: [{ name: '马立新', certificateNumber: 'S2016370900418', occupation: '电工', level: 2 }],
  sites: [{ address: '泰山区灵山大街 201 号 实训车间', areaSquareMetres: 360, seats: 40 }],
};

/** A clock at 10:00 of `day` in the bureau's time zone. */
export const at = (day: IsoDate) => fixedClock(`${day}T10:00:00+08:00`);

/** What the training demos share: the calendar, the institution's staff and the city reviewer, today. */
export async function trainingDemoContext(
  tx: Executor,
  opts: { now: Date; staffUsername: string; reviewer: string },
) {
  const work = await demoCalendar(tx);
  const actors = await demoActors(tx, [opts.staffUsername, opts.reviewer]);
  return {
    db: tx as unknown as Db,
    work,
    calendar: { current: () => work },
    staff: actors.get(opts.staffUsername)!,
    reviewer: actors.get(opts.reviewer)!,
    today: bureauDate(opts.now),
  };
}

/**
 * The training institutions of the demo, walked through the real services on dates before today:
 * 泰安市岱宗职业培训学校 applies from its own account, passes review and a public notice and is
 * designated; a second institution (a paper application) is designated and later ordered to
 * rectify; a fourth's public notice has ended, awaiting designation; a third has just applied on
 * paper and awaits review.
 */
export async function createDemoTrainingInstitutions(
  tx: Executor,
  opts: { now: Date; staffUsername: string; reviewer: string },
): Promise<DemoInstitutionCounts> {
  const { db, work, calendar, staff, reviewer, today } = await trainingDemoContext(tx, opts);
  const services = (day: IsoDate) => {
    const institutions = createInstitutionsService({ db, clock: at(day) });
    return {
      institutions,
      review: createInstitutionsReviewService({ db, clock: at(day), calendar, institutions }),
    };
  };
  const { noticeWorkingDays } = await loadInstitutionSettings(tx);

  /** Review and a notice from `appliedOn` for the set working days; answers the notice's last day. */
  async function publish(applied: { id: string; version: number }, appliedOn: IsoDate) {
    const endsOn = earliestNoticeEnd({ unit: 'working_days', amount: noticeWorkingDays }, appliedOn, work);
    const inNotice = await services(appliedOn).review.pass(reviewer, applied.id, {
      startsOn: appliedOn,
      endsOn,
      version: applied.version,
    });
    return { endsOn, inNotice };
  }

  /** Review, a notice from `appliedOn` for the set working days, designation the day after it ends. */
  async function designate(applied: { id: string; version: number }, appliedOn: IsoDate) {
    const { endsOn, inNotice } = await publish(applied, appliedOn);
    return services(addDays(endsOn, 1)).review.designate(reviewer, applied.id, { version: inNotice.version });
  }

  // Designated over a year ago, so that its SYB class's trainees have been followed up since.
  const appliedOn = addDays(today, -400);
  await designate(await services(appliedOn).institutions.apply(staff, daizong), appliedOn);
  const second = await designate(
    await services(appliedOn).institutions.registerPaper(reviewer, taishan),
    appliedOn,
  );
  await services(addDays(today, -10)).review.supervise(reviewer, second.id, {
    action: 'order_rectify',
    reason: '年度检查发现实训设备不足，部分课程未按计划课时开展',
    rectifyBy: addDays(today, 30),
    version: second.version,
  });
  const noticedOn = addDays(today, -20);
  await publish(await services(noticedOn).institutions.registerPaper(reviewer, lingshan), noticedOn);
  await services(addDays(today, -3)).institutions.registerPaper(reviewer, daiyue);
  return { designated: 1, rectifying: 1, inNotice: 1, applied: 1 };
}
