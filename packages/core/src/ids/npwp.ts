/**
 * NPWP (Nomor Pokok Wajib Pajak), the tax ID, in its three forms:
 *
 * - `legacy15`: 15 digits, printed `99.999.999.9-999.999`: 2 digits taxpayer type, 6 digits serial,
 *   1 check digit, 3 digits tax office (KPP), 3 digits branch (000 for the head office or a single
 *   taxpayer). The check digit is the Luhn (mod 10) digit of the first 8 digits (python-stdnum
 *   `stdnum/id/npwp.py`, Perl Business::ID::NPWP; the DJP specification itself was not found), so
 *   `01.312.166.0-091.000` and `02.183.241.5-000.000` are valid.
 * - `nik16`: since 2024 (PMK 112/2022) a resident individual's NPWP is their NIK.
 * - `padded16`: everyone else (companies, non-residents, legacy numbers) uses `0` followed by the old
 *   15 digits. A NIK never starts with 0 (province codes start at 11), so the two 16-digit forms
 *   cannot be confused.
 *
 * `normalized16` is the 16-digit form for storage: a legacy number is stored padded.
 */
import { assert, err, ok, type Result } from '../result.ts';
import { hasValidLuhn } from './luhn.ts';
import type { IdReason } from './messages.ts';
import { nikStructureProblem } from './nik.ts';
import { isDigits, stripSeparators } from './normalize.ts';

export type NpwpReason = Extract<IdReason, `npwp_${string}`>;
export type NpwpKind = 'legacy15' | 'nik16' | 'padded16';

export type ParsedNpwp = {
  readonly kind: NpwpKind;
  /** 16 digits: the NIK, or `0` + the legacy 15 digits. */
  readonly normalized16: string;
  /** The 15-digit legacy number, when there is one (not for `nik16`). */
  readonly legacy15: string | undefined;
  /** For display: legacy numbers dotted (`01.312.166.0-091.000`), 16-digit forms as plain digits. */
  readonly formatted: string;
};

function checkLegacy15(digits: string): NpwpReason | undefined {
  if (/^0+$/.test(digits)) return 'npwp_placeholder';
  if (!hasValidLuhn(digits.slice(0, 9))) return 'npwp_bad_check_digit';
  return undefined;
}

/** `013121660091000` → `01.312.166.0-091.000`. */
function dotted(legacy15: string): string {
  const d = legacy15;
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8, 9)}-${d.slice(9, 12)}.${d.slice(12, 15)}`;
}

export function parseNpwp(text: string): Result<ParsedNpwp, NpwpReason> {
  const digits = stripSeparators(text);
  if (digits !== '' && !isDigits(digits)) return err('npwp_not_digits');
  if (digits.length === 15) {
    const problem = checkLegacy15(digits);
    if (problem) return err(problem);
    return ok({ kind: 'legacy15', normalized16: `0${digits}`, legacy15: digits, formatted: dotted(digits) });
  }
  if (digits.length === 16 && digits.startsWith('0')) {
    const legacy15 = digits.slice(1);
    const problem = checkLegacy15(legacy15);
    if (problem) return err(problem);
    return ok({ kind: 'padded16', normalized16: digits, legacy15, formatted: digits });
  }
  if (digits.length === 16) {
    const problem = nikStructureProblem(digits);
    if (problem) return err('npwp_invalid_nik', problem);
    return ok({ kind: 'nik16', normalized16: digits, legacy15: undefined, formatted: digits });
  }
  return err('npwp_wrong_length', `${digits.length} digits, expected 15 or 16`);
}

/**
 * The display form of a valid NPWP in any of its forms (see `ParsedNpwp.formatted`). Formatting an
 * invalid number is a programmer error: validate input with `parseNpwp` first.
 */
export function formatNpwp(npwp: string): string {
  const parsed = parseNpwp(npwp);
  assert(parsed.ok, `formatNpwp needs a valid NPWP (${parsed.ok ? '' : parsed.error})`);
  return parsed.value.formatted;
}
