/**
 * A card's yearly statement, month by month, from the ledger's monthly movements. Months are
 * calendar months of the posting date (when money reached the account); the reported wage and
 * payment date shown for a month are those of the contributions paid in it.
 */
import { add, type Rupiah, sum } from '../money/rupiah.ts';
import { type CalendarDate, type Period, periodOf, periodParts } from '../time/period.ts';

export type MovementKind = 'contribution' | 'development_return' | 'transfer' | 'reversal';

export interface Movement {
  period: Period;
  kind: MovementKind;
  amount: Rupiah;
}

export interface ContributionPaid {
  period: Period;
  reportedWage: Rupiah;
  paidOn: CalendarDate;
}

export interface StatementLine {
  period: Period;
  opening: Rupiah;
  contributions: Rupiah;
  developmentReturn: Rupiah;
  /** Transfers and reversals: merging cards, payouts (later issues). */
  other: Rupiah;
  closing: Rupiah;
  reportedWage: Rupiah | null;
  lastPaymentDate: CalendarDate | null;
}

export interface YearStatement {
  year: number;
  opening: Rupiah;
  contributions: Rupiah;
  developmentReturn: Rupiah;
  closing: Rupiah;
  lines: StatementLine[];
}

/**
 * Years a member can pick, newest first: every year from the first movement to the current one,
 * including quiet years in between (the balance is still there, and still earns a return).
 */
export function statementYears(movements: readonly Movement[], asOf: CalendarDate): number[] {
  const current = Number(asOf.slice(0, 4));
  const first = Math.min(current, ...movements.map((m) => periodParts(m.period).year));
  return Array.from({ length: current - first + 1 }, (_, i) => current - i);
}

export function buildYearStatement(input: {
  year: number;
  asOf: CalendarDate;
  movements: readonly Movement[];
  contributions: readonly ContributionPaid[];
}): YearStatement {
  const { year, asOf } = input;
  const asOfPeriod = asOf.slice(0, 7);
  const opening = sum(input.movements.filter((m) => periodParts(m.period).year < year).map((m) => m.amount));
  const lines: StatementLine[] = [];
  let running = opening;
  for (let month = 1; month <= 12; month++) {
    const p = periodOf(year, month);
    if (p > asOfPeriod) break;
    const inMonth = input.movements.filter((m) => m.period === p);
    const of = (kind: MovementKind) => sum(inMonth.filter((m) => m.kind === kind).map((m) => m.amount));
    const contributions = of('contribution');
    const developmentReturn = of('development_return');
    const other = add(of('transfer'), of('reversal'));
    const paid = input.contributions
      .filter((c) => c.paidOn.startsWith(p))
      .sort((a, b) =>
        a.paidOn === b.paidOn ? a.period.localeCompare(b.period) : a.paidOn.localeCompare(b.paidOn),
      );
    const latest = paid.at(-1);
    const closing = add(add(add(running, contributions), developmentReturn), other);
    lines.push({
      period: p,
      opening: running,
      contributions,
      developmentReturn,
      other,
      closing,
      reportedWage: latest?.reportedWage ?? null,
      lastPaymentDate: latest?.paidOn ?? null,
    });
    running = closing;
  }
  return {
    year,
    opening,
    contributions: sum(lines.map((l) => l.contributions)),
    developmentReturn: sum(lines.map((l) => l.developmentReturn)),
    closing: lines.length > 0 ? running : opening,
    lines,
  };
}
