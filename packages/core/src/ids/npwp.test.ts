/**
 * Proves the NPWP validator on the published examples (RULES.md §8) in all three forms — legacy 15
 * digits with its Luhn check digit, NIK as NPWP, and `0` + the legacy digits — and, by property,
 * that every well-formed legacy number is accepted in both its 15- and 16-digit spellings while a
 * single mistyped digit in the first nine is caught.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './luhn.ts';
import { formatNpwp, type NpwpReason, parseNpwp } from './npwp.ts';

describe('parseNpwp', () => {
  it.each([
    ['01.312.166.0-091.000', '013121660091000'],
    ['02.183.241.5-000.000', '021832415000000'],
    ['016090524017000', '016090524017000'],
    ['01 312 166 0 091 000', '013121660091000'],
  ])('accepts the legacy NPWP %j', (text, legacy15) => {
    expect(parseNpwp(text)).toEqual({
      ok: true,
      value: { kind: 'legacy15', normalized16: `0${legacy15}`, legacy15, formatted: formatNpwp(legacy15) },
    });
  });

  it('formats legacy numbers with dots and a dash', () => {
    expect(formatNpwp('013121660091000')).toBe('01.312.166.0-091.000');
    expect(formatNpwp('0021832415000000')).toBe('0021832415000000');
  });

  it('accepts the padded 16-digit form', () => {
    expect(parseNpwp('0013121660091000')).toEqual({
      ok: true,
      value: {
        kind: 'padded16',
        normalized16: '0013121660091000',
        legacy15: '013121660091000',
        formatted: '0013121660091000',
      },
    });
  });

  it('accepts a NIK as NPWP', () => {
    expect(parseNpwp('3171 0117 0845 0001')).toEqual({
      ok: true,
      value: {
        kind: 'nik16',
        normalized16: '3171011708450001',
        legacy15: undefined,
        formatted: '3171011708450001',
      },
    });
  });

  it.each<[string, NpwpReason, string?]>([
    ['', 'npwp_wrong_length'],
    ['01.312.166.0-091.00', 'npwp_wrong_length'],
    ['01.312.166.0-091.000.00', 'npwp_wrong_length'],
    ['01.312.166.0/091.000', 'npwp_not_digits'],
    ['AB.312.166.0-091.000', 'npwp_not_digits'],
    ['01.312.166.1-091.000', 'npwp_bad_check_digit'],
    ['01.312.167.0-091.000', 'npwp_bad_check_digit'],
    ['10.312.166.0-091.000', 'npwp_bad_check_digit'],
    ['0013121661091000', 'npwp_bad_check_digit'],
    ['00.000.000.0-000.000', 'npwp_placeholder'],
    ['0000000000000000', 'npwp_placeholder'],
    ['9971011708450001', 'npwp_invalid_nik', 'nik_unknown_province'],
    ['3171011708450000', 'npwp_invalid_nik', 'nik_serial_zero'],
    ['3171013213450001', 'npwp_invalid_nik', 'nik_invalid_birth_date'],
  ])('%j is rejected with %s', (text, reason, detail) => {
    const result = parseNpwp(text);
    expect(result).toMatchObject({ ok: false, error: reason });
    if (detail) expect(result).toMatchObject({ detail });
  });

  it('refuses to format an invalid number', () => {
    expect(() => formatNpwp('01.312.166.1-091.000')).toThrow(/npwp_bad_check_digit/);
  });

  const digitString = (length: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
  const legacyArb = fc
    .tuple(digitString(8), digitString(6))
    .filter(([head, tail]) => !/^0+$/.test(head + tail))
    .map(([head, tail]) => `${head}${luhnCheckDigit(head)}${tail}`);

  it('accepts every well-formed legacy number in both spellings (property)', () => {
    fc.assert(
      fc.property(legacyArb, (legacy15) => {
        const parsed = parseNpwp(formatNpwp(legacy15));
        expect(parsed).toMatchObject({ ok: true, value: { kind: 'legacy15', legacy15 } });
        expect(parseNpwp(`0${legacy15}`)).toMatchObject({ ok: true, value: { kind: 'padded16', legacy15 } });
      }),
    );
  });

  it('catches any single mistyped digit among the first nine (property)', () => {
    fc.assert(
      fc.property(
        legacyArb,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (legacy15, at, delta) => {
          const typo = `${legacy15.slice(0, at)}${(Number(legacy15[at]) + delta) % 10}${legacy15.slice(at + 1)}`;
          const result = parseNpwp(typo);
          if (/^0+$/.test(typo)) expect(result).toMatchObject({ error: 'npwp_placeholder' });
          else expect(result).toMatchObject({ ok: false, error: 'npwp_bad_check_digit' });
        },
      ),
    );
  });
});
