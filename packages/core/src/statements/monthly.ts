/**
 * A card's yearly statement, month by month, from the ledger's monthly movements. Months are
 * calendar months of the posting date (when money reached the account); the reported wage and
 * payment date shown for a month are those of the contributions paid in it.
 */
import { formatDay, formatMonth, formatRate, money } from '../contributions/explain.ts';
import { add, type BasisPoints, type Rupiah, sum } from '../money/rupiah.ts';
import { developmentReturnRateForYear } from '../rules/development-return.ts';
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
  /** The JHT shares, when known: what the employer paid on top of the wage and what was deducted. */
  jhtEmployer?: Rupiah;
  jhtWorker?: Rupiah;
}

/** How the reported wage of a month compares with the one reported before it. */
export type WageChange = 'up' | 'down' | 'same' | null;

export interface LineExplanation {
  id: string[];
  en: string[];
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
  /** A lower reported wage than before is a reason to ask the employer (or complain). */
  wageChange: WageChange;
  /** The month's arithmetic in words, in both languages. */
  explanation: LineExplanation;
}

export interface YearStatement {
  year: number;
  opening: Rupiah;
  contributions: Rupiah;
  developmentReturn: Rupiah;
  closing: Rupiah;
  lines: StatementLine[];
  /** The year's development-return rate, its source, and whether it is an illustrative value. */
  developmentReturnRate: { rateBp: BasisPoints; source: string; illustrative: boolean };
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
  const rate = developmentReturnRateForYear(year);
  // The wage reported before this year, to compare January with.
  const byPaidOn = [...input.contributions].sort((a, b) =>
    a.paidOn === b.paidOn ? a.period.localeCompare(b.period) : a.paidOn.localeCompare(b.paidOn),
  );
  let previousWage = byPaidOn.filter((c) => c.paidOn < `${year}-01-01`).at(-1)?.reportedWage ?? null;
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
    const reportedWage = latest?.reportedWage ?? null;
    const wageChange: WageChange =
      reportedWage === null || previousWage === null
        ? null
        : reportedWage > previousWage
          ? 'up'
          : reportedWage < previousWage
            ? 'down'
            : 'same';
    const line = {
      period: p,
      opening: running,
      contributions,
      developmentReturn,
      other,
      closing,
      reportedWage,
      lastPaymentDate: latest?.paidOn ?? null,
      wageChange,
    };
    lines.push({ ...line, explanation: explainLine(line, paid, previousWage, rate) });
    if (reportedWage !== null) previousWage = reportedWage;
    running = closing;
  }
  return {
    year,
    opening,
    contributions: sum(lines.map((l) => l.contributions)),
    developmentReturn: sum(lines.map((l) => l.developmentReturn)),
    closing: lines.length > 0 ? running : opening,
    lines,
    developmentReturnRate: {
      rateBp: rate.value.rateBp,
      source: rate.source,
      illustrative: rate.illustrative === true,
    },
  };
}

function explainLine(
  line: Omit<StatementLine, 'explanation'>,
  paid: readonly ContributionPaid[],
  previousWage: Rupiah | null,
  rate: ReturnType<typeof developmentReturnRateForYear>,
): LineExplanation {
  const id = [`Saldo awal ${money(line.opening)}.`];
  const en = [`Opening balance ${money(line.opening)}.`];
  for (const c of paid) {
    const shares =
      c.jhtEmployer !== undefined && c.jhtWorker !== undefined
        ? {
            id: ` (pemberi kerja ${money(c.jhtEmployer)} + potongan upah ${money(c.jhtWorker)})`,
            en: ` (employer ${money(c.jhtEmployer)} + deducted from the wage ${money(c.jhtWorker)})`,
          }
        : { id: '', en: '' };
    id.push(
      `Iuran JHT ${formatMonth(c.period, 'id')}${shares.id} dari upah ${money(c.reportedWage)}, dibayar ${formatDay(c.paidOn, 'id')}.`,
    );
    en.push(
      `JHT contribution for ${formatMonth(c.period, 'en')}${shares.en} on a wage of ${money(c.reportedWage)}, paid ${formatDay(c.paidOn, 'en')}.`,
    );
  }
  if (line.contributions !== 0n) {
    id.push(`Jumlah iuran masuk bulan ini ${money(line.contributions)}.`);
    en.push(`Contributions received this month: ${money(line.contributions)}.`);
  }
  if (line.wageChange === 'down' && previousWage !== null && line.reportedWage !== null) {
    id.push(
      `Upah yang dilaporkan turun dari ${money(previousWage)} menjadi ${money(line.reportedWage)}. Bila ini tidak sesuai upah Anda, tanyakan ke pemberi kerja atau ajukan pengaduan.`,
    );
    en.push(
      `The reported wage went down from ${money(previousWage)} to ${money(line.reportedWage)}. If this is not your wage, ask your employer or file a complaint.`,
    );
  }
  if (line.developmentReturn !== 0n) {
    const mark =
      rate.illustrative === true
        ? { id: ' (angka ilustratif)', en: ' (illustrative figure)' }
        : { id: '', en: '' };
    id.push(
      `Hasil pengembangan ${money(line.developmentReturn)}: ${formatRate(rate.value.rateBp, 'id')} setahun${mark.id}, dihitung tiap bulan dari saldo akhir bulan dan dibukukan 31 Desember.`,
    );
    en.push(
      `Development return ${money(line.developmentReturn)}: ${formatRate(rate.value.rateBp, 'en')} a year${mark.en}, accrued monthly on each month-end balance and credited on 31 December.`,
    );
  }
  if (line.other !== 0n) {
    id.push(`Pemindahan saldo (penggabungan kartu) ${money(line.other)}.`);
    en.push(`Balance moved (merging cards) ${money(line.other)}.`);
  }
  id.push(`Saldo akhir ${money(line.closing)}.`);
  en.push(`Closing balance ${money(line.closing)}.`);
  return { id, en };
}
