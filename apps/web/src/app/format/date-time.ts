/**
 * The one way instants and dates are shown: in the bureau's time zone (Asia/Shanghai), as
 * `YYYY-MM-DD HH:mm` for an instant and `YYYY-MM-DD` for a calendar day, whatever the browser's zone.
 */
export const bureauTimeZone = 'Asia/Shanghai';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: bureauTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function fields(at: Date) {
  const f = Object.fromEntries(parts.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${f.year}-${f.month}-${f.day}`, time: `${f.hour}:${f.minute}`, second: f.second ?? '00' };
}

/** The bureau's calendar day of an instant: `YYYY-MM-DD`. */
export const bureauDate = (at: Date): string => fields(at).date;

/**
 * The bureau's wall-clock time of an instant as a Date in the browser's zone (its local fields are
 * Shanghai's), for libraries that read the local fields (dayjs, antd's pickers).
 */
export function bureauWallClock(at: Date): Date {
  const f = fields(at);
  const [y, m, d] = f.date.split('-').map(Number);
  const [hh, mm] = f.time.split(':').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, Number(f.second), at.getMilliseconds());
}

/** The bureau's hour (0–23) of an instant. */
export const bureauHour = (at: Date): number => Number(fields(at).time.slice(0, 2));

function instant(iso: string | null | undefined, seconds: boolean): string {
  const at = iso ? new Date(iso) : null;
  if (!at || Number.isNaN(at.getTime())) return '—';
  const f = fields(at);
  return `${f.date} ${f.time}${seconds ? `:${f.second}` : ''}`;
}

/** An instant from the API (ISO 8601) as `YYYY-MM-DD HH:mm` in the bureau's zone; empty → `—`. */
export const formatInstant = (iso: string | null | undefined): string => instant(iso, false);

/** `formatInstant` with `:ss`, for logs, where the order of events within a minute matters. */
export const formatLogInstant = (iso: string | null | undefined): string => instant(iso, true);

/** A calendar day from the API (`YYYY-MM-DD`, shown as it is); empty → `—`. */
export const formatDay = (day: string | null | undefined): string => day || '—';

/** A period of days, start first: `2025-01-01 至 2025-06-30`; an open end reads `2025-01-01 至今`. */
export const formatPeriod = (from: string | null | undefined, to: string | null | undefined): string =>
  `${formatDay(from)} 至${to ? ` ${to}` : '今'}`;
