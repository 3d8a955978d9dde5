import { z } from 'zod';
import { addYears, type IsoDate, isIsoDate } from '../engine/dates.ts';
import { cite } from '../engine/documents.ts';
import { documentRef, EMPLOYMENT_PROMOTION } from '../policies/documents.ts';
import { classify4050 } from './classify.ts';

/**
 * Employment-difficulty persons (就业困难人员) by the categories of seed 001 篇3 三(三)1:
 * local-hukou persons who are able and willing to work and actively seek work, and who are
 *   1. 城镇失业人员中的“4050”人员
 *   2. 享受城镇居民最低生活保障的失业人员
 *   3. 城镇零就业家庭人员
 *   4. 城镇失业登记1年以上就业转失业人员
 *   5. 持有《特困证》劳动力
 *   6. 农村低保家庭劳动力
 *   7. 需赡养经医保机构确定特殊病种的直系家属人员
 *   8. 农村复转军人和被征地农民中生活困难的“4050”人员
 */
const isoDate = z.string().refine(isIsoDate, '须为 YYYY-MM-DD 日期');

export const difficultyFactsSchema = z.object({
  gender: z.enum(['male', 'female']),
  birthDate: isoDate,
  hukouType: z.enum(['urban', 'rural']),
  /** 本市户籍 */
  localHukou: z.boolean(),
  /** 有就业愿望和劳动能力且积极求职 */
  ableAndSeekingWork: z.boolean(),
  /** 城镇登记失业 */
  registeredUnemployed: z.boolean().default(false),
  /** date of the current unemployment registration */
  unemploymentRegisteredOn: isoDate.optional(),
  /** became unemployed after a job (就业转失业) */
  lostJob: z.boolean().default(false),
  urbanMinimumLiving: z.boolean().default(false),
  zeroEmploymentHousehold: z.boolean().default(false),
  hardshipCertificate: z.boolean().default(false),
  ruralMinimumLivingHousehold: z.boolean().default(false),
  supportsSpecialDiseaseRelative: z.boolean().default(false),
  ruralDemobilisedSoldier: z.boolean().default(false),
  landExpropriatedFarmer: z.boolean().default(false),
  livingInHardship: z.boolean().default(false),
});
export type DifficultyFacts = z.input<typeof difficultyFactsSchema>;

export type DifficultyCategory =
  | 'urban_unemployed_4050'
  | 'unemployed_minimum_living'
  | 'zero_employment_household'
  | 'long_term_unemployed'
  | 'hardship_certificate'
  | 'rural_minimum_living_labour'
  | 'special_disease_dependant'
  | 'rural_veteran_or_landless_4050';

export const DIFFICULTY_CATEGORY_LABELS: Readonly<Record<DifficultyCategory, string>> = {
  urban_unemployed_4050: '城镇失业人员中的“4050”人员',
  unemployed_minimum_living: '享受城镇居民最低生活保障的失业人员',
  zero_employment_household: '城镇零就业家庭人员',
  long_term_unemployed: '城镇失业登记1年以上就业转失业人员',
  hardship_certificate: '持有《特困证》劳动力',
  rural_minimum_living_labour: '农村低保家庭劳动力',
  special_disease_dependant: '需赡养经医保机构确定特殊病种的直系家属人员',
  rural_veteran_or_landless_4050: '农村复转军人和被征地农民中生活困难的“4050”人员',
};

export interface DifficultyClassification {
  isDifficultyPerson: boolean;
  categories: DifficultyCategory[];
  /** unmet prerequisites, in Chinese */
  unmet: string[];
  reason: string;
  clause: string;
}

export function classifyDifficulty(facts: DifficultyFacts, on: IsoDate): DifficultyClassification {
  const f = difficultyFactsSchema.parse(facts);
  const is4050 = classify4050(f.gender, f.birthDate, on).is4050;
  const urbanUnemployed = f.registeredUnemployed && f.hukouType === 'urban';
  // "1年以上" includes exactly one year (以上含本数).
  const longTerm =
    urbanUnemployed &&
    f.lostJob &&
    f.unemploymentRegisteredOn !== undefined &&
    addYears(f.unemploymentRegisteredOn, 1) <= on;
  const tests: [DifficultyCategory, boolean][] = [
    ['urban_unemployed_4050', urbanUnemployed && is4050],
    ['unemployed_minimum_living', f.registeredUnemployed && f.urbanMinimumLiving],
    ['zero_employment_household', f.zeroEmploymentHousehold && f.hukouType === 'urban'],
    ['long_term_unemployed', longTerm],
    ['hardship_certificate', f.hardshipCertificate],
    ['rural_minimum_living_labour', f.ruralMinimumLivingHousehold && f.hukouType === 'rural'],
    ['special_disease_dependant', f.supportsSpecialDiseaseRelative],
    [
      'rural_veteran_or_landless_4050',
      (f.ruralDemobilisedSoldier || f.landExpropriatedFarmer) && f.livingInHardship && is4050,
    ],
  ];
  const categories = tests.filter(([, ok]) => ok).map(([c]) => c);
  const unmet: string[] = [];
  if (!f.localHukou) unmet.push('非本市户籍');
  if (!f.ableAndSeekingWork) unmet.push('无就业愿望或劳动能力，或未积极求职');
  const isDifficultyPerson = unmet.length === 0 && categories.length > 0;
  const reason = isDifficultyPerson
    ? `属于就业困难人员：${categories.map((c) => DIFFICULTY_CATEGORY_LABELS[c]).join('、')}`
    : `不属于就业困难人员：${[...unmet, ...(categories.length === 0 ? ['不属于所列任何一类人员'] : [])].join('；')}`;
  return {
    isDifficultyPerson,
    categories,
    unmet,
    reason,
    clause: cite(documentRef(EMPLOYMENT_PROMOTION).doc, '三(三)1'),
  };
}
