/**
 * Wage floors for DEMO DATA ONLY: approximate provincial minimum wages (UMP) for 2025, as widely
 * reported when they were set in December 2024, rounded to Rp1.000. They keep generated wages
 * plausible; they are illustrative, not a rule, and nothing outside `demo/` may use them. Other
 * years are derived by about 6.5% a year (roughly the recent average adjustment). City and regency
 * minimums (UMK) in industrial areas are higher, which the wage draw above the floor covers.
 */
import { mulDiv, type Rupiah, rupiah } from '@jmo/core';

const REFERENCE_YEAR = 2025;

// biome-ignore format: a data table reads better packed
const UMP_2025: Readonly<Record<string, number>> = {
  '11': 3_686_000, '12': 2_993_000, '13': 2_994_000, '14': 3_509_000, '15': 3_235_000,
  '16': 3_682_000, '17': 2_670_000, '18': 2_893_000, '19': 3_877_000, '21': 3_624_000,
  '31': 5_397_000, '32': 2_191_000, '33': 2_169_000, '34': 2_264_000, '35': 2_306_000,
  '36': 2_905_000, '51': 2_997_000, '52': 2_603_000, '53': 2_329_000, '61': 2_878_000,
  '62': 3_474_000, '63': 3_496_000, '64': 3_579_000, '65': 3_580_000, '71': 3_775_000,
  '72': 2_915_000, '73': 3_658_000, '74': 3_074_000, '75': 3_222_000, '76': 3_104_000,
  '81': 3_142_000, '82': 3_408_000, '91': 4_286_000, '92': 3_615_000, '93': 4_286_000,
  '94': 4_286_000, '95': 4_286_000, '96': 3_614_000,
};

/** 6.5% a year, as a fraction: each year back divides by 1.065, each year forward multiplies. */
const GROWTH_NUMERATOR = 1065n;
const GROWTH_DENOMINATOR = 1000n;

/** The illustrative monthly wage floor of a province in a year, rounded to Rp1.000. */
export function wageFloor(provinceCode: string, year: number): Rupiah {
  const base = rupiah(UMP_2025[provinceCode] ?? 2_500_000);
  let numerator = 1n;
  let denominator = 1n;
  for (let y = year; y < REFERENCE_YEAR; y++) {
    numerator *= GROWTH_DENOMINATOR;
    denominator *= GROWTH_NUMERATOR;
  }
  for (let y = REFERENCE_YEAR; y < year; y++) {
    numerator *= GROWTH_NUMERATOR;
    denominator *= GROWTH_DENOMINATOR;
  }
  return roundToThousand(mulDiv(base, numerator, denominator, 'half_up'));
}

export function roundToThousand(amount: Rupiah): Rupiah {
  return rupiah(mulDiv(amount, 1n, 1000n, 'half_up') * 1000n);
}
