/**
 * When an officer's review of a data update is due: the SLA's working days after the day the case
 * reached the queue (rule in `rules/data-update-review.ts`). Weekends are never working days;
 * national holidays are skipped where the year's list is known (`rules/national-holidays.ts`), and
 * the answer says when a year without a list was crossed.
 */

import { assert } from '../result.ts';
import { DATA_UPDATE_REVIEW_SLA } from '../rules/data-update-review.ts';
import { ruleAt } from '../rules/dated.ts';
import { nationalHolidaysOf } from '../rules/national-holidays.ts';
import { addDays, weekdayOf } from '../time/calendar.ts';
import type { CalendarDate } from '../time/period.ts';

export type WorkingDayCount = { readonly date: CalendarDate; readonly holidaysKnown: boolean };

function isWorkingDay(date: CalendarDate): { working: boolean; holidaysKnown: boolean } {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return { working: false, holidaysKnown: true };
  const list = nationalHolidaysOf(Number(date.slice(0, 4)));
  if (!list) return { working: true, holidaysKnown: false };
  return { working: !list.value.holidays.some((h) => h.date === date), holidaysKnown: true };
}

/** The `n`-th working day after `from` (`from` itself never counts). */
export function addWorkingDays(from: CalendarDate, n: number): WorkingDayCount {
  assert(Number.isInteger(n) && n >= 1 && n <= 60, `working days must be 1..60: ${n}`);
  let date = from;
  let left = n;
  let holidaysKnown = true;
  while (left > 0) {
    date = addDays(date, 1);
    const day = isWorkingDay(date);
    holidaysKnown &&= day.holidaysKnown;
    if (day.working) left--;
  }
  return { date, holidaysKnown };
}

export type ReviewDue = {
  readonly dueOn: CalendarDate;
  readonly workingDays: number;
  readonly holidaysKnown: boolean;
  readonly source: string;
  readonly illustrative: boolean;
};

/** The review of a case queued on `openedOn` is due by the end of the returned day. */
export function reviewDueDate(openedOn: CalendarDate): ReviewDue {
  const rule = ruleAt(DATA_UPDATE_REVIEW_SLA, openedOn);
  const due = addWorkingDays(openedOn, rule.value.workingDays);
  return {
    dueOn: due.date,
    workingDays: rule.value.workingDays,
    holidaysKnown: due.holidaysKnown,
    source: rule.source,
    illustrative: rule.illustrative === true,
  };
}
