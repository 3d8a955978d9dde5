import { type BatchOptions, type Columns, rowAt } from '../batch.ts';
import { workCalendar } from '../calendar.ts';
import { type PastClaim, type PastClaimInput, pastClaimSchema } from '../constraints.ts';
import { isRulesError } from '../errors.ts';
import {
  type EvaluateOptions,
  evaluate,
  IN_FORCE_CONDITION,
  PROVISIONAL_CALENDAR_CHECK,
} from '../evaluate.ts';
import { money, yuanToFen } from '../money.ts';
import type { PolicyDefinition } from '../policy.ts';
import { type ColumnPlan, checkColumns, columnPlan, parsedRow, unsupportedColumns } from './column-plan.ts';
import { leanContext, Memo, ParamCache, type RowFlags } from './env.ts';
import { AppliesError, type BoundKernels, type KernelEnv, type PolicyKernels } from './kernels.ts';
import { type ColumnarResult, ERRORED, FailureLists, OUTCOMES } from './result.ts';
import { rowKernels } from './row-kernels.ts';

export interface CompileOptions extends Omit<EvaluateOptions, 'pastClaims' | 'confirmedChecks'> {
  /** the policy's column kernels; without them every row runs the policy's own rules without trace */
  kernels?: PolicyKernels;
}

export type RunOptions = Pick<BatchOptions, 'pastClaims' | 'confirmedChecks'>;

export interface CompiledBatch {
  /** Evaluate the policy for every row of `columns`; each row ends as evaluate() would end it. */
  run(columns: Columns, options?: RunOptions): ColumnarResult;
}

const NO_DECISIONS: Readonly<Record<string, boolean>> = Object.freeze({});
const ELIGIBLE = 0;
const INELIGIBLE = 1;
const NEEDS_REVIEW = 2;

/**
 * One policy prepared for evaluation over many persons on one date: parameters looked up once per
 * (name, key, date) for as long as this object lives, amounts computed once per amount key, the
 * input schema checked column by column. A row's explanation still comes from evaluate().
 */
