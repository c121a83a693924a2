/**
 * Proves that every common way of writing an Indonesian mobile number normalises to the same E.164
 * form, that landlines, foreign numbers and wrong lengths are refused with precise reasons, and that
 * masking keeps only the operator prefix and the last four digits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone, type PhoneReason, parsePhone } from './phone.ts';

describe('parsePhone', () => {
  it.each([
    '081234567890',
    '0812-3456-7890',
    '0812 3456 7890',
    '0812.3456.7890',
    '(0812) 3456 7890',
    '+6281234567890',
    '+62 812-3456-7890',
    '+62 (0) 812 3456 7890',
    '+620812 3456 7890',
    '6281234567890',
    '006281234567890',
    '81234567890',
    ' 081234567890 ',
  ])('normalises %j', (text) => {
    expect(parsePhone(text)).toEqual({
      ok: true,
      value: { e164: '+6281234567890', national: '081234567890' },
    });
  });

  it.each([
    ['0812345678', '+62812345678'], // 10 digits, the shortest
    ['0812345678901', '+62812345678901'], // 13 digits, the longest
    ['0881234567', '+62881234567'],
    ['0895123456789', '+62895123456789'],
    ['0831234567', '+62831234567'],
  ])('accepts %s', (text, e164) => {
    expect(parsePhone(text)).toMatchObject({ ok: true, value: { e164 } });
  });

  it.each<[string, PhoneReason]>([
    ['', 'phone_wrong_length'],
    ['+62', 'phone_wrong_length'],
    ['081234567', 'phone_wrong_length'], // 9 digits
    ['08123456789012', 'phone_wrong_length'], // 14 digits
    ['0812-ABCD-7890', 'phone_not_digits'],
    ['0812+34567890', 'phone_not_digits'],
    ['+1 202 555 0100', 'phone_not_indonesian'],
    ['+65 8123 4567', 'phone_not_indonesian'],
    ['0065 8123 4567', 'phone_not_indonesian'],
    ['021-1234-5678', 'phone_not_mobile'], // Jakarta landline
    ['+62 21 1234 5678', 'phone_not_mobile'],
    ['0841234567', 'phone_not_mobile'], // 084 is not a mobile prefix
    ['0801234567', 'phone_not_mobile'],
    ['08', 'phone_not_mobile'],
  ])('%j is rejected with %s', (text, reason) => {
    expect(parsePhone(text)).toMatchObject({ ok: false, error: reason });
  });

  const nsnArb = fc
    .tuple(
      fc.constantFrom(...'12356789'),
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 7, maxLength: 10 }),
    )
    .map(([second, rest]) => `8${second}${rest}`);

  it('every spelling of a mobile number gives the same E.164 (property)', () => {
    fc.assert(
      fc.property(nsnArb, (nsn) => {
        const expected = { ok: true, value: { e164: `+62${nsn}`, national: `0${nsn}` } };
        for (const text of [
          `0${nsn}`,
          `+62${nsn}`,
          `62${nsn}`,
          `+62 ${nsn.slice(0, 3)}-${nsn.slice(3)}`,
          nsn,
        ]) {
          expect(parsePhone(text)).toEqual(expected);
        }
        // both stored forms parse back to themselves
        expect(parsePhone(expected.value.e164)).toEqual(expected);
        expect(parsePhone(expected.value.national)).toEqual(expected);
      }),
    );
  });
});

describe('maskPhone', () => {
  it.each([
    ['+6281234567890', '+62812****7890'],
    ['0812-3456-7890', '+62812****7890'],
    ['0812345678', '+62812**5678'],
    ['0812345678901', '+62812*****8901'],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('refuses an invalid number', () => {
    expect(() => maskPhone('021-1234-5678')).toThrow(/valid mobile/);
  });
});
