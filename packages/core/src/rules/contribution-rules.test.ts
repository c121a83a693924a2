/**
 * Proves the contribution rule tables say what RULES.md §1–2 says: JP 2% + 1% and the JP wage cap
 * chain (each year's cap derived from the previous one and the GDP growth, rounded down to Rp100,
 * equals the table — RULES.md E3, E4), JKK by risk group, JKM, the JKP funding whose parts add up,
 * the late-payment fine per program with its source, the BPU rates and brackets (sourced ends, the
 * rest illustrative), and three years of national holidays.
 */
import { describe, expect, it } from 'vitest';
import { rupiah } from '../money/rupiah.ts';
import { weekdayOf } from '../time/calendar.ts';
import { BPU_CONTRIBUTION_RATES } from './bpu-contribution.ts';
import { BPU_INCOME_BRACKETS } from './bpu-income-brackets.ts';
import { BPU_PAYMENT_RULES } from './bpu-payment.ts';
import { CONTRIBUTION_DUE_DATES } from './contribution-due-date.ts';
import { ruleAt, ruleForPeriod } from './dated.ts';
import { JKK_CONTRIBUTION_RATES } from './jkk-contribution.ts';
import { JKM_CONTRIBUTION_RATES } from './jkm-contribution.ts';
import { JKP_FUNDING } from './jkp-funding.ts';
import { JP_CONTRIBUTION_RATES, JP_WAGE_CAPS, nextJpWageCap } from './jp-contribution.ts';
import { LATE_PAYMENT_PENALTIES } from './late-payment-penalty.ts';
import { NATIONAL_HOLIDAYS, nationalHolidaysOf } from './national-holidays.ts';

describe('JP', () => {
  it('is 2% employer and 1% worker (PP 45/2015 art. 28)', () => {
    const rule = ruleForPeriod(JP_CONTRIBUTION_RATES, '2026-04');
    expect(rule.value).toEqual({ employerBp: 200n, workerBp: 100n });
    expect(rule.source).toMatch(/PP 45\/2015 art\. 28/);
  });

  it.each([
    ['RULES.md E3: 2020 cap', 8_512_400, 502, 8_939_700n],
    ['RULES.md E4: 2022 cap', 8_754_600, 369, 9_077_600n],
    ['the 2021 fall', 8_939_700, -207, 8_754_600n],
  ])('%s', (_, previous, growth, expected) => {
    expect(nextJpWageCap(rupiah(previous), growth)).toBe(expected);
  });

  it('derives every cap from the previous one and the GDP growth, rounded down to Rp100', () => {
    const caps = JP_WAGE_CAPS.map((r) => [r.validFrom, r.value.cap]);
    expect(caps).toEqual([
      ['2015-07-01', 7_000_000n],
      ['2016-03-01', 7_335_300n],
      ['2017-03-01', 7_703_500n],
      ['2018-03-01', 8_094_000n],
      ['2019-03-01', 8_512_400n],
      ['2020-03-01', 8_939_700n],
      ['2021-03-01', 8_754_600n],
      ['2022-03-01', 9_077_600n],
      ['2023-03-01', 9_559_600n],
      ['2024-03-01', 10_042_300n],
      ['2025-03-01', 10_547_400n],
      ['2026-03-01', 11_086_300n],
    ]);
    for (let i = 1; i < JP_WAGE_CAPS.length; i++) {
      const entry = JP_WAGE_CAPS[i]!;
      expect(entry.value.gdpGrowthBp).toBeTypeOf('number');
      expect(nextJpWageCap(JP_WAGE_CAPS[i - 1]!.value.cap, entry.value.gdpGrowthBp!)).toBe(entry.value.cap);
      expect(entry.value.cap % 100n).toBe(0n);
    }
  });

  it('applies a new cap from March; January and February keep the previous one', () => {
    expect(ruleForPeriod(JP_WAGE_CAPS, '2026-02').value.cap).toBe(10_547_400n);
    expect(ruleForPeriod(JP_WAGE_CAPS, '2026-03').value.cap).toBe(11_086_300n);
    expect(ruleForPeriod(JP_WAGE_CAPS, '2024-06').value.cap).toBe(10_042_300n);
  });

  it('says honestly which caps are derived or third-party only', () => {
    for (const from of ['2021-03-01', '2025-03-01', '2026-03-01']) {
      const rule = ruleAt(JP_WAGE_CAPS, from);
      expect(rule.source).toMatch(/\[D\]/);
      expect(rule.note).toMatch(/[Dd]erived/);
    }
    expect(ruleAt(JP_WAGE_CAPS, '2025-03-01').source).toMatch(/\[T\]/);
    expect(ruleAt(JP_WAGE_CAPS, '2026-03-01').source).toMatch(/\[T\]/);
  });
});

