/**
 * Two dated rules of the in-app JHT claim ("Klaim JHT" in JMO, without documents):
 *
 * - the **in-app claim cap**: a JHT balance up to the cap may be claimed in the app alone; above it
 *   the member goes to Lapak Asik (online, documents and a video interview) or a branch;
 * - the **waiting period** after the leaving date: a member who resigned or was dismissed may claim
 *   the whole balance once the membership is non-active and this long after the leaving date
 *   (PP 46/2015 art. 26 as amended by PP 60/2015; Permenaker 4/2022 art. 8–11).
 *
 * Look both up by the day the claim is made (`ruleAt(table, asOf)`).
 */
import { type Rupiah, rupiah } from '../money/rupiah.ts';
import { ruleTable } from './dated.ts';

export type JhtInAppCap = {
  /** The largest JHT balance the app pays without documents (inclusive), whole rupiah. */
  readonly cap: Rupiah;
};

export const JHT_IN_APP_CLAIM_CAPS = ruleTable<JhtInAppCap>([
  {
    validFrom: '2021-01-01',
    value: { cap: rupiah(10_000_000) },
    source:
      'BPJS Ketenagakerjaan (Deputi Oni Marbun) via fame.grid.id [O]; ipol.id May 2024 [M] (RULES.md §3.3)',
    note:
      'JMO pays a full JHT claim without documents when the balance is at most Rp10.000.000. The value ' +
      'is published; the start date is not: DOMAIN.md says "in force from 2021", and 1 January 2021 is ' +
      'our assumption (the seeds use it). Above the cap: Lapak Asik or a branch.',
  },
  {
    validFrom: '2025-05-01',
    value: { cap: rupiah(15_000_000) },
    source:
      'BPJS Ketenagakerjaan statements in the media: tribunnews (priangan) 30 Jun 2025 "per Mei 2025", ' +
      'okezone 21 Oct 2025 "berlaku sejak Mei 2025", mataberita, transpantura Dec 2025 [M]',
    note:
      'Cap raised to Rp15.000.000. DOUBT: every source says only "May 2025"; no agency letter with the ' +
      'exact day was found, so 1 May 2025 is our assumption. Some outlets describe the Rp15 jt as the ' +
      'limit of partial (10%/30%) claims in JMO (RULES.md §10.4): we apply it to the claim value of any ' +
      'in-app JHT claim until the agency confirms.',
  },
]);

export type JhtWaitingPeriod = {
  /** Months after the leaving date before the balance may be claimed (same day of the month). */
  readonly months: number;
};

export const JHT_WAITING_PERIODS = ruleTable<JhtWaitingPeriod>([
  {
    validFrom: '2015-09-01',
    value: { months: 1 },
    source: 'PP 46/2015 art. 26 as amended by PP 60/2015; Permenaker 19/2015 (RULES.md §3.1) [M]',
    note:
      'PP 60/2015 (12 August 2015) let members who resign or are dismissed take their JHT before age 56 ' +
      'again; Permenaker 19/2015 set the one-month wait from the leaving date, applied from 1 September ' +
      '2015. Counted from the date the employer states as the end of employment; the membership must ' +
      'also be non-active (reported by the employer).',
  },
  {
    validFrom: '2022-04-26',
    value: { months: 1 },
    source: 'PP 46/2015 art. 26 as amended by PP 60/2015; Permenaker 4/2022 art. 8–11 [O]',
    note:
      'Permenaker 4/2022 (26 April 2022) replaced Permenaker 19/2015 (Permenaker 2/2022, "only at 56", ' +
      'was withdrawn before it applied) and kept the one-month wait after resignation (art. 8–9) and ' +
      'after termination (art. 10–11).',
  },
]);
