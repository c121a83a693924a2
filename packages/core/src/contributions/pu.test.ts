/**
 * Proves the wage earner's (PU) contributions against every worked figure for contributions:
 * DOMAIN.md (Rp12.000.000 in June 2024: JHT 444.000 + 240.000, JP on the cap 10.042.300 →
 * 200.846 + 100.423), RULES.md E1 (JHT on Rp10.000.000), E2 (all programs, risk "sedang", with the
 * period pinned: from March 2024 JP is on the full Rp10.000.000; under the 2023 cap the JP line is
 * 191.192 + 95.596), E5 (JP at the 2026 cap: 221.726 + 110.863), and the JKP base of Rp5.000.000
 * for a Rp7.000.000 wage. It shows JKP is never billed, only booked out of JKK (and JKM under
 * PP 37/2021), and by property that parts add up, totals are the sums of the items, the JP base
 * never exceeds the cap, nothing is negative and no amount falls when the wage rises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rupiah, rupiah } from '../money/rupiah.ts';
import { ruleForPeriod } from '../rules/dated.ts';
import { JKK_RISK_GROUPS, type JkkRiskGroup } from '../rules/jkk-contribution.ts';
import { JP_WAGE_CAPS } from '../rules/jp-contribution.ts';
import type { Program } from '../rules/programs.ts';
import { type Period, period } from '../time/period.ts';
import type { PuContributions } from './breakdown.ts';
import { computeJhtContribution } from './jht.ts';
import { computePuContributions, FIRST_PU_PERIOD } from './pu.ts';

const r = (value: number | bigint): Rupiah => rupiah(value);

function pu(wage: number | bigint, p: string, jkkRiskGroup: JkkRiskGroup = 1): PuContributions {
  const result = computePuContributions({ period: period(p), wage: r(wage), jkkRiskGroup });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const line = (c: PuContributions, program: Program) => {
  const found = c.items.find((i) => i.program === program);
  if (!found) throw new Error(`no ${program}`);
  return found;
};

const shares = (c: PuContributions, program: Program) => {
  const i = line(c, program);
  return [i.employer, i.worker];
};

describe('computePuContributions: worked figures', () => {
  it('DOMAIN.md: Rp12.000.000 in June 2024', () => {
    const c = pu(12_000_000, '2024-06');
    expect(shares(c, 'JHT')).toEqual([444_000n, 240_000n]);
    expect(shares(c, 'JP')).toEqual([200_846n, 100_423n]);
    expect(line(c, 'JP')).toMatchObject({
      base: 10_042_300n,
      baseCap: 10_042_300n,
      baseCapFrom: '2024-03-01',
      employerRateBp: 200n,
      workerRateBp: 100n,
    });
  });

  it('RULES.md E1: JHT on Rp10.000.000 is 570.000 = 370.000 + 200.000', () => {
    const jht = line(pu(10_000_000, '2023-05'), 'JHT');
    expect([jht.total, jht.employer, jht.worker]).toEqual([570_000n, 370_000n, 200_000n]);
    expect(jht.source).toBe('PP 46/2015 art. 16');
  });

  it('RULES.md E2 pinned to June 2024 (cap 10.042.300 ≥ wage): the published figures', () => {
    const c = pu(10_000_000, '2024-06', 3);
    expect(line(c, 'JHT').total).toBe(570_000n);
    expect(shares(c, 'JHT')).toEqual([370_000n, 200_000n]);
    expect(line(c, 'JKK')).toMatchObject({ employerRateBp: 89n, employer: 89_000n, worker: 0n });
    expect(line(c, 'JKM')).toMatchObject({ employer: 30_000n, worker: 0n });
    expect(line(c, 'JP').total).toBe(300_000n);
    expect(shares(c, 'JP')).toEqual([200_000n, 100_000n]);
    expect(c.workerTotal).toBe(300_000n);
    expect(c.employerTotal).toBe(689_000n);
    expect(c.total).toBe(989_000n);
  });

  it('RULES.md E2 caveat: under the 2023 cap 9.559.600 the JP line is 191.192 + 95.596', () => {
    const c = pu(10_000_000, '2023-06', 3);
    expect(line(c, 'JP').base).toBe(9_559_600n);
    expect(line(c, 'JP').total).toBe(286_788n);
    expect(shares(c, 'JP')).toEqual([191_192n, 95_596n]);
  });

  it.each([11_086_300, 15_000_000])('RULES.md E5: JP at the 2026 cap, April 2026, wage %i', (wage) => {
    expect(shares(pu(wage, '2026-04'), 'JP')).toEqual([221_726n, 110_863n]);
  });

  it('DOMAIN.md JKP: a last wage of Rp7.000.000 counts as Rp5.000.000', () => {
    const jkp = line(pu(7_000_000, '2025-06'), 'JKP');
    expect(jkp.base).toBe(5_000_000n);
    expect(jkp.baseCap).toBe(5_000_000n);
  });
});

describe('computePuContributions: JKP and recomposition', () => {
  it('PP 37/2021 (June 2024): JKP 0.46% of Rp5.000.000 = 23.000, nothing billed; JKK and JKM book 7.000 and 5.000', () => {
    const c = pu(10_000_000, '2024-06', 3);
    const jkp = line(c, 'JKP');
    expect([jkp.employer, jkp.worker, jkp.total]).toEqual([0n, 0n, 0n]);
    expect(jkp.funding).toEqual({
      totalBp: 46n,
      governmentBp: 22n,
      government: 11_000n,
      fromJkkBp: 14n,
      fromJkk: 7_000n,
      fromJkmBp: 10n,
      fromJkm: 5_000n,
      total: 23_000n,
    });
    expect(line(c, 'JKK').bookedToJkp).toEqual({ rateBp: 14n, base: 5_000_000n, amount: 7_000n });
    expect(line(c, 'JKM').bookedToJkp).toEqual({ rateBp: 10n, base: 5_000_000n, amount: 5_000n });
    expect(jkp.source).toMatch(/PP 37\/2021/);
  });

  it('PP 6/2025 (from March 2025): JKP 0.36%, only JKK books to JKP; JKM is booked in full', () => {
    const c = pu(4_000_000, '2025-03', 1);
    const jkp = line(c, 'JKP');
    expect(jkp.funding).toMatchObject({
      totalBp: 36n,
      government: 8_800n,
      fromJkk: 5_600n,
      fromJkm: 0n,
      total: 14_400n,
    });
    expect(line(c, 'JKK')).toMatchObject({ employer: 9_600n, bookedToJkp: { amount: 5_600n } });
    expect(line(c, 'JKM').bookedToJkp).toBeNull();
    expect(jkp.note).toMatch(/Open point/);
    expect(jkp.source).toBe('PP 6/2025 art. 11');
  });

  it('recomposition never changes what the employer pays', () => {
    const before = pu(8_000_000, '2021-01', 4);
    const under37 = pu(8_000_000, '2021-03', 4);
    const under6 = pu(8_000_000, '2025-03', 4);
    expect(before.items.map((i) => i.program)).toEqual(['JHT', 'JP', 'JKK', 'JKM']);
    expect(line(before, 'JKK').bookedToJkp).toBeNull();
    // The JP cap is the same from March 2020 to February 2021 and again compared within each pair.
    expect(under37.employerTotal - line(under37, 'JP').employer).toBe(
      before.employerTotal - line(before, 'JP').employer,
    );
    expect(under6.employerTotal - line(under6, 'JP').employer).toBe(
      before.employerTotal - line(before, 'JP').employer,
    );
  });

  it('PP 37/2021 signed 2 Feb 2021 applies from the March 2021 period', () => {
    expect(pu(5_000_000, '2021-02').items.some((i) => i.program === 'JKP')).toBe(false);
    expect(pu(5_000_000, '2021-03').items.some((i) => i.program === 'JKP')).toBe(true);
  });
});

describe('computePuContributions: rounding, JHT reuse, explanation', () => {
  it('rounds each share half-up once, like computeJhtContribution', () => {
    const c = pu(5_067_381, '2024-01', 2);
    const jht = computeJhtContribution(r(5_067_381), period('2024-01'));
    expect(shares(c, 'JHT')).toEqual([jht.employer, jht.worker]);
    expect(shares(c, 'JP')).toEqual([101_348n, 50_674n]); // 101.347,62 and 50.673,81
    expect(line(c, 'JKK').employer).toBe(27_364n); // 27.363,86
    expect(line(c, 'JKM').employer).toBe(15_202n); // 15.202,14
    expect(c.items.every((i) => i.rounding === 'half_up')).toBe(true);
  });

  it('explains every line in Indonesian and English, with sources and the rounding', () => {
    const c = pu(12_000_000, '2024-06', 3);
    const id = c.explanation.id.join('\n');
    const en = c.explanation.en.join('\n');
    expect(id).toContain('JHT (Jaminan Hari Tua): 3,7% × Rp12.000.000 = Rp444.000 dibayar pemberi kerja');
    expect(id).toContain('batas upah JP Rp10.042.300 (berlaku sejak 1 Maret 2024)');
    expect(id).toContain('kelompok risiko III (sedang)');
    expect(id).toContain('dibukukan ke JKP');
    expect(id).toMatch(/Pembulatan: .*setengah ke atas/);
    expect(id).toContain('Sumber: PP 44/2015 art. 16(1), (3).');
    expect(en).toContain(
      'JP (pension): the wage counts up to the JP wage cap of Rp10.042.300 (in force from 1 March 2024)',
    );
    expect(en).toContain('of which Rp7.000 (0.14% × Rp5.000.000) is booked to JKP');
    expect(en).toMatch(/Monthly total: employer Rp\d/);
    expect(c.explanation.id.length).toBe(c.explanation.en.length);
  });

  it('flags nothing illustrative from July 2015 on', () => {
    expect(pu(6_000_000, '2026-04').items.some((i) => i.illustrative)).toBe(false);
    expect(pu(6_000_000, '2026-04').explanation.id.join(' ')).not.toMatch(/Ilustratif/);
  });
});

describe('computePuContributions: input errors', () => {
  it('refuses a negative wage, a period no rule covers, an unknown risk group', () => {
    expect(computePuContributions({ period: period('2024-01'), wage: r(-1), jkkRiskGroup: 1 })).toEqual({
      ok: false,
      error: 'contribution_wage_negative',
    });
    expect(computePuContributions({ period: period('2015-06'), wage: r(1), jkkRiskGroup: 1 })).toMatchObject({
      ok: false,
      error: 'contribution_period_not_covered',
    });
    expect(
      computePuContributions({ period: period('2024-01'), wage: r(1), jkkRiskGroup: 6 as JkkRiskGroup }),
    ).toMatchObject({ ok: false, error: 'jkk_risk_group_unknown', detail: '6' });
    expect(FIRST_PU_PERIOD).toBe('2015-07');
    expect(computePuContributions({ period: period('2015-07'), wage: r(1), jkkRiskGroup: 1 }).ok).toBe(true);
  });
});

describe('computePuContributions: properties', () => {
  const wageArb = fc.bigInt({ min: 0n, max: 2_000_000_000n }).map(r);
  const periodArb = fc
    .tuple(fc.integer({ min: 2015, max: 2027 }), fc.integer({ min: 1, max: 12 }))
    .filter(([y, m]) => y > 2015 || m >= 7)
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}` as Period);
  const groupArb = fc.constantFrom(...JKK_RISK_GROUPS);

  it('parts add up, totals are sums, JP base ≤ cap, nothing negative (property)', () => {
    fc.assert(
      fc.property(wageArb, periodArb, groupArb, (wage, p, g) => {
        const c = pu(wage, p, g);
        for (const i of c.items) {
          expect(i.total).toBe(i.employer + i.worker);
          expect(i.employer >= 0n && i.worker >= 0n).toBe(true);
          expect(i.base <= wage).toBe(true);
          if (i.bookedToJkp) expect(i.bookedToJkp.amount <= i.total).toBe(true);
          if (i.funding) {
            expect(i.total).toBe(0n);
            expect(i.funding.total).toBe(i.funding.government + i.funding.fromJkk + i.funding.fromJkm);
          }
        }
        expect(c.employerTotal).toBe(c.items.reduce((s, i) => s + i.employer, 0n));
        expect(c.workerTotal).toBe(c.items.reduce((s, i) => s + i.worker, 0n));
        expect(c.total).toBe(c.employerTotal + c.workerTotal);
        const jp = line(c, 'JP');
        expect(jp.base <= ruleForPeriod(JP_WAGE_CAPS, p).value.cap).toBe(true);
        expect(jp.base).toBe(wage < jp.baseCap! ? wage : jp.baseCap);
      }),
    );
  });

  it('no amount falls when the wage rises (property)', () => {
    fc.assert(
      fc.property(
        wageArb,
        fc.bigInt({ min: 0n, max: 5_000_000n }),
        periodArb,
        groupArb,
        (wage, raise, p, g) => {
          const before = pu(wage, p, g);
          const after = pu(wage + raise, p, g);
          before.items.forEach((i, k) => {
            const j = after.items[k]!;
            expect(j.program).toBe(i.program);
            expect(j.employer >= i.employer && j.worker >= i.worker).toBe(true);
            expect((j.bookedToJkp?.amount ?? 0n) >= (i.bookedToJkp?.amount ?? 0n)).toBe(true);
          });
          expect(after.total >= before.total).toBe(true);
        },
      ),
    );
  });
});
