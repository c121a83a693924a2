/**
 * Proves the calendar helpers work on strings without a `Date` (STYLE B5): month arithmetic across
 * year ends round-trips (fast-check over any period and offset), leap years follow the Gregorian
 * rule (2000 yes, 1900 and 2100 no), and "today" depends on the zone: the same instant can be
 * 30 June in Jakarta (UTC+7) and 1 July in Jayapura (UTC+9).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  type CalendarDate,
  calendarDate,
  dateInZone,
  dateOf,
  daysInMonth,
  isCalendarDate,
  isPeriod,
  lastDayOf,
  monthsBetween,
  type Period,
  period,
  periodOf,
  periodOfDate,
  periodParts,
} from './period.ts';

const periodArb = fc
  .tuple(fc.integer({ min: 1950, max: 2150 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => periodOf(y, m));
const offsetArb = fc.integer({ min: -300, max: 300 });

describe('periods', () => {
  it.each([
    ['2024-01', 1, '2024-02'],
    ['2024-12', 1, '2025-01'],
    ['2024-01', -1, '2023-12'],
    ['2024-06', 0, '2024-06'],
    ['2024-06', 24, '2026-06'],
    ['2024-06', -13, '2023-05'],
    ['2015-07', 137, '2026-12'],
  ])('addMonths(%s, %i) = %s', (from, months, to) => {
    expect(addMonths(period(from), months)).toBe(to);
  });

  it.each([
    ['2024-01', '2024-01', 0],
    ['2024-01', '2024-12', 11],
    ['2024-12', '2025-01', 1],
    ['2025-01', '2024-12', -1],
    ['2015-07', '2026-11', 136],
  ])('monthsBetween(%s, %s) = %i', (from, to, months) => {
    expect(monthsBetween(period(from), period(to))).toBe(months);
  });

  it('addMonths round-trips and agrees with monthsBetween (property)', () => {
    fc.assert(
      fc.property(periodArb, offsetArb, (p, n) => {
        const q = addMonths(p, n);
        expect(isPeriod(q)).toBe(true);
        expect(addMonths(q, -n)).toBe(p);
        expect(monthsBetween(p, q)).toBe(n);
        expect(monthsBetween(q, p) + n).toBe(0);
      }),
    );
  });

  it('addMonths composes (property)', () => {
    fc.assert(
      fc.property(periodArb, offsetArb, offsetArb, (p, a, b) => {
        expect(addMonths(addMonths(p, a), b)).toBe(addMonths(p, a + b));
      }),
    );
  });

  it('periods compare as strings in calendar order (property)', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        expect(Math.sign(monthsBetween(b, a))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('validates periods', () => {
    expect(isPeriod('2024-06')).toBe(true);
    for (const bad of ['2024-6', '2024-13', '2024-00', '24-06', '2024-06-01', '']) {
      expect(isPeriod(bad)).toBe(false);
      expect(() => period(bad)).toThrow(/not a period/);
    }
    expect(() => periodOf(2024, 13)).toThrow(/bad month/);
    expect(() => periodOf(1899, 1)).toThrow(/bad year/);
    expect(() => periodOf(2024.5, 1)).toThrow(/bad year/);
    expect(periodParts(period('2024-06'))).toEqual({ year: 2024, month: 6 });
  });
});

describe('calendar dates and leap years', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2024, 1, 31],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-1-01', false],
    ['2024-06-30T00:00', false],
  ])('isCalendarDate(%j) = %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });

  it('builds dates and last days of months', () => {
    expect(dateOf(2024, 2, 29)).toBe('2024-02-29');
    expect(() => dateOf(2023, 2, 29)).toThrow(/not a calendar date/);
    expect(() => calendarDate('2023-02-29')).toThrow(/not a calendar date/);
    expect(lastDayOf(period('2024-02'))).toBe('2024-02-29');
    expect(lastDayOf(period('2023-02'))).toBe('2023-02-28');
    expect(lastDayOf(period('2024-12'))).toBe('2024-12-31');
    expect(periodOfDate(calendarDate('2024-06-30'))).toBe('2024-06');
  });

  it('a year has 366 days exactly when it is a Gregorian leap year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), (year) => {
        let days = 0;
        for (let m = 1; m <= 12; m++) days += daysInMonth(year, m);
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        expect(days).toBe(leap ? 366 : 365);
        expect(isCalendarDate(`${year}-02-29`)).toBe(leap);
      }),
    );
  });
});

describe('dateInZone', () => {
  it.each<[string, string, CalendarDate]>([
    // 23:30 in Jakarta (UTC+7) is already 01:30 the next day in Jayapura (UTC+9)
    ['2024-06-30T16:30:00Z', 'Asia/Jakarta', '2024-06-30' as CalendarDate],
    ['2024-06-30T16:30:00Z', 'Asia/Makassar', '2024-07-01' as CalendarDate],
    ['2024-06-30T16:30:00Z', 'Asia/Jayapura', '2024-07-01' as CalendarDate],
    // the new year arrives in Papua two hours before Java
    ['2024-12-31T15:30:00Z', 'Asia/Jakarta', '2024-12-31' as CalendarDate],
    ['2024-12-31T15:30:00Z', 'Asia/Jayapura', '2025-01-01' as CalendarDate],
    // exactly midnight in Jakarta
    ['2024-06-30T17:00:00Z', 'Asia/Jakarta', '2024-07-01' as CalendarDate],
    ['2024-06-30T16:59:59Z', 'Asia/Jakarta', '2024-06-30' as CalendarDate],
    ['2024-06-30T14:59:59Z', 'Asia/Jayapura', '2024-06-30' as CalendarDate],
    ['2024-06-30T15:00:00Z', 'Asia/Jayapura', '2024-07-01' as CalendarDate],
    // leap day
    ['2024-02-28T20:00:00Z', 'Asia/Jakarta', '2024-02-29' as CalendarDate],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(dateInZone(new Date(instant), zone)).toBe(expected);
  });

  it('Jayapura is never behind Jakarta, and at most one day ahead (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const instant = new Date(ms);
        const jakarta = dateInZone(instant, 'Asia/Jakarta');
        const jayapura = dateInZone(instant, 'Asia/Jayapura');
        expect(jayapura >= jakarta).toBe(true);
        const hourInJakarta = (new Date(ms).getUTCHours() + 7) % 24;
        expect(jayapura !== jakarta).toBe(hourInJakarta >= 22);
      }),
    );
  });

  it('returns a real calendar date for any instant (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2150, 0, 1) }), (ms) => {
        const d = dateInZone(new Date(ms), 'Asia/Jakarta');
        expect(isCalendarDate(d)).toBe(true);
        const p: Period = periodOfDate(d);
        expect(isPeriod(p)).toBe(true);
      }),
    );
  });
});
