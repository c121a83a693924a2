/**
 * JP (Jaminan Pensiun, pension) for wage earners: the rates and the yearly wage cap, as dated data.
 *
 * Rates: 3% of the monthly wage, 2% employer and 1% worker (PP 45/2015 art. 28(2)-(3)), on the wage
 * up to the cap of the period (art. 29).
 *
 * Cap: Rp7.000.000 in 2015 (art. 29(2)); each year the agency multiplies the previous cap by 1 + the
 * previous year's GDP growth published by BPS (which can be negative) and announces it (art. 29(3)-(4)).
 * In practice the new cap applies to March contributions, so January and February keep the previous
 * year's cap, and every published cap is the product **rounded down to Rp100** (RULES.md §1.3 [D]):
 * `nextJpWageCap` computes it, and the tests derive each entry from the one before.
 */
import { type BasisPoints, bp, mulDiv, type Rupiah, rupiah } from '../money/rupiah.ts';
import { assert } from '../result.ts';
import { ruleTable } from './dated.ts';

export type JpContributionRates = {
  /** Paid by the employer on top of the wage. */
  readonly employerBp: BasisPoints;
  /** Deducted from the worker's wage. */
  readonly workerBp: BasisPoints;
};

export const JP_CONTRIBUTION_RATES = ruleTable<JpContributionRates>([
  {
    validFrom: '2015-07-01',
    value: { employerBp: bp(200), workerBp: bp(100) },
    source: 'PP 45/2015 art. 28(2)-(3)',
    note:
      'JP 3% of the monthly wage up to the JP wage cap: 2% employer, 1% worker. In force from 1 July ' +
      '2015 (RULES.md §11). Not amended as far as found.',
  },
]);

export type JpWageCap = {
  /** The highest monthly wage JP contributions are computed on. */
  readonly cap: Rupiah;
  /**
   * The previous year's GDP growth the cap was computed with, in signed hundredths of a percent
   * (505 = 5.05%, −207 = −2.07%); absent for the first cap, which the regulation fixes.
   */
  readonly gdpGrowthBp?: number;
};

/**
 * The next year's cap from the previous one: previous × (1 + growth), rounded down to Rp100 (one
 * rounding: the product is divided by 100 and truncated, then multiplied back).
 */
export function nextJpWageCap(previous: Rupiah, gdpGrowthBp: number): Rupiah {
  assert(previous >= 0n, `a cap cannot be negative: ${previous}`);
  assert(Number.isInteger(gdpGrowthBp) && gdpGrowthBp > -10_000, `bad GDP growth ${gdpGrowthBp}`);
  const hundreds = mulDiv(previous, BigInt(10_000 + gdpGrowthBp), 1_000_000n, 'down');
  return rupiah(hundreds * 100n);
}

const cap = (value: number, gdpGrowthBp?: number): JpWageCap =>
  gdpGrowthBp === undefined ? { cap: rupiah(value) } : { cap: rupiah(value), gdpGrowthBp };

export const JP_WAGE_CAPS = ruleTable<JpWageCap>([
  {
    validFrom: '2015-07-01',
    value: cap(7_000_000),
    source: 'PP 45/2015 art. 29(2)',
    note: 'The first cap, fixed by the regulation, from the start of JP on 1 July 2015.',
  },
  {
    validFrom: '2016-03-01',
    value: cap(7_335_300, 479),
    source: 'krishandsoftware.com blog 300 (list 2015–2019) [M]',
    note: '7.000.000 × 1,0479 (2015 GDP growth 4.79%). Media figure; the formula reproduces it [D].',
  },
  {
    validFrom: '2017-03-01',
    value: cap(7_703_500, 502),
    source: 'krishandsoftware.com blog 300 (list 2015–2019) [M]',
    note: '7.335.300 × 1,0502 = 7.703.532 → 7.703.500. Media figure; the formula reproduces it [D].',
  },
  {
    validFrom: '2018-03-01',
    value: cap(8_094_000, 507),
    source: 'krishandsoftware.com blog 300 (list 2015–2019) [M]',
    note: '7.703.500 × 1,0507 = 8.094.067 → 8.094.000. Media figure; the formula reproduces it [D].',
  },
  {
    validFrom: '2019-03-01',
    value: cap(8_512_400, 517),
    source: 'BPJS Ketenagakerjaan notice quoted by jimmybudhi.com [M]',
    note: '8.094.000 × 1,0517 (2018 GDP 5.17%) = 8.512.459 → 8.512.400.',
  },
  {
    validFrom: '2020-03-01',
    value: cap(8_939_700, 502),
    source: 'BPJS Ketenagakerjaan letter quoted by jimmybudhi.com [O/M]',
    note: '8.512.400 × 1,0502 (2019 GDP 5.02%) = 8.939.722 → 8.939.700 (RULES.md E3).',
  },
  {
    validFrom: '2021-03-01',
    value: cap(8_754_600, -207),
    source: 'PP 45/2015 art. 29(3) applied to BPS 2020 GDP growth −2.07% [D]',
    note:
      'Derived only: no notice for 2021 was found. 8.939.700 × (1 − 2,07%) = 8.754.648 → 8.754.600 — the cap ' +
      'fell after the 2020 contraction. The 2022 notice computes from this value, which supports it.',
  },
  {
    validFrom: '2022-03-01',
    value: cap(9_077_600, 369),
    source: 'BPJS Ketenagakerjaan 2022 notice quoted by gadjian.com [O/M]',
    note: '8.754.600 × 1,0369 (2021 GDP 3.69%) = 9.077.645 → 9.077.600 (RULES.md E4).',
  },
  {
    validFrom: '2023-03-01',
    value: cap(9_559_600, 531),
    source: 'BPJS Ketenagakerjaan Bojonegoro via jatim.suaraindonesia.co.id, 29 Apr 2024 [O]',
    note: '9.077.600 × 1,0531 (2022 GDP 5.31%) = 9.559.620 → 9.559.600.',
  },
  {
    validFrom: '2024-03-01',
    value: cap(10_042_300, 505),
    source: 'BPJS Ketenagakerjaan via jatim.suaraindonesia.co.id, 29 Apr 2024; krishand.com article 209 [O]',
    note: '9.559.600 × 1,0505 (2023 GDP 5.05%) = 10.042.359 → 10.042.300.',
  },
  {
    validFrom: '2025-03-01',
    value: cap(10_547_400, 503),
    source:
      'PP 45/2015 art. 29(3) with BPS 2024 GDP growth 5.03% [D]; letter "B/726/022025" cited only by third-party payroll code [T]',
    note:
      'Derived and third-party only: no agency notice was read. 10.042.300 × 1,0503 = 10.547.427 → ' +
      '10.547.400. Verify against the agency letter before relying on it.',
  },
  {
    validFrom: '2026-03-01',
    value: cap(11_086_300, 511),
    source:
      'PP 45/2015 art. 29(3) with BPS 2025 GDP growth 5.11% [D]; letter "B/1226/022026" (one repo: "B/3307/022026") cited only by third-party payroll code [T]',
    note:
      'Derived and third-party only: the letter number is uncertain and no agency notice was read. ' +
      '10.547.400 × 1,0511 = 11.086.372 → 11.086.300. Verify before relying on it.',
  },
]);
