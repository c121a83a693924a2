/**
 * When a month's contributions are due, and what paying late costs (PP 44/2015 art. 21–22, 24;
 * PP 45/2015 art. 30–31; rules in `rules/contribution-due-date.ts`, `rules/late-payment-penalty.ts`,
 * holidays in `rules/national-holidays.ts`).
 *
 * **Months late** are counted as *started* months after the due date: paid on or before the due date
 * → 0; from the day after the due date up to the same day of the next month → 1; one day after that
 * → 2; and so on (the same day of a shorter month is its last day). The regulations say "2% for every
 * month late" without saying how a part month counts; we count it as a whole month, as a fine per
 * month commonly is, and state it in every explanation.
 */
import type { Locale } from '../contracts/errors.ts';
import { applyRate, type BasisPoints, type Rupiah, sum } from '../money/rupiah.ts';
import { err, ok, type Result } from '../result.ts';
import { CONTRIBUTION_DUE_DATES, type DueDateRule } from '../rules/contribution-due-date.ts';
import { ruleForPeriod } from '../rules/dated.ts';
import {
  LATE_PAYMENT_PENALTIES,
  PENALISED_PROGRAMS,
  type PenalisedProgram,
} from '../rules/late-payment-penalty.ts';
import { nationalHolidaysOf } from '../rules/national-holidays.ts';
import { addDays, addMonthsToDate, weekdayOf } from '../time/calendar.ts';
import { addMonths, type CalendarDate, dateOf, type Period, periodParts } from '../time/period.ts';
import { covers, type Explanation, firstPeriodCoveredByAll } from './breakdown.ts';
import { formatDay, formatRate, money, programLabel } from './explain.ts';

/** A day the due date moved past, and why. */
export type NonWorkingDay =
  | { readonly date: CalendarDate; readonly reason: 'saturday' | 'sunday' }
  | { readonly date: CalendarDate; readonly reason: 'national_holiday'; readonly name: string };

export type DueDate = {
  readonly period: Period;
  /** The day the contribution must be paid by (inclusive). */
  readonly dueDate: CalendarDate;
  /** The 15th before moving past non-working days. */
  readonly nominalDate: CalendarDate;
  readonly skipped: readonly NonWorkingDay[];
  /**
   * False when we have no holiday list for a year the search passed through: only weekends were
   * skipped, and a national holiday could move the real due date further.
   */
  readonly holidaysKnown: boolean;
  readonly source: string;
};

export type DueDateError = 'contribution_period_not_covered';

const DUE_TABLES = [CONTRIBUTION_DUE_DATES];

/** The first period a due date can be computed for ('2015-07'). */
export const FIRST_DUE_PERIOD: Period = firstPeriodCoveredByAll(DUE_TABLES);

function nonWorking(date: CalendarDate): { day: NonWorkingDay | null; holidaysKnown: boolean } {
  const weekday = weekdayOf(date);
  if (weekday === 6) return { day: { date, reason: 'saturday' }, holidaysKnown: true };
  if (weekday === 0) return { day: { date, reason: 'sunday' }, holidaysKnown: true };
  const list = nationalHolidaysOf(Number(date.slice(0, 4)));
  if (!list) return { day: null, holidaysKnown: false };
  const holiday = list.value.holidays.find((h) => h.date === date);
  return {
    day: holiday ? { date, reason: 'national_holiday', name: holiday.name } : null,
    holidaysKnown: true,
  };
}

function dueDateBy(
  p: Period,
  pick: (rules: { pu: DueDateRule; bpu: DueDateRule }) => DueDateRule,
): Result<DueDate, DueDateError> {
  if (!covers(CONTRIBUTION_DUE_DATES, p)) return err('contribution_period_not_covered', p);
  const rule = ruleForPeriod(CONTRIBUTION_DUE_DATES, p);
  const { monthsAfterPeriod, day } = pick(rule.value);
  const { year, month } = periodParts(addMonths(p, monthsAfterPeriod));
  const nominalDate = dateOf(year, month, day);
  const skipped: NonWorkingDay[] = [];
  let holidaysKnown = true;
  let date = nominalDate;
  for (;;) {
    const check = nonWorking(date);
    holidaysKnown &&= check.holidaysKnown;
    if (!check.day) break;
    skipped.push(check.day);
    date = addDays(date, 1);
  }
  return ok({ period: p, dueDate: date, nominalDate, skipped, holidaysKnown, source: rule.source });
}

/** A wage earner's (PU) contributions for `period`: the 15th of the next month, or the next working day. */
export function contributionDueDate(p: Period): Result<DueDate, DueDateError> {
  return dueDateBy(p, (rules) => rules.pu);
}

/** An informal worker's (BPU) contribution for `period`: the 15th of that month, or the next working day. */
export function bpuContributionDueDate(p: Period): Result<DueDate, DueDateError> {
  return dueDateBy(p, (rules) => rules.bpu);
}

/** Started months from `dueDate` to `paidOn` (see the file comment); 0 when paid on time. */
export function monthsLate(dueDate: CalendarDate, paidOn: CalendarDate): number {
  if (paidOn <= dueDate) return 0;
  let months = 1;
  while (addMonthsToDate(dueDate, months) < paidOn) months++;
  return months;
}

