import { addDays } from '@minsheng/rules/engine/dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frequencies, parsePeriod, periodContaining, previousPeriod, yearToDate } from './report-period.ts';

const dates = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('report periods', () => {
  it('names months, quarters, halves and years as the forms print them', () => {
    expect(parsePeriod('2026-02')).toMatchObject({
      from: '2026-02-01',
      to: '2026-02-28',
      label: '2026年2月',
    });
    expect(parsePeriod('2024-02')?.to).toBe('2024-02-29');
    expect(parsePeriod('2026-Q3')).toMatchObject({
      from: '2026-07-01',
      to: '2026-09-30',
      label: '2026年第三季度',
    });
    expect(parsePeriod('2026-H1')).toMatchObject({
      from: '2026-01-01',
      to: '2026-06-30',
      label: '2026年上半年',
    });
    expect(parsePeriod('2026')).toMatchObject({ frequency: 'year', from: '2026-01-01', to: '2026-12-31' });
  });

  it('refuses keys that name no period', () => {
    for (const key of ['2026-13', '2026-00', '2026-Q5', '2026-H3', '1999', '2026-1', '26-01', '2026-Q1 ', ''])
      expect(parsePeriod(key)).toBeUndefined();
  });

  it('places every date in the one period of each frequency that contains it', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom(...frequencies), (date, frequency) => {
        const p = parsePeriod(periodContaining(frequency, date));
        expect(p?.frequency).toBe(frequency);
        expect(p!.from <= date && date <= p!.to).toBe(true);
        expect(yearToDate(p!).from <= p!.from).toBe(true);
      }),
    );
  });

  it('the previous period ends the day before the period starts', () => {
    fc.assert(
      fc.property(
        dates.filter((d) => d >= '2001-01-01'),
        fc.constantFrom(...frequencies),
        (date, frequency) => {
          const p = parsePeriod(periodContaining(frequency, date))!;
          expect(addDays(previousPeriod(p).to, 1)).toBe(p.from);
        },
      ),
    );
  });
});
