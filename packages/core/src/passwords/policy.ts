/**
 * Password rules after NIST SP 800-63B §3.1.1.2 (rev. 4, 2017; kept in rev. 4-2024 draft):
 * length over composition. At least 8 characters, long passphrases welcome (up to 256), every
 * printable character and space allowed, no "must contain a digit" rules. A password is refused
 * when it is in a list of commonly used or breached passwords, is repetitive or sequential, or is
 * built from the service's name or the member's own data. Passwords are compared after Unicode
 * NFKC normalisation, as the guideline recommends.
 *
 * The common-password list is the 49k-entry list shipped by @zxcvbn-ts/language-common (MIT),
 * extended with words Indonesian users of this service are likely to pick.
 */
import { dictionary } from '@zxcvbn-ts/language-common';
import type { Locale } from '../contracts/errors.ts';
import { err, ok, type Result } from '../result.ts';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordReason =
  | 'password_too_short'
  | 'password_too_long'
  | 'password_common'
  | 'password_repetitive'
  | 'password_contains_personal_data';

export const passwordReasonMessages: Record<PasswordReason, Record<Locale, string>> = {
  password_too_short: {
    id: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter. Kalimat pendek yang mudah Anda ingat lebih aman.`,
    en: `Use at least ${PASSWORD_MIN_LENGTH} characters. A short sentence you can remember is safer.`,
  },
  password_too_long: {
    id: `Kata sandi paling banyak ${PASSWORD_MAX_LENGTH} karakter.`,
    en: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  },
  password_common: {
    id: 'Kata sandi ini terlalu umum dan mudah ditebak. Pilih kata sandi lain, misalnya gabungan beberapa kata.',
    en: 'This password is too common and easy to guess. Choose another, for example a few words together.',
  },
  password_repetitive: {
    id: 'Kata sandi tidak boleh berupa karakter berulang atau berurutan (seperti "aaaaaaaa" atau "12345678").',
    en: 'The password cannot be repeated or sequential characters (like "aaaaaaaa" or "12345678").',
  },
  password_contains_personal_data: {
    id: 'Kata sandi tidak boleh memuat nama layanan, nama, NIK, e-mail, atau nomor HP Anda.',
    en: 'The password cannot contain the service name or your name, NIK, e-mail or mobile number.',
  },
};

/** Words people reach for on a social-security service in Indonesia; refused alone or with digits. */
const SERVICE_AND_LOCAL_WORDS = [
  'bpjs',
  'bpjstk',
  'bpjamsostek',
  'jamsostek',
  'ketenagakerjaan',
  'jmo',
  'jht',
  'kpj',
  'indonesia',
  'rahasia',
  'sayang',
  'sayangku',
  'bismillah',
  'merdeka',
  'jakarta',
  'katasandi',
  'password',
  'pekerja',
  'karyawan',
];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set([...dictionary['passwords-common'], ...SERVICE_AND_LOCAL_WORDS]);
  return common;
}

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function isRepetitiveOrSequential(lower: string): boolean {
  if (new Set(lower).size <= 2) return true; // "aaaaaaaa", "abababab"
  const forwards = SEQUENCES.some((s) => s.includes(lower));
  const backwards = SEQUENCES.some((s) => [...s].reverse().join('').includes(lower));
  return forwards || backwards;
}

/** The password without leading/trailing digits and symbols: "Jamsostek2024!" → "jamsostek". */
function core(lower: string): string {
  return lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

export interface PasswordContext {
  /** The member's own data: full name, NIK, e-mail, phone. Any part of 4+ characters is refused. */
  personal?: readonly string[];
}

/** Check a new password; returns its NFKC-normalised form to hash. */
export function checkNewPassword(
  password: string,
  context: PasswordContext = {},
): Result<string, PasswordReason> {
  const normalised = password.normalize('NFKC');
  const length = [...normalised].length;
  if (length < PASSWORD_MIN_LENGTH) return err('password_too_short');
  if (length > PASSWORD_MAX_LENGTH) return err('password_too_long');
  const lower = normalised.toLowerCase();
  if (isRepetitiveOrSequential(lower)) return err('password_repetitive');
  const list = commonPasswords();
  if (list.has(lower) || list.has(lower.replace(/\s+/g, '')) || list.has(core(lower)))
    return err('password_common');
  const personalParts = (context.personal ?? [])
    .flatMap((value) => value.toLowerCase().split(/[\s@.+_-]+/))
    .filter((part) => part.length >= 4);
  if (personalParts.some((part) => lower.includes(part))) return err('password_contains_personal_data');
  return ok(normalised);
}

export function passwordReasonMessage(reason: PasswordReason, locale: Locale): string {
  return passwordReasonMessages[reason][locale];
}
