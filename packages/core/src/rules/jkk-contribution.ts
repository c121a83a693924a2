/**
 * JKK (Jaminan Kecelakaan Kerja, work accident) for wage earners: a rate by the risk group of the
 * employer's work environment, paid entirely by the employer, on the whole monthly wage (no cap).
 * The agency assigns each company its group (PP 44/2015 art. 16(2) and annex I).
 *
 * Part of JKK is booked to JKP since PP 37/2021 (recomposition, `jkp-funding.ts`): that changes how
 * the contribution is booked, not what the employer pays.
 */
import { type BasisPoints, bp } from '../money/rupiah.ts';
import { ruleTable } from './dated.ts';

/** PP 44/2015 art. 16(1) a–e: I very low … V very high. */
export const JKK_RISK_GROUPS = [1, 2, 3, 4, 5] as const;
export type JkkRiskGroup = (typeof JKK_RISK_GROUPS)[number];

export function isJkkRiskGroup(value: unknown): value is JkkRiskGroup {
  return typeof value === 'number' && (JKK_RISK_GROUPS as readonly number[]).includes(value);
}

export const JKK_RISK_GROUP_NAMES: Record<
  JkkRiskGroup,
  { readonly roman: string; readonly id: string; readonly en: string }
> = {
  1: { roman: 'I', id: 'sangat rendah', en: 'very low' },
  2: { roman: 'II', id: 'rendah', en: 'low' },
  3: { roman: 'III', id: 'sedang', en: 'medium' },
  4: { roman: 'IV', id: 'tinggi', en: 'high' },
  5: { roman: 'V', id: 'sangat tinggi', en: 'very high' },
};

export type JkkContributionRates = {
  /** Employer's rate by risk group. */
  readonly byRiskGroupBp: Readonly<Record<JkkRiskGroup, BasisPoints>>;
};

export const JKK_CONTRIBUTION_RATES = ruleTable<JkkContributionRates>([
  {
    validFrom: '2015-07-01',
    value: { byRiskGroupBp: { 1: bp(24), 2: bp(54), 3: bp(89), 4: bp(127), 5: bp(174) } },
    source: 'PP 44/2015 art. 16(1), (3)',
    note:
      'JKK 0.24% / 0.54% / 0.89% / 1.27% / 1.74% of the monthly wage by risk group, all paid by the ' +
      'employer, no wage cap. Not modelled: the PP 7/2025 50% discount for labour-intensive industries ' +
      '(Feb–Jul 2025) and the construction-contract rates of art. 54–55.',
  },
]);
