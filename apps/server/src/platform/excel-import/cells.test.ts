import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, daysInMonth, isLeapYear, parseCodeCell, parseDateCell, parseNumberCell } from './cells.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Any calendar day from 1900-03-01 to 2099-12-31 (after Excel's phantom 1900-02-29). */
const calendarDay = fc
  .record({
    y: fc.integer({ min: 1901, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m));

describe('date cells', () => {
  it('read every way of writing a real day as the same ISO date', () => {
    fc.assert(
      fc.property(calendarDay, ({ y, m, d }) => {
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
        for (const written of [
          iso,
          `${y}/${m}/${d}`,
          `${y}.${m}.${d}`,
          `${y}年${m}月${d}日`,
          `${y}${pad(m)}${pad(d)}`,
          ` ${iso} `,
          new Date(Date.UTC(y, m - 1, d)),
          serial,
          { formula: 'DATE()', result: new Date(Date.UTC(y, m - 1, d)) },
        ]) {
          expect(parseDateCell(written)).toEqual({ ok: true, value: iso });
        }
      }),
    );
  });

  it('refuses 29 February of every non-leap year and accepts it in leap years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2399 }), (y) => {
        const r = parseDateCell(`${y}-02-29`);
        if (isLeapYear(y)) expect(r).toEqual({ ok: true, value: `${y}-02-29` });
        else
          expect(r).toEqual({
            ok: false,
            message: `「${y}-02-29」不是有效日期：${y} 年 2 月没有 29 日，${y} 年不是闰年`,
          });
      }),
    );
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
  });

  it('refuses days past the end of the month, month 13 and free text, and leaves blanks empty', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(parseDateCell(`${y}-${m}-${daysInMonth(y, m) + 1}`).ok).toBe(false);
      }),
    );
    expect(parseDateCell('2026-13-01')).toEqual({ ok: false, message: '「2026-13-01」中的月份 13 不存在' });
    expect(parseDateCell('下个月')).toEqual({
      ok: false,
      message: '「下个月」不是有效日期，请填写如 2026-03-01 的日期',
    });
    expect(parseDateCell(60)).toEqual({ ok: false, message: '「60」不是有效日期' });
    for (const blank of [null, undefined, '', '   '])
      expect(parseDateCell(blank)).toEqual({ ok: true, value: null });
  });
});

describe('number cells', () => {
  it('read numbers written as numbers or as text, with or without thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = whole + cents / 100;
        expect(parseNumberCell(n)).toEqual({ ok: true, value: n });
        expect(parseNumberCell(String(n))).toEqual({ ok: true, value: n });
        const grouped = `${whole < 0 ? '-' : ''}${Math.abs(whole).toLocaleString('en-US')}`;
        expect(parseNumberCell(grouped)).toEqual({ ok: true, value: whole });
      }),
    );
    expect(parseNumberCell('12元')).toEqual({ ok: false, message: '「12元」不是有效数字' });
    expect(parseNumberCell('')).toEqual({ ok: true, value: null });
  });
});

describe('ID-number cells', () => {
  it('read text as upper case without spaces, and numbers up to 15 digits exactly', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{17}[\dxX]$/),
        fc.integer({ min: 0, max: 999_999_999_999_999 }),
        (id, n) => {
          expect(parseCodeCell(` ${id.slice(0, 6)} ${id.slice(6)} `)).toEqual({
            ok: true,
            value: id.toUpperCase(),
          });
          expect(parseCodeCell({ richText: [{ text: id.slice(0, 9) }, { text: id.slice(9) }] })).toEqual({
            ok: true,
            value: id.toUpperCase(),
          });
          expect(parseCodeCell(n)).toEqual({ ok: true, value: String(n) });
        },
      ),
    );
  });

  it('refuses an 18-digit number stored as a number cell (its last digits are already lost)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 17n, max: 10n ** 18n - 1n }), (big) => {
        const r = parseCodeCell(Number(big));
        expect(r).toEqual({
          ok: false,
          message: '号码被存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写',
        });
      }),
    );
  });

  it('shows numbers in text columns without exponent or decimals', () => {
    expect(cellText(13812345678)).toBe('13812345678');
    expect(cellText({ text: '链接文字', hyperlink: 'http://x' })).toBe('链接文字');
    expect(cellText({ error: '#N/A' })).toBe('');
  });
});
