/** China Standard Time has no daylight saving: always UTC+8. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * A date as printed on official documents, 2026年11月25日 (no leading zeros). Takes a calendar
 * date `YYYY-MM-DD` as is, or an ISO timestamp, which is read on China time (a timestamp of
 * 2026-11-24T16:30Z is already the 25th in China).
 */
export function chineseDate(iso: string): string {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (plain) return `${Number(plain[1])}年${Number(plain[2])}月${Number(plain[3])}日`;
  const ms = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(ms)) {
    throw new TypeError(`not an ISO date or timestamp: "${iso}"`);
  }
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
