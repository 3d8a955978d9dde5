import { describe, expect, it } from 'vitest';
import { hasReachedRetirementAge, monthsToRetirement, statutoryRetirement } from './retirement.ts';

describe('statutoryRetirement (2025 gradual reform)', () => {
  it('keeps the original ages for people born before the start cohorts', () => {
    expect(statutoryRetirement('1964-12-15', 'male')).toMatchObject({
      totalMonths: 720,
      retirementMonth: '2024-12',
    });
    expect(statutoryRetirement('1969-12-01', 'female_cadre')).toMatchObject({
      totalMonths: 660,
      retirementMonth: '2024-12',
    });
    expect(statutoryRetirement('1974-12-31', 'female_worker')).toMatchObject({
      totalMonths: 600,
      retirementMonth: '2024-12',
    });
  });

  it('delays men by one month per four birth months from January 1965', () => {
    expect(statutoryRetirement('1965-01-10', 'male')).toMatchObject({
      ageYears: 60,
      ageMonths: 1,
      retirementMonth: '2025-02',
    });
    expect(statutoryRetirement('1965-04-30', 'male')).toMatchObject({
      delayMonths: 1,
      retirementMonth: '2025-05',
    });
    expect(statutoryRetirement('1965-05-01', 'male')).toMatchObject({
      delayMonths: 2,
      retirementMonth: '2025-07',
    });
    expect(statutoryRetirement('1971-03-01', 'male')).toMatchObject({ ageYears: 61, ageMonths: 7 });
    expect(statutoryRetirement('1976-08-01', 'male')).toMatchObject({ ageYears: 62, ageMonths: 11 });
    expect(statutoryRetirement('1976-09-01', 'male')).toMatchObject({
      ageYears: 63,
      ageMonths: 0,
      retirementMonth: '2039-09',
    });
    expect(statutoryRetirement('1990-06-01', 'male')).toMatchObject({ ageYears: 63, delayMonths: 36 });
  });

  it('delays 55-year women by one month per four birth months up to 58', () => {
    expect(statutoryRetirement('1970-01-01', 'female_cadre')).toMatchObject({
      ageYears: 55,
      ageMonths: 1,
      retirementMonth: '2025-02',
    });
    expect(statutoryRetirement('1981-08-01', 'female_cadre')).toMatchObject({ ageYears: 57, ageMonths: 11 });
    expect(statutoryRetirement('1981-09-01', 'female_cadre')).toMatchObject({ ageYears: 58, ageMonths: 0 });
  });

  it('delays 50-year women by one month per two birth months up to 55', () => {
    expect(statutoryRetirement('1975-02-28', 'female_worker')).toMatchObject({
      ageYears: 50,
      ageMonths: 1,
      retirementMonth: '2025-03',
    });
    expect(statutoryRetirement('1975-03-01', 'female_worker')).toMatchObject({
      ageYears: 50,
      ageMonths: 2,
      retirementMonth: '2025-05',
    });
    expect(statutoryRetirement('1984-10-01', 'female_worker')).toMatchObject({ ageYears: 54, ageMonths: 11 });
    expect(statutoryRetirement('1984-11-01', 'female_worker')).toMatchObject({
      ageYears: 55,
      ageMonths: 0,
      retirementMonth: '2039-11',
    });
  });

  it('allows flexible early retirement at most three years early and never below the original age', () => {
    expect(statutoryRetirement('1980-01-01', 'male').earliestFlexibleMonth).toBe('2040-01');
    expect(statutoryRetirement('1990-01-01', 'male').earliestFlexibleMonth).toBe('2050-01');
  });

  it('tells whether the retirement month has been reached', () => {
    expect(hasReachedRetirementAge('1965-01-10', 'male', '2025-01-31')).toBe(false);
    expect(hasReachedRetirementAge('1965-01-10', 'male', '2025-02-01')).toBe(true);
    expect(monthsToRetirement('1965-01-10', 'male', '2024-12-15')).toBe(2);
  });
});
