/**
 * JKM (Jaminan Kematian, death benefit) for wage earners: 0.30% of the monthly wage, paid by the
 * employer, no cap. Under PP 37/2021 0.10% of it was booked to JKP (`jkp-funding.ts`).
 */
import { type BasisPoints, bp } from '../money/rupiah.ts';
import { ruleTable } from './dated.ts';

export type JkmContributionRates = {
  readonly employerBp: BasisPoints;
};

export const JKM_CONTRIBUTION_RATES = ruleTable<JkmContributionRates>([
  {
    validFrom: '2015-07-01',
    value: { employerBp: bp(30) },
    source: 'PP 44/2015 art. 18',
    note: 'JKM 0.30% of the monthly wage, paid by the employer, no wage cap.',
  },
]);
