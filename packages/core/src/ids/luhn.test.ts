/**
 * Proves our Luhn implementation against published check digits (the ISO/IEC 7812 example and the
 * legacy NPWP examples of RULES.md §8) and, by property, that it catches every single-digit typo.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasValidLuhn, luhnCheckDigit } from './luhn.ts';

describe('luhn', () => {
  it.each([
    ['7992739871', 3], // the textbook example: 79927398713
    ['01312166', 0], // NPWP 01.312.166.0-091.000
    ['02183241', 5], // NPWP 02.183.241.5-000.000
    ['01609052', 4], // NPWP 016090524017000
    ['0000000001', 8],
    ['0', 0],
  ])('check digit of %s is %i', (payload, digit) => {
    expect(luhnCheckDigit(payload)).toBe(digit);
    expect(hasValidLuhn(`${payload}${digit}`)).toBe(true);
    expect(hasValidLuhn(`${payload}${(digit + 1) % 10}`)).toBe(false);
  });

  it('refuses non-digits', () => {
    expect(() => luhnCheckDigit('12a')).toThrow(/digits/);
    expect(() => luhnCheckDigit('')).toThrow(/digits/);
    expect(() => hasValidLuhn('1')).toThrow(/two digits/);
  });

  it('detects any single changed digit (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (payload, at, delta) => {
          const digits = `${payload}${luhnCheckDigit(payload)}`;
          const i = at % digits.length;
          const changed = (Number(digits[i]) + delta) % 10;
          const typo = `${digits.slice(0, i)}${changed}${digits.slice(i + 1)}`;
          expect(hasValidLuhn(digits)).toBe(true);
          expect(hasValidLuhn(typo)).toBe(false);
        },
      ),
    );
  });
});
