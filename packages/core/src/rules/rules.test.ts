/**
 * Proves the JHT rule tables say what the regulations and published figures say: 3.7% + 2% from
 * July 2015 (PP 46/2015 art. 16), and development-return rates for every year 2015–2026 where only
 * 2016 (7.19%) and 2020 (5.63%) are sourced and every other year is marked illustrative.
 */
import { describe, expect, it } from 'vitest';
import { ruleAt } from './dated.ts';
import { developmentReturnRateForYear, JHT_DEVELOPMENT_RETURN_RATES } from './development-return.ts';
import { JHT_CONTRIBUTION_RATES } from './jht-contribution.ts';

describe('JHT_CONTRIBUTION_RATES', () => {
  it('is 3.7% employer and 2% worker under PP 46/2015 from July 2015', () => {
    const rule = ruleAt(JHT_CONTRIBUTION_RATES, '2024-06-01');
    expect(rule.value).toEqual({ employerBp: 370n, workerBp: 200n });
    expect(rule.source).toBe('PP 46/2015 art. 16');
    expect(rule.validFrom).toBe('2015-07-01');
    expect(rule.illustrative).toBeUndefined();
  });

  it('marks the Jamsostek-era entry illustrative', () => {
    expect(ruleAt(JHT_CONTRIBUTION_RATES, '2015-06-30').illustrative).toBe(true);
  });
});

describe('JHT_DEVELOPMENT_RETURN_RATES', () => {
  it.each([
    [2016, 719n, 488n],
    [2020, 563n, 387n],
  ])('%i is the published rate', (year, rateBp, depositBenchmarkBp) => {
    const rule = developmentReturnRateForYear(year);
    expect(rule.value).toEqual({ rateBp, depositBenchmarkBp });
    expect(rule.illustrative).toBeUndefined();
    expect(rule.source.length).toBeGreaterThan(10);
  });

  it('has one entry per year 2015–2026, every unsourced one illustrative', () => {
    const years = JHT_DEVELOPMENT_RETURN_RATES.map((r) => Number(r.validFrom.slice(0, 4)));
    expect(years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const rule of JHT_DEVELOPMENT_RETURN_RATES) {
      expect(rule.validFrom.slice(4)).toBe('-01-01');
      const year = Number(rule.validFrom.slice(0, 4));
      expect(rule.illustrative === true).toBe(year !== 2016 && year !== 2020);
      expect(developmentReturnRateForYear(year)).toBe(rule);
      // plausible: between 3% and 10% a year
      expect(rule.value.rateBp >= 300n && rule.value.rateBp <= 1000n).toBe(true);
      if (rule.value.depositBenchmarkBp !== undefined) {
        expect(rule.value.rateBp > rule.value.depositBenchmarkBp).toBe(true);
      }
    }
  });

  it('has no rate before 2015, and carries the last rate forward', () => {
    expect(() => developmentReturnRateForYear(2014)).toThrow(/no rule in force/);
    expect(developmentReturnRateForYear(2030).validFrom).toBe('2026-01-01');
    expect(() => developmentReturnRateForYear(2020.5)).toThrow(/bad year/);
  });
});
