/**
 * Proves the development-return method: monthly accrual on the month-end balance at rate ÷ 12,
 * summed exactly and rounded once, half-up, credited on 31 December. Table cases show a steady
 * balance earns exactly the annual rate, a December-only balance earns one month, and that rounding
 * once differs from rounding each month. Properties: never negative, monotone in the balances and in
 * the rate, within half a rupiah of the exact fraction, and zero for zero balances.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRate, type BasisPoints, bp, type Rupiah, rupiah } from '../money/rupiah.ts';
import { developmentReturnRateForYear } from '../rules/development-return.ts';
import { developmentReturnForYear } from './development-return.ts';

const r = (value: number | bigint): Rupiah => rupiah(value);
const months = (...balances: number[]): Rupiah[] => balances.map(r);
const steady = (balance: number): Rupiah[] => Array.from({ length: 12 }, () => r(balance));

describe('developmentReturnForYear', () => {
  it('a balance held all year earns exactly the annual rate (2020, published 5.63%)', () => {
    const rate = developmentReturnRateForYear(2020).value.rateBp;
    const result = developmentReturnForYear({ year: 2020, monthEndBalances: steady(12_000_000), rate });
    expect(result.amount).toBe(675_600n);
    expect(result.exact).toEqual({ numerator: 675_600n, denominator: 1n });
    expect(result.rateBp).toBe(563n);
    expect(result.creditedOn).toBe('2020-12-31');
    expect(result.rounding).toBe('half_up');
    expect(result.months.map((m) => m.period)).toEqual([
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
      '2020-07',
      '2020-08',
      '2020-09',
      '2020-10',
      '2020-11',
      '2020-12',
    ]);
    expect(result.months[0]).toEqual({
      period: '2020-01',
      balance: 12_000_000n,
      accrual: { numerator: 56_300n, denominator: 1n },
      accrualRounded: 56_300n,
    });
    expect(result.method.en).toMatch(/monthly/);
    expect(result.method.id).toMatch(/31 Desember/);
  });

  it('a balance that arrives in December earns one month', () => {
    const result = developmentReturnForYear({
      year: 2024,
      monthEndBalances: months(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1_000_000),
      rate: bp(1200),
    });
    expect(result.amount).toBe(10_000n); // 12% ÷ 12 = 1% of Rp1.000.000
  });

  it('a growing balance earns on each month’s closing balance (JHT Rp228.000 a month, 2016 at 7.19%)', () => {
    const balances = Array.from({ length: 12 }, (_, i) => r(228_000 * (i + 1)));
    const result = developmentReturnForYear({
      year: 2016,
      monthEndBalances: balances,
      rate: developmentReturnRateForYear(2016).value.rateBp,
    });
    // Σ balances = 228.000 × 78 = 17.784.000; × 719 ÷ 120.000 = 106.555,8 → 106.556
    expect(result.exact).toEqual({ numerator: 532_779n, denominator: 5n });
    expect(result.amount).toBe(106_556n);
  });

  it('rounds once at the end, not month by month', () => {
    // each month earns exactly Rp0,5: twelve halves are Rp6, not twelve rounded rupiahs
    const result = developmentReturnForYear({ year: 2024, monthEndBalances: steady(50), rate: bp(1200) });
    expect(result.amount).toBe(6n);
    expect(result.months.every((m) => m.accrualRounded === 1n)).toBe(true);
    expect(result.months[0]?.accrual).toEqual({ numerator: 1n, denominator: 2n });
  });

  it('rounds a half up', () => {
    const result = developmentReturnForYear({
      year: 2024,
      monthEndBalances: months(50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
      rate: bp(1200),
    });
    expect(result.exact).toEqual({ numerator: 1n, denominator: 2n });
    expect(result.amount).toBe(1n);
  });

  it('refuses malformed input', () => {
    const rate = bp(600);
    expect(() =>
      developmentReturnForYear({ year: 2024, monthEndBalances: steady(1).slice(1), rate }),
    ).toThrow(/12 month-end balances/);
    expect(() =>
      developmentReturnForYear({ year: 2024, monthEndBalances: [...steady(1).slice(1), r(-1)], rate }),
    ).toThrow(/never negative/);
    expect(() => developmentReturnForYear({ year: 2024.5, monthEndBalances: steady(1), rate })).toThrow(
      /bad year/,
    );
    expect(() =>
      developmentReturnForYear({ year: 2024, monthEndBalances: steady(1), rate: -1n as BasisPoints }),
    ).toThrow(/rate/);
  });

  const balanceArb = fc.bigInt({ min: 0n, max: 100_000_000_000n }).map(r);
  const balancesArb = fc.array(balanceArb, { minLength: 12, maxLength: 12 });
  const rateArb = fc.integer({ min: 0, max: 2_000 }).map(bp);

  it('is never negative and stays within half a rupiah of the exact fraction (property)', () => {
    fc.assert(
      fc.property(balancesArb, rateArb, (monthEndBalances, rate) => {
        const result = developmentReturnForYear({ year: 2024, monthEndBalances, rate });
        expect(result.amount >= 0n).toBe(true);
        const { numerator, denominator } = result.exact;
        const error = result.amount * denominator - numerator;
        expect(2n * (error < 0n ? -error : error) <= denominator).toBe(true);
        const exactSum = result.months.reduce(
          (acc, m) => acc + (m.accrual.numerator * 120_000n) / m.accrual.denominator,
          0n,
        );
        expect(exactSum * denominator).toBe(numerator * 120_000n);
      }),
    );
  });

  it('is monotone in the balances and in the rate (property)', () => {
    fc.assert(
      fc.property(
        balancesArb,
        fc.array(fc.bigInt({ min: 0n, max: 1_000_000_000n }), { minLength: 12, maxLength: 12 }),
        rateArb,
        fc.integer({ min: 0, max: 500 }),
        (balances, increases, rate, rateIncrease) => {
          const base = developmentReturnForYear({ year: 2024, monthEndBalances: balances, rate });
          const higher = balances.map((b, i) => r(b + increases[i]!));
          const more = developmentReturnForYear({ year: 2024, monthEndBalances: higher, rate });
          expect(more.amount >= base.amount).toBe(true);
          const faster = developmentReturnForYear({
            year: 2024,
            monthEndBalances: balances,
            rate: bp(Number(rate) + rateIncrease),
          });
          expect(faster.amount >= base.amount).toBe(true);
        },
      ),
    );
  });

  it('a steady balance earns applyRate of the annual rate, and zero earns zero (property)', () => {
    fc.assert(
      fc.property(balanceArb, rateArb, (balance, rate) => {
        const monthEndBalances = Array.from({ length: 12 }, () => balance);
        expect(developmentReturnForYear({ year: 2024, monthEndBalances, rate }).amount).toBe(
          applyRate(balance, rate, 'half_up'),
        );
        expect(developmentReturnForYear({ year: 2024, monthEndBalances: steady(0), rate }).amount).toBe(0n);
      }),
    );
  });
});
