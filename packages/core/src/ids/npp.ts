/**
 * NPP (Nomor Pendaftaran Perusahaan), the employer's registration number with the agency.
 *
 * UNCONFIRMED FORMAT: we treat it as exactly 8 digits, a convention seen in practice but in no
 * published specification (DOMAIN.md, "Identifiers"). No check digit is known or verified. If real
 * numbers turn out to differ, change `NPP_LENGTH` here and nowhere else.
 */
import { err, ok, type Result } from '../result.ts';
import type { IdReason } from './messages.ts';
import { isDigits, stripSeparators } from './normalize.ts';

export type NppReason = Extract<IdReason, `npp_${string}`>;
export type ParsedNpp = { readonly npp: string };

export const NPP_LENGTH = 8;

export function parseNpp(text: string): Result<ParsedNpp, NppReason> {
  const digits = stripSeparators(text);
  if (digits !== '' && !isDigits(digits)) return err('npp_not_digits');
  if (digits.length !== NPP_LENGTH) return err('npp_wrong_length', `${digits.length} digits, expected 8`);
  return ok({ npp: digits });
}
