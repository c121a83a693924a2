/**
 * Proves the NIK validator reads every field as Dukcapil defines it (region, birth date with +40
 * for women, serial), resolves the century from `asOfYear`, accepts human formatting, and names the
 * first thing wrong with a bad number. The examples are python-stdnum's doctests (RULES.md §8). A
 * fast-check property builds NIKs from any district in our table, any date within a century and any
 * sex and serial, and shows `parseNik(buildNik(x))` gives x back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../regions/data.ts';
import { type CalendarDate, dateOf, daysInMonth } from '../time/period.ts';
import { buildNik, type NikReason, nikStructureProblem, parseNik, resolveTwoDigitYear } from './nik.ts';

const asOf = { asOfYear: 2026 };

describe('parseNik', () => {
  it('reads a man’s NIK (python-stdnum example)', () => {
    const result = parseNik('3171011708450001', asOf);
    expect(result).toEqual({
      ok: true,
      value: {
        nik: '3171011708450001',
        provinceCode: '31',
        regencyCode: '3171',
        districtCode: '317101',
        district: expect.objectContaining({ code: '317101', name: 'Gambir', provinceCode: '31' }),
        birthDate: '1945-08-17',
        sex: 'M',
        serial: 1,
      },
    });
  });

  it('reads a woman’s NIK: 40 is added to the day', () => {
    const result = parseNik('3171015708450001', asOf);
    expect(result.ok && result.value.sex).toBe('F');
    expect(result.ok && result.value.birthDate).toBe('1945-08-17');
  });

  it.each([
    '3171 0117 0845 0001',
    '3171.0117.0845.0001',
    '3171-0117-0845-0001',
    ' 317101 170845 0001 ',
    '3171\u00a00117\u20130845\u20140001',
  ])('accepts human formatting: %j', (text) => {
    const result = parseNik(text, asOf);
    expect(result.ok && result.value.nik).toBe('3171011708450001');
  });

  it.each<[string, NikReason]>([
    ['', 'nik_wrong_length'],
    ['317101170845000', 'nik_wrong_length'],
    ['31710117084500011', 'nik_wrong_length'],
    ['31710117O8450001', 'nik_not_digits'],
    ['3171011708450001a', 'nik_not_digits'],
    ['3171/0117/0845/0001', 'nik_not_digits'],
    ['9971011708450001', 'nik_unknown_province'],
    ['0071011708450001', 'nik_unknown_province'],
    ['3171991708450001', 'nik_unknown_region'],
    ['3100011708450001', 'nik_unknown_region'],
    ['3171010008450001', 'nik_invalid_birth_date'], // day 00
    ['3171013208450001', 'nik_invalid_birth_date'], // day 32
    ['3171014008450001', 'nik_invalid_birth_date'], // day 40 (a woman's day 0)
    ['3171017208450001', 'nik_invalid_birth_date'], // day 72 (a woman's day 32)
    ['3171011700450001', 'nik_invalid_birth_date'], // month 00
    ['3171011713450001', 'nik_invalid_birth_date'], // month 13
    ['3171013104900001', 'nik_invalid_birth_date'], // 31 April
    ['3171017104900001', 'nik_invalid_birth_date'], // 31 April, a woman
    ['3171012902990001', 'nik_invalid_birth_date'], // 29 Feb 1999
    ['3171013002000001', 'nik_invalid_birth_date'], // 30 Feb
    ['3171011708450000', 'nik_serial_zero'],
  ])('%j is rejected with %s', (text, reason) => {
    expect(parseNik(text, asOf)).toMatchObject({ ok: false, error: reason });
  });

  it('checks the region before the date and the date before the serial', () => {
    expect(parseNik('9999990000000000', asOf)).toMatchObject({ error: 'nik_unknown_province' });
    expect(parseNik('3171999900000000', asOf)).toMatchObject({ error: 'nik_unknown_region' });
    expect(parseNik('3171019900000000', asOf)).toMatchObject({ error: 'nik_invalid_birth_date' });
  });

  it('accepts 29 February in leap years only, after resolving the century', () => {
    expect(parseNik('3171012902000001', asOf)).toMatchObject({
      ok: true,
      value: { birthDate: '2000-02-29' },
    });
    expect(parseNik('3171016902040001', asOf)).toMatchObject({
      ok: true,
      value: { birthDate: '2004-02-29', sex: 'F' },
    });
    // with asOfYear 1999, '00' is 1900, which was not a leap year
    expect(parseNik('3171012902000001', { asOfYear: 1999 })).toMatchObject({
      error: 'nik_invalid_birth_date',
    });
  });

  it('resolves the century to the latest year not after asOfYear', () => {
    const birthYear = (nik: string, asOfYear: number) => {
      const result = parseNik(nik, { asOfYear });
      return result.ok ? result.value.birthDate.slice(0, 4) : result.error;
    };
    expect(birthYear('3171010101260001', 2026)).toBe('2026');
    expect(birthYear('3171010101270001', 2026)).toBe('1927');
    expect(birthYear('3171010101270001', 2027)).toBe('2027');
    expect(birthYear('3171010101990001', 2026)).toBe('1999');
    expect(birthYear('3171010101000001', 2026)).toBe('2000');
    expect(() => parseNik('3171010101000001', { asOfYear: 26 })).toThrow(/asOfYear/);
  });

  it('can accept any district of a known province', () => {
    const loose = { asOfYear: 2026, requireKnownDistrict: false };
    const result = parseNik('3171991708450001', loose);
    expect(result).toMatchObject({ ok: true, value: { districtCode: '317199', district: undefined } });
    expect(parseNik('3100011708450001', loose)).toMatchObject({ error: 'nik_unknown_region' });
    expect(parseNik('3171001708450001', loose)).toMatchObject({ error: 'nik_unknown_region' });
    expect(parseNik('9971011708450001', loose)).toMatchObject({ error: 'nik_unknown_province' });
  });
});

describe('resolveTwoDigitYear', () => {
  it('is the latest year ending in yy, not after asOfYear (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1900, max: 9999 }), (yy, asOfYear) => {
        const year = resolveTwoDigitYear(yy, asOfYear);
        expect(year % 100).toBe(yy);
        expect(year <= asOfYear).toBe(true);
        expect(year > asOfYear - 100).toBe(true);
      }),
    );
  });
});

describe('buildNik', () => {
  it('composes the python-stdnum examples', () => {
    const birthDate = '1945-08-17' as CalendarDate;
    expect(buildNik({ districtCode: '317101', birthDate, sex: 'M', serial: 1 })).toBe('3171011708450001');
    expect(buildNik({ districtCode: '317101', birthDate, sex: 'F', serial: 1 })).toBe('3171015708450001');
    expect(buildNik({ districtCode: '317401', birthDate, sex: 'F', serial: 9999 })).toBe('3174015708459999');
  });

  it.each([
    [{ districtCode: '31710', serial: 1 }, /district code/],
    [{ districtCode: '31.74.01', serial: 1 }, /district code/],
    [{ districtCode: '317101', serial: 0 }, /serial/],
    [{ districtCode: '317101', serial: 10_000 }, /serial/],
    [{ districtCode: '317101', serial: 1.5 }, /serial/],
  ])('refuses %j', (input, message) => {
    expect(() => buildNik({ ...input, birthDate: '1990-01-01' as CalendarDate, sex: 'M' })).toThrow(message);
  });

  it('refuses impossible dates', () => {
    expect(() =>
      buildNik({ districtCode: '317101', birthDate: '1990-02-30' as CalendarDate, sex: 'M', serial: 1 }),
    ).toThrow(/calendar date/);
  });

  const asOfYear = 2026;
  const inputArb = fc
    .record({
      district: fc.constantFrom(...DISTRICTS),
      year: fc.integer({ min: asOfYear - 99, max: asOfYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      sex: fc.constantFrom<'M' | 'F'>('M', 'F'),
      serial: fc.integer({ min: 1, max: 9999 }),
    })
    .map(({ district, year, month, day, sex, serial }) => ({
      district,
      birthDate: dateOf(year, month, Math.min(day, daysInMonth(year, month))),
      sex,
      serial,
    }));

  it('round-trips through parseNik for any district, date, sex and serial (property)', () => {
    fc.assert(
      fc.property(inputArb, ({ district, birthDate, sex, serial }) => {
        const nik = buildNik({ districtCode: district.code, birthDate, sex, serial });
        expect(nik).toMatch(/^\d{16}$/);
        const parsed = parseNik(nik, { asOfYear });
        expect(parsed).toEqual({
          ok: true,
          value: {
            nik,
            provinceCode: district.provinceCode,
            regencyCode: district.regencyCode,
            districtCode: district.code,
            district,
            birthDate,
            sex,
            serial,
          },
        });
        expect(nikStructureProblem(nik)).toBeUndefined();
      }),
    );
  });
});

describe('nikStructureProblem', () => {
  it.each<[string, NikReason | undefined]>([
    ['3171011708450001', undefined],
    ['3171991708450001', undefined], // district not in our table: fine here
    ['3171012902040001', undefined], // 29 Feb '04 exists in 1904 and 2004
    ['3171012902000001', undefined], // 29 Feb '00 exists in 2000
    ['3171012902010001', 'nik_invalid_birth_date'],
    ['9971011708450001', 'nik_unknown_province'],
    ['3100011708450001', 'nik_unknown_region'],
    ['3171011708450000', 'nik_serial_zero'],
    ['31710117084500', 'nik_wrong_length'],
    ['x171011708450001', 'nik_not_digits'],
  ])('%j → %s', (nik, problem) => {
    expect(nikStructureProblem(nik)).toBe(problem);
  });
});
