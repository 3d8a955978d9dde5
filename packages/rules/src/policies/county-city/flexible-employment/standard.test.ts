import { describe, expect, it } from 'vitest';
import { withAdministeredValues } from '../../../engine/administered.ts';
import { evaluate } from '../../../engine/evaluate.ts';
import { policy } from './policy.ts';
import { yearMonth } from './standard.ts';

const ref = { doc: '本市统计公报', note: '测试' };
/** Two published average wages: 60 000 for months of 2026, 72 000 for months of 2027. */
const withWages = withAdministeredValues(policy, [
  { name: 'previous_year_city_average_wage', from: '2009-01-01', value: '60000', ref },
  { name: 'previous_year_city_average_wage', from: '2027-01-01', value: '72000', ref },
  { name: 'minimum_monthly_wage', from: '2009-01-01', value: '2200', ref },
]);

describe('flexible-employment standard', () => {
  it('uses each calendar year’s published average wage for that year’s months', () => {
    const result = evaluate(
      withWages,
      {
        person: {
          gender: 'female',
          birthDate: '1980-05-10',
          retirementCategory: 'female_worker',
          difficultyPerson: true,
        },
        employment: { mode: 'flexible', monthlyIncome: '2500', insurancePaid: true },
        entitlementStartMonth: '2026-01',
        period: { fromMonth: '2026-10', toMonth: '2027-03' },
      },
      {
        on: '2027-04-01',
        overrides: { minimum_monthly_wage: 2200 },
        confirmedChecks: { income_and_insurance_proof: true },
      },
    );
    // 3 months × 60 000 / 12 + 3 months × 72 000 / 12 = 15 000 + 18 000 = 33 000
    expect(result.amounts).toEqual({
      pension_subsidy: '1980.00',
      medical_subsidy: '1650.00',
      total: '3630.00',
    });
    expect(result.outcome).toBe('eligible');
  });

  it('reads months of the years 2000–2099 only', () => {
    for (const v of ['2000-01', '2026-04', '2099-12']) expect(yearMonth().safeParse(v).success, v).toBe(true);
    for (const v of ['1999-12', '2100-01', '2026-13', '2026-00', '2026-1', '2026-001', '2026/04'])
      expect(yearMonth().safeParse(v).success, v).toBe(false);
  });
});
