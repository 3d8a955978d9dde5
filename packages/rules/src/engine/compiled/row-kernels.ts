import { type Columns, rowAt } from '../batch.ts';
import type { PolicyDefinition, RuleContext } from '../policy.ts';
import { leanContext } from './env.ts';
import { AppliesError, type BoundKernels, type KernelEnv } from './kernels.ts';

/**
 * Kernels for a policy without column kernels: row `i` rebuilt and parsed by the whole schema,
 * then the policy's own closures called with a context that keeps no trace and builds no sentence.
 * Rows the schema rejects go to the row path.
 */
export function rowKernels<I>(policy: PolicyDefinition<I>, env: KernelEnv, columns: Columns): BoundKernels {
  let at = -1;
  let input: I | undefined;
  let ctx: RuleContext<I> | undefined;
  const parse = (i: number): I | undefined => {
    if (at !== i) {
      at = i;
      ctx = undefined;
      // a refinement that throws on a malformed value: the row path throws it as evaluate() does
      try {
        const r = policy.input.safeParse(rowAt(columns, i));
        input = r.success ? r.data : undefined;
      } catch {
        input = undefined;
      }
    }
    return input;
  };
  const context = (i: number): RuleContext<I> => {
    const row = parse(i)!;
    ctx ??= leanContext(
      row,
      env.on,
      policy.parameterDate(row, env.on),
      env.pastClaims(i),
      env.calendar,
      env.params,
    );
    return ctx;
  };
  const conditions = Object.fromEntries(
    policy.conditions.map((def) => [
      def.id,
      (i: number) => {
        const c = context(i);
        if (def.applies) {
          let applies: boolean;
          try {
            applies = def.applies(c);
          } catch (error) {
            throw new AppliesError(error);
          }
          if (!applies) return null;
        }
        const r = def.test(c);
        return typeof r === 'boolean' ? r : r.ok;
      },
    ]),
  );
  const checks = Object.fromEntries(
    policy.checks.flatMap((def) => (def.applies ? [[def.id, (i: number) => def.applies!(context(i))]] : [])),
  );
  return {
    paramDate: (i) => context(i).paramDate,
    conditions,
    checks,
    amountKey: () => undefined,
    input: (i) => parse(i),
    admit: (i) => parse(i) !== undefined,
  };
}
