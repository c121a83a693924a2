/**
 * An informal worker's (BPU) contributions for one month: on the declared income bracket, the member
 * pays everything (employer 0). JKK and JKM are a mandatory pair, JHT is optional, JP and JKP are not
 * open to BPU (`rules/bpu-contribution.ts`). The declared income must be one of the bracket values
 * (`rules/bpu-income-brackets.ts`); otherwise the error names the nearest brackets below and above.
 * Rounding as for wage earners: half-up to the whole rupiah, once per amount.
 */
import { applyRate, type Rupiah, ZERO } from '../money/rupiah.ts';
import { type Err, err, type Ok, ok } from '../result.ts';
import { BPU_CONTRIBUTION_RATES } from '../rules/bpu-contribution.ts';
import { BPU_INCOME_BRACKETS, type BpuIncomeBracket } from '../rules/bpu-income-brackets.ts';
import { BPU_PAYMENT_RULES } from '../rules/bpu-payment.ts';
import { CONTRIBUTION_DUE_DATES } from '../rules/contribution-due-date.ts';
import { ruleForPeriod } from '../rules/dated.ts';
import type { Program } from '../rules/programs.ts';
import type { Period } from '../time/period.ts';
import {
  type BpuContributions,
  type ContributionItem,
  covers,
  type Explanation,
  firstPeriodCoveredByAll,
  item,
  totalsOf,
} from './breakdown.ts';
import { formatRate, money, programLabel } from './explain.ts';

export type BpuContributionInput = {
  readonly period: Period;
  /** One of the income brackets of the period. */
  readonly declaredIncome: Rupiah;
  /** Must include JKK and JKM; JHT is optional; JP and JKP are refused. Order and repeats do not matter. */
  readonly programs: readonly Program[];
};

export type NearestBrackets = { readonly below: Rupiah | null; readonly above: Rupiah | null };

export type BpuContributionError =
  | Err<'contribution_period_not_covered' | 'bpu_mandatory_programs_missing' | 'bpu_program_not_available'>
  | (Err<'bpu_income_not_a_bracket'> & { readonly nearest: NearestBrackets });

export type BpuContributionErrorCode = BpuContributionError['error'];

/** JKK and JKM go together for every BPU member (RULES.md §2). */
export const BPU_MANDATORY_PROGRAMS = ['JKK', 'JKM'] as const satisfies readonly Program[];
export const BPU_OPTIONAL_PROGRAMS = ['JHT'] as const satisfies readonly Program[];

const BPU_TABLES = [BPU_CONTRIBUTION_RATES, BPU_INCOME_BRACKETS, BPU_PAYMENT_RULES, CONTRIBUTION_DUE_DATES];

/** The first period every BPU table covers ('2020-01': the brackets start with PP 82/2019). */
export const FIRST_BPU_PERIOD: Period = firstPeriodCoveredByAll(BPU_TABLES);

/** The brackets a member may declare for the period (empty when the period is not covered). */
export function bpuIncomeBrackets(period: Period): readonly BpuIncomeBracket[] {
  return covers(BPU_INCOME_BRACKETS, period) ? ruleForPeriod(BPU_INCOME_BRACKETS, period).value.brackets : [];
}

export function nearestBrackets(brackets: readonly BpuIncomeBracket[], income: Rupiah): NearestBrackets {
  let below: Rupiah | null = null;
  let above: Rupiah | null = null;
  for (const b of brackets) {
    if (b.income <= income && (below === null || b.income > below)) below = b.income;
    if (b.income >= income && (above === null || b.income < above)) above = b.income;
  }
  return { below, above };
}

