import { type IndicatorDefinition, indicatorByCode, type MemberSet } from './indicator-catalogue.ts';
import type { Tally } from './statistics.repo.ts';

/** An indicator's figure: a count, an amount, or a rate with its numerator and denominator. */
export interface IndicatorValue {
  code: string;
  name: string;
  kind: IndicatorDefinition['kind'];
  unit: IndicatorDefinition['unit'];
  /** persons, households or cases (count, sum); fen (amount); the ratio 0…1 (rate); null: not counted */
  value: number | null;
  /** amount: the number of cases summed */
  count: number | null;
  numerator: number | null;
  denominator: number | null;
  /** sum: each term's value with its sign */
  terms: { code: string; name: string; sign: 1 | -1; value: number | null }[] | null;
  /** why the records cannot give the figure (null when they can) */
  reason: string | null;
}

const blank = (d: IndicatorDefinition) => ({
  code: d.code,
  name: d.name,
  kind: d.kind,
  unit: d.unit,
  value: null,
  count: null,
  numerator: null,
  denominator: null,
  terms: null,
  reason: null,
});

/**
 * Computes an indicator from the tallies of its member sets (`tally` is the whole period of one
 * organisation, or one child organisation's or one month's share of a grouped query).
 */
export async function evaluate(
  d: IndicatorDefinition,
  tally: (set: MemberSet) => Promise<Tally>,
): Promise<IndicatorValue> {
  switch (d.kind) {
    case 'count':
      return { ...blank(d), value: (await tally(d.members)).count };
    case 'amount': {
      const t = await tally(d.members);
      return { ...blank(d), value: t.amount, count: t.count };
    }
    case 'rate': {
      const numerator = (await tally(d.numerator)).count;
      const denominator = (await tally(d.denominator)).count;
      return {
        ...blank(d),
        value: denominator === 0 ? null : numerator / denominator,
        numerator,
        denominator,
        reason: denominator === 0 ? '分母为0，比率不适用' : null,
      };
    }
    case 'sum': {
      const terms = [];
      for (const t of d.terms) {
        const term = await evaluate(indicatorByCode(t.code)!, tally);
        terms.push({ code: t.code, name: term.name, sign: t.sign, value: term.value });
      }
      const value = terms.reduce((acc, t) => acc + t.sign * (t.value ?? 0), 0);
      return { ...blank(d), value, terms };
    }
    case 'uncountable':
      return { ...blank(d), reason: d.reason };
  }
}
