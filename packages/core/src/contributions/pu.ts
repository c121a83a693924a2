/**
 * All contributions of a wage earner (PU) for one monthly period: JHT, JP, JKK, JKM and JKP, each
 * with who pays what, its base (capped where the program has a cap), the dated rule and its source,
 * and the explanation in Indonesian and English.
 *
 * - JHT: `computeJhtContribution` (3.7% + 2%, no cap).
 * - JP: 2% + 1% of the wage up to the period's JP wage cap (`rules/jp-contribution.ts`).
 * - JKK: the employer's rate for the risk group, on the whole wage; JKM: 0.30%, employer.
 * - JKP: nothing billed — government and recomposition (`rules/jkp-funding.ts`); the JKK and JKM
 *   items say how much of them is booked to JKP. The employer's bill is the same with or without it.
 *
 * Rounding is not set by the regulations: each party's amount per program is rounded half-up to the
 * whole rupiah, once, and a program's total is the sum of the two rounded shares. The JKP parts are
 * rounded the same way.
 */
import { applyRate, type BasisPoints, min, type Rupiah, sum, ZERO } from '../money/rupiah.ts';
import { err, ok, type Result } from '../result.ts';
import { ruleForPeriod } from '../rules/dated.ts';
import { JHT_CONTRIBUTION_RATES } from '../rules/jht-contribution.ts';
import {
  isJkkRiskGroup,
  JKK_CONTRIBUTION_RATES,
  JKK_RISK_GROUP_NAMES,
  type JkkRiskGroup,
} from '../rules/jkk-contribution.ts';
import { JKM_CONTRIBUTION_RATES } from '../rules/jkm-contribution.ts';
import { JKP_FUNDING } from '../rules/jkp-funding.ts';
import { JP_CONTRIBUTION_RATES, JP_WAGE_CAPS } from '../rules/jp-contribution.ts';
import type { Period } from '../time/period.ts';
import {
  type BookedToJkp,
  type ContributionItem,
  covers,
  type Explanation,
  firstPeriodCoveredByAll,
  item,
  type PuContributions,
  totalsOf,
} from './breakdown.ts';
import { formatDay, formatRate, money, programLabel } from './explain.ts';
import { computeJhtContribution } from './jht.ts';

export type PuContributionInput = {
  readonly period: Period;
  /** The monthly wage the employer reports: basic wage + fixed allowances (PP 44/2015 art. 19). */
  readonly wage: Rupiah;
  readonly jkkRiskGroup: JkkRiskGroup;
};

export type PuContributionError =
  | 'contribution_wage_negative'
  | 'contribution_period_not_covered'
  | 'jkk_risk_group_unknown';

/** Every table a PU computation needs; the period must be covered by all of them. */
const PU_TABLES = [
  JHT_CONTRIBUTION_RATES,
  JP_CONTRIBUTION_RATES,
  JP_WAGE_CAPS,
  JKK_CONTRIBUTION_RATES,
  JKM_CONTRIBUTION_RATES,
  JKP_FUNDING,
];

/** The first period every PU table covers ('2015-07'). */
export const FIRST_PU_PERIOD: Period = firstPeriodCoveredByAll(PU_TABLES);

