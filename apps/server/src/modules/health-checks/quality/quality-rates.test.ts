import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_SAMPLE, NO_SURVEY, qualityRates, settlementRates } from './quality-rates.ts';

const sample = fc.integer({ min: 1, max: 1000 }).chain((itemsChecked) =>
  fc.record({
    itemsChecked: fc.constant(itemsChecked),
    resultErrors: fc.integer({ min: 0, max: itemsChecked }),
    omittedItems: fc.integer({ min: 0, max: itemsChecked }),
    entryErrors: fc.integer({ min: 0, max: itemsChecked }),
  }),
);
const survey = fc
  .integer({ min: 1, max: 100_000 })
  .chain((forms) => fc.record({ forms: fc.constant(forms), satisfied: fc.integer({ min: 0, max: forms }) }));

const within = (p: string) => Number(p) >= 0 && Number(p) <= 100;

describe('第二十条 quality rates', () => {
  it('counts each rate over all samples by hand (Σ errors / Σ items, 4 places half up)', () => {
    // three examinations audited: 12 + 12 + 9 = 33 items; 1 + 0 + 1 = 2 result errors (6.0606…%),
    // 0 + 1 + 0 = 1 omitted (3.0303…%), 0 entry errors; two box openings: 37 of 40 + 58 of 60 forms
    // satisfied = 95 of 100 (95%)
    const f = qualityRates(
      [
        { itemsChecked: 12, resultErrors: 1, omittedItems: 0, entryErrors: 0 },
        { itemsChecked: 12, resultErrors: 0, omittedItems: 1, entryErrors: 0 },
        { itemsChecked: 9, resultErrors: 1, omittedItems: 0, entryErrors: 0 },
      ],
      [
        { forms: 40, satisfied: 37 },
        { forms: 60, satisfied: 58 },
      ],
    );
    expect(f).toEqual({
      itemsChecked: 33,
      forms: 100,
      errors: { result_error: '6.0606', missed_item: '3.0303', data_entry_error: '0.0000' },
      satisfaction: '95.0000',
    });
    // 2 of 3 = 66.66666…% rounds half up at the fourth place
    expect(qualityRates([], [{ forms: 3, satisfied: 2 }]).satisfaction).toBe('66.6667');
    expect(settlementRates(f)).toEqual({
      result_error: '6.0606',
      missed_item: '3.0303',
      data_entry_error: '0.0000',
      satisfaction: '95.0000',
    });
  });

  it('says what is missing when nothing was sampled or surveyed', () => {
    expect(settlementRates(qualityRates([], [{ forms: 1, satisfied: 1 }]))).toEqual({ missing: NO_SAMPLE });
    const sampled = [{ itemsChecked: 12, resultErrors: 0, omittedItems: 0, entryErrors: 0 }];
    expect(settlementRates(qualityRates(sampled, []))).toEqual({ missing: NO_SURVEY });
  });

  it('keeps every rate within [0, 100]', () => {
    fc.assert(
      fc.property(
        fc.array(sample, { minLength: 1, maxLength: 30 }),
        fc.array(survey, { minLength: 1 }),
        (s, v) => {
          const f = qualityRates(s, v);
          for (const p of Object.values(f.errors!)) expect(within(p), p).toBe(true);
          expect(within(f.satisfaction!)).toBe(true);
        },
      ),
    );
  });

  it('is monotone: one more error never lowers a rate, one more satisfied form never lowers satisfaction', () => {
    fc.assert(
      fc.property(
        fc.array(sample, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.constantFrom('resultErrors', 'omittedItems', 'entryErrors') as fc.Arbitrary<
          'resultErrors' | 'omittedItems' | 'entryErrors'
        >,
        (s, pick, field) => {
          const i = pick % s.length;
          if (s[i]![field] === s[i]!.itemsChecked) return;
          const more = s.map((x, j) => (j === i ? { ...x, [field]: x[field] + 1 } : x));
          const key = {
            resultErrors: 'result_error',
            omittedItems: 'missed_item',
            entryErrors: 'data_entry_error',
          }[field] as 'result_error';
          const before = Number(qualityRates(s, []).errors![key]);
          expect(Number(qualityRates(more, []).errors![key])).toBeGreaterThanOrEqual(before);
        },
      ),
    );
    fc.assert(
      fc.property(fc.array(survey, { minLength: 1, maxLength: 30 }), fc.nat(), (v, pick) => {
        const i = pick % v.length;
        if (v[i]!.satisfied === v[i]!.forms) return;
        const more = v.map((x, j) => (j === i ? { ...x, satisfied: x.satisfied + 1 } : x));
        expect(Number(qualityRates([], more).satisfaction)).toBeGreaterThanOrEqual(
          Number(qualityRates([], v).satisfaction),
        );
      }),
    );
  });
});
