/**
 * The Luhn (mod 10) check digit, as in ISO/IEC 7812-1: from the rightmost payload digit leftwards,
 * double every other digit (starting with the rightmost), subtract 9 from doubles above 9, sum all,
 * and pick the digit that brings the sum to a multiple of ten. It catches every single-digit typo and
 * most swaps of neighbouring digits. Used by the legacy NPWP and by our own KPJ numbers.
 */
import { assert } from '../result.ts';
import { isDigits } from './normalize.ts';

export function luhnCheckDigit(payload: string): number {
  assert(isDigits(payload), `Luhn payload must be digits: ${payload}`);
  let total = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = payload.charCodeAt(payload.length - 1 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    total += digit;
  }
  return (10 - (total % 10)) % 10;
}

/** True when the last digit of `digits` is the Luhn check digit of the ones before it. */
export function hasValidLuhn(digits: string): boolean {
  assert(isDigits(digits) && digits.length >= 2, `Luhn input must be at least two digits: ${digits}`);
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}
