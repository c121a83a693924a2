/**
 * JHT development return (hasil pengembangan): the yearly return the agency credits to JHT balances.
 * By law it is at least the average 12-month deposit rate of the state banks (UU 40/2004 SJSN
 * art. 37; PP 46/2015 art. 22); the agency announces the year's rate after the year ends.
 *
 * One entry per year, `validFrom` = 1 January of the year the rate applies to (the return accrues
 * over that year and is credited on 31 December): look a year up with `developmentReturnRateForYear`.
 *
 * Only 2016 (7.19%) and 2020 (5.63%) were found published (RULES.md §3.2 and §10.11). Every other
 * year holds a plausible value, marked `illustrative: true`: do not show it to a member as the
 * agency's figure.
 */
import { type BasisPoints, bp } from '../money/rupiah.ts';
import { assert } from '../result.ts';
import { type DatedRule, ruleAt, ruleTable } from './dated.ts';

export type DevelopmentReturnRate = {
  /** Annual rate credited to JHT balances, in basis points (563 = 5.63%). */
  readonly rateBp: BasisPoints;
  /** The state banks' average 12-month deposit rate the agency compared it with, when published. */
  readonly depositBenchmarkBp?: BasisPoints;
};

const ILLUSTRATIVE_NOTE =
  'No published rate found for this year; a plausible value between the published 2016 and 2020 ' +
  'rates and the deposit-rate floor, for simulations and demo data only.';

const illustrative = (year: number, rateBp: number) =>
  ({
    validFrom: `${year}-01-01`,
    value: { rateBp: bp(rateBp) },
    source: 'none (illustrative)',
    note: ILLUSTRATIVE_NOTE,
    illustrative: true,
  }) as const;

export const JHT_DEVELOPMENT_RETURN_RATES = ruleTable<DevelopmentReturnRate>([
  illustrative(2015, 700),
  {
    validFrom: '2016-01-01',
    value: { rateBp: bp(719), depositBenchmarkBp: bp(488) },
    source: 'BPJS Ketenagakerjaan (Dirut Agus Susanto), pasardana.id 8 Feb 2017',
    note: 'Published: JHT return 7.19% for 2016 against a 4.88% average 12-month state-bank deposit rate.',
  },
  illustrative(2017, 665),
  illustrative(2018, 626),
  illustrative(2019, 608),
  {
    validFrom: '2020-01-01',
    value: { rateBp: bp(563), depositBenchmarkBp: bp(387) },
    source: 'BPJS Ketenagakerjaan via pikiran-rakyat (kabarpriangan), 28 Jan 2021',
    note: 'Published: JHT return 5.63% for 2020 against a 3.87% average 12-month state-bank deposit rate.',
  },
  illustrative(2021, 559),
  illustrative(2022, 581),
  illustrative(2023, 619),
  illustrative(2024, 630),
  illustrative(2025, 625),
  illustrative(2026, 620),
]);

/**
 * The rate that applies to `year`: the entry in force on 31 December of that year. A year after the
 * last entry gets the last entry's rate (check `validFrom` if that matters); a year before 2015 is a
 * programmer error.
 */
export function developmentReturnRateForYear(year: number): DatedRule<DevelopmentReturnRate> {
  assert(Number.isInteger(year) && year >= 1000 && year <= 9999, `bad year ${year}`);
  return ruleAt(JHT_DEVELOPMENT_RETURN_RATES, `${year}-12-31`);
}
