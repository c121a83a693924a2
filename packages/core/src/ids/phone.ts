/**
 * Indonesian mobile numbers. People write them as `0812-3456-7890`, `+62 812 3456 7890`,
 * `62812…`, `(0812) 3456 7890` or even `+62 (0) 812…`; we store E.164 (`+6281234567890`).
 *
 * A mobile's national significant number (after +62, without the trunk 0) matches
 * `8[1-35-9]\d{7,10}`: 9 to 12 digits, so 10 to 13 digits in the national `08…` form (Google
 * libphonenumber's metadata for ID, RULES.md §8). `084…` is not allocated to mobiles.
 */
import { assert, err, ok, type Result } from '../result.ts';
import type { IdReason } from './messages.ts';
import { stripSeparators } from './normalize.ts';

export type PhoneReason = Extract<IdReason, `phone_${string}`>;

export type ParsedPhone = {
  /** `+6281234567890` */
  readonly e164: string;
  /** `081234567890` */
  readonly national: string;
};

const MOBILE_PREFIX = /^8[1-35-9]/;
const NSN_MIN = 9;
const NSN_MAX = 12;

/** The national significant number, or why there is none. */
function nationalSignificantNumber(text: string): Result<string, PhoneReason> {
  const compact = stripSeparators(text).replace(/[()]/g, '');
  if (compact === '') return err('phone_wrong_length');
  if (!/^\+?\d+$/.test(compact)) return err('phone_not_digits');
  let international: string | undefined;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  else if (compact.startsWith('62')) international = compact;
  if (international !== undefined) {
    if (!international.startsWith('62')) return err('phone_not_indonesian');
    const rest = international.slice(2);
    // "+62 0812…" is a common slip: the trunk 0 is not dialled after the country code.
    return ok(rest.startsWith('0') ? rest.slice(1) : rest);
  }
  return ok(compact.startsWith('0') ? compact.slice(1) : compact);
}

export function parsePhone(text: string): Result<ParsedPhone, PhoneReason> {
  const nsn = nationalSignificantNumber(text);
  if (!nsn.ok) return nsn;
  const digits = nsn.value;
  if (digits === '') return err('phone_wrong_length');
  if (!MOBILE_PREFIX.test(digits)) return err('phone_not_mobile');
  if (digits.length < NSN_MIN || digits.length > NSN_MAX) {
    return err('phone_wrong_length', `${digits.length + 1} digits in the 08… form, expected 10 to 13`);
  }
  return ok({ e164: `+62${digits}`, national: `0${digits}` });
}

/**
 * `+6281234567890` → `+62812****7890`: the country code, the operator prefix (3 digits) and the
 * last four stay visible. Takes any form `parsePhone` accepts; masking an invalid number is a
 * programmer error.
 */
export function maskPhone(phone: string): string {
  const parsed = parsePhone(phone);
  assert(parsed.ok, 'maskPhone needs a valid mobile number');
  const nsn = parsed.value.e164.slice(3);
  return `+62${nsn.slice(0, 3)}${'*'.repeat(nsn.length - 7)}${nsn.slice(-4)}`;
}
