/**
 * Proves the simulation entry point the API and the PWA share: periods more than 12 months after
 * today are refused, PU and BPU go to their computations, the wire form carries money as digit
 * strings and parses back into the contract schema, and the rules in force for a period list every
 * table with its source and illustrative flag.
 */
import { describe, expect, it } from 'vitest';
import { ContributionRulesResponse, ContributionSimulationResponse } from '../contracts/simulations.ts';
import { rupiah } from '../money/rupiah.ts';
import { calendarDate, period } from '../time/period.ts';
import { contributionRulesInForce, simulateContributions, toSimulationResponse } from './simulate.ts';

const today = calendarDate('2026-11-23');

describe('simulateContributions', () => {
  it('accepts up to 12 months ahead and refuses more', () => {
    const pu = (p: string) =>
      simulateContributions(
        { segment: 'PU', period: period(p), wage: rupiah(5_000_000), jkkRiskGroup: 1 },
        { today },
      );
    expect(pu('2027-11').ok).toBe(true);
    expect(pu('2027-12')).toEqual({
      ok: false,
      error: 'contribution_period_too_far_ahead',
      detail: '2027-12',
    });
    expect(pu('2016-01').ok).toBe(true);
  });

  it('presents PU money as digit strings that parse as the contract', () => {
    const result = simulateContributions(
      { segment: 'PU', period: period('2024-06'), wage: rupiah(12_000_000), jkkRiskGroup: 3 },
      { today },
    );
    if (!result.ok) throw new Error(result.error);
    const wire = toSimulationResponse(result.value);
    expect(ContributionSimulationResponse.parse(wire)).toEqual(wire);
    expect(wire).toMatchObject({
      segment: 'PU',
      wage: '12000000',
      jkkRiskGroup: 3,
      declaredIncome: null,
      employerTotal: '787646',
      workerTotal: '340423',
      total: '1128069',
    });
    expect(wire.items.map((i) => [i.program, i.employer, i.worker])).toEqual([
      ['JHT', '444000', '240000'],
      ['JP', '200846', '100423'],
      ['JKK', '106800', '0'],
      ['JKM', '36000', '0'],
      ['JKP', '0', '0'],
    ]);
    expect(wire.items[2]!.bookedToJkp).toEqual({ rateBp: 14, base: '5000000', amount: '7000' });
    expect(JSON.parse(JSON.stringify(wire))).toEqual(wire);
  });

  it('presents BPU with its nearest brackets on a wrong income', () => {
    const ok = simulateContributions(
      {
        segment: 'BPU',
        period: period('2026-11'),
        declaredIncome: rupiah(1_000_000),
        programs: ['JKK', 'JKM'],
      },
      { today },
    );
    if (!ok.ok) throw new Error(ok.error);
    expect(toSimulationResponse(ok.value)).toMatchObject({
      segment: 'BPU',
      declaredIncome: '1000000',
      wage: null,
      total: '16800',
    });
    const wrong = simulateContributions(
      {
        segment: 'BPU',
        period: period('2026-11'),
        declaredIncome: rupiah(1_200_000),
        programs: ['JKK', 'JKM'],
      },
      { today },
    );
    expect(wrong).toMatchObject({
      ok: false,
      error: 'bpu_income_not_a_bracket',
      nearest: { below: 1_000_000n, above: 1_500_000n },
    });
  });
});

describe('contributionRulesInForce', () => {
  it('lists every table in force with values and sources, parsing as the contract', () => {
    const rules = contributionRulesInForce(period('2026-04'));
    expect(ContributionRulesResponse.parse(rules)).toEqual(rules);
    const byKey = Object.fromEntries(rules.rules.map((r) => [r.key, r]));
    expect(Object.keys(byKey)).toEqual([
      'jht_rates',
      'jp_rates',
      'jp_wage_cap',
      'jkk_rates',
      'jkm_rate',
      'jkp_funding',
      'due_dates',
      'late_payment_penalty',
      'bpu_rates',
      'bpu_income_brackets',
      'bpu_payment',
    ]);
    expect(byKey.jp_wage_cap).toMatchObject({ validFrom: '2026-03-01', amounts: { cap: '11086300' } });
    expect(byKey.jkk_rates?.ratesBp).toEqual({
      group_1: 24,
      group_2: 54,
      group_3: 89,
      group_4: 127,
      group_5: 174,
    });
    expect(byKey.jkp_funding).toMatchObject({
      ratesBp: { total: 36, fromJkm: 0 },
      source: 'PP 6/2025 art. 11',
    });
    expect(byKey.bpu_income_brackets?.brackets?.[0]).toEqual({ income: '1000000', illustrative: false });
    expect(byKey.bpu_payment?.numbers).toEqual({ lapseAfterUnpaidMonths: 3 });
  });

  it('leaves out tables that do not cover the period', () => {
    const keys = contributionRulesInForce(period('2016-01')).rules.map((r) => r.key);
    expect(keys).not.toContain('bpu_income_brackets');
    expect(keys).toContain('jkp_funding');
  });
});
