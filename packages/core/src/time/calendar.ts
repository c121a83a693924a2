/**
 * Day arithmetic on 'YYYY-MM-DD' strings, without `Date` (STYLE B5): the weekday of a date, a date
 * some days or months later. Days are counted from 1970-01-01 with the proleptic Gregorian calendar
 * (H. Hinnant's `days_from_civil`), so nothing depends on the machine's time zone.
 */
import { assert } from '../result.ts';
import { type CalendarDate, calendarDate, dateOf, daysInMonth } from './period.ts';

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

function parts(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(date: CalendarDate | string): number {
  const { year, month, day } = parts(calendarDate(date));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date `n` days after day number 0 (1970-01-01). */
export function dateOfDayNumber(n: number): CalendarDate {
  assert(Number.isSafeInteger(n), `day number must be an integer: ${n}`);
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return dateOf(year, month, day);
}

export function addDays(date: CalendarDate | string, days: number): CalendarDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

export function weekdayOf(date: CalendarDate | string): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(date: CalendarDate | string): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

/**
 * The same day `months` months later, clamped to the month's last day (31 Jan + 1 month =
 * 28 or 29 Feb).
 */
export function addMonthsToDate(date: CalendarDate | string, months: number): CalendarDate {
  assert(Number.isInteger(months), `months must be an integer: ${months}`);
  const { year, month, day } = parts(calendarDate(date));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dateOf(y, m, Math.min(day, daysInMonth(y, m)));
}