export type PenaltyLine = {
  readonly program: PenalisedProgram;
  /** The contribution that should have been paid by the due date. */
  readonly contribution: Rupiah;
  readonly rateBpPerMonth: BasisPoints;
  readonly monthsLate: number;
  /** contribution × rate × months, rounded half-up once. */
  readonly penalty: Rupiah;
  readonly rounding: 'half_up';
  readonly source: string;
  readonly illustrative: boolean;
};

export type LatePenalty = {
  readonly period: Period;
  readonly due: DueDate;
  readonly paidOn: CalendarDate;
  readonly monthsLate: number;
  readonly lines: readonly PenaltyLine[];
  readonly total: Rupiah;
  readonly note: string;
  readonly explanation: Explanation;
};

export type LatePenaltyError = 'contribution_period_not_covered' | 'contribution_amount_negative';

/**
 * The employer's fine on a PU month paid on `paidOn`: 2% a month late of each program's contribution
 * due (simple, not compounded), borne by the employer. JKP is not listed: nobody pays it.
 */
export function latePenalty(input: {
  readonly period: Period;
  readonly amountsByProgram: Readonly<Partial<Record<PenalisedProgram, Rupiah>>>;
  readonly paidOn: CalendarDate;
}): Result<LatePenalty, LatePenaltyError> {
  const { period: p, amountsByProgram, paidOn } = input;
  if (!covers(LATE_PAYMENT_PENALTIES, p)) return err('contribution_period_not_covered', p);
  const due = contributionDueDate(p);
  if (!due.ok) return due;
  const rule = ruleForPeriod(LATE_PAYMENT_PENALTIES, p);
  const months = monthsLate(due.value.dueDate, paidOn);
  const lines: PenaltyLine[] = [];
  for (const program of PENALISED_PROGRAMS) {
    const contribution = amountsByProgram[program];
    if (contribution === undefined) continue;
    if (contribution < 0n) return err('contribution_amount_negative', program);
    const { rateBpPerMonth, source } = rule.value.byProgram[program];
    lines.push({
      program,
      contribution,
      rateBpPerMonth,
      monthsLate: months,
      // One rounding: contribution × (rate × months) ÷ 10 000.
      penalty: applyRate(contribution, (rateBpPerMonth * BigInt(months)) as BasisPoints, 'half_up'),
      rounding: 'half_up',
      source,
      illustrative: rule.illustrative === true,
    });
  }
  const total = sum(lines.map((l) => l.penalty));
  return ok({
    period: p,
    due: due.value,
    paidOn,
    monthsLate: months,
    lines,
    total,
    note: rule.note,
    explanation: explainPenalty(due.value, paidOn, months, lines, total),
  });
}

function explainPenalty(
  due: DueDate,
  paidOn: CalendarDate,
  months: number,
  lines: readonly PenaltyLine[],
  total: Rupiah,
): Explanation {
  const moved = (locale: Locale) =>
    due.skipped.length === 0
      ? ''
      : locale === 'id'
        ? ` (tanggal ${formatDay(due.nominalDate, 'id')} bukan hari kerja, jadi hari kerja berikutnya)`
        : ` (${formatDay(due.nominalDate, 'en')} is not a working day, so the next working day)`;
  const unknown = due.holidaysKnown
    ? { id: '', en: '' }
    : {
        id: ' Daftar hari libur nasional tahun itu belum ada pada kami: hanya Sabtu dan Minggu yang dilewati.',
        en: ' We have no national-holiday list for that year: only Saturdays and Sundays were skipped.',
      };
  const result = {
    id: [
      `Jatuh tempo: ${formatDay(due.dueDate, 'id')}${moved('id')}. Sumber: ${due.source}.${unknown.id}`,
      `Dibayar ${formatDay(paidOn, 'id')}: terlambat ${months} bulan (setiap bulan yang sudah dimulai setelah jatuh tempo dihitung satu bulan).`,
    ],
    en: [
      `Due: ${formatDay(due.dueDate, 'en')}${moved('en')}. Source: ${due.source}.${unknown.en}`,
      `Paid ${formatDay(paidOn, 'en')}: ${months} month(s) late (every month started after the due date counts as one).`,
    ],
  };
  for (const l of lines) {
    result.id.push(
      `Denda ${programLabel(l.program, 'id')}: ${formatRate(l.rateBpPerMonth, 'id')} × ${months} × ${money(l.contribution)} = ${money(l.penalty)}. Sumber: ${l.source}.`,
    );
    result.en.push(
      `Fine on ${programLabel(l.program, 'en')}: ${formatRate(l.rateBpPerMonth, 'en')} × ${months} × ${money(l.contribution)} = ${money(l.penalty)}. Source: ${l.source}.`,
    );
  }
  result.id.push(`Jumlah denda, ditanggung pemberi kerja: ${money(total)}.`);
  result.en.push(`Total fine, borne by the employer: ${money(total)}.`);
  return result;
}
