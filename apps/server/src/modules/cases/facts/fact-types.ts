/** A registry fact an officer changed, with the reason (audited, shown to the reviewer). */
export interface FactOverride {
  value: unknown;
  reason: string;
  byId: string;
  byName: string;
  at: string;
}

/** Where one field of the input came from. */
export interface FieldProvenance {
  source: string;
  /** the date of the record the value came from */
  on?: string | null;
  /** the registry's own value, when an officer changed it */
  registryValue?: unknown;
  override?: { reason: string; byName: string; at: string };
}
