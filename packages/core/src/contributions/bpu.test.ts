/**
 * Proves the informal worker's (BPU) contributions: RULES.md E17 / DOMAIN.md (JKK + JKM on
 * Rp1.000.000 = 10.000 + 6.800 = Rp16.800), the top bracket's JKK Rp207.000, JHT 2% when chosen,
 * the member paying everything, illustrative brackets flagged, and the input errors (JKK and JKM are
 * a pair, no JP, the income must be a bracket — with the nearest brackets named). By property: parts
 * add up, totals are the sums, nothing is negative, and a higher bracket never costs less.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rupiah, rupiah } from '../money/rupiah.ts';
import type { Program } from '../rules/programs.ts';
import { period } from '../time/period.ts';
import { bpuIncomeBrackets, computeBpuContributions, FIRST_BPU_PERIOD } from './bpu.ts';
import type { BpuContributions } from './breakdown.ts';

const r = (value: number | bigint): Rupiah => rupiah(value);

function bpu(income: number | bigint, programs: Program[] = ['JKK', 'JKM'], p = '2026-01'): BpuContributions {
  const result = computeBpuContributions({ period: period(p), declaredIncome: r(income), programs });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('computeBpuContributions', () => {
  it('RULES.md E17: JKK + JKM on Rp1.000.000 is 10.000 + 6.800 = Rp16.800, all paid by the member', () => {
    const c = bpu(1_000_000);
    expect(c.items.map((i) => [i.program, i.employer, i.worker])).toEqual([
      ['JKK', 0n, 10_000n],
      ['JKM', 0n, 6_800n],
    ]);
    expect([c.employerTotal, c.workerTotal, c.total]).toEqual([0n, 16_800n, 16_800n]);
    expect(c.items.every((i) => !i.illustrative)).toBe(true);
    expect(c.items[1]).toMatchObject({
      flatAmount: 6_800n,
      workerRateBp: null,
      source: 'PP 44/2015 art. 20(3)',
    });
  });

  it('the top bracket Rp20.700.000 gives JKK Rp207.000; JHT 2% when chosen', () => {
    const c = bpu(20_700_000, ['JHT', 'JKK', 'JKM']);
    expect(c.items.map((i) => [i.program, i.worker])).toEqual([
      ['JHT', 414_000n],
      ['JKK', 207_000n],
      ['JKM', 6_800n],
    ]);
    expect(c.total).toBe(627_800n);
    expect(c.items.every((i) => !i.illustrative)).toBe(true);
  });

  it('flags an in-between bracket illustrative (JKK and JHT), but not the flat JKM', () => {
    const c = bpu(3_000_000, ['JKM', 'JHT', 'JKK', 'JKK']);
    expect(c.items.map((i) => [i.program, i.worker, i.illustrative])).toEqual([
      ['JHT', 60_000n, true],
      ['JKK', 30_000n, true],
      ['JKM', 6_800n, false],
    ]);
    expect(c.items[0]!.note).toMatch(/illustrative brackets/);
    expect(c.explanation.id.join(' ')).toMatch(/Ilustratif.*JHT, JKK/);
    expect(c.explanation.en.join(' ')).toMatch(/Illustrative/);
  });

  it('explains the month in both languages, with due day and lapse read from the rules', () => {
    const { explanation } = bpu(1_000_000);
    expect(explanation.id.join('\n')).toContain(
      'JKK (Jaminan Kecelakaan Kerja): 1% × Rp1.000.000 = Rp10.000',
    );
    expect(explanation.id.join('\n')).toContain('Rp6.800 tetap sebulan');
    expect(explanation.id.join('\n')).toMatch(/tanggal 15 .*3 bulan berturut-turut/);
    expect(explanation.en.join('\n')).toContain('Monthly total: Rp16.800');
  });

  it('needs JKK and JKM together, and refuses JP and JKP', () => {
    const call = (programs: Program[]) =>
      computeBpuContributions({ period: period('2026-01'), declaredIncome: r(1_000_000), programs });
    expect(call(['JKK'])).toEqual({ ok: false, error: 'bpu_mandatory_programs_missing' });
    expect(call(['JHT', 'JKM'])).toEqual({ ok: false, error: 'bpu_mandatory_programs_missing' });
    expect(call(['JKK', 'JKM', 'JP'])).toEqual({
      ok: false,
      error: 'bpu_program_not_available',
      detail: 'JP',
    });
    expect(call(['JKP', 'JKK', 'JKM'])).toEqual({
      ok: false,
      error: 'bpu_program_not_available',
      detail: 'JKP',
    });
  });

  it.each([
    [1_234_567, 1_000_000n, 1_500_000n],
    [999_999, null, 1_000_000n],
    [-5, null, 1_000_000n],
    [20_600_000, 20_500_000n, 20_700_000n],
    [25_000_000, 20_700_000n, null],
  ])('income %i is no bracket: nearest %s and %s', (income, below, above) => {
    expect(
      computeBpuContributions({
        period: period('2026-01'),
        declaredIncome: r(income),
        programs: ['JKK', 'JKM'],
      }),
    ).toEqual({
      ok: false,
      error: 'bpu_income_not_a_bracket',
      detail: String(income),
      nearest: { below, above },
    });
  });

  it('covers periods from January 2020 (PP 82/2019) only', () => {
    expect(FIRST_BPU_PERIOD).toBe('2020-01');
    expect(bpuIncomeBrackets(period('2019-12'))).toEqual([]);
    expect(
      computeBpuContributions({
        period: period('2019-12'),
        declaredIncome: r(1_000_000),
        programs: ['JKK', 'JKM'],
      }),
    ).toMatchObject({ ok: false, error: 'contribution_period_not_covered' });
    expect(bpu(1_000_000, ['JKK', 'JKM'], '2020-01').total).toBe(16_800n);
  });

  const bracketArb = fc.constantFrom(...bpuIncomeBrackets(period('2026-01')).map((b) => b.income));
  const programsArb = fc.constantFrom<Program[]>(['JKK', 'JKM'], ['JKK', 'JKM', 'JHT']);

  it('parts add up, the member pays all, nothing negative (property)', () => {
    fc.assert(
      fc.property(bracketArb, programsArb, (income, programs) => {
        const c = bpu(income, programs);
        for (const i of c.items) {
          expect(i.employer).toBe(0n);
          expect(i.total).toBe(i.worker);
          expect(i.worker > 0n).toBe(true);
        }
        expect(c.employerTotal).toBe(0n);
        expect(c.total).toBe(c.items.reduce((s, i) => s + i.total, 0n));
        expect(c.items.length).toBe(programs.length);
      }),
    );
  });

  it('a higher bracket never costs less (property)', () => {
    fc.assert(
      fc.property(bracketArb, bracketArb, programsArb, (a, b, programs) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(bpu(high, programs).total >= bpu(low, programs).total).toBe(true);
      }),
    );
  });
});
