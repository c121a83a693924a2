/**
 * Proves that KPJ numbers we issue carry our Luhn check digit (and so expose any single mistyped
 * digit), that legacy 11-digit numbers are accepted without one, and that formatting and wrong input
 * are handled with precise reasons.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueKpj, KPJ_SERIAL_MAX, type KpjReason, parseKpj } from './kpj.ts';

describe('issueKpj', () => {
  it.each<[number | bigint, string]>([
    [0, '00000000000'],
    [1, '00000000018'],
    [1n, '00000000018'],
    [2_301_234_567, '23012345676'],
    [KPJ_SERIAL_MAX, '99999999990'],
  ])('issues %s as %s', (serial, kpj) => {
    expect(issueKpj(serial)).toBe(kpj);
  });

  it.each([-1, KPJ_SERIAL_MAX + 1, 1.5, Number.NaN])('refuses the serial %s', (serial) => {
    expect(() => issueKpj(serial)).toThrow(/KPJ serial/);
  });

  it('refuses bigint serials out of range', () => {
    expect(() => issueKpj(10_000_000_000n)).toThrow(/out of range/);
    expect(() => issueKpj(-1n)).toThrow(/out of range/);
  });

  const serialArb = fc.integer({ min: 0, max: KPJ_SERIAL_MAX });

  it('issues 11 digits that parse back with our check digit, keeping the serial (property)', () => {
    fc.assert(
      fc.property(serialArb, (serial) => {
        const kpj = issueKpj(serial);
        expect(kpj).toMatch(/^\d{11}$/);
        expect(Number(kpj.slice(0, 10))).toBe(serial);
        expect(parseKpj(kpj)).toEqual({ ok: true, value: { kpj, hasJmoCheckDigit: true } });
      }),
    );
  });

  it('a single mistyped digit of an issued number loses the check digit (property)', () => {
    fc.assert(
      fc.property(
        serialArb,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (serial, at, delta) => {
          const kpj = issueKpj(serial);
          const typo = `${kpj.slice(0, at)}${(Number(kpj[at]) + delta) % 10}${kpj.slice(at + 1)}`;
          const parsed = parseKpj(typo);
          expect(parsed.ok && parsed.value.hasJmoCheckDigit).toBe(false);
        },
      ),
    );
  });
});

describe('parseKpj', () => {
  it('accepts legacy numbers without our check digit', () => {
    expect(parseKpj('23012345678')).toEqual({
      ok: true,
      value: { kpj: '23012345678', hasJmoCheckDigit: false },
    });
  });

  it.each(['2301 2345 678', '230.1234.5678', '230-123-456-78', ' 23012345678 '])('accepts %j', (text) => {
    expect(parseKpj(text)).toMatchObject({ ok: true, value: { kpj: '23012345678' } });
  });

  it.each<[string, KpjReason]>([
    ['', 'kpj_wrong_length'],
    ['2301234567', 'kpj_wrong_length'],
    ['230123456789', 'kpj_wrong_length'],
    ['2301234567A', 'kpj_not_digits'],
    ['KPJ23012345678', 'kpj_not_digits'],
  ])('%j is rejected with %s', (text, reason) => {
    expect(parseKpj(text)).toMatchObject({ ok: false, error: reason });
  });
});
