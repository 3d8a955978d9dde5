import { type IsoDate, toDayNumber } from '../../../engine/dates.ts';
import { RulesError } from '../../../engine/errors.ts';
import { type Dec, dec } from '../../../engine/money.ts';
import { lookup, type ParamTree } from '../../../engine/parameters.ts';

/** Borrower groups as column codes: 全额贴息 groups are 0, 其他失业人员 1. */
export const GROUP_FULL = 0;
export const GROUP_OTHER_UNEMPLOYED = 1;

/**
 * Loans as columns, one row per loan; each loan's balance segments in the `segment*` columns from
 * `segmentOffsets[i]` to `segmentOffsets[i + 1]` (so `segmentOffsets` has one more entry than there
 * are loans). A segment is a run of days [from, to) — day numbers since 1970-01-01 — with the same
 * outstanding principal in fen; days outside every segment have no balance. Typed arrays or plain
 * arrays.
 */
export interface LoanColumns {
  group: ArrayLike<number>;
  partners: ArrayLike<number>;
  /** 1: a service-sector project */
  serviceSector: ArrayLike<number>;
  /** 1: an excluded industry (广告业、房屋中介…) */
  excludedIndustry: ArrayLike<number>;
  /** contract annual rate in millionths (0.0435 → 43500) */
  rateMicros: ArrayLike<number>;
  /** original maturity as a day number: no subsidy from that day on */
  maturesOn: ArrayLike<number>;
  segmentOffsets: ArrayLike<number>;
  segmentFrom: ArrayLike<number>;
  segmentTo: ArrayLike<number>;
  segmentBalanceFen: ArrayLike<number>;
}

/** Per loan: subsidised days, Σ capped balance × days (fen·days), ratio, amount in fen, and the condition that zeroed it. */
export interface SubsidyColumns {
  size: number;
  days: Int32Array;
  balanceDaysFen: Float64Array;
  ratio: Float64Array;
  amountFen: Float64Array;
  /** the id of the policy condition not met (its `fail` sentence is the reason), null when none */
  reason: (string | null)[];
}

/** A decimal as an exact fraction numerator / 10^scale (a parameter's ratio, which YAML states with few digits). */
function scaled(value: Dec, what: string): { num: bigint; den: bigint } {
  const places = value.decimalPlaces();
  if (places > 9)
    throw new RulesError('PARAMETER_UNSUPPORTED', `${what} 小数位过多`, { value: value.toString() });
  const den = 10n ** BigInt(places);
  return { num: BigInt(value.times(den.toString()).toFixed(0)), den };
}

/** The quota, ratios and day basis on the period's first day, each looked up once. */
function batchParameters(tree: ParamTree, on: IsoDate) {
  const num = (name: string, key?: string) => dec(lookup(tree, name, on, key).value);
  const fen = (yuan: Dec) => yuan.times(100).toNumber();
  const basis = num('interest_day_basis');
  if (!basis.isInteger() || basis.lte(0))
    throw new RulesError('PARAMETER_UNSUPPORTED', '日利率换算天数须为正整数', { value: basis.toString() });
  return {
    standardFen: fen(num('loan_max', 'standard')),
    partnerFen: fen(num('partner_max')),
    partnershipFen: fen(num('loan_max', 'partnership')),
    full: scaled(num('interest_subsidy_ratio', 'full'), '贴息比例'),
    half: scaled(num('interest_subsidy_ratio', 'other_unemployed'), '贴息比例'),
    basis: BigInt(basis.toNumber()),
  };
}

/** a / b rounded half up, for a ≥ 0 and b > 0 */
const divHalfUp = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);

/**
 * The interest subsidy of many loans over one period, as the policy's rules decide it for each (the
 * property test holds every row to evaluate()), without traces: parameters are resolved once for
 * the batch (on the period's first day, as the policy's `parameterDate`), each loan is a pass over
 * its segments in integer fen, and the amount is rounded half up to the fen once per loan.
 */
export function compileInterestSubsidy(
  policy: { parameters: ParamTree },
  period: { start: IsoDate; end: IsoDate },
) {
  const p = batchParameters(policy.parameters, period.start);
  const start = toDayNumber(period.start);
  const endExclusive = toDayNumber(period.end) + 1;
  return {
    run(c: LoanColumns): SubsidyColumns {
      const size = c.group.length;
      if (c.segmentOffsets.length !== size + 1)
        throw new RangeError('segmentOffsets must have one entry per loan plus one');
      const out: SubsidyColumns = {
        size,
        days: new Int32Array(size),
        balanceDaysFen: new Float64Array(size),
        ratio: new Float64Array(size),
        amountFen: new Float64Array(size),
        reason: new Array<string | null>(size).fill(null),
      };
      for (let i = 0; i < size; i++) {
        const partners = c.partners[i]!;
        const quota = partners > 1 ? Math.min(p.partnerFen * partners, p.partnershipFen) : p.standardFen;
        const termEnd = Math.min(endExclusive, c.maturesOn[i]!);
        let anyBalance = false;
        let days = 0;
        let fenDays = 0;
        for (let s = c.segmentOffsets[i]!; s < c.segmentOffsets[i + 1]!; s++) {
          const from = Math.max(c.segmentFrom[s]!, start);
          const balance = c.segmentBalanceFen[s]!;
          if (balance <= 0) continue;
          if (from < Math.min(c.segmentTo[s]!, endExclusive)) anyBalance = true;
          const n = Math.min(c.segmentTo[s]!, termEnd) - from;
          if (n <= 0) continue;
          days += n;
          fenDays += Math.min(balance, quota) * n;
        }
        const ratio = c.group[i] === GROUP_OTHER_UNEMPLOYED ? p.half : p.full;
        const reason = !c.serviceSector[i]
          ? 'service_sector'
          : c.excludedIndustry[i]
            ? 'industry_not_excluded'
            : !anyBalance
              ? 'balance_in_period'
              : days === 0
                ? 'within_original_term'
                : null;
        out.days[i] = days;
        out.balanceDaysFen[i] = fenDays;
        if (reason !== null) {
          out.reason[i] = reason;
          continue;
        }
        out.ratio[i] = Number(ratio.num) / Number(ratio.den);
        // fen·days × rate (millionths) × ratio ÷ basis, exact in bigint
        const num = BigInt(fenDays) * BigInt(c.rateMicros[i]!) * ratio.num;
        out.amountFen[i] = Number(divHalfUp(num, p.basis * 1_000_000n * ratio.den));
      }
      return out;
    },
  };
}
