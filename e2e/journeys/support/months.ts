/** Months relative to the bureau's (Beijing) today, for journeys that date registry records. */

/** The month `back` months before this one in Beijing, `YYYY-MM`. */
export const month = (back: number) => {
  const d = new Date(Date.now() + 8 * 3_600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
};

/** The last day of the month `ym`, `YYYY-MM-DD`. */
export const lastDay = (ym: string) => {
  const d = new Date(`${ym}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
};
