/**
 * Rules change by date, so every rate, cap and threshold is an entry in a table of dated rules
 * (DESIGN.md §4), never an `if` on a year. An entry is in force from its `validFrom` (inclusive)
 * until the next entry's `validFrom`. Each names its legal source; a value we could not source is
 * marked `illustrative: true` and must be shown as such.
 */
import { assert } from '../result.ts';
import { type CalendarDate, calendarDate, isCalendarDate, type Period, period } from '../time/period.ts';

export type DatedRule<T> = {
  /** First day the value applies, 'YYYY-MM-DD'. */
  readonly validFrom: CalendarDate;
  readonly value: T;
  /** Regulation and article, or the publication the value was read in. */
  readonly source: string;
  /** Why the entry exists, what it covers, and any doubt about it. */
  readonly note: string;
  /** Present (and true) when the value is a plausible placeholder, not a sourced figure. */
  readonly illustrative?: true;
};

/** Entries sorted by `validFrom`, strictly ascending; build with `ruleTable`. */
export type RuleTable<T> = readonly DatedRule<T>[];

export type DatedRuleInput<T> = Omit<DatedRule<T>, 'validFrom'> & { readonly validFrom: string };

/**
 * Build a table, checking at load time that it is not empty, that every `validFrom` is a real date
 * and that entries are in strictly ascending order (so no two can be in force on the same day).
 */
export function ruleTable<T>(entries: readonly DatedRuleInput<T>[]): RuleTable<T> {
  assert(entries.length > 0, 'a rule table needs at least one entry');
  const table = entries.map((entry) => Object.freeze({ ...entry, validFrom: calendarDate(entry.validFrom) }));
  for (let i = 1; i < table.length; i++) {
    assert(
      table[i - 1]!.validFrom < table[i]!.validFrom,
      `rule table out of order at ${table[i]!.validFrom} (after ${table[i - 1]!.validFrom})`,
    );
  }
  return Object.freeze(table);
}

/**
 * The entry in force on `date` ('YYYY-MM-DD'): the one with the latest `validFrom` not after it.
 * Asking for a date before the first entry is a programmer error (the table does not cover it).
 */
export function ruleAt<T>(table: RuleTable<T>, date: CalendarDate | string): DatedRule<T> {
  assert(isCalendarDate(date), `ruleAt needs a calendar date 'YYYY-MM-DD': ${date}`);
  // 'YYYY-MM-DD' strings order like the dates they name.
  for (let i = table.length - 1; i >= 0; i--) {
    const entry = table[i]!;
    if (entry.validFrom <= date) return entry;
  }
  assert(false, `no rule in force on ${date}: the table starts ${table[0]?.validFrom ?? '(empty)'}`);
}

/**
 * The entry in force for a monthly period: the one in force on the first day of the month. A
 * change that takes effect mid-month therefore applies from the following period.
 */
export function ruleForPeriod<T>(table: RuleTable<T>, p: Period | string): DatedRule<T> {
  return ruleAt(table, `${period(p)}-01`);
}
