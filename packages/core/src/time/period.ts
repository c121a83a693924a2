/**
 * Calendar values are strings: business dates 'YYYY-MM-DD' (Asia/Jakarta) and contribution
 * periods 'YYYY-MM'. They are never turned into `Date` for arithmetic (STYLE B5).
 */
import { assert } from '../result.ts';

export type Period = string & { readonly __brand: 'Period' };
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isPeriod(value: string): value is Period {
  return PERIOD.test(value);
}

export function period(value: string): Period {
  assert(isPeriod(value), `not a period: ${value}`);
  return value;
}

export function periodOf(year: number, month: number): Period {
  assert(Number.isInteger(year) && year >= 1900 && year <= 9999, `bad year ${year}`);
  assert(Number.isInteger(month) && month >= 1 && month <= 12, `bad month ${month}`);
  return `${year}-${String(month).padStart(2, '0')}` as Period;
}

export function periodParts(p: Period): { year: number; month: number } {
  return { year: Number(p.slice(0, 4)), month: Number(p.slice(5, 7)) };
}

export function addMonths(p: Period, months: number): Period {
  const { year, month } = periodParts(p);
  const index = year * 12 + (month - 1) + months;
  return periodOf(Math.floor(index / 12), (index % 12) + 1);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Period, to: Period): number {
  const a = periodParts(from);
  const b = periodParts(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export function isCalendarDate(value: string): value is CalendarDate {
  const m = DATE.exec(value);
  if (!m) return false;
  return Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

export function calendarDate(value: string): CalendarDate {
  assert(isCalendarDate(value), `not a calendar date: ${value}`);
  return value;
}

export function dateOf(year: number, month: number, day: number): CalendarDate {
  return calendarDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

export function periodOfDate(d: CalendarDate): Period {
  return d.slice(0, 7) as Period;
}

export function lastDayOf(p: Period): CalendarDate {
  const { year, month } = periodParts(p);
  return dateOf(year, month, daysInMonth(year, month));
}

/** 'YYYY-MM-DD' of an instant as seen in an IANA time zone (e.g. 'Asia/Jakarta'). */
/** The last answer: "today" is asked on every balance read, and formatting was a few % of one. */
let lastDay: { minute: number; timeZone: string; date: CalendarDate } | undefined;

export function dateInZone(instant: Date, timeZone: string): CalendarDate {
  // Zones change their offset on a whole minute, so every instant of one minute has one date.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (lastDay?.minute === minute && lastDay.timeZone === timeZone) return lastDay.date;
  // en-CA formats as YYYY-MM-DD; Intl is pure computation, not I/O.
  const date = calendarDate(dayFormat(timeZone).format(instant));
  lastDay = { minute, timeZone, date };
  return date;
}

/**
 * One formatter per time zone: building an Intl.DateTimeFormat costs far more than formatting with
 * it, and "today" is asked on every balance read (it was half the cards service's time).
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone });
    dayFormats.set(timeZone, format);
  }
  return format;
}
