/**
 * Proves the JHT contribution against the worked figures (DOMAIN.md: Rp12.000.000 in June 2024 →
 * employer Rp444.000, worker Rp240.000; RULES.md E1: Rp10.000.000 → 370.000 + 200.000), shows each
 * party is rounded half-up on its own, and by property that the parts always add up to the total,
 * each within half a rupiah of the exact rate, and the bill never falls when the wage rises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rupiah, rupiah } from '../money/rupiah.ts';
import { type Period, period } from '../time/period.ts';
import { computeJhtContribution } from './jht.ts';

const r = (value: number | bigint): Rupiah => rupiah(value);

describe('computeJhtContribution', () => {
  it('reproduces the DOMAIN.md worked figure', () => {
    const result = computeJhtContribution(r(12_000_000), period('2024-06'));
    expect(result).toMatchObject({
      program: 'JHT',
      period: '2024-06',
      wage: 12_000_000n,
      employer: 444_000n,
      worker: 240_000n,
      total: 684_000n,
      rule: { validFrom: '2015-07-01', source: 'PP 46/2015 art. 16', illustrative: false },
    });
    expect(result.lines).toEqual([
      {
        party: 'employer',
        program: 'JHT',
        base: 12_000_000n,
        rateBp: 370n,
        amount: 444_000n,
        rounding: 'half_up',
        source: 'PP 46/2015 art. 16',
      },
      {
        party: 'worker',
        program: 'JHT',
        base: 12_000_000n,
        rateBp: 200n,
        amount: 240_000n,
        rounding: 'half_up',
        source: 'PP 46/2015 art. 16',
      },
    ]);
  });

  it.each<[number, string, bigint, bigint]>([
    [10_000_000, '2023-01', 370_000n, 200_000n], // RULES.md E1
    [4_000_000, '2022-02', 148_000n, 80_000n], // 228.000 a month (RULES.md E16)
    [5_067_381, '2024-01', 187_493n, 101_348n], // 187.493,097 and 101.347,62
    [25, '2024-01', 1n, 1n], // 0,925 → 1 and exactly 0,5 → 1 (half-up)
    [13, '2024-01', 0n, 0n], // 0,481 → 0 and 0,26 → 0
    [14, '2024-01', 1n, 0n], // 0,518 → 1 and 0,28 → 0
    [0, '2024-01', 0n, 0n],
  ])('wage %i in %s → employer %s, worker %s', (wage, p, employer, worker) => {
    const result = computeJhtContribution(r(wage), period(p));
    expect(result.employer).toBe(employer);
    expect(result.worker).toBe(worker);
    expect(result.total).toBe(employer + worker);
  });

  it('uses no wage cap', () => {
    expect(computeJhtContribution(r(1_000_000_000), period('2026-01')).total).toBe(57_000_000n);
  });

  it('marks periods before PP 46/2015 as illustrative', () => {
    expect(computeJhtContribution(r(3_000_000), period('2010-01')).rule.illustrative).toBe(true);
  });

  it('refuses a negative wage or a period no rule covers', () => {
    expect(() => computeJhtContribution(r(-1), period('2024-01'))).toThrow(/negative/);
    expect(() => computeJhtContribution(r(1), period('1990-01'))).toThrow(/no rule in force/);
  });

  const wageArb = fc.bigInt({ min: 0n, max: 10_000_000_000n }).map(r);
  const periodArb = fc
    .tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .filter(([y, m]) => y > 2015 || m >= 7)
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}` as Period);

  it('parts add up, each within half a rupiah of the exact rate (property)', () => {
    fc.assert(
      fc.property(wageArb, periodArb, (wage, p) => {
        const result = computeJhtContribution(wage, p);
        expect(result.total).toBe(result.employer + result.worker);
        expect(result.lines.map((l) => l.amount)).toEqual([result.employer, result.worker]);
        for (const line of result.lines) {
          const error = line.amount * 10_000n - wage * line.rateBp;
          expect(2n * (error < 0n ? -error : error) <= 10_000n).toBe(true);
        }
        // rounding the parts separately is at most Rp1 away from 5.7% of the wage
        const whole = wage * 570n;
        const gap = result.total * 10_000n - whole;
        expect((gap < 0n ? -gap : gap) <= 10_000n).toBe(true);
      }),
    );
  });

  it('never falls when the wage rises (property)', () => {
    fc.assert(
      fc.property(wageArb, fc.bigInt({ min: 0n, max: 1_000_000n }), periodArb, (wage, raise, p) => {
        const before = computeJhtContribution(wage, p);
        const after = computeJhtContribution(r(wage + raise), p);
        expect(after.employer >= before.employer).toBe(true);
        expect(after.worker >= before.worker).toBe(true);
      }),
    );
  });
});
