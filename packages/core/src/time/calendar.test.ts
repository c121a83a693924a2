/**
 * Proves the string-date arithmetic against known weekdays and, by property, against the platform's
 * UTC calendar (used here only as an oracle): day numbers round-trip, weekdays agree, adding days and
 * months lands where `Date.UTC` says, with month ends clamped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsToDate, dateOfDayNumber, dayNumber, isWeekend, weekdayOf } from './calendar.ts';
import { type CalendarDate, dateOf, daysInMonth } from './period.ts';

const dateArb = fc
  .tuple(
    fc.integer({ min: 1900, max: 2200 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  )
  .map(([y, m, d]) => dateOf(y, m, Math.min(d, daysInMonth(y, m))));

const utc = (date: CalendarDate) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

describe('calendar', () => {
  it.each([
    ['1970-01-01', 4],
    ['2024-06-15', 6], // Saturday
    ['2024-06-17', 1], // Monday, Iduladha
    ['2026-08-15', 6],
    ['2026-03-15', 0],
    ['2000-02-29', 2],
  ])('%s is weekday %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('knows weekends', () => {
    expect(isWeekend('2025-06-15')).toBe(true);
    expect(isWeekend('2025-06-16')).toBe(false);
  });

  it('adds days and months across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonthsToDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToDate('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonthsToDate('2024-11-15', 2)).toBe('2025-01-15');
    expect(addMonthsToDate('2024-01-15', -1)).toBe('2023-12-15');
  });

  it('agrees with the UTC calendar (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(dayNumber(date)).toBe(utc(date) / 86_400_000);
        expect(dateOfDayNumber(dayNumber(date))).toBe(date);
        expect(weekdayOf(date)).toBe(new Date(utc(date)).getUTCDay());
        expect(utc(addDays(date, n))).toBe(utc(date) + n * 86_400_000);
      }),
    );
  });

  it('adds months like a calendar, clamping to the last day (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -600, max: 600 }), (date, months) => {
        const result = addMonthsToDate(date, months);
        const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
        expect(Number(result.slice(0, 4)) * 12 + Number(result.slice(5, 7)) - 1).toBe(index);
        const day = Number(date.slice(8, 10));
        expect(Number(result.slice(8, 10))).toBe(
          Math.min(day, daysInMonth(Number(result.slice(0, 4)), Number(result.slice(5, 7)))),
        );
      }),
    );
  });
});
