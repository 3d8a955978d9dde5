/**
 * Cell values as exceljs reads them (string, number, boolean, Date, rich text, formula result,
 * hyperlink, error) turned into what a column means. Pure functions: each answers a value or a
 * Chinese message, never throws, so one bad cell never stops the rest of the file being checked.
 */

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (message: string): CellResult<never> => ({ ok: false, message });

/** What a cell holds, unwrapped from exceljs' rich text, formula, hyperlink and error objects. */
export function cellValue(raw: unknown): string | number | boolean | Date | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return raw;
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return (o.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('');
    }
    if ('result' in o) return cellValue(o.result);
    if ('formula' in o || 'sharedFormula' in o) return null;
    if ('text' in o) return cellValue(o.text);
    if ('error' in o) return null;
  }
  return String(raw);
}

/** A number as Excel shows it in a text column: integers without exponent or trailing ".0". */
function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(n);
}

/** The cell as trimmed text ('' when empty). Full-width spaces count as blanks. */
export function cellText(raw: unknown): string {
  const v = cellValue(raw);
  if (v === null) return '';
  if (typeof v === 'number') return numberText(v);
  if (v instanceof Date) return isoOfDate(v);
  return String(v)
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    .replace(/\u00a0/g, ' ');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** exceljs gives date cells as UTC midnight of the shown day. */
const isoOfDate = (d: Date) =>
  `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Excel serial day numbers (1900 date system, with its phantom 29 Feb 1900) to ISO dates. */
function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const days = Math.floor(serial);
  // Serial 60 is Excel's non-existent 1900-02-29; serials after it are one day ahead.
  if (days === 60) return null;
  const epoch = Date.UTC(1899, 11, days > 60 ? 30 : 31);
  return isoOfDate(new Date(epoch + days * 86_400_000));
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date column: a real Excel date, a serial number, or text such as 2026-02-28, 2026/2/28,
 * 2026.2.28, 2026年2月28日 or 20260228. Calendar days only: 2025-02-29 is refused.
 */
export function parseDateCell(raw: unknown): CellResult<string | null> {
  const v = cellValue(raw);
  if (v === null || v === '') return ok(null);
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? bad('不是有效日期') : ok(isoOfDate(v));
  }
  if (typeof v === 'number') {
    const iso = serialToIso(v);
    return iso ? ok(iso) : bad(`「${numberText(v)}」不是有效日期`);
  }
  const text = String(v).trim();
  if (text === '') return ok(null);
  const m = DATE_TEXT.exec(text) ?? DATE_COMPACT.exec(text);
  if (!m) return bad(`「${text}」不是有效日期，请填写如 2026-03-01 的日期`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return bad(`「${text}」中的月份 ${mo} 不存在`);
  if (d < 1 || d > daysInMonth(y, mo)) {
    const why = mo === 2 && d === 29 ? `，${y} 年不是闰年` : '';
    return bad(`「${text}」不是有效日期：${y} 年 ${mo} 月没有 ${d} 日${why}`);
  }
  return ok(`${pad(y, 4)}-${pad(mo)}-${pad(d)}`);
}

/**
 * An identity-number column (resident ID, credit code, certificate number): text. An 18-digit
 * number typed into a number cell has already lost its last digits to floating point (Excel keeps
 * 15 significant digits), so such cells are refused with the way to fix them.
 */
export function parseCodeCell(raw: unknown): CellResult<string> {
  const v = cellValue(raw);
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) {
      return bad('号码被存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写');
    }
    return ok(numberText(v));
  }
  return ok(cellText(v).replace(/\s+/g, '').toUpperCase());
}

/** A number column (amounts, counts); '' is empty; thousands separators are accepted. */
export function parseNumberCell(raw: unknown): CellResult<number | null> {
  const v = cellValue(raw);
  if (v === null || v === '') return ok(null);
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : bad('不是有效数字');
  if (typeof v === 'boolean' || v instanceof Date) return bad('应填写数字');
  const text = String(v).trim().replace(/,/g, '');
  if (text === '') return ok(null);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return bad(`「${String(v).trim()}」不是有效数字`);
  return ok(Number(text));
}
