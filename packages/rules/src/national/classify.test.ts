import { describe, expect, it } from 'vitest';
import { classify4050 } from './classify.ts';
import { classifyDifficulty, type DifficultyFacts } from './difficulty.ts';

describe('classify4050', () => {
  it('counts women from their 40th and men from their 50th birthday', () => {
    expect(classify4050('female', '1986-03-15', '2026-03-14').is4050).toBe(false);
    expect(classify4050('female', '1986-03-15', '2026-03-15').is4050).toBe(true);
    expect(classify4050('male', '1976-03-15', '2026-03-14')).toMatchObject({ is4050: false, age: 49 });
    expect(classify4050('male', '1976-03-15', '2026-03-15')).toMatchObject({ is4050: true, age: 50 });
  });
});

const base: DifficultyFacts = {
  gender: 'female',
  birthDate: '1990-01-01',
  hukouType: 'urban',
  localHukou: true,
  ableAndSeekingWork: true,
};
const on = '2026-06-01';

describe('classifyDifficulty', () => {
  it('finds no category for an ordinary young jobseeker', () => {
    expect(classifyDifficulty({ ...base, registeredUnemployed: true }, on)).toMatchObject({
      isDifficultyPerson: false,
      categories: [],
    });
  });

  it('classifies a registered urban unemployed 4050 person', () => {
    const r = classifyDifficulty({ ...base, birthDate: '1980-01-01', registeredUnemployed: true }, on);
    expect(r.categories).toEqual(['urban_unemployed_4050']);
    expect(r.isDifficultyPerson).toBe(true);
  });

  it('requires one full year of registration for job-losers', () => {
    const facts = { ...base, registeredUnemployed: true, lostJob: true };
    expect(classifyDifficulty({ ...facts, unemploymentRegisteredOn: '2025-06-02' }, on).categories).toEqual(
      [],
    );
    expect(classifyDifficulty({ ...facts, unemploymentRegisteredOn: '2025-06-01' }, on).categories).toEqual([
      'long_term_unemployed',
    ]);
  });

  it('recognises each remaining category from its facts', () => {
    const cases: [Partial<DifficultyFacts>, string][] = [
      [{ registeredUnemployed: true, urbanMinimumLiving: true }, 'unemployed_minimum_living'],
      [{ zeroEmploymentHousehold: true }, 'zero_employment_household'],
      [{ hardshipCertificate: true }, 'hardship_certificate'],
      [{ hukouType: 'rural', ruralMinimumLivingHousehold: true }, 'rural_minimum_living_labour'],
      [{ supportsSpecialDiseaseRelative: true }, 'special_disease_dependant'],
      [
        { hukouType: 'rural', birthDate: '1980-01-01', landExpropriatedFarmer: true, livingInHardship: true },
        'rural_veteran_or_landless_4050',
      ],
    ];
    for (const [facts, category] of cases) {
      expect(classifyDifficulty({ ...base, ...facts }, on).categories).toEqual([category]);
    }
  });

  it('does not count land-expropriated farmers who are not in hardship or not 4050', () => {
    const facts = { ...base, hukouType: 'rural' as const, landExpropriatedFarmer: true };
    expect(classifyDifficulty({ ...facts, birthDate: '1980-01-01' }, on).categories).toEqual([]);
    expect(classifyDifficulty({ ...facts, livingInHardship: true }, on).categories).toEqual([]);
  });

  it('refuses non-local persons and those not seeking work, naming why', () => {
    const r = classifyDifficulty(
      { ...base, zeroEmploymentHousehold: true, localHukou: false, ableAndSeekingWork: false },
      on,
    );
    expect(r.isDifficultyPerson).toBe(false);
    expect(r.unmet).toEqual(['非本市户籍', '无就业愿望或劳动能力，或未积极求职']);
    expect(r.reason).toContain('非本市户籍');
  });
});
