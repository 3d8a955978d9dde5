import { addDays, addMonths, addYears, formatDate } from '@minsheng/rules/engine/dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDifficultyCategory,
  checkEndDate,
  checkNoOverlap,
  checkRecordDate,
  checkStation,
  checkWorkingAge,
  employmentStatus,
  type PersonFacts,
  registrationPlace,
  retirementDateOf,
} from './registration-rules.ts';

const urbanLocal: PersonFacts = {
  gender: '1',
  birthDate: '1985-03-15',
  hukouType: 'urban',
  hukouPlace: 'local',
};
const day = fc
  .record({
    y: fc.integer({ min: 1950, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => formatDate(y, m, d));

describe('where a person may register unemployment (《关于进一步做好促进就业工作的实施意见》五(四))', () => {
  it('lets an urban person with local hukou register here without any work history', () => {
    expect(registrationPlace(urbanLocal, []).allowed).toBe(true);
  });

  it('sends a non-local person without stable employment here to the hukou place, quoting the clause', () => {
    const r = registrationPlace({ ...urbanLocal, hukouPlace: 'other' }, []);
    expect(r.allowed).toBe(false);
    expect(r.basis).toContain('应到户籍地登记');
    expect(r.basis).toContain('《关于进一步做好促进就业工作的实施意见》五(四)');
  });

  it('lets a rural migrant register here after exactly six months of employment, not one day less', () => {
    const rural = { ...urbanLocal, hukouType: 'rural' };
    expect(registrationPlace(rural, [{ startedOn: '2025-01-10', endedOn: '2025-07-10' }]).allowed).toBe(true);
    expect(registrationPlace(rural, [{ startedOn: '2025-01-10', endedOn: '2025-07-09' }]).allowed).toBe(
      false,
    );
    // An employment still open is not yet 「失业后」.
    expect(registrationPlace(rural, [{ startedOn: '2020-01-10', endedOn: null }]).allowed).toBe(false);
  });

  it('agrees with the six-month rule for any employment period (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (start, days) => {
        const end = addDays(start, days);
        const allowed = registrationPlace({ ...urbanLocal, hukouPlace: 'province' }, [
          { startedOn: start, endedOn: end },
        ]).allowed;
        expect(allowed).toBe(addMonths(start, 6) <= end);
      }),
    );
  });
});

describe('record dates', () => {
  it('refuses a date in the future and one before the 16th birthday, in Chinese', () => {
    expect(checkRecordDate('就业日期', 'startedOn', '2026-11-26', '1985-03-15', '2026-11-25')?.message).toBe(
      '就业日期「2026-11-26」晚于今天',
    );
    expect(checkRecordDate('就业日期', 'startedOn', '2001-03-14', '1985-03-15', '2026-11-25')?.message).toBe(
      '就业日期「2001-03-14」早于本人年满16周岁（2001-03-15）',
    );
    expect(checkRecordDate('就业日期', 'startedOn', '2001-03-15', '1985-03-15', '2026-11-25')).toBeNull();
  });

  it('accepts an end date exactly when it lies between the start and today (property)', () => {
    fc.assert(
      fc.property(day, day, day, (start, end, today) => {
        const v = checkEndDate('终止日期', 'endedOn', end, start, today);
        expect(v === null).toBe(end >= start && end <= today);
      }),
    );
  });

  it('refuses a period that starts before an earlier one ended or while one is open', () => {
    const periods = [{ startedOn: '2020-01-01', endedOn: '2021-06-30' }];
    expect(checkNoOverlap('就业日期', 'startedOn', '2021-06-30', periods)).toBeNull();
    expect(checkNoOverlap('就业日期', 'startedOn', '2021-06-29', periods)?.message).toBe(
      '就业日期「2021-06-29」与已有登记（2020-01-01 至 2021-06-30）重叠',
    );
    expect(
      checkNoOverlap('x', 'p', '2030-01-01', [{ startedOn: '2020-01-01', endedOn: null }]),
    ).not.toBeNull();
  });
});

