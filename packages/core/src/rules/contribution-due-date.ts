/**
 * When a month's contribution is due, as dated data. Wage earners (PU): the employer pays by the
 * 15th of the month after the contribution month. Informal workers (BPU): by the 15th of the
 * contribution month itself. Either way, when the 15th is a holiday the next working day counts
 * (PP 44/2015 art. 21(3), 24(4)); we treat Saturdays, Sundays and national holidays
 * (`national-holidays.ts`) as holidays.
 *
 * Not modelled: PP 49/2020 moved the PU due date to the 30th for some COVID-era months whose exact
 * range was not confirmed (RULES.md §1.4 [U]).
 */
import { ruleTable } from './dated.ts';

export type DueDateRule = {
  /** Months after the contribution month: 1 = the following month. */
  readonly monthsAfterPeriod: number;
  /** Day of that month. */
  readonly day: number;
};

export type ContributionDueDates = {
  readonly pu: DueDateRule;
  readonly bpu: DueDateRule;
};

export const CONTRIBUTION_DUE_DATES = ruleTable<ContributionDueDates>([
  {
    validFrom: '2015-07-01',
    value: { pu: { monthsAfterPeriod: 1, day: 15 }, bpu: { monthsAfterPeriod: 0, day: 15 } },
    source: 'PP 44/2015 art. 21(2)-(3) (PU: JKK, JKM), art. 24(3)-(4) (BPU); PP 45/2015 art. 30(3) (JP)',
    note:
      'PU by the 15th of the following month, BPU by the 15th of the same month; the next working day ' +
      'when the 15th is a holiday. JHT follows the same schedule in practice (RULES.md §1.4).',
  },
]);
