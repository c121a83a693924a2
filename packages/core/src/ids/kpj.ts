/**
 * KPJ (Kartu Peserta Jamsostek) card number: 11 digits. One person may hold several, one per past
 * job (PP 44/2015 art. 1(12) speaks of a single membership number; RULES.md §8 and §10.12).
 *
 * No public structure or check digit is known, so:
 * - numbers WE issue are a 10-digit serial followed by a check digit of our own: the Luhn (mod 10)
 *   check digit computed over the 10 serial digits (see `luhn.ts`);
 * - numbers issued before us (legacy) are accepted as any 11 digits, without verifying a check digit.
 *
 * `hasJmoCheckDigit` only says that the last digit happens to be our Luhn digit: about one legacy
 * number in ten passes by chance, so it is a typo hint for our own numbers, never proof of origin.
 */
import { assert, err, ok, type Result } from '../result.ts';
import { hasValidLuhn, luhnCheckDigit } from './luhn.ts';
import type { IdReason } from './messages.ts';
import { isDigits, stripSeparators } from './normalize.ts';

export type KpjReason = Extract<IdReason, `kpj_${string}`>;

export type ParsedKpj = {
  /** 11 digits, separators removed. */
  readonly kpj: string;
  /** The 11th digit is the Luhn check digit of the first 10 (true for every number we issue). */
  readonly hasJmoCheckDigit: boolean;
};

export const KPJ_LENGTH = 11;
export const KPJ_SERIAL_MAX = 9_999_999_999;

/** Issue the KPJ number for a 10-digit serial (0 to 9 999 999 999): the serial, zero-padded, plus its Luhn digit. */
export function issueKpj(serial10digits: number | bigint): string {
  assert(
    typeof serial10digits === 'bigint' || Number.isSafeInteger(serial10digits),
    `KPJ serial must be an integer: ${serial10digits}`,
  );
  const serial = BigInt(serial10digits);
  assert(serial >= 0n && serial <= BigInt(KPJ_SERIAL_MAX), `KPJ serial out of range: ${serial}`);
  const payload = serial.toString().padStart(10, '0');
  return `${payload}${luhnCheckDigit(payload)}`;
}

export function parseKpj(text: string): Result<ParsedKpj, KpjReason> {
  const digits = stripSeparators(text);
  if (digits !== '' && !isDigits(digits)) return err('kpj_not_digits');
  if (digits.length !== KPJ_LENGTH) return err('kpj_wrong_length', `${digits.length} digits, expected 11`);
  return ok({ kpj: digits, hasJmoCheckDigit: hasValidLuhn(digits) });
}