describe('statutory retirement (2025 reform) and working age', () => {
  it('puts a man born in January 1965 at 60 years 1 month, retiring in February 2025', () => {
    expect(retirementDateOf({ gender: '1', birthDate: '1965-01-20' })).toBe('2025-02-01');
  });

  it('uses the cadre schedule for women (born January 1976 → 56 years 7 months)', () => {
    expect(retirementDateOf({ gender: '2', birthDate: '1976-01-10' })).toBe('2032-08-01');
  });

  it('refuses unemployment registration from the retirement month on, allows it the day before', () => {
    const man = { ...urbanLocal, birthDate: '1965-01-20' };
    expect(checkWorkingAge(man, '2025-01-31', 'registeredOn')).toBeNull();
    expect(checkWorkingAge(man, '2025-02-01', 'registeredOn')?.message).toContain('已达到法定退休年龄');
  });
});

describe('stations', () => {
  const street = { level: 'street' as const, path: '/1/2/3/', name: '新城街道' };
  it('accepts the street station above the person and refuses a community or another street', () => {
    expect(checkStation(street, '/1/2/3/5/')).toBeNull();
    expect(checkStation({ ...street, level: 'community' }, '/1/2/3/5/')?.message).toContain('是社区');
    expect(checkStation(street, '/1/2/4/6/')?.message).toBe(
      '「新城街道」不是本人常住地的公共就业服务机构（《关于进一步做好促进就业工作的实施意见》五(四)）',
    );
  });
});

describe('difficulty categories checked from registry facts', () => {
  const open = { registeredOn: '2026-01-05', reason: 'contract_dissolved' };
  const woman = (birthDate: string): PersonFacts => ({ ...urbanLocal, gender: '2', birthDate });

  it('requires an open unemployment registration', () => {
    const v = checkDifficultyCategory({
      person: woman('1980-01-01'),
      category: 'hardship_certificate',
      decidedOn: '2026-11-25',
      unemployment: null,
    });
    expect(v?.message).toBe(
      '认定就业困难人员须先办理失业登记：本人没有有效的失业登记（《关于进一步做好促进就业工作的实施意见》五(四)）',
    );
  });

  it('accepts an urban woman as 4050 on her 40th birthday and not the day before', () => {
    const input = { category: 'urban_unemployed_4050' as const, decidedOn: '2026-11-25', unemployment: open };
    expect(checkDifficultyCategory({ ...input, person: woman('1986-11-25') })).toBeNull();
    expect(checkDifficultyCategory({ ...input, person: woman('1986-11-26') })?.message).toBe(
      '不能认定为「城镇失业人员中的“4050”人员」：女性，2026-11-25时39周岁，未满40周岁，不属于“4050”人员（《关于进一步做好促进就业工作的实施意见》三(三)1）',
    );
  });

  it('refuses non-local hukou for every category', () => {
    const v = checkDifficultyCategory({
      person: { ...urbanLocal, hukouPlace: 'other' },
      category: 'hardship_certificate',
      decidedOn: '2026-11-25',
      unemployment: open,
    });
    expect(v?.message).toBe(
      '不能认定为「持有《特困证》劳动力」：非本市户籍（《关于进一步做好促进就业工作的实施意见》三(三)1）',
    );
  });

  it('counts long-term unemployment from one full year after registration, for job losers only', () => {
    const base = { person: urbanLocal, category: 'long_term_unemployed' as const, unemployment: open };
    expect(checkDifficultyCategory({ ...base, decidedOn: addYears('2026-01-05', 1) })).toBeNull();
    expect(checkDifficultyCategory({ ...base, decidedOn: '2027-01-04' })?.message).toContain('未满1年');
    expect(
      checkDifficultyCategory({
        ...base,
        decidedOn: '2027-06-01',
        unemployment: { ...open, reason: 'never_employed' },
      })?.message,
    ).toContain('无就业经历');
  });

  it('keeps rural low-income labour to rural hukou', () => {
    const v = checkDifficultyCategory({
      person: urbanLocal,
      category: 'rural_minimum_living_labour',
      decidedOn: '2026-11-25',
      unemployment: open,
    });
    expect(v?.message).toContain('须为农村户籍');
  });
});

describe('employment status', () => {
  it('reports 4050, retirement date and retirement as of today', () => {
    const s = employmentStatus({
      person: { ...urbanLocal, birthDate: '1965-01-20' },
      openEmployment: false,
      activeDifficultyCategories: [],
      today: '2026-11-25',
    });
    expect(s).toMatchObject({
      employed: false,
      is4050: true,
      age: 61,
      retirementDate: '2025-02-01',
      retired: true,
      isDifficultyPerson: false,
    });
  });
});
