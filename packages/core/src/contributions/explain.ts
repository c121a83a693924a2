/**
 * Words for explanations, in Indonesian and English: rates, amounts and dates the way a member reads
 * them (`3,7%`, `Rp12.000.000`, `1 Maret 2024`). Pure string formatting, no Intl.
 */

import type { Locale } from '../contracts/errors.ts';
import { type BasisPoints, formatRupiah, type Rupiah } from '../money/rupiah.ts';
import { PROGRAM_NAMES, type Program } from '../rules/programs.ts';

const MONTHS: Record<Locale, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** 370 → '3,7%' (id) or '3.7%' (en); 24 → '0,24%'; 200 → '2%'. */
export function formatRate(rateBp: BasisPoints | bigint, locale: Locale): string {
  const whole = rateBp / 100n;
  const fraction = (rateBp % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  const separator = locale === 'id' ? ',' : '.';
  return `${whole}${fraction ? separator + fraction : ''}%`;
}

export const money = (amount: Rupiah | bigint): string => formatRupiah(amount);

/** '2024-03-01' → '1 Maret 2024' / '1 March 2024'. */
export function formatDay(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${MONTHS[locale][Number(month) - 1]} ${year}`;
}

/** '2024-06' → 'Juni 2024' / 'June 2024'. */
export function formatMonth(period: string, locale: Locale): string {
  const [year, month] = period.split('-');
  return `${MONTHS[locale][Number(month) - 1]} ${year}`;
}

/** 'JHT (Jaminan Hari Tua)' / 'JHT (old-age savings)'. */
export const programLabel = (program: Program, locale: Locale): string =>
  `${program} (${PROGRAM_NAMES[program][locale]})`;
