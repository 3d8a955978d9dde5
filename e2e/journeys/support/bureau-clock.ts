/**
 * The bureau's (Beijing) clock as the journey's server keeps it. e2e/run.mjs passes how far that
 * clock is from this machine's (MINSHENG_CLOCK_OFFSET_MS: 0 unless the server's clock was started
 * elsewhere), so a journey's "today" is the day its server and its demo city were made for.
 */
const offsetMs = Number(process.env.MINSHENG_CLOCK_OFFSET_MS ?? 0);

/** The server's current instant. */
export const bureauNow = () => new Date(Date.now() + offsetMs);

/** The bureau's calendar day `offsetDays` from today (before it when negative), `YYYY-MM-DD`. */
export const bureauDay = (offsetDays = 0) =>
  new Date(bureauNow().getTime() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The bureau's today, `YYYY-MM-DD`. */
export const bureauToday = () => bureauDay(0);

/** The month `back` months before this one in Beijing, `YYYY-MM`. */
export const month = (back: number) => {
  const d = new Date(bureauNow().getTime() + 8 * 3_600_000);
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
