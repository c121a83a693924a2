/**
 * Whether an informal worker (BPU) is covered today, from the months they have paid. Each month is
 * due by the 15th of that month (next working day; `bpuContributionDueDate`) and may be paid ahead;
 * there is no fine. A month unpaid after its due date is in arrears. With up to
 * `lapseAfterUnpaidMonths` consecutive months in arrears the cover is limited (some benefits, paid
 * once the arrears are settled); with more, it has lapsed (PP 44/2015 art. 39, 42;
 * `rules/bpu-payment.ts`).
 *
 * Our reading, stated and tested: the arrears that count are the consecutive unpaid months up to the
 * latest month already due. Paying catches up from the oldest of them; a member whose cover has lapsed
 * resumes with the current month instead (the months in between stay uncovered and are not billed).
 */
import { assert } from '../result.ts';
import { BPU_PAYMENT_RULES } from '../rules/bpu-payment.ts';
import { ruleForPeriod } from '../rules/dated.ts';
import { addMonths, type CalendarDate, lastDayOf, type Period, periodOfDate } from '../time/period.ts';
import { bpuContributionDueDate } from './late-payment.ts';

export type BpuCoverageStatus = 'active' | 'in_arrears' | 'lapsed';

export type BpuCoverage = {
  readonly status: BpuCoverageStatus;
  /** The last day of the latest month paid, or null when nothing was paid yet. */
  readonly coveredUntil: CalendarDate | null;
  /** Consecutive months unpaid after their due date, up to the latest month due. */
  readonly monthsInArrears: number;
  readonly lapseAfterUnpaidMonths: number;
  /** The month the next payment is for, and its due date. */
  readonly nextPeriod: Period;
  readonly nextDueDate: CalendarDate;
  /** How far ahead a member may pay: this many months after the current one. */
  readonly payAheadUntil: Period;
};

/** Months a BPU member may pay ahead of the current one. */
export const BPU_PAY_AHEAD_MONTHS = 12;

function dueDateOf(p: Period): CalendarDate {
  const due = bpuContributionDueDate(p);
  assert(due.ok, `no BPU due-date rule for ${p}`);
  return due.value.dueDate;
}

export function bpuCoverage(input: {
  /** The month the membership started. */
  readonly firstPeriod: Period;
  readonly paidPeriods: ReadonlySet<string>;
  readonly asOf: CalendarDate;
}): BpuCoverage {
  const { firstPeriod, paidPeriods, asOf } = input;
  const current = periodOfDate(asOf);
  const lapseAfter = ruleForPeriod(BPU_PAYMENT_RULES, current < firstPeriod ? firstPeriod : current).value
    .lapseAfterUnpaidMonths;
  // The latest month whose due date has passed.
  let latestDue: Period | null = dueDateOf(current) < asOf ? current : addMonths(current, -1);
  if (latestDue < firstPeriod) latestDue = null;
  let arrears = 0;
  for (let p = latestDue; p !== null && p >= firstPeriod && !paidPeriods.has(p); p = addMonths(p, -1))
    arrears++;
  const paid = [...paidPeriods].filter((p) => p >= firstPeriod).sort();
  const lastPaid = (paid.at(-1) ?? null) as Period | null;
  const status: BpuCoverageStatus =
    arrears === 0 ? 'active' : arrears <= lapseAfter ? 'in_arrears' : 'lapsed';
  let next: Period;
  if (status === 'lapsed') {
    next = current;
    while (paidPeriods.has(next)) next = addMonths(next, 1);
  } else if (arrears > 0) {
    next = addMonths(latestDue!, -(arrears - 1));
  } else {
    next = lastPaid === null || lastPaid < firstPeriod ? firstPeriod : addMonths(lastPaid, 1);
    while (paidPeriods.has(next)) next = addMonths(next, 1);
  }
  return {
    status,
    coveredUntil: lastPaid === null ? null : lastDayOf(lastPaid),
    monthsInArrears: arrears,
    lapseAfterUnpaidMonths: lapseAfter,
    nextPeriod: next,
    nextDueDate: dueDateOf(next),
    payAheadUntil: addMonths(current, BPU_PAY_AHEAD_MONTHS),
  };
}
