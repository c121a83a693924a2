/**
 * The contribution simulation (Simulasi Iuran) as one pure entry point, shared by the public API and
 * the PWA (which runs it offline), so both always give the same answer: check the period against
 * "today", compute PU or BPU contributions, and present the result in the wire shape
 * (`contracts/simulations.ts`, money as digit strings). Also the list of rules in force for a period.
 */
import type {
  ContributionRulesResponse,
  ContributionSimulationResponse,
  RuleInForce,
} from '../contracts/simulations.ts';
import { type Rupiah, toWire } from '../money/rupiah.ts';
import { err } from '../result.ts';
import { BPU_CONTRIBUTION_RATES } from '../rules/bpu-contribution.ts';
import { BPU_INCOME_BRACKETS } from '../rules/bpu-income-brackets.ts';
import { BPU_PAYMENT_RULES } from '../rules/bpu-payment.ts';
import { CONTRIBUTION_DUE_DATES } from '../rules/contribution-due-date.ts';
import { type DatedRule, type RuleTable, ruleForPeriod } from '../rules/dated.ts';
import { JHT_CONTRIBUTION_RATES } from '../rules/jht-contribution.ts';
import { JKK_CONTRIBUTION_RATES, type JkkRiskGroup } from '../rules/jkk-contribution.ts';
import { JKM_CONTRIBUTION_RATES } from '../rules/jkm-contribution.ts';
import { JKP_FUNDING } from '../rules/jkp-funding.ts';
import { JP_CONTRIBUTION_RATES, JP_WAGE_CAPS } from '../rules/jp-contribution.ts';
import { LATE_PAYMENT_PENALTIES } from '../rules/late-payment-penalty.ts';
import type { Program } from '../rules/programs.ts';
import { type CalendarDate, monthsBetween, type Period, periodOfDate } from '../time/period.ts';
import { type BpuContributionError, computeBpuContributions, type NearestBrackets } from './bpu.ts';
import type { ContributionBreakdown, ContributionItem } from './breakdown.ts';
import { covers } from './breakdown.ts';
import { computePuContributions, type PuContributionError } from './pu.ts';

/** Rules change every year (the JP cap each March): simulating further ahead would mislead. */
export const SIMULATION_MAX_MONTHS_AHEAD = 12;

export type SimulationInput =
  | {
      readonly segment: 'PU';
      readonly period: Period;
      readonly wage: Rupiah;
      readonly jkkRiskGroup: JkkRiskGroup;
    }
  | {
      readonly segment: 'BPU';
      readonly period: Period;
      readonly declaredIncome: Rupiah;
      readonly programs: readonly Program[];
    };

export type SimulationErrorCode =
  | PuContributionError
  | BpuContributionError['error']
  | 'contribution_period_too_far_ahead';

export type SimulationError = {
  readonly ok: false;
  readonly error: SimulationErrorCode;
  readonly detail?: string;
  /** For `bpu_income_not_a_bracket`: the closest incomes that may be declared. */
  readonly nearest?: NearestBrackets;
};

export type SimulationResult = { readonly ok: true; readonly value: ContributionBreakdown } | SimulationError;

/** `today` is the caller's business date (Asia/Jakarta on the server, the phone's date in the PWA). */
export function simulateContributions(
  input: SimulationInput,
  context: { today: CalendarDate },
): SimulationResult {
  const ahead = monthsBetween(periodOfDate(context.today), input.period);
  if (ahead > SIMULATION_MAX_MONTHS_AHEAD) {
    return err('contribution_period_too_far_ahead', input.period);
  }
  if (input.segment === 'PU') {
    return computePuContributions({
      period: input.period,
      wage: input.wage,
      jkkRiskGroup: input.jkkRiskGroup,
    });
  }
  return computeBpuContributions({
    period: input.period,
    declaredIncome: input.declaredIncome,
    programs: input.programs,
  });
}

const wireItem = (i: ContributionItem): ContributionSimulationResponse['items'][number] => ({
  program: i.program,
  base: toWire(i.base),
  baseCap: i.baseCap === null ? null : toWire(i.baseCap),
  baseCapFrom: i.baseCapFrom,
  employerRateBp: i.employerRateBp === null ? null : Number(i.employerRateBp),
  workerRateBp: i.workerRateBp === null ? null : Number(i.workerRateBp),
  flatAmount: i.flatAmount === null ? null : toWire(i.flatAmount),
  employer: toWire(i.employer),
  worker: toWire(i.worker),
  total: toWire(i.total),
  rounding: i.rounding,
  validFrom: i.validFrom,
  source: i.source,
  note: i.note,
  illustrative: i.illustrative,
  bookedToJkp: i.bookedToJkp
    ? {
        rateBp: Number(i.bookedToJkp.rateBp),
        base: toWire(i.bookedToJkp.base),
        amount: toWire(i.bookedToJkp.amount),
      }
    : null,
  funding: i.funding
    ? {
        totalBp: Number(i.funding.totalBp),
        governmentBp: Number(i.funding.governmentBp),
        government: toWire(i.funding.government),
        fromJkkBp: Number(i.funding.fromJkkBp),
        fromJkk: toWire(i.funding.fromJkk),
        fromJkmBp: Number(i.funding.fromJkmBp),
        fromJkm: toWire(i.funding.fromJkm),
        total: toWire(i.funding.total),
      }
    : null,
});