export function computeBpuContributions(
  input: BpuContributionInput,
): Ok<BpuContributions> | BpuContributionError {
  const { period, declaredIncome } = input;
  if (!BPU_TABLES.every((table) => covers(table, period)))
    return err('contribution_period_not_covered', period);
  const programs = new Set(input.programs);
  const refused = [...programs].find(
    (p) =>
      !(BPU_MANDATORY_PROGRAMS as readonly Program[]).includes(p) &&
      !(BPU_OPTIONAL_PROGRAMS as readonly Program[]).includes(p),
  );
  if (refused) return err('bpu_program_not_available', refused);
  if (!BPU_MANDATORY_PROGRAMS.every((p) => programs.has(p))) return err('bpu_mandatory_programs_missing');

  const bracketRule = ruleForPeriod(BPU_INCOME_BRACKETS, period);
  const bracket = bracketRule.value.brackets.find((b) => b.income === declaredIncome);
  if (!bracket) {
    return {
      ...err('bpu_income_not_a_bracket', declaredIncome.toString()),
      nearest: nearestBrackets(bracketRule.value.brackets, declaredIncome),
    };
  }

  const rule = ruleForPeriod(BPU_CONTRIBUTION_RATES, period);
  const rates = rule.value;
  const incomeIllustrative = bracket.illustrative || bracketRule.illustrative === true;
  const bracketNote = incomeIllustrative
    ? ` The declared income ${money(declaredIncome)} is one of our illustrative brackets: ${bracketRule.note}`
    : '';
  const onIncome = {
    base: declaredIncome,
    baseCap: null,
    baseCapFrom: null,
    employerRateBp: null,
    flatAmount: null,
    employer: ZERO,
    bookedToJkp: null,
    funding: null,
  };

  const items: ContributionItem[] = [
    item({
      ...onIncome,
      program: 'JKK',
      workerRateBp: rates.jkk.rateBp,
      worker: applyRate(declaredIncome, rates.jkk.rateBp, 'half_up'),
      rule,
      source: rates.jkk.source,
      note: rule.note + bracketNote,
      illustrative: rule.illustrative === true || incomeIllustrative,
    }),
    item({
      ...onIncome,
      program: 'JKM',
      workerRateBp: null,
      flatAmount: rates.jkm.flat,
      worker: rates.jkm.flat,
      rule,
      source: rates.jkm.source,
    }),
  ];
  if (programs.has('JHT')) {
    items.unshift(
      item({
        ...onIncome,
        program: 'JHT',
        workerRateBp: rates.jht.rateBp,
        worker: applyRate(declaredIncome, rates.jht.rateBp, 'half_up'),
        rule,
        source: rates.jht.source,
        note: rule.note + bracketNote,
        illustrative: rule.illustrative === true || incomeIllustrative,
      }),
    );
  }
  const totals = totalsOf(items);
  return ok({
    segment: 'BPU',
    period,
    declaredIncome,
    items,
    ...totals,
    explanation: explainBpu(items, declaredIncome, totals.total, {
      dueDay: ruleForPeriod(CONTRIBUTION_DUE_DATES, period).value.bpu.day,
      lapseAfterUnpaidMonths: ruleForPeriod(BPU_PAYMENT_RULES, period).value.lapseAfterUnpaidMonths,
    }),
  });
}

function explainBpu(
  items: readonly ContributionItem[],
  income: Rupiah,
  total: Rupiah,
  payment: { dueDay: number; lapseAfterUnpaidMonths: number },
): Explanation {
  const lines = {
    id: [
      `Penghasilan yang dilaporkan: ${money(income)} sebulan. Seluruh iuran dibayar sendiri oleh peserta.`,
    ],
    en: [`Declared income: ${money(income)} a month. The member pays all of it.`],
  };
  for (const i of items) {
    const how = (locale: 'id' | 'en') =>
      i.flatAmount !== null
        ? `${money(i.flatAmount)} ${locale === 'id' ? 'tetap sebulan' : 'flat a month'}`
        : `${formatRate(i.workerRateBp ?? 0n, locale)} × ${money(i.base)} = ${money(i.worker)}`;
    lines.id.push(`${programLabel(i.program, 'id')}: ${how('id')}. Sumber: ${i.source}.`);
    lines.en.push(`${programLabel(i.program, 'en')}: ${how('en')}. Source: ${i.source}.`);
  }
  const { dueDay, lapseAfterUnpaidMonths: months } = payment;
  lines.id.push(
    `Jumlah sebulan: ${money(total)}. Dibayar paling lambat tanggal ${dueDay} bulan yang bersangkutan (boleh dibayar di muka); tidak ada denda, tetapi perlindungan berhenti setelah ${months} bulan berturut-turut tidak dibayar.`,
  );
  lines.en.push(
    `Monthly total: ${money(total)}. Due by the ${dueDay}th of the same month (may be paid ahead); no fine, but cover lapses after ${months} consecutive unpaid months.`,
  );
  const flagged = items.filter((i) => i.illustrative).map((i) => i.program);
  if (flagged.length > 0) {
    lines.id.push(
      `Ilustratif (belum bersumber resmi): ${flagged.join(', ')} — nilai penghasilan ini bukan dari tabel resmi yang kami temukan.`,
    );
    lines.en.push(
      `Illustrative (not from an official source): ${flagged.join(', ')} — this income bracket is not from an official table we found.`,
    );
  }
  return lines;
}
