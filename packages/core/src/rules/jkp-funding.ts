/**
 * JKP (Jaminan Kehilangan Pekerjaan, job-loss benefit) funding, as dated data. Neither the employer
 * nor the worker pays anything for JKP: the central government pays a share, and the rest is
 * **recomposed** out of the JKK (and, under PP 37/2021, JKM) contributions the employer already pays
 * — part of those is booked to JKP instead. Recomposition never changes the employer's bill; it
 * changes how JKK and JKM are booked. All parts are rates of the wage up to the JKP wage cap
 * (PP 37/2021 art. 11(6)-(8)).
 *
 * PP 49/2023 (PP 44/2015 art. 16A, 18A) applies the recomposition only to members registered in JKP
 * whose employer is not in arrears; the simulation assumes such a member.
 *
 * Dates follow `ruleForPeriod`: a change on the 2nd or 7th of February applies from the March period.
 */
import { type BasisPoints, bp, type Rupiah, rupiah } from '../money/rupiah.ts';
import { ruleTable } from './dated.ts';

export type JkpFunding = {
  /** The JKP contribution as a whole (government + recomposition). */
  readonly totalBp: BasisPoints;
  /** Paid by the central government. */
  readonly governmentBp: BasisPoints;
  /** Booked out of the employer's JKK contribution. */
  readonly fromJkkBp: BasisPoints;
  /** Booked out of the employer's JKM contribution. */
  readonly fromJkmBp: BasisPoints;
  /** The wage JKP parts are computed on is at most this. */
  readonly wageCap: Rupiah;
};

export const JKP_FUNDING = ruleTable<JkpFunding | null>([
  {
    validFrom: '2015-07-01',
    value: null,
    source: 'PP 37/2021 (JKP did not exist before it)',
    note: 'No JKP before PP 37/2021: JKK and JKM are booked in full.',
  },
  {
    validFrom: '2021-02-02',
    value: {
      totalBp: bp(46),
      governmentBp: bp(22),
      fromJkkBp: bp(14),
      fromJkmBp: bp(10),
      wageCap: rupiah(5_000_000),
    },
    source: 'PP 37/2021 art. 11(2)-(8)',
    note:
      'JKP 0.46% of the wage up to Rp5.000.000: 0.22% paid by the central government, 0.14% recomposed ' +
      'from JKK (JKK booked at 0.10/0.40/0.75/1.13/1.60%) and 0.10% from JKM (JKM booked at 0.20%). ' +
      'PP 37/2021 was signed on 2 February 2021; it applies here from the March 2021 period.',
  },
  {
    validFrom: '2025-02-07',
    value: {
      totalBp: bp(36),
      governmentBp: bp(22),
      fromJkkBp: bp(14),
      fromJkmBp: bp(0),
      wageCap: rupiah(5_000_000),
    },
    source: 'PP 6/2025 art. 11',
    note:
      'JKP 0.36% of the wage up to Rp5.000.000: 0.22% government + 0.14% recomposed from JKK; JKM is no ' +
      'longer a JKP source. Open point (RULES.md §10.2): PP 44/2015 art. 18A (JKM booked at 0.20% for ' +
      'JKP members, inserted by PP 49/2023) was not found repealed; we book JKM in full (0.30%), as ' +
      'third-party payroll notes do. The employer pays 0.30% either way. Applies here from the March ' +
      '2025 period.',
  },
]);