/** The wire form of a computation: what the API answers and what the PWA shows. */
export function toSimulationResponse(b: ContributionBreakdown): ContributionSimulationResponse {
  return {
    segment: b.segment,
    period: b.period,
    wage: b.segment === 'PU' ? toWire(b.wage) : null,
    jkkRiskGroup: b.segment === 'PU' ? b.jkkRiskGroup : null,
    declaredIncome: b.segment === 'BPU' ? toWire(b.declaredIncome) : null,
    items: b.items.map(wireItem),
    employerTotal: toWire(b.employerTotal),
    workerTotal: toWire(b.workerTotal),
    total: toWire(b.total),
    explanation: { id: [...b.explanation.id], en: [...b.explanation.en] },
  };
}

function describe<T>(
  key: string,
  table: RuleTable<T>,
  p: Period,
  values: (rule: DatedRule<T>) => Pick<RuleInForce, 'ratesBp' | 'amounts' | 'brackets' | 'numbers'>,
): RuleInForce | null {
  if (!covers(table, p)) return null;
  const rule = ruleForPeriod(table, p);
  return {
    key,
    validFrom: rule.validFrom,
    source: rule.source,
    note: rule.note,
    illustrative: rule.illustrative === true,
    ...values(rule),
  };
}

/** Every contribution rule in force for the period, with its values, source and illustrative flag. */
export function contributionRulesInForce(p: Period): ContributionRulesResponse {
  const rules = [
    describe('jht_rates', JHT_CONTRIBUTION_RATES, p, (r) => ({
      ratesBp: { employer: Number(r.value.employerBp), worker: Number(r.value.workerBp) },
    })),
    describe('jp_rates', JP_CONTRIBUTION_RATES, p, (r) => ({
      ratesBp: { employer: Number(r.value.employerBp), worker: Number(r.value.workerBp) },
    })),
    describe('jp_wage_cap', JP_WAGE_CAPS, p, (r) => ({ amounts: { cap: toWire(r.value.cap) } })),
    describe('jkk_rates', JKK_CONTRIBUTION_RATES, p, (r) => ({
      ratesBp: Object.fromEntries(
        Object.entries(r.value.byRiskGroupBp).map(([g, bp]) => [`group_${g}`, Number(bp)]),
      ),
    })),
    describe('jkm_rate', JKM_CONTRIBUTION_RATES, p, (r) => ({
      ratesBp: { employer: Number(r.value.employerBp) },
    })),
    describe('jkp_funding', JKP_FUNDING, p, (r) =>
      r.value
        ? {
            ratesBp: {
              total: Number(r.value.totalBp),
              government: Number(r.value.governmentBp),
              fromJkk: Number(r.value.fromJkkBp),
              fromJkm: Number(r.value.fromJkmBp),
            },
            amounts: { wageCap: toWire(r.value.wageCap) },
          }
        : {},
    ),
    describe('due_dates', CONTRIBUTION_DUE_DATES, p, (r) => ({
      numbers: {
        puMonthsAfterPeriod: r.value.pu.monthsAfterPeriod,
        puDay: r.value.pu.day,
        bpuMonthsAfterPeriod: r.value.bpu.monthsAfterPeriod,
        bpuDay: r.value.bpu.day,
      },
    })),
    describe('late_payment_penalty', LATE_PAYMENT_PENALTIES, p, (r) => ({
      ratesBp: Object.fromEntries(
        Object.entries(r.value.byProgram).map(([program, v]) => [program, Number(v.rateBpPerMonth)]),
      ),
    })),
    describe('bpu_rates', BPU_CONTRIBUTION_RATES, p, (r) => ({
      ratesBp: { JKK: Number(r.value.jkk.rateBp), JHT: Number(r.value.jht.rateBp) },
      amounts: { JKM: toWire(r.value.jkm.flat) },
    })),
    describe('bpu_income_brackets', BPU_INCOME_BRACKETS, p, (r) => ({
      brackets: r.value.brackets.map((b) => ({ income: toWire(b.income), illustrative: b.illustrative })),
    })),
    describe('bpu_payment', BPU_PAYMENT_RULES, p, (r) => ({
      numbers: { lapseAfterUnpaidMonths: r.value.lapseAfterUnpaidMonths },
    })),
  ];
  return { period: p, rules: rules.filter((r): r is RuleInForce => r !== null) };
}
