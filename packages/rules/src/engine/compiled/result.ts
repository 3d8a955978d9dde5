import type { BatchResult } from '../batch.ts';
import type { Outcome } from '../evaluate.ts';
import { fenToYuan } from '../money.ts';

export const OUTCOMES: readonly Outcome[] = ['eligible', 'ineligible', 'needs_review'];
/** `outcome` code of a row whose input (or past claims, or a parameter) made evaluate() throw */
export const ERRORED = 255;

/** One policy over many persons, column by column: codes, interned lists, integer fen. */
export interface ColumnarResult {
  size: number;
  /** index into OUTCOMES, or ERRORED */
  outcome: Uint8Array;
  /** failed condition ids and rejected check ids; rows with the same failures share one array */
  failed: (readonly string[])[];
  /** amount id → integer fen per row (exact below 2^53); NaN when ineligible or errored */
  amountsFen: Readonly<Record<string, Float64Array>>;
  /** the payable sum in integer fen; NaN when ineligible or errored */
  payableFen: Float64Array;
  /** row → the error evaluate() throws for it */
  errors: ReadonlyMap<number, { code: string; message: string }>;
  /** rows decided by evaluate() itself: rejected input or past claims, or a policy without kernels */
  rowPath: number;
  /** 'columns': the policy's column kernels; 'rows': its own rules row by row, without trace */
  mode: 'columns' | 'rows';
}

const NONE: readonly string[] = Object.freeze([]);

/** Failure lists shared between rows: one array per distinct set of failures. */
export class FailureLists {
  readonly #byMask = new Map<number, readonly string[]>([[0, NONE]]);
  // consecutive rows mostly fail alike: the last answer spares most map lookups
  #lastMask = 0;
  #lastList: readonly string[] = NONE;

  constructor(private readonly ids: readonly string[]) {}

  /** `mask`: bit k set when ids[k] failed */
  get(mask: number): readonly string[] {
    if (mask === this.#lastMask) return this.#lastList;
    let list = this.#byMask.get(mask);
    if (!list) {
      list = Object.freeze(this.ids.filter((_, k) => Math.floor(mask / 2 ** k) % 2 === 1));
      this.#byMask.set(mask, list);
    }
    this.#lastMask = mask;
    this.#lastList = list;
    return list;
  }

  intern(list: readonly string[]): readonly string[] {
    return list.length === 0 ? NONE : list;
  }
}

/** The same result in the row-per-person shape of evaluateBatch (amounts as decimal strings). */
export function toBatchResult(result: ColumnarResult): BatchResult {
  const { size } = result;
  const outcome: BatchResult['outcome'] = [];
  const errors: BatchResult['errors'] = [];
  for (let i = 0; i < size; i++) {
    const code = result.outcome[i]!;
    outcome.push(code === ERRORED ? null : OUTCOMES[code]!);
    errors.push(result.errors.get(i) ?? null);
  }
  const amounts = Object.fromEntries(
    Object.entries(result.amountsFen).map(([id, fen]) => [
      id,
      Array.from(fen, (f) => (Number.isNaN(f) ? null : fenToYuan(f))),
    ]),
  );
  return {
    size,
    outcome,
    eligible: outcome.map((o) => o === 'eligible'),
    failed: result.failed.map((f) => [...f]),
    amounts,
    errors,
  };
}
