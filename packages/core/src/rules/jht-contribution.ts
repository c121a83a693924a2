/**
 * JHT (Jaminan Hari Tua, old-age savings) contribution rates for wage earners (PU), as dated data.
 * Base: the whole monthly wage reported by the employer, with no cap and no floor in the rule itself.
 */
import { type BasisPoints, bp } from '../money/rupiah.ts';
import { ruleTable } from './dated.ts';

export type JhtContributionRates = {
  /** Paid by the employer on top of the wage. */
  readonly employerBp: BasisPoints;
  /** Deducted from the worker's wage. */
  readonly workerBp: BasisPoints;
};

export const JHT_CONTRIBUTION_RATES = ruleTable<JhtContributionRates>([
  {
    validFrom: '1993-01-01',
    value: { employerBp: bp(370), workerBp: bp(200) },
    source: 'PP 14/1993 art. 9 (Jamsostek), remembered, not read',
    note:
      'Jamsostek-era JHT at the same 3.7% + 2% that PP 46/2015 kept. Neither the rate under PP 14/1993 ' +
      'nor this start date was checked against the text: kept so that older periods can be shown, ' +
      'marked illustrative.',
    illustrative: true,
  },
  {
    validFrom: '2015-07-01',
    value: { employerBp: bp(370), workerBp: bp(200) },
    source: 'PP 46/2015 art. 16',
    note:
      'JHT 5.7% of the monthly wage: 3.7% employer, 2% worker; no wage cap. In force from 1 July 2015 ' +
      '(BPJS Ketenagakerjaan operating start). Worked figures: wage Rp10.000.000 → 370.000 + 200.000 ' +
      '(RULES.md E1); Rp12.000.000 → 444.000 + 240.000 (DOMAIN.md).',
  },
]);
