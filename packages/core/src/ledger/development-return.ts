/**
 * The yearly JHT development return (hasil pengembangan) of one balance.
 *
 * The regulation says the balance earns a return at least the state banks' deposit rate and that
 * the member is told the balance once a year (PP 46/2015 art. 22); it does not prescribe how the
 * return is spread over the year. Our method, stated here and tested:
 *
 * 1. Monthly accrual on the running balance: each month earns one twelfth of the annual rate on the
 *    balance at the end of that month (contributions and payouts booked in the month included),
 *    taken before this year's return is credited. Within a year the return is simple interest.
 * 2. Credited yearly on 31 December: the twelve accruals are added as an exact fraction and
 *    rounded ONCE, half-up to the whole rupiah. Because last year's return is part of this year's
 *    balances, returns compound from year to year (as the agency describes: RULES.md §3.2).
 * 3. A balance paid out during the year (pro rata on payout) is the same sum with the balances of
 *    the months after the payout set to zero.
 *
 *     amount = round_half_up( Σ_{m=1..12} balance_m × rateBp / 10 000 / 12 )
 *            = round_half_up( (Σ balance_m) × rateBp / 120 000 )
 */
import { type BasisPoints, mulDiv, type Rupiah, sum } from '../money/rupiah.ts';
import { assert } from '../result.ts';
import { type CalendarDate, dateOf, type Period, periodOf } from '../time/period.ts';

/** An exact non-negative rational in lowest terms. */
export type Fraction = { readonly numerator: bigint; readonly denominator: bigint };

export type DevelopmentReturnInput = {
  readonly year: number;
  /** Exactly 12 closing balances, January to December, before this year's return. Never negative. */
  readonly monthEndBalances: readonly Rupiah[];
  /** The annual rate, e.g. `developmentReturnRateForYear(year).value.rateBp`. */
  readonly rate: BasisPoints;
};

export type DevelopmentReturnMonth = {
  readonly period: Period;
  readonly balance: Rupiah;
  /** This month's accrual, exactly. */
  readonly accrual: Fraction;
  /** The same, rounded half-up for display only; these need not add up to `amount`. */
  readonly accrualRounded: Rupiah;
};

export type DevelopmentReturn = {
  readonly year: number;
  readonly rateBp: BasisPoints;
  /** The amount credited: the exact sum rounded once, half-up. */
  readonly amount: Rupiah;
  /** The sum of the twelve accruals before rounding. */
  readonly exact: Fraction;
  readonly rounding: 'half_up';
  readonly creditedOn: CalendarDate;
  readonly months: readonly DevelopmentReturnMonth[];
  readonly method: { readonly id: string; readonly en: string };
};

/** Twelve months times 10 000 basis points: the denominator of a month's accrual. */
const MONTHLY_DENOMINATOR = 120_000n;

const METHOD = {
  id:
    'Hasil pengembangan dihitung tiap bulan dari saldo akhir bulan (tarif tahunan ÷ 12), ' +
    'dijumlahkan, dibulatkan sekali ke rupiah terdekat, dan dibukukan pada 31 Desember.',
  en:
    'The return accrues monthly on each month-end balance (annual rate ÷ 12); the accruals are ' +
    'summed, rounded once to the nearest rupiah, and credited on 31 December.',
} as const;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function fraction(numerator: bigint, denominator: bigint): Fraction {
  const divisor = gcd(numerator, denominator) || 1n;
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

export function developmentReturnForYear(input: DevelopmentReturnInput): DevelopmentReturn {
  const { year, monthEndBalances, rate } = input;
  assert(Number.isInteger(year) && year >= 1900 && year <= 9999, `bad year ${year}`);
  assert(monthEndBalances.length === 12, `need 12 month-end balances, got ${monthEndBalances.length}`);
  assert(
    monthEndBalances.every((b) => b >= 0n),
    'a JHT balance is never negative',
  );
  assert(rate >= 0n, `rate cannot be negative: ${rate}`);

  const months = monthEndBalances.map((balance, i) => ({
    period: periodOf(year, i + 1),
    balance,
    accrual: fraction(balance * rate, MONTHLY_DENOMINATOR),
    accrualRounded: mulDiv(balance, rate, MONTHLY_DENOMINATOR, 'half_up'),
  }));
  const total = sum(monthEndBalances);
  return {
    year,
    rateBp: rate,
    amount: mulDiv(total, rate, MONTHLY_DENOMINATOR, 'half_up'),
    exact: fraction(total * rate, MONTHLY_DENOMINATOR),
    rounding: 'half_up',
    creditedOn: dateOf(year, 12, 31),
    months,
    method: METHOD,
  };
}
