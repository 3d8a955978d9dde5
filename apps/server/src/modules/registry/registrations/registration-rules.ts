import { addMonths, addYears, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import { cite } from '@minsheng/rules/engine/documents.ts';
import { classify4050 } from '@minsheng/rules/national/classify.ts';
import {
  classifyDifficulty,
  DIFFICULTY_CATEGORY_LABELS,
  type DifficultyCategory,
} from '@minsheng/rules/national/difficulty.ts';
import {
  type RetirementCategory,
  type StatutoryRetirement,
  statutoryRetirement,
} from '@minsheng/rules/national/retirement.ts';
import { documentRef, EMPLOYMENT_PROMOTION } from '@minsheng/rules/policies/documents.ts';
import { dateRanges, rangeViolation } from '../../../platform/dates/date-ranges.ts';

/**
 * Pure rules of 就业登记 / 失业登记 / 就业困难人员认定 (no database, no clock: `today` is passed in).
 * Each check answers a violation with a Chinese message, or null.
 */
export interface Violation {
  path: string;
  message: string;
}

/** The clause that decides who registers where (`001 篇3 五(四)`). */
export const REGISTRATION_CLAUSE = cite(documentRef(EMPLOYMENT_PROMOTION).doc, '五(四)');
/** Statutory minimum working age (《劳动法》第十五条). */
export const MIN_WORKING_AGE = 16;
/** 「在常住地稳定就业满6个月」 */
export const STABLE_EMPLOYMENT_MONTHS = 6;

export const difficultyCategories = Object.keys(DIFFICULTY_CATEGORY_LABELS) as DifficultyCategory[];

export interface PersonFacts {
  /** GB/T 2261.1: '1' male, '2' female */
  gender: '1' | '2';
  birthDate: IsoDate;
  hukouType: string;
  /** local 本市 / province 市外省内 / other 省外 */
  hukouPlace: string;
}

export interface Period {
  startedOn: IsoDate;
  endedOn: IsoDate | null;
}

/**
 * The registry holds no 干部/工人 distinction, so women get the cadre schedule (55 → 58), as in
 * `@minsheng/rules/national/working-age.ts`: refusing a woman of 50–55 unemployment registration
 * because she might be a worker would be worse than letting the station check her post.
 */
export const retirementCategoryOf = (gender: PersonFacts['gender']): RetirementCategory =>
  gender === '1' ? 'male' : 'female_cadre';

export const retirementOf = (p: Pick<PersonFacts, 'gender' | 'birthDate'>): StatutoryRetirement =>
  statutoryRetirement(p.birthDate, retirementCategoryOf(p.gender));

/** First day of the statutory retirement month: from that day the person has reached it. */
export const retirementDateOf = (p: Pick<PersonFacts, 'gender' | 'birthDate'>): IsoDate =>
  `${retirementOf(p).retirementMonth}-01`;

/** A date of a record: not in the future and not before the person turned 16. */
export function checkRecordDate(
  label: string,
  path: string,
  on: IsoDate,
  birthDate: IsoDate,
  today: IsoDate,
): Violation | null {
  const range = rangeViolation(path, label, on, dateRanges.working);
  if (range) return range;
  if (on > today) return { path, message: `${label}「${on}」晚于今天` };
  // String comparison also handles a 29 February birthday.
  const sixteen = addYears(birthDate, MIN_WORKING_AGE);
  if (on < sixteen)
    return { path, message: `${label}「${on}」早于本人年满${MIN_WORKING_AGE}周岁（${sixteen}）` };
  return null;
}

/** An end date: not in the future, not before the start. */
export function checkEndDate(
  label: string,
  path: string,
  endedOn: IsoDate,
  startedOn: IsoDate,
  today: IsoDate,
): Violation | null {
  const range = rangeViolation(path, label, endedOn, dateRanges.working);
  if (range) return range;
  if (endedOn > today) return { path, message: `${label}「${endedOn}」晚于今天` };
  if (endedOn < startedOn) return { path, message: `${label}「${endedOn}」早于开始日期「${startedOn}」` };
  return null;
}

/**
 * A benefit period (失业保险金): both dates or neither, starting on or after the registration (benefit
 * follows 失业登记), at most `maxMonths` long, and a non-negative total with at most two decimals.
 */
export function benefitViolation(
  registeredOn: IsoDate,
  b: { benefitFrom: IsoDate | null; benefitUntil: IsoDate | null; benefitTotal: string | null },
  maxMonths = 24,
): Violation | null {
  if ((b.benefitFrom === null) !== (b.benefitUntil === null))
    return { path: 'benefitUntil', message: '领取起始日期和领取期满日期须同时填写' };
  if (b.benefitFrom !== null && b.benefitUntil !== null) {
    if (b.benefitFrom < registeredOn)
      return {
        path: 'benefitFrom',
        message: `领取起始日期「${b.benefitFrom}」早于失业登记日期「${registeredOn}」`,
      };
    if (b.benefitUntil < b.benefitFrom)
      return {
        path: 'benefitUntil',
        message: `领取期满日期「${b.benefitUntil}」早于领取起始日期「${b.benefitFrom}」`,
      };
    if (b.benefitUntil >= addMonths(b.benefitFrom, maxMonths))
      return {
        path: 'benefitUntil',
        message: `失业保险金领取期限最长${maxMonths}个月（《失业保险条例》第十七条）`,
      };
  }
  if (b.benefitTotal !== null && !/^\d{1,9}(\.\d{1,2})?$/.test(b.benefitTotal))
    return { path: 'benefitTotal', message: '应领取失业保险金总额应为金额（元，最多两位小数）' };
  return null;
}

/** 「在法定劳动年龄内」: unemployment registration only before the statutory retirement date. */
export function checkWorkingAge(person: PersonFacts, on: IsoDate, path: string): Violation | null {
  const retirement = retirementDateOf(person);
  if (on >= retirement)
    return {
      path,
      message: `失业登记日期「${on}」本人已达到法定退休年龄（${retirementOf(person).description}），不在法定劳动年龄内，不能办理失业登记（${REGISTRATION_CLAUSE}）`,
    };
  return null;
}

/** Whether the periods contain one of at least six months of employment that has ended. */
export const hasStableEmployment = (history: readonly Period[]) =>
  history.some((p) => p.endedOn !== null && addMonths(p.startedOn, STABLE_EMPLOYMENT_MONTHS) <= p.endedOn);

export interface RegistrationPlace {
  allowed: boolean;
  /** Why the person may (or may not) register in this city, in Chinese. */
  basis: string;
}

/**
 * Where a person may register unemployment (`001 篇3 五(四)`): 「没有就业经历的城镇户籍人员，在户籍地
 * 登记，农村进城务工人员和其他非本地户籍人员在常住地稳定就业满6个月的，失业后可以在常住地登记」.
 * This registry is the city's, so the city is the person's place of habitual residence; it is also
 * the hukou place when the hukou is local. Urban local hukou → register here (with or without work
 * history). Rural hukou (进城务工) or non-local hukou → here only after ≥ 6 months of stable
 * employment in the city, shown by an ended employment registration; otherwise at the hukou place.
 */
export function registrationPlace(person: PersonFacts, employment: readonly Period[]): RegistrationPlace {
  if (person.hukouType === 'urban' && person.hukouPlace === 'local')
    return { allowed: true, basis: '本市城镇户籍人员，在户籍地登记' };
  const who = person.hukouType === 'rural' ? '农村进城务工人员' : '非本地户籍人员';
  if (hasStableEmployment(employment))
    return {
      allowed: true,
      basis: `${who}在常住地稳定就业满${STABLE_EMPLOYMENT_MONTHS}个月，失业后在常住地登记`,
    };
  return {
    allowed: false,
    basis: `${who}须在常住地稳定就业满${STABLE_EMPLOYMENT_MONTHS}个月后，失业后方可在常住地登记；本人无此就业登记记录，应到户籍地登记（${REGISTRATION_CLAUSE}：“没有就业经历的城镇户籍人员，在户籍地登记，农村进城务工人员和其他非本地户籍人员在常住地稳定就业满6个月的，失业后可以在常住地登记”）`,
  };
}

/**
 * Two registration periods share a day. The end day is the day the status changed, so a period
 * may start on the day the previous one ended; an open period (no end) runs on.
 */
export const periodsOverlap = (a: Period, b: Period) =>
  (a.endedOn === null || a.endedOn > b.startedOn) && (b.endedOn === null || b.endedOn > a.startedOn);

/** A period must not share a day with any of `periods` (e.g. an imported historical registration). */
export function checkPeriodOverlap(
  label: string,
  path: string,
  period: Period,
  periods: readonly Period[],
): Violation | null {
  const clash = periods.find((p) => periodsOverlap(p, period));
  if (!clash) return null;
  const range = `${clash.startedOn} 至 ${clash.endedOn ?? '今'}`;
  return { path, message: `${label}「${period.startedOn}」与已有登记（${range}）重叠` };
}

/** A new period must start on or after every earlier one ended (and none may still be open). */
export const checkNoOverlap = (label: string, path: string, startOn: IsoDate, periods: readonly Period[]) =>
  checkPeriodOverlap(label, path, { startedOn: startOn, endedOn: null }, periods);

export interface StationFacts {
  level: 'city' | 'district' | 'street' | 'community';
  path: string;
  name: string;
}

/**
 * 失业登记 is done by a public employment service agency (公共就业服务机构): a street/town labour
 * station or above, and the one that serves the person's place of residence (the person's
 * organisation or one of its ancestors).
 */
export function checkStation(station: StationFacts, personOrgPath: string): Violation | null {
  if (station.level === 'community')
    return {
      path: 'stationId',
      message: `失业登记须由公共就业服务机构（街道/乡镇劳动保障中心及以上）办理，「${station.name}」是社区（${REGISTRATION_CLAUSE}）`,
    };
  if (!personOrgPath.startsWith(station.path))
    return {
      path: 'stationId',
      message: `「${station.name}」不是本人常住地的公共就业服务机构（${REGISTRATION_CLAUSE}）`,
    };
  return null;
}

export interface DifficultyInput {
  person: PersonFacts;
  category: DifficultyCategory;
  decidedOn: IsoDate;
  /** the open unemployment registration the determination rests on */
  unemployment: { registeredOn: IsoDate; reason: string } | null;
}

/**
 * Whether the registry facts allow the category (`001 篇3 三(三)1` via `classifyDifficulty`).
 * An open unemployment registration is required for every category: the clause helps persons
 * 「积极求职」 back into work, and `五(四)` marks difficulty persons on the registration certificate
 * (「对就业困难人员在登记证上予以注明」). Facts the registry cannot know (低保, 特困证, 零就业家庭,
 * 特殊病种, 复转军人/被征地农民, 生活困难) are taken as attested by the evidence; age, gender, hukou
 * and the registration dates are checked.
 */
export function checkDifficultyCategory(input: DifficultyInput): Violation | null {
  const { person, category, decidedOn, unemployment } = input;
  const label = DIFFICULTY_CATEGORY_LABELS[category];
  if (!unemployment)
    return {
      path: 'category',
      message: `认定就业困难人员须先办理失业登记：本人没有有效的失业登记（${REGISTRATION_CLAUSE}）`,
    };
  const attested = {
    urbanMinimumLiving: category === 'unemployed_minimum_living',
    zeroEmploymentHousehold: category === 'zero_employment_household',
    hardshipCertificate: category === 'hardship_certificate',
    ruralMinimumLivingHousehold: category === 'rural_minimum_living_labour',
    supportsSpecialDiseaseRelative: category === 'special_disease_dependant',
    ruralDemobilisedSoldier: category === 'rural_veteran_or_landless_4050',
    livingInHardship: category === 'rural_veteran_or_landless_4050',
  };
  const result = classifyDifficulty(
    {
      gender: person.gender === '1' ? 'male' : 'female',
      birthDate: person.birthDate,
      hukouType: person.hukouType === 'rural' ? 'rural' : 'urban',
      localHukou: person.hukouPlace === 'local',
      ableAndSeekingWork: true,
      registeredUnemployed: true,
      unemploymentRegisteredOn: unemployment.registeredOn,
      lostJob: unemployment.reason !== 'never_employed',
      ...attested,
    },
    decidedOn,
  );
  if (result.unmet.length > 0)
    return {
      path: 'category',
      message: `不能认定为「${label}」：${result.unmet.join('；')}（${result.clause}）`,
    };
  if (!result.categories.includes(category))
    return { path: 'category', message: `不能认定为「${label}」：${whyNot(input)}（${result.clause}）` };
  return null;
}

function whyNot({ person, category, decidedOn, unemployment }: DifficultyInput): string {
  const c4050 = classify4050(person.gender === '1' ? 'male' : 'female', person.birthDate, decidedOn);
  switch (category) {
    case 'urban_unemployed_4050':
      return person.hukouType !== 'urban' ? '本人不是城镇户籍' : c4050.reason;
    case 'rural_veteran_or_landless_4050':
      return c4050.reason;
    case 'zero_employment_household':
      return '零就业家庭人员须为城镇户籍';
    case 'rural_minimum_living_labour':
      return '农村低保家庭劳动力须为农村户籍';
    case 'long_term_unemployed':
      return unemployment?.reason === 'never_employed'
        ? '本人无就业经历，不属于就业转失业人员'
        : `失业登记日期${unemployment?.registeredOn}至${decidedOn}未满1年`;
    default:
      return '不符合该类人员条件';
  }
}

export interface EmploymentStatusFacts {
  person: PersonFacts;
  openEmployment: boolean;
  activeDifficultyCategories: DifficultyCategory[];
  today: IsoDate;
}

/** What the person page shows about employment, computed as of `today`. */
export function employmentStatus(f: EmploymentStatusFacts) {
  const gender = f.person.gender === '1' ? 'male' : 'female';
  const c4050 = classify4050(gender, f.person.birthDate, f.today);
  const retirement = retirementOf(f.person);
  const retirementDate = `${retirement.retirementMonth}-01`;
  return {
    employed: f.openEmployment,
    age: c4050.age,
    is4050: c4050.is4050,
    is4050Reason: c4050.reason,
    retirementDate,
    retirementDescription: retirement.description,
    retired: f.today >= retirementDate,
    isDifficultyPerson: f.activeDifficultyCategories.length > 0,
  };
}
