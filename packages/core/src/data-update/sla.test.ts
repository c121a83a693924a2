/** A review is due three working days after the day it was queued: weekends and national holidays skipped. */
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../time/period.ts';
import { addWorkingDays, reviewDueDate } from './sla.ts';

describe('review SLA', () => {
  it('counts working days, skipping weekends', () => {
    // Monday 23 November 2026 → Thursday 26 November.
    expect(reviewDueDate(calendarDate('2026-11-23'))).toMatchObject({
      dueOn: '2026-11-26',
      workingDays: 3,
      illustrative: true,
      holidaysKnown: true,
    });
    // Friday 27 November → Wednesday 2 December.
    expect(reviewDueDate(calendarDate('2026-11-27')).dueOn).toBe('2026-12-02');
    // Saturday → the three working days start on Monday.
    expect(reviewDueDate(calendarDate('2026-11-28')).dueOn).toBe('2026-12-02');
  });

  it('skips national holidays of a known year, and says when a year was unknown', () => {
    // 25 December 2026 (Christmas) is a Friday: 24 Dec (Thu) → 28, 29, 30 Dec.
    expect(addWorkingDays(calendarDate('2026-12-24'), 3)).toEqual({
      date: '2026-12-30',
      holidaysKnown: true,
    });
    expect(addWorkingDays(calendarDate('2030-06-03'), 1).holidaysKnown).toBe(false);
  });
});