describe('JKK, JKM', () => {
  it('has the five risk groups of PP 44/2015 art. 16 and JKM 0.30% (art. 18)', () => {
    expect(ruleForPeriod(JKK_CONTRIBUTION_RATES, '2024-01').value.byRiskGroupBp).toEqual({
      1: 24n,
      2: 54n,
      3: 89n,
      4: 127n,
      5: 174n,
    });
    expect(ruleForPeriod(JKM_CONTRIBUTION_RATES, '2024-01').value.employerBp).toBe(30n);
    expect(ruleForPeriod(JKM_CONTRIBUTION_RATES, '2024-01').source).toBe('PP 44/2015 art. 18');
  });
});

describe('JKP funding', () => {
  it('does not exist before PP 37/2021, which applies from the March 2021 period', () => {
    expect(ruleForPeriod(JKP_FUNDING, '2021-02').value).toBeNull();
    expect(ruleForPeriod(JKP_FUNDING, '2021-03').value?.totalBp).toBe(46n);
  });

  it.each([
    ['2024-06', 46n, 22n, 14n, 10n, 'PP 37/2021'],
    ['2025-03', 36n, 22n, 14n, 0n, 'PP 6/2025'],
  ])('%s: %s bp = government + from JKK + from JKM', (p, total, government, fromJkk, fromJkm, source) => {
    const rule = ruleForPeriod(JKP_FUNDING, p);
    const v = rule.value!;
    expect([v.totalBp, v.governmentBp, v.fromJkkBp, v.fromJkmBp]).toEqual([
      total,
      government,
      fromJkk,
      fromJkm,
    ]);
    expect(v.governmentBp + v.fromJkkBp + v.fromJkmBp).toBe(v.totalBp);
    expect(v.wageCap).toBe(5_000_000n);
    expect(rule.source).toMatch(source);
  });

  it('names the open point about JKM after PP 6/2025', () => {
    expect(ruleAt(JKP_FUNDING, '2025-02-07').note).toMatch(/Open point.*§10\.2/);
  });

  it('never books more than the smallest JKK or the JKM rate', () => {
    for (const rule of JKP_FUNDING) {
      if (!rule.value) continue;
      expect(rule.value.fromJkkBp <= 24n).toBe(true);
      expect(rule.value.fromJkmBp <= 30n).toBe(true);
    }
  });
});

describe('due dates and fines', () => {
  it('is the 15th of the next month (PU) or of the same month (BPU)', () => {
    expect(ruleForPeriod(CONTRIBUTION_DUE_DATES, '2024-01').value).toEqual({
      pu: { monthsAfterPeriod: 1, day: 15 },
      bpu: { monthsAfterPeriod: 0, day: 15 },
    });
  });

  it('fines 2% a month on JKK, JKM, JP and JHT, with the weaker JHT source said', () => {
    const byProgram = ruleForPeriod(LATE_PAYMENT_PENALTIES, '2024-01').value.byProgram;
    expect(Object.keys(byProgram).sort()).toEqual(['JHT', 'JKK', 'JKM', 'JP']);
    for (const v of Object.values(byProgram)) expect(v.rateBpPerMonth).toBe(200n);
    expect(byProgram.JKK.source).toMatch(/PP 44\/2015 art\. 22/);
    expect(byProgram.JP.source).toMatch(/PP 45\/2015 art\. 31/);
    expect(byProgram.JHT.source).toMatch(/\[M\].*not read/);
  });
});

