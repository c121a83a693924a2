/**
 * NIK (Nomor Induk Kependudukan), the national ID number on the KTP and the family card:
 *
 *     PP KK CC DDMMYY SSSS
 *     │  │  │  │      └ serial among people with the same region and birth date, from 0001
 *     │  │  │  └ birth date; women have 40 added to the day (a woman born on the 17th has 57)
 *     │  │  └ district (kecamatan) where the NIK was first issued
 *     │  └ regency or city (kabupaten/kota)
 *     └ province
 *
 * Source: Dukcapil (dukcapil.klaten.go.id; Dirjen Dukcapil via tribunjakarta, 29 Aug 2023), see
 * RULES.md §8. The NIK is permanent: it keeps the region of first issue when a person moves, and it
 * keeps a district code even after that district is split or renumbered.
 *
 * The year has two digits, so the century must come from outside: `parseNik` takes `asOfYear`
 * (core never reads the clock) and picks the latest year that is not after it — with asOfYear 2026,
 * '26' is 2026 and '27' is 1927. A birth later within `asOfYear` is not rejected; compare the
 * result with today's date when that matters.
 */
import { findDistrict, findProvince } from '../regions/regions.ts';
import type { District } from '../regions/types.ts';
import { assert, err, ok, type Result } from '../result.ts';
import { type CalendarDate, daysInMonth, isCalendarDate } from '../time/period.ts';
import type { IdReason } from './messages.ts';
import { isDigits, stripSeparators } from './normalize.ts';

export type NikReason = Extract<IdReason, `nik_${string}`>;
export type Sex = 'M' | 'F';

export type ParsedNik = {
  /** 16 digits, separators removed. */
  readonly nik: string;
  /** Two digits, e.g. '31'. */
  readonly provinceCode: string;
  /** Four digits (province + regency), e.g. '3174'. */
  readonly regencyCode: string;
  /** Six digits (province + regency + district), e.g. '317401'. */
  readonly districtCode: string;
  /** The district from our region table; undefined only when `requireKnownDistrict` is false. */
  readonly district: District | undefined;
  readonly birthDate: CalendarDate;
  readonly sex: Sex;
  /** 1 to 9999. */
  readonly serial: number;
};

export type ParseNikOptions = {
  /** The current year (or the year the document was read): resolves the two-digit birth year. */
  readonly asOfYear: number;
  /**
   * Reject NIKs whose six-digit district code is not in `DISTRICTS` (default true). Our table is a
   * curated subset of the real list, so set false to accept any district of a known province.
   */
  readonly requireKnownDistrict?: boolean;
};

export const NIK_LENGTH = 16;

type BirthParts = { day: number; month: number; yy: number; sex: Sex };

/** Day 01–31 is a man, 41–71 a woman; anything else (or a month outside 01–12) is no date. */
function readBirthParts(digits: string): BirthParts | undefined {
  const rawDay = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const yy = Number(digits.slice(10, 12));
  if (month < 1 || month > 12) return undefined;
  if (rawDay >= 1 && rawDay <= 31) return { day: rawDay, month, yy, sex: 'M' };
  if (rawDay >= 41 && rawDay <= 71) return { day: rawDay - 40, month, yy, sex: 'F' };
  return undefined;
}

