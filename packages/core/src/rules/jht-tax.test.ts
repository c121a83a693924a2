/**
 * Proves the tax on a JHT payout: DOMAIN.md's published example (Rp80.000.000 paid at once → tax
 * Rp1.500.000, net Rp78.500.000) and RULES.md E15 (Rp75.000.000 → Rp1.250.000) to the rupiah; partial
 * payouts taken as 10% / 30% of the balance and taxed at the progressive art. 17 rates bracket by
 * bracket; 20% higher rates without an NPWP; rounding down once; the dated tables with their sources.
 * Properties over random balances check that net + tax = gross, that the tax never falls as the
 * gross rises, that having no NPWP never lowers it, and that it is never negative.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rupiah, rupiah } from '../money/rupiah.ts';
import { calendarDate } from '../time/period.ts';
import { ruleAt } from './dated.ts';
import { JHT_IN_APP_CLAIM_CAPS, JHT_WAITING_PERIODS } from './jht-in-app-cap.ts';
import {
  computeJhtPayoutTax,
  INCOME_TAX_RATES,
  JHT_LUMP_SUM_TAX_RATES,
  JHT_PAYOUT_KINDS,
  type JhtPayoutKind,
  type JhtPayoutTax,
  NO_NPWP_SURCHARGES,
} from './jht-tax.ts';

const asOf = calendarDate('2026-11-23');

function taxOf(balance: number | bigint, kind: JhtPayoutKind = 'full', hasNpwp = true, date = asOf) {
  const result = computeJhtPayoutTax({ balance: rupiah(balance), kind, hasNpwp, asOf: date });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const summary = (t: JhtPayoutTax) => ({
  gross: t.gross,
  tax: t.tax,
  net: t.net,
  lines: t.lines.map((l) => [l.base, l.rateBp, l.amount]),
});

describe('computeJhtPayoutTax: paid at once (PP 68/2009 art. 5)', () => {
  it('DOMAIN.md: Rp80.000.000 → tax Rp1.500.000, net Rp78.500.000', () => {
    const t = taxOf(80_000_000);
    expect(summary(t)).toEqual({
      gross: 80_000_000n,
      tax: 1_500_000n,
      net: 78_500_000n,
      lines: [
        [50_000_000n, 0n, 0n],
        [30_000_000n, 500n, 1_500_000n],
      ],
    });
    expect(t).toMatchObject({ kind: 'full', shareBp: null, regime: 'final', rounding: 'down' });
    expect(t.lines.map((l) => l.label_id)).toEqual([
      'Rp50.000.000 pertama × 0%',
      'bagian di atas Rp50.000.000 × 5%',
    ]);
    expect(t.lines.map((l) => l.label_en)).toEqual([
      'first Rp50.000.000 × 0%',
      'part above Rp50.000.000 × 5%',
    ]);
    expect(t.lines.every((l) => l.source === 'PP 68/2009 art. 5 [R]')).toBe(true);
    expect(t.rules.map((r) => r.key)).toEqual(['jht_lump_sum_tax']);
    expect(t.illustrative).toBe(false);
  });

  it('RULES.md E15: Rp75.000.000 → Rp1.250.000', () => {
    expect(taxOf(75_000_000).tax).toBe(1_250_000n);
  });

  it('nothing is withheld up to Rp50.000.000, and one line still shows the 0% bracket', () => {
    expect(summary(taxOf(50_000_000))).toEqual({
      gross: 50_000_000n,
      tax: 0n,
      net: 50_000_000n,
      lines: [[50_000_000n, 0n, 0n]],
    });
    expect(summary(taxOf(0)).lines).toEqual([[0n, 0n, 0n]]);
  });

  it('rounds the tax down to the rupiah, once', () => {
    // 5% of Rp19 is Rp0,95: nothing is withheld for it.
    expect(taxOf(50_000_019).tax).toBe(0n);
    expect(taxOf(50_000_039).tax).toBe(1n);
  });

  it('without an NPWP the rate is 20% higher: 6% above Rp50.000.000', () => {
    const t = taxOf(80_000_000, 'full', false);
    expect(summary(t)).toEqual({
      gross: 80_000_000n,
      tax: 1_800_000n,
      net: 78_200_000n,
      lines: [
        [50_000_000n, 0n, 0n],
        [30_000_000n, 600n, 1_800_000n],
      ],
    });
    expect(t.lines[1]!.label_id).toBe('bagian di atas Rp50.000.000 × 6% (5% + 20% karena tanpa NPWP)');
    expect(t.lines[1]!.label_en).toBe('part above Rp50.000.000 × 6% (5% + 20% without an NPWP)');
    expect(t.rules.map((r) => r.key)).toEqual(['jht_lump_sum_tax', 'no_npwp_surcharge']);
  });

  it('refuses a negative balance', () => {
    expect(computeJhtPayoutTax({ balance: rupiah(-1), kind: 'full', hasNpwp: true, asOf })).toEqual({
      ok: false,
      error: 'jht_balance_negative',
      detail: '-1',
    });
  });
});

describe('computeJhtPayoutTax: partial payouts (UU PPh art. 17(1)(a), UU HPP)', () => {
  it('10% of Rp200.000.000 is Rp20.000.000, taxed 5%: Rp1.000.000', () => {
    const t = taxOf(200_000_000, 'partial10');
    expect(summary(t)).toEqual({
      gross: 20_000_000n,
      tax: 1_000_000n,
      net: 19_000_000n,
      lines: [[20_000_000n, 500n, 1_000_000n]],
    });
    expect(t).toMatchObject({ shareBp: 1000n, regime: 'progressive' });
    expect(t.lines[0]!.label_id).toBe('Rp60.000.000 pertama × 5%');
    expect(t.rules.map((r) => r.key)).toEqual(['jht_partial_shares', 'income_tax_rates']);
  });

  it('30% of Rp1.000.000.000 is Rp300.000.000: 3 jt + 28,5 jt + 12,5 jt = Rp44.000.000', () => {
    const t = taxOf(1_000_000_000, 'partial30');
    expect(summary(t)).toEqual({
      gross: 300_000_000n,
      tax: 44_000_000n,
      net: 256_000_000n,
      lines: [
        [60_000_000n, 500n, 3_000_000n],
        [190_000_000n, 1500n, 28_500_000n],
        [50_000_000n, 2500n, 12_500_000n],
      ],
    });
    expect(t.lines[1]!.label_en).toBe('part above Rp60.000.000 up to Rp250.000.000 × 15%');
  });

  it('every bracket up to 35% above Rp5 M, 20% higher without an NPWP', () => {
    // 30% of Rp20 M = Rp6 M.
    const withNpwp = taxOf(20_000_000_000, 'partial30');
    expect(withNpwp.lines.map((l) => [l.base, l.rateBp])).toEqual([
      [60_000_000n, 500n],
      [190_000_000n, 1500n],
      [250_000_000n, 2500n],
      [4_500_000_000n, 3000n],
      [1_000_000_000n, 3500n],
    ]);
    // 3 + 28,5 + 62,5 + 1.350 + 350 jt
    expect(withNpwp.tax).toBe(1_794_000_000n);
    const without = taxOf(20_000_000_000, 'partial30', false);
    expect(without.lines.map((l) => l.rateBp)).toEqual([600n, 1800n, 3000n, 3600n, 4200n]);
    expect(without.tax).toBe(2_152_800_000n);
  });

  it('rounds the partial share down, so it never exceeds 10%', () => {
    expect(taxOf(15_000_009, 'partial10').gross).toBe(1_500_000n);
  });

  it('uses the UU 36/2008 rates (illustrative) before 2022', () => {
    const t = taxOf(1_000_000_000, 'partial10', true, calendarDate('2021-06-01'));
    // 10% = Rp100 jt: 5% × 50 jt + 15% × 50 jt
    expect(t.tax).toBe(10_000_000n);
    expect(t.illustrative).toBe(true);
  });
});

describe('the dated tables', () => {
  it('carry their sources, the no-NPWP doubt, and the in-app cap and waiting period', () => {
    expect(ruleAt(JHT_LUMP_SUM_TAX_RATES, '2026-01-01').validFrom).toBe('2009-11-16');
    expect(ruleAt(INCOME_TAX_RATES, '2026-01-01')).toMatchObject({ validFrom: '2022-01-01' });
    expect(ruleAt(INCOME_TAX_RATES, '2026-01-01').illustrative).toBeUndefined();
    expect(ruleAt(NO_NPWP_SURCHARGES, '2026-01-01').note).toMatch(/DOUBT/);
    expect(ruleAt(JHT_IN_APP_CLAIM_CAPS, '2025-04-30').value.cap).toBe(10_000_000n);
    expect(ruleAt(JHT_IN_APP_CLAIM_CAPS, '2025-05-01').value.cap).toBe(15_000_000n);
    expect(ruleAt(JHT_IN_APP_CLAIM_CAPS, '2025-05-01').note).toMatch(/DOUBT.*exact day/);
    expect(ruleAt(JHT_WAITING_PERIODS, '2026-01-01')).toMatchObject({ value: { months: 1 } });
    expect(ruleAt(JHT_WAITING_PERIODS, '2026-01-01').source).toMatch(/PP 60\/2015.*Permenaker 4\/2022/);
  });
});

describe('computeJhtPayoutTax (properties)', () => {
  const balance = fc.bigInt({ min: 0n, max: 100_000_000_000n }).map((b) => rupiah(b));
  const kind = fc.constantFrom(...JHT_PAYOUT_KINDS);
  const day = fc.constantFrom('2016-03-01', '2021-12-31', '2022-01-01', '2025-05-01', '2026-11-23');

  it('net + tax = gross, tax ≥ 0, lines add up, no NPWP never lowers the tax', () => {
    fc.assert(
      fc.property(balance, kind, fc.boolean(), day, (b, k, npwp, d) => {
        const t = taxOf(b, k, npwp, calendarDate(d));
        expect(t.net + t.tax).toBe(t.gross);
        expect(t.tax >= 0n).toBe(true);
        expect(t.lines.reduce((s, l) => s + l.amount, 0n)).toBe(t.tax);
        expect(t.lines.reduce((s, l) => s + l.base, 0n)).toBe(t.gross);
        expect(t.gross <= b).toBe(true);
        if (npwp) expect(taxOf(b, k, false, calendarDate(d)).tax >= t.tax).toBe(true);
      }),
    );
  });

  it('the tax never falls as the balance rises', () => {
    fc.assert(
      fc.property(balance, balance, kind, fc.boolean(), (a, b, k, npwp) => {
        const [low, high] = (a <= b ? [a, b] : [b, a]) as [Rupiah, Rupiah];
        expect(taxOf(low, k, npwp).tax <= taxOf(high, k, npwp).tax).toBe(true);
        expect(taxOf(low, k, npwp).net <= taxOf(high, k, npwp).net).toBe(true);
      }),
    );
  });
});