export function computePuContributions(
  input: PuContributionInput,
): Result<PuContributions, PuContributionError> {
  const { period, wage, jkkRiskGroup } = input;
  if (wage < 0n) return err('contribution_wage_negative');
  if (!isJkkRiskGroup(jkkRiskGroup)) return err('jkk_risk_group_unknown', String(jkkRiskGroup));
  if (!PU_TABLES.every((table) => covers(table, period)))
    return err('contribution_period_not_covered', period);

  const jkpRule = ruleForPeriod(JKP_FUNDING, period);
  const jkp = jkpRule.value;
  const jkpBase = jkp ? min(wage, jkp.wageCap) : ZERO;
  const booked = (rateBp: BasisPoints): BookedToJkp | null =>
    rateBp > 0n ? { rateBp, base: jkpBase, amount: applyRate(jkpBase, rateBp, 'half_up') } : null;

  // JHT: core's existing computation, reused as one item.
  const jht = computeJhtContribution(wage, period);
  const jhtRule = ruleForPeriod(JHT_CONTRIBUTION_RATES, period);
  const jhtItem = item({
    program: 'JHT',
    base: wage,
    baseCap: null,
    baseCapFrom: null,
    employerRateBp: jht.lines[0].rateBp,
    workerRateBp: jht.lines[1].rateBp,
    flatAmount: null,
    employer: jht.employer,
    worker: jht.worker,
    bookedToJkp: null,
    funding: null,
    rule: jhtRule,
  });

  const jpRule = ruleForPeriod(JP_CONTRIBUTION_RATES, period);
  const capRule = ruleForPeriod(JP_WAGE_CAPS, period);
  const jpBase = min(wage, capRule.value.cap);
  const jpItem = item({
    program: 'JP',
    base: jpBase,
    baseCap: capRule.value.cap,
    baseCapFrom: capRule.validFrom,
    employerRateBp: jpRule.value.employerBp,
    workerRateBp: jpRule.value.workerBp,
    flatAmount: null,
    employer: applyRate(jpBase, jpRule.value.employerBp, 'half_up'),
    worker: applyRate(jpBase, jpRule.value.workerBp, 'half_up'),
    bookedToJkp: null,
    funding: null,
    rule: jpRule,
    source: `${jpRule.source}; cap: ${capRule.source}`,
    note: `${jpRule.note} Cap from ${capRule.validFrom}: ${capRule.note}`,
    illustrative: jpRule.illustrative === true || capRule.illustrative === true,
  });

  const jkkRule = ruleForPeriod(JKK_CONTRIBUTION_RATES, period);
  const jkkBp = jkkRule.value.byRiskGroupBp[jkkRiskGroup];
  const jkkItem = item({
    program: 'JKK',
    base: wage,
    baseCap: null,
    baseCapFrom: null,
    employerRateBp: jkkBp,
    workerRateBp: null,
    flatAmount: null,
    employer: applyRate(wage, jkkBp, 'half_up'),
    worker: ZERO,
    bookedToJkp: jkp ? booked(jkp.fromJkkBp) : null,
    funding: null,
    rule: jkkRule,
  });

  const jkmRule = ruleForPeriod(JKM_CONTRIBUTION_RATES, period);
  const jkmItem = item({
    program: 'JKM',
    base: wage,
    baseCap: null,
    baseCapFrom: null,
    employerRateBp: jkmRule.value.employerBp,
    workerRateBp: null,
    flatAmount: null,
    employer: applyRate(wage, jkmRule.value.employerBp, 'half_up'),
    worker: ZERO,
    bookedToJkp: jkp ? booked(jkp.fromJkmBp) : null,
    funding: null,
    rule: jkmRule,
  });

  const items: ContributionItem[] = [jhtItem, jpItem, jkkItem, jkmItem];
  if (jkp) {
    const government = applyRate(jkpBase, jkp.governmentBp, 'half_up');
    const fromJkk = jkkItem.bookedToJkp?.amount ?? ZERO;
    const fromJkm = jkmItem.bookedToJkp?.amount ?? ZERO;
    items.push(
      item({
        program: 'JKP',
        base: jkpBase,
        baseCap: jkp.wageCap,
        baseCapFrom: jkpRule.validFrom,
        employerRateBp: null,
        workerRateBp: null,
        flatAmount: null,
        employer: ZERO,
        worker: ZERO,
        bookedToJkp: null,
        funding: {
          totalBp: jkp.totalBp,
          governmentBp: jkp.governmentBp,
          government,
          fromJkkBp: jkp.fromJkkBp,
          fromJkk,
          fromJkmBp: jkp.fromJkmBp,
          fromJkm,
          total: sum([government, fromJkk, fromJkm]),
        },
        rule: jkpRule,
      }),
    );
  }

  const totals = totalsOf(items);
  return ok({
    segment: 'PU',
    period,
    wage,
    jkkRiskGroup,
    items,
    ...totals,
    explanation: explainPu(items, { wage, jkkRiskGroup, ...totals }),
  });
}

