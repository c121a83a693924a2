/**
 * Informal workers' (BPU, Bukan Penerima Upah) contribution rates, as dated data. The member pays
 * everything, on the income they declare from the bracket table (`bpu-income-brackets.ts`):
 * JKK and JKM are a mandatory pair, JHT is optional, and JP is not open to them (PP 45/2015 art. 2
 * limits JP to wage earners).
 *
 * PP 44/2015 art. 20(1)-(2) sets the JKK amount per income bracket in its annex II; that every amount
 * is 1% of the bracket's income is what media tables show (the annex was not found). JKM is a flat
 * Rp6.800 a month (art. 20(3)). JHT 2% of the same declared income is from media only.
 */
import { type BasisPoints, bp, type Rupiah, rupiah } from '../money/rupiah.ts';
import { ruleTable } from './dated.ts';

export type BpuContributionRates = {
  readonly jkk: { readonly rateBp: BasisPoints; readonly source: string };
  readonly jkm: { readonly flat: Rupiah; readonly source: string };
  readonly jht: { readonly rateBp: BasisPoints; readonly source: string };
};

export const BPU_CONTRIBUTION_RATES = ruleTable<BpuContributionRates>([
  {
    validFrom: '1993-01-01',
    value: {
      jkk: { rateBp: bp(100), source: 'none (illustrative)' },
      jkm: { flat: rupiah(6_800), source: 'none (illustrative)' },
      jht: { rateBp: bp(200), source: 'none (illustrative)' },
    },
    source: 'none (illustrative): the PP 44/2015 values carried back',
    note:
      'Jamsostek-era informal-sector rates were not sourced: the PP 44/2015 values are carried back so ' +
      'that older periods (demo histories from January 2015) can be computed, marked illustrative.',
    illustrative: true,
  },
  {
    validFrom: '2015-07-01',
    value: {
      jkk: {
        rateBp: bp(100),
        source:
          'PP 44/2015 art. 20(1)-(2) and annex II (as amended by PP 82/2019); 1% per star.grid.id (2023) [M]',
      },
      jkm: { flat: rupiah(6_800), source: 'PP 44/2015 art. 20(3)' },
      jht: { rateBp: bp(200), source: 'star.grid.id (2023) [M]; PP 46/2015 not read' },
    },
    source: 'PP 44/2015 art. 20; JHT per media [M]',
    note:
      'BPU: JKK 1% of the declared income (Rp10.000 at Rp1.000.000 up to Rp207.000), JKM a flat Rp6.800, ' +
      'JHT 2% of the declared income if chosen; the member pays all of it. The minimum package (JKK + JKM ' +
      'on Rp1.000.000) is Rp16.800 a month (RULES.md E17).',
  },
]);