/** The latest year ending in `yy` that is not after `asOfYear`. */
export function resolveTwoDigitYear(yy: number, asOfYear: number): number {
  assert(Number.isInteger(yy) && yy >= 0 && yy <= 99, `two-digit year expected: ${yy}`);
  return asOfYear - ((((asOfYear - yy) % 100) + 100) % 100);
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function normalizeNik(text: string): Result<string, NikReason> {
  const digits = stripSeparators(text);
  if (digits !== '' && !isDigits(digits))
    return err('nik_not_digits', 'only digits, spaces, dots and dashes');
  if (digits.length !== NIK_LENGTH) return err('nik_wrong_length', `${digits.length} digits, expected 16`);
  return ok(digits);
}

export function parseNik(text: string, options: ParseNikOptions): Result<ParsedNik, NikReason> {
  const { asOfYear, requireKnownDistrict = true } = options;
  assert(Number.isInteger(asOfYear) && asOfYear >= 1900 && asOfYear <= 9999, `bad asOfYear ${asOfYear}`);
  const normalized = normalizeNik(text);
  if (!normalized.ok) return normalized;
  const nik = normalized.value;

  const provinceCode = nik.slice(0, 2);
  const regencyCode = nik.slice(0, 4);
  const districtCode = nik.slice(0, 6);
  if (!findProvince(provinceCode)) return err('nik_unknown_province', provinceCode);
  const district = findDistrict(districtCode);
  if (requireKnownDistrict && !district) return err('nik_unknown_region', districtCode);
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return err('nik_unknown_region', districtCode);

  const parts = readBirthParts(nik);
  if (!parts) return err('nik_invalid_birth_date', nik.slice(6, 12));
  const year = resolveTwoDigitYear(parts.yy, asOfYear);
  if (parts.day > daysInMonth(year, parts.month)) return err('nik_invalid_birth_date', nik.slice(6, 12));
  const birthDate = `${pad(year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}` as CalendarDate;

  const serial = Number(nik.slice(12, 16));
  if (serial === 0) return err('nik_serial_zero');

  return ok({ nik, provinceCode, regencyCode, districtCode, district, birthDate, sex: parts.sex, serial });
}

/**
 * Checks what can be checked without a century or our district table: 16 digits, a known province,
 * non-zero regency and district parts, a day and month that exist in some century, a non-zero
 * serial. Used where a NIK stands in for something else (the 16-digit NPWP). Returns the first
 * problem, or undefined when the NIK looks right.
 */
export function nikStructureProblem(text: string): NikReason | undefined {
  const normalized = normalizeNik(text);
  if (!normalized.ok) return normalized.error;
  const nik = normalized.value;
  if (!findProvince(nik.slice(0, 2))) return 'nik_unknown_province';
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return 'nik_unknown_region';
  const parts = readBirthParts(nik);
  if (!parts) return 'nik_invalid_birth_date';
  // 29 February exists when one of 19yy and 20yy is a leap year: exactly when yy is divisible by 4
  // (1900 was not a leap year, but 2000 was).
  const yearWithSameFebruary = parts.yy % 4 === 0 ? 2000 : 2001;
  if (parts.day > daysInMonth(yearWithSameFebruary, parts.month)) return 'nik_invalid_birth_date';
  if (nik.slice(12, 16) === '0000') return 'nik_serial_zero';
  return undefined;
}

export type BuildNikInput = {
  /** Six digits; take one from `DISTRICTS` so that `parseNik` recognises it. */
  readonly districtCode: string;
  readonly birthDate: CalendarDate;
  readonly sex: Sex;
  /** 1 to 9999. */
  readonly serial: number;
};

/** Compose a NIK (for demo data and tests). The inverse of `parseNik` within a century of `asOfYear`. */
export function buildNik({ districtCode, birthDate, sex, serial }: BuildNikInput): string {
  assert(/^\d{6}$/.test(districtCode), `district code must be 6 digits: ${districtCode}`);
  assert(isCalendarDate(birthDate), `not a calendar date: ${birthDate}`);
  assert(sex === 'M' || sex === 'F', `sex must be 'M' or 'F': ${String(sex)}`);
  assert(Number.isInteger(serial) && serial >= 1 && serial <= 9999, `serial must be 1..9999: ${serial}`);
  const day = Number(birthDate.slice(8, 10)) + (sex === 'F' ? 40 : 0);
  const month = birthDate.slice(5, 7);
  const yy = birthDate.slice(2, 4);
  return `${districtCode}${pad(day, 2)}${month}${yy}${pad(serial, 4)}`;
}
