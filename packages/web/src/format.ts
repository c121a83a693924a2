/** Display formats for Indonesian readers: `Rp1.234.567`, `23 Nov 2026`, `Januari 2024`, `10.15`. */
import { formatRupiah } from '@jmo/core/money/rupiah';
import type { Messages } from './i18n.ts';

/** Money arrives as a string of whole rupiah (JSON cannot carry a bigint). */
export function formatMoney(wire: string): string {
  return formatRupiah(BigInt(wire));
}

/** 'YYYY-MM-DD' → '23 Nov 2026'. Calendar dates are never turned into a Date (no time-zone shifts). */
export function formatDate(date: string, t: Messages): string {
  const [year, month, day] = date.split('-');
  const name = t.monthsShort[Number(month) - 1];
  if (!year || !name || !day) return date;
  return `${Number(day)} ${name} ${year}`;
}

/** 'YYYY-MM' → 'Januari 2024'. */
export function formatPeriod(period: string, t: Messages): string {
  const [year, month] = period.split('-');
  const name = t.months[Number(month) - 1];
  if (!year || !name) return period;
  return `${name} ${year}`;
}

/**
 * A KPJ number in readable groups (3-4-4 for the usual 11 digits). The groups are separate elements
 * spaced by CSS, so the text (and the accessible name) stays the plain number, as printed on the card.
 */
export function kpjGroups(kpj: string): string[] {
  if (!/^\d{11}$/.test(kpj)) return [kpj];
  return [kpj.slice(0, 3), kpj.slice(3, 7), kpj.slice(7)];
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * An instant's time of day on the phone's clock (its own time zone: WIB, WITA or WIT):
 * '14.05' in Indonesian, '14:05' in English.
 */
export function formatTime(iso: string, t: Messages): string {
  const d = new Date(iso);
  return `${two(d.getHours())}${t.timeSeparator}${two(d.getMinutes())}`;
}

/** An instant's calendar day on the phone's clock: '23 Nov 2026'. */
export function formatDay(iso: string, t: Messages): string {
  const d = new Date(iso);
  return `${d.getDate()} ${t.monthsShort[d.getMonth()]} ${d.getFullYear()}`;
}

/** '2026-11-23T03:15:00Z' → '23 Nov 2026 10.15' on a phone in WIB. */
export function formatDateTime(iso: string, t: Messages): string {
  return `${formatDay(iso, t)} ${formatTime(iso, t)}`;
}
