/**
 * The portal's small pure decisions, kept out of the screens so they are tested on their own:
 * reading a typed wage, the periods one may report or invoice, who belongs to a period, the first
 * day a leaver may claim JHT, why a program was left out at registration, and which line of a
 * wage report an API error names. Dates stay 'YYYY-MM-DD' strings and periods 'YYYY-MM' (no Date).
 */

import { ruleAt } from '@jmo/core/rules/dated';
import { ageOn, JKP_MAX_AGE_AT_REGISTRATION, JKP_START, JP_PENSION_AGE } from '@jmo/core/rules/enrolment';
import type { CalendarDate, Period } from '@jmo/core/time/period';
import { addMonths, daysInMonth, lastDayOf, periodParts } from '@jmo/core/time/period';

/** The largest wage the API takes: 13 digits (core `WageInput`). */
const WAGE_DIGITS = /^\d{1,13}$/;

export type WageRead = { ok: true; digits: string } | { ok: false; problem: 'missing' | 'invalid' | 'zero' };

/**
 * A wage as HR types it: '5500000', '5.500.000', 'Rp 5.500.000' or '5 500 000' all read as the
 * digits '5500000'. Decimals are not rupiah we use ('5.500.000,50' is refused, not rounded).
 */
export function readWage(text: string): WageRead {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problem: 'missing' };
  const digits = trimmed.replace(/^rp\.?/i, '').replace(/[.\s\u00a0]/g, '');
  if (!WAGE_DIGITS.test(digits)) return { ok: false, problem: 'invalid' };
  const normalised = digits.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(normalised)) return { ok: false, problem: 'zero' };
  return { ok: true, digits: normalised };
}

/** '5500000' → '5.500.000': how a wage is shown back in its input (without 'Rp', which is in the label). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The periods one may report wages for or invoice: the current one first, then `count - 1` earlier. */
export function periodChoices(asOf: CalendarDate | string, count = 12): Period[] {
  const current = asOf.slice(0, 7) as Period;
  return Array.from({ length: count }, (_, i) => addMonths(current, -i));
}

/** Whether a worker belongs to a period (as the server decides): started by its last day, not left before it began. */
export function worksIn(worker: { joinedOn: string; leftOn: string | null }, period: Period): boolean {
  return worker.joinedOn <= lastDayOf(period) && (worker.leftOn === null || worker.leftOn >= `${period}-01`);
}

/**
 * One calendar month after a date, on the same day or the month's last day when it has fewer
 * (31 January → 28 or 29 February): the first day a leaver may claim JHT (PP 46/2015 art. 26 as
 * amended; Permenaker 4/2022).
 */
export function oneMonthAfter(date: CalendarDate | string): CalendarDate {
  const next = addMonths(date.slice(0, 7) as Period, 1);
  const { year, month } = periodParts(next);
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${next}-${String(day).padStart(2, '0')}` as CalendarDate;
}

export type EnrolmentNote =
  | { program: 'JP'; age: number; pensionAge: number }
  | { program: 'JKP'; age: number; maxAge: number }
  | { program: 'JKP'; beforeStart: true };

/**
 * Why JP or JKP is missing from a new worker's programs, by core's enrolment rules: JP past
 * pension age on the first day of work, JKP from 54 or before JKP existed. Nothing when a program
 * is missing for another reason the portal cannot explain.
 */
export function enrolmentNotes(
  programs: readonly string[],
  birthDate: CalendarDate | string,
  startedOn: CalendarDate | string,
): EnrolmentNote[] {
  if (!birthDate || !startedOn || birthDate > startedOn) return [];
  const age = ageOn(birthDate as CalendarDate, startedOn as CalendarDate);
  const notes: EnrolmentNote[] = [];
  const pensionAge = ruleAt(JP_PENSION_AGE, startedOn).value;
  if (!programs.includes('JP') && age >= pensionAge) notes.push({ program: 'JP', age, pensionAge });
  if (!programs.includes('JKP')) {
    if (startedOn < JKP_START) notes.push({ program: 'JKP', beforeStart: true });
    else if (age >= JKP_MAX_AGE_AT_REGISTRATION)
      notes.push({ program: 'JKP', age, maxAge: JKP_MAX_AGE_AT_REGISTRATION });
  }
  return notes;
}

/**
 * The line of a wage report an error path names: 'wages.3.wage' (the service) or
 * 'body.wages.3.wage' (schema validation, whose message is the validator's English).
 */
export function wageLineOf(
  path: string,
): { index: number; field: 'kpj' | 'wage'; fromSchema: boolean } | null {
  const match = /^(body\.)?wages\.(\d+)\.(kpj|wage)$/.exec(path);
  if (!match) return null;
  return { index: Number(match[2]), field: match[3] as 'kpj' | 'wage', fromSchema: match[1] !== undefined };
}

/** The KPJ of a worker the invoice could not be issued without: `wages_missing` names them 'wages.<kpj>'. */
export function missingWageKpj(path: string): string | null {
  return /^wages\.(\d+)$/.exec(path)?.[1] ?? null;
}

/** A virtual-account number in groups of four, as banks print it: '9880 0123 4567 8901'. */
export function vaGroups(number: string): string[] {
  return number.match(/.{1,4}/g) ?? [number];
}

/** The programs in the order the regulations and the invoice list them. */
const PROGRAM_ORDER = ['JHT', 'JP', 'JKK', 'JKM', 'JKP'];

export function inProgramOrder<P extends string>(programs: readonly P[]): P[] {
  return [...programs].sort((a, b) => PROGRAM_ORDER.indexOf(a) - PROGRAM_ORDER.indexOf(b));
}