describe('BPU', () => {
  it('is JKK 1%, JKM Rp6.800, JHT 2%; cover lapses after 3 unpaid months, no fine', () => {
    const rates = ruleForPeriod(BPU_CONTRIBUTION_RATES, '2024-01').value;
    expect([rates.jkk.rateBp, rates.jkm.flat, rates.jht.rateBp]).toEqual([100n, 6_800n, 200n]);
    expect(rates.jkm.source).toBe('PP 44/2015 art. 20(3)');
    expect(ruleForPeriod(BPU_PAYMENT_RULES, '2024-01').value).toEqual({
      latePenalty: false,
      lapseAfterUnpaidMonths: 3,
    });
  });

  it('marks the rates carried back before PP 44/2015 illustrative', () => {
    const old = ruleForPeriod(BPU_CONTRIBUTION_RATES, '2015-06');
    expect(old.illustrative).toBe(true);
    expect(old.value.jht.rateBp).toBe(200n);
    expect(ruleForPeriod(BPU_CONTRIBUTION_RATES, '2015-07').illustrative).toBeUndefined();
  });

  it('has sourced ends (Rp1.000.000 and Rp20.700.000, JKK Rp207.000) and illustrative brackets between', () => {
    const { brackets } = ruleForPeriod(BPU_INCOME_BRACKETS, '2024-01').value;
    expect(brackets[0]).toEqual({ income: 1_000_000n, illustrative: false });
    expect(brackets.at(-1)).toEqual({ income: 20_700_000n, illustrative: false });
    expect(brackets.at(-1)!.income / 100n).toBe(207_000n);
    expect(brackets.length).toBe(41);
    expect(brackets.slice(1, -1).every((b) => b.illustrative && b.income % 500_000n === 0n)).toBe(true);
    for (let i = 1; i < brackets.length; i++)
      expect(brackets[i]!.income > brackets[i - 1]!.income).toBe(true);
  });

  it('has no brackets before PP 82/2019', () => {
    expect(() => ruleForPeriod(BPU_INCOME_BRACKETS, '2019-12')).toThrow(/no rule in force/);
    expect(ruleForPeriod(BPU_INCOME_BRACKETS, '2020-01').validFrom).toBe('2019-12-02');
  });
});

describe('national holidays', () => {
  it('lists 17 national holidays for each of 2024, 2025 and 2026, with a source', () => {
    expect(NATIONAL_HOLIDAYS.map((r) => r.value.year)).toEqual([2024, 2025, 2026]);
    for (const rule of NATIONAL_HOLIDAYS) {
      const dates = rule.value.holidays.map((h) => h.date);
      expect(dates.length).toBe(17);
      expect(new Set(dates).size).toBe(17);
      expect(dates.every((d) => d.startsWith(String(rule.value.year)))).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      expect(rule.source).toMatch(/SKB/);
      expect(rule.illustrative).toBeUndefined();
    }
  });

  it('agrees with the weekdays the sources print', () => {
    expect(weekdayOf('2024-02-10')).toBe(6); // "10 Februari (Sabtu)"
    expect(weekdayOf('2025-03-29')).toBe(6); // "29 Maret (Sabtu)" Nyepi
    expect(weekdayOf('2026-03-21')).toBe(6); // "Sabtu, 21 Maret" Idulfitri
    expect(weekdayOf('2026-08-17')).toBe(1); // "Senin, 17 Agustus"
  });

  it('knows no list for other years', () => {
    expect(nationalHolidaysOf(2023)).toBeUndefined();
    expect(nationalHolidaysOf(2027)).toBeUndefined();
    expect(nationalHolidaysOf(2025)?.value.holidays[0]?.name).toMatch(/Tahun Baru/);
  });
});
