/**
 * How long an officer may take over a data update that the automated checks could not pass (a face
 * check that failed on every attempt of a day, or a missing reference photo), counted in working
 * days (Saturdays, Sundays and national holidays are not working days).
 *
 * No published service level of the agency for this review was found: the agency states 1 working
 * day for an in-app JHT payout within the cap and up to 5 working days above it after complete
 * documents (DOMAIN.md, JHT benefits), and nothing for pengkinian data. Three working days is our
 * own figure, marked illustrative; change it here (a dated entry) when the agency publishes one.
 */
import { ruleTable } from './dated.ts';

export type DataUpdateReviewSla = {
  /** Working days after the day the case reached the queue; due at the end of that day. */
  readonly workingDays: number;
};

export const DATA_UPDATE_REVIEW_SLA = ruleTable<DataUpdateReviewSla>([
  {
    validFrom: '2021-01-01',
    value: { workingDays: 3 },
    source: 'JMO service level (ours): no published agency figure for reviewing a data update',
    note:
      'Chosen between the 1 working day of an in-app JHT payout and the 5 working days of a payout ' +
      'above the in-app cap; counted from the day the case reaches the officer queue.',
    illustrative: true,
  },
]);
