import { ageOn, type IsoDate } from '../engine/dates.ts';
import type { Gender } from './classify.ts';
import { hasReachedRetirementAge, type RetirementCategory } from './retirement.ts';

/** The minimum working age (劳动法 第十五条: employing anyone under 16 is prohibited). */
export const MIN_WORKING_AGE = 16;

export interface WorkingAge {
  age: number;
  isWorkingAge: boolean;
  /** Chinese sentence */
  reason: string;
}

/**
 * Working age (劳动年龄): from the 16th birthday until the statutory retirement month. The registry
 * does not record whether a woman retires as a cadre or a worker, so women default to the cadre
 * category (55, rising to 58): counting a woman of 50–55 as still of working age keeps her
 * household's employment need visible rather than hiding it.
 */
export function workingAge(
  gender: Gender,
  birthDate: IsoDate,
  on: IsoDate,
  femaleCategory: Exclude<RetirementCategory, 'male'> = 'female_cadre',
): WorkingAge {
  const age = ageOn(birthDate, on);
  if (age < MIN_WORKING_AGE)
    return { age, isWorkingAge: false, reason: `${on}时${age}周岁，未满${MIN_WORKING_AGE}周岁` };
  const category = gender === 'male' ? 'male' : femaleCategory;
  if (hasReachedRetirementAge(birthDate, category, on))
    return { age, isWorkingAge: false, reason: `${on}时${age}周岁，已达到法定退休年龄` };
  return { age, isWorkingAge: true, reason: `${on}时${age}周岁，处于劳动年龄段` };
}
