/**
 * Partial JHT payouts (PP 46/2015 art. 22(4)–(6)): after at least 10 years of membership a member may
 * take, once, up to 10% of the balance to prepare for retirement or up to 30% for housing (through a
 * cooperating bank). Only one of the two, and only once.
 */
import { type BasisPoints, bp } from '../money/rupiah.ts';
import { ruleTable } from './dated.ts';

export type JhtPartialShares = {
  /** "Persiapan hari tua": up to this share of the balance. */
  readonly retirementBp: BasisPoints;
  /** "Kepemilikan rumah": up to this share of the balance. */
  readonly housingBp: BasisPoints;
  /** Years of membership before a partial payout may be made. */
  readonly minMembershipYears: number;
};

export const JHT_PARTIAL_SHARES = ruleTable<JhtPartialShares>([
  {
    validFrom: '2015-07-01',
    value: { retirementBp: bp(1000), housingBp: bp(3000), minMembershipYears: 10 },
    source: 'PP 46/2015 art. 22(4)–(6) [R: pasal.id] (RULES.md §3.1)',
    note:
      'Up to 10% (retirement) or up to 30% (housing) of the JHT balance after 10 years of membership, ' +
      'once. "Up to": we pay the full share, rounded down to the rupiah so that it never exceeds it.',
  },
]);