export function compileBatch<I>(policy: PolicyDefinition<I>, options: CompileOptions): CompiledBatch {
  const { on, kernels } = options;
  if (kernels && kernels.policyId !== policy.id)
    throw new Error(`kernels of ${kernels.policyId} given for ${policy.id}`);
  const plan = kernels ? columnPlan(policy.input) : null;
  if (kernels && !plan) throw new Error(`${policy.id}: input schema does not split into columns`);
  const flags: RowFlags = { placeholder: false, provisionalCalendar: false };
  const calendar = (options.calendar ?? workCalendar).withMissingYearsAs(() => {
    flags.provisionalCalendar = true;
  });
  const params = new ParamCache(
    policy.parameters,
    new Set(policy.usesParameters),
    options.overrides ?? {},
    policy.id,
    flags,
  );
  const amountMemo = new Memo<number[]>(flags);
  const inForce = on >= policy.validity.from && (policy.validity.to === null || on <= policy.validity.to);
  const failureIds = [
    IN_FORCE_CONDITION,
    ...policy.conditions.map((c) => c.id),
    ...policy.checks.map((c) => c.id),
    PROVISIONAL_CALENDAR_CHECK,
  ];
  const payable = policy.amounts.map((a) => a.kind === 'payable');

  /** The amounts (integer fen) and outputs of a row no condition failed, by the policy's own formulas. */
  const computeAmounts = (bound: BoundKernels, i: number, claims: readonly PastClaim[]): number[] => {
    const paramDate = bound.paramDate(i);
    const ctx = leanContext(bound.input(i) as I, on, paramDate, claims, calendar, params);
    const fen = policy.amounts.map((a) => yuanToFen(money(a.compute(ctx), policy.rounding)));
    // evaluate() computes the outputs too: only their errors and flags matter here, and a policy's
    // column kernels make the same reads in its conditions
    if (!kernels) policy.outputs?.(ctx);
    return fen;
  };

  return {
    run(columns, runOptions = {}) {
      const lengths = new Set(Object.values(columns).map((c) => c.length));
      if (lengths.size > 1) throw new RangeError('all columns must have the same length');
      const size = lengths.size === 0 ? 0 : [...lengths][0]!;
      const rowPath = new Uint8Array(size);
      const usable: ColumnPlan | null = plan && unsupportedColumns(plan, columns).length === 0 ? plan : null;
      const parsed = usable ? checkColumns(usable, columns, size, rowPath) : null;
      const claims = parseClaims(runOptions.pastClaims, size, rowPath);
      const claimsOf = (i: number): readonly PastClaim[] => claims[i] ?? NO_CLAIMS;
      const env: KernelEnv = {
        size,
        on,
        calendar,
        params,
        column: <T>(path: string) => parsed!.get(path) as readonly T[],
        pastClaims: claimsOf,
        memo: <T>() => new Memo<T>(flags),
      };
      const bound =
        kernels && usable && parsed
          ? kernels.bind(env, (i) => parsedRow(usable, parsed, i))
          : rowKernels(policy, env, columns);
      const conditions = policy.conditions.map((c) => {
        const k = bound.conditions[c.id];
        if (!k) throw new Error(`${policy.id}: no kernel for condition ${c.id}`);
        return k;
      });
      const checkApplies = policy.checks.map((c) => (c.applies ? bound.checks[c.id] : undefined));
      const checkIds = policy.checks.map((c) => c.id);
      if (policy.checks.some((c, k) => c.applies && !checkApplies[k]))
        throw new Error(`${policy.id}: a check with applies has no kernel`);
      if (bound.admit) for (let i = 0; i < size; i++) if (!rowPath[i] && !bound.admit(i)) rowPath[i] = 1;

      const outcome = new Uint8Array(size);
      const failed: (readonly string[])[] = new Array(size);
      const amountsFen = policy.amounts.map(() => new Float64Array(size).fill(Number.NaN));
      const payableFen = new Float64Array(size).fill(Number.NaN);
      const errors = new Map<number, { code: string; message: string }>();
      const lists = new FailureLists(failureIds);
      const confirmedRows = runOptions.confirmedChecks;
      const nConditions = conditions.length;
      // bit k + 1 of a row's failure mask is condition k, then the checks, then the calendar check
      const bit = failureIds.map((_, k) => 2 ** k);
      const checkBit = 1 + nConditions;
      let rowPathCount = 0;

      const setAmounts = (i: number, fen: readonly number[]) => {
        let total = 0;
        for (let a = 0; a < fen.length; a++) {
          amountsFen[a]![i] = fen[a]!;
          if (payable[a]) total += fen[a]!;
        }
        payableFen[i] = total;
      };

      for (let i = 0; i < size; i++) {
        if (rowPath[i]) {
          rowPathCount += 1;
          const r = evaluateRow(policy, columns, i, options, runOptions.pastClaims?.[i], confirmedRows?.[i]);
          if ('code' in r) {
            outcome[i] = ERRORED;
            failed[i] = lists.get(0);
            errors.set(i, r);
          } else {
            outcome[i] = OUTCOMES.indexOf(r.outcome);
            failed[i] = lists.intern(r.failed);
            if (r.outcome !== 'ineligible')
              setAmounts(
                i,
                policy.amounts.map((a) => yuanToFen(r.amounts[a.id]!)),
              );
          }
          continue;
        }
        flags.placeholder = false;
        flags.provisionalCalendar = false;
        let mask = inForce ? 0 : 1;
        let error: unknown;
        for (let k = 0; k < nConditions; k++) {
          try {
            if (conditions[k]!(i) === false) mask += bit[k + 1]!;
          } catch (e) {
            if (e instanceof AppliesError) {
              error = e.error;
              break;
            }
            if (!isRulesError(e) || mask === 0) {
              error = e;
              break;
            }
          }
        }
        let fen: number[] | undefined;
        if (error === undefined && mask === 0) {
          try {
            const key = bound.amountKey(i);
            const compute = () => computeAmounts(bound, i, claimsOf(i));
            fen = key === undefined ? compute() : amountMemo.get(key, compute);
          } catch (e) {
            error = e;
          }
        }
        const confirmed = confirmedRows?.[i] ?? NO_DECISIONS;
        let pending = flags.placeholder;
        for (let c = 0; c < checkApplies.length && error === undefined; c++) {
          const applies = checkApplies[c];
          try {
            if (applies && !applies(i)) continue;
          } catch (e) {
            error = e;
            break;
          }
          const decision = confirmed[checkIds[c]!];
          if (decision === undefined) pending = true;
          else if (!decision) mask += bit[checkBit + c]!;
        }
        if (error !== undefined) {
          if (!isRulesError(error)) throw error;
          outcome[i] = ERRORED;
          failed[i] = lists.get(0);
          errors.set(i, { code: error.code, message: error.message });
          continue;
        }
        if (flags.provisionalCalendar) {
          const decision = confirmed[PROVISIONAL_CALENDAR_CHECK];
          if (decision === undefined) pending = true;
          else if (!decision) mask += bit[checkBit + checkApplies.length]!;
        }
        failed[i] = lists.get(mask);
        outcome[i] = mask !== 0 ? INELIGIBLE : pending ? NEEDS_REVIEW : ELIGIBLE;
        if (mask === 0) setAmounts(i, fen!);
      }
      return {
        size,
        outcome,
        failed,
        amountsFen: Object.fromEntries(policy.amounts.map((a, k) => [a.id, amountsFen[k]!])),
        payableFen,
        errors,
        rowPath: rowPathCount,
        mode: kernels && usable ? 'columns' : 'rows',
      };
    },
  };
}

const NO_CLAIMS: readonly PastClaim[] = Object.freeze([]);

/**
 * Past claims parsed per row (an array, not a map: every row's kernels ask for theirs); a row
 * with an invalid claim goes to the row path.
 */
function parseClaims(
  pastClaims: RunOptions['pastClaims'],
  size: number,
  rowPath: Uint8Array,
): (PastClaim[] | undefined)[] {
  const out = new Array<PastClaim[] | undefined>(size);
  for (let i = 0; i < size; i++) {
    const row = pastClaims?.[i];
    if (!row || row.length === 0) continue;
    const parsed = row.map((c) => pastClaimSchema.safeParse(c));
    if (parsed.every((p) => p.success)) out[i] = parsed.map((p) => p.data!);
    else rowPath[i] = 1;
  }
  return out;
}

function evaluateRow<I>(
  policy: PolicyDefinition<I>,
  columns: Columns,
  i: number,
  options: CompileOptions,
  pastClaims: readonly PastClaimInput[] | undefined,
  confirmedChecks: Readonly<Record<string, boolean>> | undefined,
) {
  const { kernels: _, ...evaluateOptions } = options;
  try {
    return evaluate(policy, rowAt(columns, i), {
      ...evaluateOptions,
      pastClaims: pastClaims ?? [],
      confirmedChecks: confirmedChecks ?? {},
    });
  } catch (error) {
    if (!isRulesError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}
