/** Values read from a URL query string; anything malformed reads as absent. */
export const positiveIntParam = (v: string | null): number | undefined => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** A YYYY-MM-DD date from a URL query string. */
export const isoDateParam = (v: string | null): string | undefined =>
  v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
