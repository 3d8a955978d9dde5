import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears } from '../engine/dates.ts';
import { workingAge } from './working-age.ts';

describe('workingAge', () => {
  it('starts on the 16th birthday', () => {
    expect(workingAge('male', '2010-05-20', '2026-05-19')).toMatchObject({ age: 15, isWorkingAge: false });
    expect(workingAge('male', '2010-05-20', '2026-05-20')).toMatchObject({ age: 16, isWorkingAge: true });
  });

  it('ends in the statutory retirement month (a man born 1966-01 retires at 60 years 4 months)', () => {
    expect(workingAge('male', '1966-01-10', '2026-04-30').isWorkingAge).toBe(true);
    expect(workingAge('male', '1966-01-10', '2026-05-01')).toMatchObject({
      isWorkingAge: false,
      reason: '2026-05-01时60周岁，已达到法定退休年龄',
    });
  });

  it('counts women by the cadre category unless told otherwise', () => {
    expect(workingAge('female', '1974-06-01', '2026-06-01').isWorkingAge).toBe(true);
    expect(workingAge('female', '1974-06-01', '2026-06-01', 'female_worker').isWorkingAge).toBe(false);
  });

  it('holds everyone between 16 and 50 to be of working age', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('male' as const, 'female' as const),
        fc.integer({ min: 1960, max: 2005 }),
        fc.integer({ min: 16, max: 49 }),
        (gender, year, age) => {
          const birth = `${year}-03-15`;
          return workingAge(gender, birth, addYears(birth, age)).isWorkingAge;
        },
      ),
    );
  });
});