function explainPu(
  items: readonly ContributionItem[],
  context: {
    wage: Rupiah;
    jkkRiskGroup: JkkRiskGroup;
    employerTotal: Rupiah;
    workerTotal: Rupiah;
    total: Rupiah;
  },
): Explanation {
  const lines = { id: [] as string[], en: [] as string[] };
  const group = JKK_RISK_GROUP_NAMES[context.jkkRiskGroup];
  for (const i of items) {
    const share = (rate: bigint | null, base: Rupiah, amount: Rupiah, who: { id: string; en: string }) =>
      rate === null
        ? null
        : {
            id: `${formatRate(rate, 'id')} × ${money(base)} = ${money(amount)} ${who.id}`,
            en: `${formatRate(rate, 'en')} × ${money(base)} = ${money(amount)} ${who.en}`,
          };
    const employer = share(i.employerRateBp, i.base, i.employer, {
      id: 'dibayar pemberi kerja',
      en: 'paid by the employer',
    });
    const worker = share(i.workerRateBp, i.base, i.worker, {
      id: 'dipotong dari upah pekerja',
      en: 'deducted from the wage',
    });
    const source = { id: `Sumber: ${i.source}.`, en: `Source: ${i.source}.` };
    let head = { id: `${programLabel(i.program, 'id')}:`, en: `${programLabel(i.program, 'en')}:` };
    if (i.program === 'JP' && i.baseCap !== null) {
      head = {
        id: `${head.id} upah dihitung paling tinggi batas upah JP ${money(i.baseCap)} (berlaku sejak ${formatDay(i.baseCapFrom ?? i.validFrom, 'id')}),`,
        en: `${head.en} the wage counts up to the JP wage cap of ${money(i.baseCap)} (in force from ${formatDay(i.baseCapFrom ?? i.validFrom, 'en')}),`,
      };
    }
    if (i.program === 'JKK') {
      head = {
        id: `${head.id} kelompok risiko ${group.roman} (${group.id}),`,
        en: `${head.en} risk group ${group.roman} (${group.en}),`,
      };
    }
    if (i.program === 'JKP' && i.funding) {
      const f = i.funding;
      const parts = (locale: 'id' | 'en') =>
        [
          `${formatRate(f.governmentBp, locale)} ${locale === 'id' ? 'dari Pemerintah Pusat' : 'from the central government'} ${money(f.government)}`,
          f.fromJkkBp > 0n
            ? `${formatRate(f.fromJkkBp, locale)} ${locale === 'id' ? 'dari iuran JKK' : 'from the JKK contribution'} ${money(f.fromJkk)}`
            : null,
          f.fromJkmBp > 0n
            ? `${formatRate(f.fromJkmBp, locale)} ${locale === 'id' ? 'dari iuran JKM' : 'from the JKM contribution'} ${money(f.fromJkm)}`
            : null,
        ]
          .filter(Boolean)
          .join(' + ');
      lines.id.push(
        `${head.id} tidak ada iuran tambahan bagi pemberi kerja maupun pekerja. ${formatRate(f.totalBp, 'id')} × ${money(i.base)} (upah dibatasi ${money(i.baseCap ?? i.base)}) = ${money(f.total)}: ${parts('id')}. ${source.id}`,
      );
      lines.en.push(
        `${head.en} nothing extra for the employer or the worker. ${formatRate(f.totalBp, 'en')} × ${money(i.base)} (wage capped at ${money(i.baseCap ?? i.base)}) = ${money(f.total)}: ${parts('en')}. ${source.en}`,
      );
      continue;
    }
    const booked = i.bookedToJkp
      ? {
          id: `; dari jumlah itu ${money(i.bookedToJkp.amount)} (${formatRate(i.bookedToJkp.rateBp, 'id')} × ${money(i.bookedToJkp.base)}) dibukukan ke JKP`,
          en: `; of which ${money(i.bookedToJkp.amount)} (${formatRate(i.bookedToJkp.rateBp, 'en')} × ${money(i.bookedToJkp.base)}) is booked to JKP`,
        }
      : { id: '', en: '' };
    const shares = [employer, worker].filter((s) => s !== null);
    lines.id.push(`${head.id} ${shares.map((s) => s.id).join(', ')}${booked.id}. ${source.id}`);
    lines.en.push(`${head.en} ${shares.map((s) => s.en).join(', ')}${booked.en}. ${source.en}`);
  }
  lines.id.push(
    'Pembulatan: bagian setiap pihak per program dibulatkan setengah ke atas ke rupiah penuh, satu kali (aturan tidak menetapkan pembulatan).',
  );
  lines.en.push(
    "Rounding: each party's share per program is rounded half-up to the whole rupiah, once (the regulations set no rounding).",
  );
  lines.id.push(
    `Jumlah sebulan: pemberi kerja ${money(context.employerTotal)}, pekerja ${money(context.workerTotal)}, total ${money(context.total)}.`,
  );
  lines.en.push(
    `Monthly total: employer ${money(context.employerTotal)}, worker ${money(context.workerTotal)}, total ${money(context.total)}.`,
  );
  const flagged = items.filter((i) => i.illustrative).map((i) => i.program);
  if (flagged.length > 0) {
    lines.id.push(`Ilustratif (belum bersumber resmi): ${flagged.join(', ')}.`);
    lines.en.push(`Illustrative (not from an official source): ${flagged.join(', ')}.`);
  }
  return lines;
}
