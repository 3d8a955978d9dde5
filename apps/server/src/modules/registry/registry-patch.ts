type Normalisers<P> = { [K in keyof P]?: (value: Exclude<P[K], undefined>) => unknown };
type Changes<N> = { [K in keyof N]?: N[K] extends (value: never) => infer R ? R : never };

/** Trims a text field; blank becomes NULL, absent (undefined) stays absent. */
export const blankToNull = (v: string | null | undefined) =>
  v === undefined ? undefined : v?.trim() || null;

/** Normalisers for `patchChanges`: keep the text, trim it, or store blank as NULL. */
export const asIs = (value: string) => value;
export const trimmed = (value: string) => value.trim();
export const nullIfBlank = (value: string | null) => blankToNull(value) ?? null;

/**
 * The column changes a PATCH asks for: only the fields it names (a PATCH leaves the others alone),
 * each through its normaliser.
 */
export function patchChanges<P extends object, N extends Normalisers<P>>(patch: P, normalise: N): Changes<N> {
  const changes: Record<string, unknown> = {};
  for (const [field, fn] of Object.entries(normalise) as [keyof P & string, (v: unknown) => unknown][]) {
    if (patch[field] !== undefined) changes[field] = fn(patch[field]);
  }
  return changes as Changes<N>;
}

/**
 * The names of the changed fields for an audit record, without the encrypted and hashed columns:
 * their values are personal data, and their names only repeat the field they were made from.
 */
export const auditedFieldNames = (changes: object) =>
  Object.keys(changes).filter((k) => !k.endsWith('Enc') && !k.endsWith('Hash'));
