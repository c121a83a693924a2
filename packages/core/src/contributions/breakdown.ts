/**
 * The shape every contribution computation returns: line items per program (who pays what, on which
 * base, at which rate, under which dated rule and source), the totals, and the explanation in
 * Indonesian and English, so a member can follow the maths (DESIGN.md §4).
 */
import { type BasisPoints, type Rupiah, sum } from '../money/rupiah.ts';
import { assert } from '../result.ts';
import type { DatedRule } from '../rules/dated.ts';
import type { Program } from '../rules/programs.ts';
import { addMonths, type CalendarDate, type Period, periodOfDate } from '../time/period.ts';

/** The share of a JKK or JKM contribution that recomposition books to JKP (not an extra payment). */
export type BookedToJkp = {
  readonly rateBp: BasisPoints;
  /** The wage up to the JKP wage cap. */
  readonly base: Rupiah;
  readonly amount: Rupiah;
};

/** Where a JKP contribution comes from: nobody is billed for it. */
export type JkpFundingParts = {
  readonly totalBp: BasisPoints;
  readonly governmentBp: BasisPoints;
  readonly government: Rupiah;
  readonly fromJkkBp: BasisPoints;
  readonly fromJkk: Rupiah;
  readonly fromJkmBp: BasisPoints;
  readonly fromJkm: Rupiah;
  readonly total: Rupiah;
};

export type ContributionItem = {
  readonly program: Program;
  /** What the rates apply to: the wage (or declared income), capped where the program has a cap. */
  readonly base: Rupiah;
  /** The cap applied to the wage, when the program has one, and the day that cap took effect. */
  readonly baseCap: Rupiah | null;
  readonly baseCapFrom: CalendarDate | null;
  /** Null when the party pays no rate on this program (BPU employer; flat amounts). */
  readonly employerRateBp: BasisPoints | null;
  readonly workerRateBp: BasisPoints | null;
  /** A fixed monthly amount instead of a rate (BPU JKM). */
  readonly flatAmount: Rupiah | null;
  readonly employer: Rupiah;
  readonly worker: Rupiah;
  /** employer + worker: what is billed for this program. */
  readonly total: Rupiah;
  /** Each party's amount is rounded half-up to the whole rupiah, once. */
  readonly rounding: 'half_up';
  /** First day of the rule entry used. */
  readonly validFrom: CalendarDate;
  readonly source: string;
  readonly note: string;
  readonly illustrative: boolean;
  /** JKK and JKM under recomposition: how much of `total` is booked to JKP. */
  readonly bookedToJkp: BookedToJkp | null;
  /** JKP only: its funding (government and recomposition); `total` stays 0. */
  readonly funding: JkpFundingParts | null;
};

export type Explanation = { readonly id: readonly string[]; readonly en: readonly string[] };

type Totals = {
  readonly items: readonly ContributionItem[];
  readonly employerTotal: Rupiah;
  readonly workerTotal: Rupiah;
  readonly total: Rupiah;
  readonly explanation: Explanation;
};

export type PuContributions = Totals & {
  readonly segment: 'PU';
  readonly period: Period;
  /** The monthly wage reported (basic wage + fixed allowances). */
  readonly wage: Rupiah;
  readonly jkkRiskGroup: number;
};

export type BpuContributions = Totals & {
  readonly segment: 'BPU';
  readonly period: Period;
  /** The income bracket the member declared. */
  readonly declaredIncome: Rupiah;
};

export type ContributionBreakdown = PuContributions | BpuContributions;

/** An item from its parts, checking the invariants every item keeps. */
export function item(
  fields: Omit<ContributionItem, 'total' | 'rounding' | 'validFrom' | 'source' | 'note' | 'illustrative'> & {
    readonly rule: DatedRule<unknown>;
    readonly source?: string;
    readonly note?: string;
    readonly illustrative?: boolean;
  },
): ContributionItem {
  const { rule, source, note, illustrative, ...rest } = fields;
  assert(rest.employer >= 0n && rest.worker >= 0n, `negative share on ${rest.program}`);
  if (rest.bookedToJkp)
    assert(rest.bookedToJkp.amount <= rest.employer + rest.worker, 'booked beyond the bill');
  return {
    ...rest,
    total: sum([rest.employer, rest.worker]),
    rounding: 'half_up',
    validFrom: rule.validFrom,
    source: source ?? rule.source,
    note: note ?? rule.note,
    illustrative: illustrative ?? rule.illustrative === true,
  };
}

export function totalsOf(items: readonly ContributionItem[]) {
  return {
    employerTotal: sum(items.map((i) => i.employer)),
    workerTotal: sum(items.map((i) => i.worker)),
    total: sum(items.map((i) => i.total)),
  };
}

/** Does the table have an entry in force on the first day of the period? */
export function covers(table: readonly DatedRule<unknown>[], p: Period): boolean {
  const first = table[0];
  return first !== undefined && first.validFrom <= `${p}-01`;
}

/**
 * The first period a table covers: the month of its first entry, or the next month when the entry
 * starts after the 1st (`ruleForPeriod` reads the rule in force on the first day of the period).
 */
export function firstCoveredPeriod(table: readonly DatedRule<unknown>[]): Period {
  const from = table[0]!.validFrom;
  const p = periodOfDate(from);
  return from.endsWith('-01') ? p : addMonths(p, 1);
}

/** The first period that all the tables cover. */
export function firstPeriodCoveredByAll(tables: readonly (readonly DatedRule<unknown>[])[]): Period {
  return tables.map(firstCoveredPeriod).sort().at(-1)!;
}
