import type { PolicyKernels } from '../../../engine/compiled/kernels.ts';
import { addMonths, type IsoDate } from '../../../engine/dates.ts';
import type { Gender } from '../../../national/classify.ts';
import { classify4050 } from '../../../national/classify.ts';
import {
  monthsToRetirement,
  type RetirementCategory,
  statutoryRetirement,
} from '../../../national/retirement.ts';
import { policy } from './policy.ts';

/** The conditions of policy.ts over columns; the property test holds them to evaluate(). */
export const kernels: PolicyKernels = {
  policyId: policy.id,
  bind(env, input) {
    const { params } = env;
    const gender = env.column<Gender>('person.gender');
    const birthDate = env.column<IsoDate>('person.birthDate');
    const category = env.column<RetirementCategory>('person.retirementCategory');
    const localHukou = env.column<boolean>('person.localHukou');
    const hukouType = env.column<string>('person.hukouType');
    const benefitEndedOn = env.column<IsoDate>('benefitEndedOn');
    const reEmployed = env.column<boolean>('reEmployed');
    const insurancePaid = env.column<boolean>('insurancePaid');
    const hardship = env.column<boolean>('economicHardship');
    const fromMonth = env.column<string>('period.fromMonth');
    const toMonth = env.column<string>('period.toMonth');

    const distance = params.slot('retirement_distance_months');
    const wait = params.slot('wait_months');
    const firstDay = (i: number) => `${fromMonth[i]}-01`;
    /** the scheme of row i (as policy.ts decides it), kept for its amount key */
    let schemeRow = -1;
    let scheme: string | null = null;
    const schemeOf = (i: number): string | null => {
      if (schemeRow === i) return scheme;
      const start = firstDay(i);
      const months = monthsToRetirement(birthDate[i]!, category[i]!, benefitEndedOn[i]!);
      if (months < distance.num(start)) scheme = 'near_retirement';
      else if (
        classify4050(gender[i]!, birthDate[i]!, start).is4050 &&
        addMonths(benefitEndedOn[i]!, wait.num(start)) <= start &&
        hardship[i]
      )
        scheme = 'over_4050';
      else scheme = null;
      schemeRow = i;
      return scheme;
    };

    return {
      paramDate: firstDay,
      input,
      admit: (i) => fromMonth[i]! <= toMonth[i]!,
      conditions: {
        local_hukou: (i) => localHukou[i]!,
        not_reemployed: (i) => !reEmployed[i],
        no_insurance_paid: (i) => !insurancePaid[i],
        eligible_scheme: (i) => schemeOf(i) !== null,
        before_retirement: (i) =>
          toMonth[i]! < statutoryRetirement(birthDate[i]!, category[i]!).retirementMonth,
      },
      checks: {},
      amountKey: (i) => `${fromMonth[i]}|${toMonth[i]}|${schemeOf(i)}|${hukouType[i]}`,
    };
  },
};
