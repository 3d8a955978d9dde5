import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../engine/dates.ts';
import {
  convertResidentId15To18,
  maskResidentId,
  PROVINCE_CODES,
  parseResidentId,
  residentIdCheckDigit,
} from './resident-id.ts';

const withCheck = (first17: string) => first17 + residentIdCheckDigit(first17);

const validId = fc
  .record({
    province: fc.constantFrom(...Object.keys(PROVINCE_CODES)),
    rest: fc.integer({ min: 0, max: 9999 }),
    date: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2025-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, rest, date, seq }) => {
    const birth = formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    const first17 = `${province}${String(rest).padStart(4, '0')}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
    return { id: withCheck(first17), birth, seq };
  });

describe('parseResidentId', () => {
  it('accepts the GB 11643 example number and derives birth date and gender', () => {
    const r = parseResidentId('11010519491231002X');
    expect(r).toMatchObject({ ok: true, birthDate: '1949-12-31', gender: 'female', provinceName: '北京市' });
  });

  it('normalises a lower-case x check character', () => {
    expect(parseResidentId('11010519491231002x')).toMatchObject({ ok: true, id: '11010519491231002X' });
  });

  it('rejects a wrong length, a bad province, an impossible date and a wrong check digit with stable codes', () => {
    expect(parseResidentId('1101051949123100')).toMatchObject({ ok: false, code: 'ID_LENGTH' });
    expect(parseResidentId('')).toMatchObject({ ok: false, code: 'ID_EMPTY' });
    expect(parseResidentId('1101051949123100AX')).toMatchObject({ ok: false, code: 'ID_FORMAT' });
    expect(parseResidentId(withCheck('99010519491231002'))).toMatchObject({ ok: false, code: 'ID_REGION' });
    expect(parseResidentId(withCheck('11010519490231002'))).toMatchObject({
      ok: false,
      code: 'ID_BIRTH_DATE',
    });
    expect(parseResidentId('110105194912310021')).toMatchObject({ ok: false, code: 'ID_CHECK_DIGIT' });
  });

  it('rejects 29 February in a common year and accepts it in a leap year', () => {
    expect(parseResidentId(withCheck('37020219230229123'))).toMatchObject({
      ok: false,
      code: 'ID_BIRTH_DATE',
    });
    expect(parseResidentId(withCheck('37020219000229123'))).toMatchObject({
      ok: false,
      code: 'ID_BIRTH_DATE',
    });
    expect(parseResidentId(withCheck('37020220000229123'))).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
    });
  });

  it('rejects a birth date after the date the caller passes', () => {
    const id = withCheck('37020220260101123');
    expect(parseResidentId(id, { on: '2025-12-31' })).toMatchObject({ ok: false, code: 'ID_BIRTH_FUTURE' });
    expect(parseResidentId(id, { on: '2026-01-01' }).ok).toBe(true);
  });

  it('takes the gender from the 17th digit', () => {
    expect(parseResidentId(withCheck('37020219800101121'))).toMatchObject({ gender: 'male' });
    expect(parseResidentId(withCheck('37020219800101122'))).toMatchObject({ gender: 'female' });
  });

  it('converts 15-digit numbers to 18 digits', () => {
    expect(convertResidentId15To18('110105491231002')).toBe('11010519491231002X');
    expect(parseResidentId('110105491231002')).toMatchObject({ ok: false, code: 'ID_LENGTH' });
    expect(parseResidentId('110105491231002', { allow15: true })).toMatchObject({
      ok: true,
      id: '11010519491231002X',
      converted: true,
    });
  });

  it('round-trips every generated valid number', () => {
    fc.assert(
      fc.property(validId, ({ id, birth, seq }) => {
        const r = parseResidentId(id);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.id).toBe(id);
        expect(r.birthDate).toBe(birth);
        expect(r.gender).toBe(seq % 2 === 1 ? 'male' : 'female');
      }),
    );
  });

  it('catches any single-character change', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        ({ id }, pos, delta) => {
          const alphabet = pos === 17 ? '0123456789X' : '0123456789';
          const current = alphabet.indexOf(id[pos]!);
          const replacement = alphabet[(current + delta) % alphabet.length]!;
          fc.pre(replacement !== id[pos]);
          const changed = id.slice(0, pos) + replacement + id.slice(pos + 1);
          expect(parseResidentId(changed).ok).toBe(false);
        },
      ),
    );
  });
});

describe('maskResidentId', () => {
  it('keeps the first and last four characters', () => {
    expect(maskResidentId('370202198001011234')).toBe('3702**********1234');
    expect(maskResidentId('1234')).toBe('****');
  });
});
