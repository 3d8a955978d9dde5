import type { PolicyKernels } from '../../../engine/compiled/kernels.ts';
import { oncePerCategory } from '../../../engine/constraints.ts';
import { addDays, addYears, type IsoDate } from '../../../engine/dates.ts';
import { type Input, LOCAL_ORIGINS, POLICY_START, policy, requestedParts } from './policy.ts';

type Origin = Input['labourOrigin'];
type Part = Input['part'];
type ObtainedBy = Input['certificate']['obtainedBy'];

const PART_CODE: Record<Part, number> = { training: 0, appraisal: 1, both: 2 };
const OBTAINED_CODE: Record<ObtainedBy, number> = {
  training: 0,
  competition: 1,
  evaluation: 2,
  direct_appraisal: 3,
};

/** The conditions of policy.ts over columns; the property test holds them to evaluate(). */
export const kernels: PolicyKernels = {
  policyId: policy.id,
  bind(env, input) {
    const { on, calendar, params } = env;
    const part = env.column<Part>('part');
    const appliedOn = env.column<IsoDate | undefined>('appliedOn');
    const origin = env.column<Origin>('labourOrigin');
    const level = env.column<number>('certificate.level');
    const issuedOn = env.column<IsoDate>('certificate.issuedOn');
    const obtainedBy = env.column<ObtainedBy>('certificate.obtainedBy');
    const organisedLocally = env.column<boolean>('certificate.organisedLocally');
    const listed = env.column<boolean>('shortageCatalogue.listed');
    const publishedOn = env.column<IsoDate | null>('shortageCatalogue.publishedOn');
    const localEmployer = env.column<boolean>('contract.localEmployer');
    const startOn = env.column<IsoDate>('contract.startOn');
    const endOn = env.column<IsoDate | null>('contract.endOn');
    const payingLocally = env.column<boolean>('insurance.payingLocally');
    const localMonths = env.column<number>('insurance.localMonths');
    const recorded = env.column<boolean>('recordedInSystem');

    const minYears = {
      local: params.slot('contract_min_years', 'local'),
      non_local: params.slot('contract_min_years', 'non_local'),
    };
    const minMonths = params.slot('non_local_insurance_min_months');
    const windowDays = params.slot('application_window_days');
    const contractEnd = env.memo<IsoDate>();
    const windowEnd = env.memo<IsoDate>();
    const local = new Set<string>(LOCAL_ORIGINS);

    /** 劳动合同 of at least the origin's years: end ≥ start + years − 1 day; open-ended qualifies. */
    const contractLongEnough = (i: number, o: 'local' | 'non_local'): boolean => {
      if (!localEmployer[i]) return false;
      const years = minYears[o].num(issuedOn[i]!);
      const end = endOn[i];
      if (end === null) return true;
      const start = startOn[i]!;
      return end! >= contractEnd.get(`${start}|${years}`, () => addDays(addYears(start, years), -1));
    };
    const claimsTraining = (i: number) =>
      part[i] === 'training' || (part[i] === 'both' && obtainedBy[i] === 'training');

    return {
      paramDate: (i) => issuedOn[i]!,
      input,
      conditions: {
        certificate_level: (i) => level[i]! <= 3,
        shortage_occupation: (i) => {
          const published = publishedOn[i];
          const issued = issuedOn[i]!;
          return listed[i]! && published !== null && issued >= POLICY_START && issued >= published!;
        },
        local_contract_insurance: (i) =>
          local.has(origin[i]!) ? contractLongEnough(i, 'local') && payingLocally[i]! : null,
        non_local_contract_insurance: (i) =>
          local.has(origin[i]!)
            ? null
            : // whole months against a figure of at most 6 decimals (parameter rules): a JS
              // comparison decides as Decimal's lte would, without a Decimal per row
              contractLongEnough(i, 'non_local') && minMonths.num(issuedOn[i]!) <= localMonths[i]!,
        local_training_appraisal: (i) => organisedLocally[i]!,
        recorded_in_system: (i) => recorded[i]!,
        within_application_window: (i) => {
          const issued = issuedOn[i]!;
          // the memo replays the parameter's flags and errors, so its read can live inside
          const end = windowEnd.get(issued, () => calendar.periodEnd(issued, windowDays.num(issued)));
          const applied = appliedOn[i] ?? on;
          return applied >= issued && applied <= end;
        },
        training_part_requires_training: (i) =>
          part[i] === 'training' ? obtainedBy[i] === 'training' : null,
        once_per_level: (i) => {
          const claims = env.pastClaims(i);
          if (claims.length === 0) return true;
          const parts = requestedParts({
            part: part[i]!,
            certificate: { obtainedBy: obtainedBy[i]! } as Input['certificate'],
          });
          return oncePerCategory(claims, policy.id, `level_${level[i]}`, parts).ok;
        },
      },
      checks: {
        training_materials: claimsTraining,
        appraisal_materials: (i) => part[i] !== 'training',
      },
      // a number, not a string: built for every eligible row. Unique while the schema keeps level
      // ≤ 5 (the key leaves it 3 bits), 3 parts and 4 ways obtained
      amountKey: (i) =>
        ((params.epoch(issuedOn[i]!) * 8 + level[i]!) * 4 + PART_CODE[part[i]!]) * 8 +
        OBTAINED_CODE[obtainedBy[i]!],
    };
  },
};
