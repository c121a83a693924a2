/**
 * Day arithmetic on 'YYYY-MM-DD' strings without `Date` (STYLE B5): a day number counts days since
 * 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
 */
import { type CalendarDate, dateOf, daysInMonth } from '@jmo/core';

export function dayNumber(date: CalendarDate): number {
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function dateFromDayNumber(days: number): CalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return dateOf(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export const addDays = (date: CalendarDate, days: number): CalendarDate =>
  dateFromDayNumber(dayNumber(date) + days);

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  return dateOf(year, month, Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)));
}
