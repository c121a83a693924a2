/**
 * JHT contribution of a wage earner (PU) for one monthly period: 3.7% employer + 2% worker of the
 * whole reported wage, no cap (PP 46/2015 art. 16; rates in `rules/jht-contribution.ts`).
 *
 * Rounding is not set by the regulation. We round each party's amount half-up to the whole rupiah,
 * once, and the total is the sum of the two rounded amounts — so what the employer and the worker
 * each pay always adds up to the total billed. (Rounding 5.7% of the wage directly could differ from
 * that sum by Rp1.)
 */
import { add, applyRate, type BasisPoints, type Rupiah } from '../money/rupiah.ts';
import { assert } from '../result.ts';
import { ruleForPeriod } from '../rules/dated.ts';
import { JHT_CONTRIBUTION_RATES } from '../rules/jht-contribution.ts';
import type { CalendarDate, Period } from '../time/period.ts';

export type ContributionParty = 'employer' | 'worker';

export type ContributionLine = {
  readonly party: ContributionParty;
  readonly program: 'JHT';
  /** The wage the rate applies to. */
  readonly base: Rupiah;
  readonly rateBp: BasisPoints;
  readonly amount: Rupiah;
  readonly rounding: 'half_up';
  /** Legal source of the rate. */
  readonly source: string;
};

export type JhtContribution = {
  readonly program: 'JHT';
  readonly period: Period;
  readonly wage: Rupiah;
  readonly employer: Rupiah;
  readonly worker: Rupiah;
  readonly total: Rupiah;
  readonly lines: readonly [ContributionLine, ContributionLine];
  /** The rate entry used: in force on the first day of the period. */
  readonly rule: {
    readonly validFrom: CalendarDate;
    readonly source: string;
    readonly note: string;
    readonly illustrative: boolean;
  };
};

export function computeJhtContribution(wage: Rupiah, period: Period): JhtContribution {
  assert(wage >= 0n, `wage cannot be negative: ${wage}`);
  const rule = ruleForPeriod(JHT_CONTRIBUTION_RATES, period);
  const line = (party: ContributionParty, rateBp: BasisPoints): ContributionLine => ({
    party,
    program: 'JHT',
    base: wage,
    rateBp,
    amount: applyRate(wage, rateBp, 'half_up'),
    rounding: 'half_up',
    source: rule.source,
  });
  const employerLine = line('employer', rule.value.employerBp);
  const workerLine = line('worker', rule.value.workerBp);
  return {
    program: 'JHT',
    period,
    wage,
    employer: employerLine.amount,
    worker: workerLine.amount,
    total: add(employerLine.amount, workerLine.amount),
    lines: [employerLine, workerLine],
    rule: {
      validFrom: rule.validFrom,
      source: rule.source,
      note: rule.note,
      illustrative: rule.illustrative === true,
    },
  };
}
