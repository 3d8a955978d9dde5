import { ageOn, type IsoDate } from '../engine/dates.ts';

export type Gender = 'male' | 'female';

export interface Classification4050 {
  is4050: boolean;
  age: number;
  threshold: number;
  /** Chinese sentence */
  reason: string;
}

/** "4050人员": women aged 40 or more, men aged 50 or more on `on`. */
export function classify4050(gender: Gender, birthDate: IsoDate, on: IsoDate): Classification4050 {
  const age = ageOn(birthDate, on);
  const threshold = gender === 'female' ? 40 : 50;
  const is4050 = age >= threshold;
  const who = gender === 'female' ? '女' : '男';
  return {
    is4050,
    age,
    threshold,
    reason: `${who}性，${on}时${age}周岁，${is4050 ? '已' : '未'}满${threshold}周岁，${is4050 ? '属于' : '不属于'}“4050”人员`,
  };
}
