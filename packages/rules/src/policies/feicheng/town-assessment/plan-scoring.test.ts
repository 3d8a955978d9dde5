import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardIndicators } from './indicators.ts';
import { periodQuarters, scoreTownPlan, scoringMethods, sumFigures } from './plan-scoring.ts';

describe('Feicheng plan scoring (000 第一篇)', () => {
  it('scores the half-year notice on quarters 1–2 and the year-end on all four (二)', () => {
    expect(periodQuarters('half_year')).toEqual([1, 2]);
    expect(periodQuarters('year_end')).toEqual([1, 2, 3, 4]);
  });

  it('adds quarterly figures, and a rate as the rate of the sums (三1)', () => {
    expect(
      sumFigures([
        { value: 40, denominator: 50 },
        { value: 10, denominator: 50 },
      ]),
    ).toEqual({
      value: 50,
      denominator: 100,
    });
    expect(sumFigures([{ value: 3 }, { value: 4 }])).toEqual({ value: 7 });
  });

  it('compares towns on the completion of their own targets when the plan says so (二)', () => {
    // A: 300 of 200 = 150 % (best) → 20; B: 300 of 400 = 75 % → 20 × 75 / 150 = 10.
    const [a, b] = scoreTownPlan({
      towns: ['A', 'B'],
      indicators: [
        {
          id: 'new_employment',
          maxPoints: '20',
          method: 'completion_relative_to_best',
          targets: { A: 200, B: 400 },
          figures: { A: { value: 300 }, B: { value: 300 } },
        },
      ],
    });
    expect(a).toMatchObject({ town: 'A', total: '20.00', rank: 1 });
    expect(b).toMatchObject({ town: 'B', total: '10.00', rank: 2 });
  });

  it('gives a rate indicator its points times the rate, at most the full points (三1 按签订率得分)', () => {
    const scores = scoreTownPlan({
      towns: ['A', 'B', 'C'],
      indicators: [
        {
          id: 'contract_signing_rate',
          maxPoints: '5',
          method: 'rate_of_points',
          figures: { A: { value: 45, denominator: 50 }, B: { value: 60, denominator: 50 }, C: { value: 3 } },
        },
      ],
    });
    expect(Object.fromEntries(scores.map((s) => [s.town, s.total]))).toEqual({
      A: '4.50',
      B: '5.00',
      C: '0.00',
    });
  });

  it('ranks by the sum over indicators; a town without a target or a figure scores 0 there', () => {
    // figure: A 10, B 5 → A 10, B 5; completion: A no target → 0 %, B 50/100 → 10.
    const scores = scoreTownPlan({
      towns: ['A', 'B'],
      indicators: [
        {
          id: 'x',
          maxPoints: '10',
          method: 'figure_relative_to_best',
          figures: { A: { value: 10 }, B: { value: 5 } },
        },
        {
          id: 'y',
          maxPoints: '10',
          method: 'completion_relative_to_best',
          targets: { B: 100 },
          figures: { A: { value: 80 }, B: { value: 50 } },
        },
      ],
    });
    expect(scores).toEqual([
      { town: 'B', points: { x: '5.00', y: '10.00' }, total: '15.00', rank: 1 },
      { town: 'A', points: { x: '10.00', y: '0.00' }, total: '10.00', rank: 2 },
    ]);
  });

  it('names each indicator of 三 once with a scoring method', () => {
    const codes = standardIndicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(standardIndicators.map((i) => i.clause))).toEqual(
      new Set(['三、1', '三、2', '三、3', '三、4', '三、5', '三、6', '三、7']),
    );
  });

  it('never gives a town more than the sum of the full points, nor less than 0', () => {
    const figure = fc.record({ value: fc.nat(100_000), denominator: fc.option(fc.nat(100_000)) });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            method: fc.constantFrom(...scoringMethods),
            maxPoints: fc.integer({ min: 1, max: 40 }),
            targets: fc.tuple(fc.nat(1000), fc.nat(1000)),
            figures: fc.tuple(figure, figure),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (indicators) => {
          const scores = scoreTownPlan({
            towns: ['A', 'B'],
            indicators: indicators.map((i, n) => ({
              id: `i${n}`,
              maxPoints: String(i.maxPoints),
              method: i.method,
              targets: { A: i.targets[0], B: i.targets[1] },
              figures: { A: i.figures[0], B: i.figures[1] },
            })),
          });
          const full = indicators.reduce((s, i) => s + i.maxPoints, 0);
          for (const s of scores) expect(Number(s.total)).toBeGreaterThanOrEqual(0);
          for (const s of scores) expect(Number(s.total)).toBeLessThanOrEqual(full);
        },
      ),
    );
  });
});
