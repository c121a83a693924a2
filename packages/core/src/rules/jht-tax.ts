/**
 * Income tax (PPh 21) the agency withholds from a JHT payout, as dated tables and one pure
 * computation that explains every bracket.
 *
 * - **Paid at once** (`full`: the whole balance; payments within two calendar years count as one,
 *   PP 68/2009 art. 2(2)): final PPh 21 of PP 68/2009 art. 5 — 0% on the first Rp50.000.000 of the
 *   gross, 5% on the part above.
 * - **Partial** (`partial10`, `partial30`: 10% or 30% of the balance, PP 46/2015 art. 22(4)–(6)):
 *   the progressive rates of UU PPh art. 17(1)(a) (as amended by UU HPP 7/2021 from 2022) on the
 *   payout — how the agency's FAQ (DOMAIN.md "Tax on JHT") treats a payout that is not the lump sum.
 *   We apply them to this payout alone: other income of the same year is not known here.
 * - **Without an NPWP** every rate is 20% higher (× 120%, UU PPh art. 21(5a)).
 *
 * Rounding: the tax is rounded **down** to the whole rupiah, once. Neither PP 68/2009 nor UU PPh sets
 * a rounding for a withholding on a gross payout (art. 17(4)'s rounding to thousands is for annual
 * taxable income); rounding down never withholds more than the regulation's exact amount, and the
 * difference is under Rp1. Bracket bounds are whole millions and rates whole percents, so only the
 * highest bracket reached can carry a fraction: the lines, each rounded down, add up to the tax
 * (asserted).
 */
import { formatRate } from '../contributions/explain.ts';
import {
  type BasisPoints,
  bp,
  formatRupiah,
  mulDiv,
  type Rupiah,
  rupiah,
  sub,
  sum,
} from '../money/rupiah.ts';
import { assert, err, ok, type Result } from '../result.ts';
import type { CalendarDate } from '../time/period.ts';
import { type DatedRule, ruleAt, ruleTable } from './dated.ts';
import { JHT_PARTIAL_SHARES } from './jht-partial.ts';

/** A band of the gross taxed at one rate: from the previous bracket's `upTo` to this one's. */
export type TaxBracket = {
  /** Upper bound of the band (inclusive), or null for the top band. */
  readonly upTo: Rupiah | null;
  readonly rateBp: BasisPoints;
};

export type TaxBrackets = { readonly brackets: readonly TaxBracket[] };

const brackets = (list: [upTo: number | null, rateBp: number][]): TaxBrackets => ({
  brackets: list.map(([upTo, rate]) => ({ upTo: upTo === null ? null : rupiah(upTo), rateBp: bp(rate) })),
});

/** Final PPh 21 on JHT paid at once (PP 68/2009 art. 5). */
export const JHT_LUMP_SUM_TAX_RATES = ruleTable<TaxBrackets>([
  {
    validFrom: '2009-11-16',
    value: brackets([
      [50_000_000, 0],
      [null, 500],
    ]),
    source: 'PP 68/2009 art. 5 [R]',
    note:
      'Final PPh 21 on JHT paid at once by the agency: 0% on gross up to Rp50.000.000, 5% on the part ' +
      'above. In force on promulgation, 16 November 2009 (art. 13). Payments within two calendar years ' +
      'count as one lump sum (art. 2(2)); a 0% withholding is still reported (art. 7(3)). Worked figure: ' +
      'Rp80.000.000 → Rp1.500.000 (DOMAIN.md).',
  },
]);

/** Progressive income-tax rates of individuals, UU PPh art. 17(1)(a). */
export const INCOME_TAX_RATES = ruleTable<TaxBrackets>([
  {
    validFrom: '2009-01-01',
    value: brackets([
      [50_000_000, 500],
      [250_000_000, 1500],
      [500_000_000, 2500],
      [null, 3000],
    ]),
    source: 'UU PPh art. 17(1)(a) as amended by UU 36/2008, remembered, not read',
    note:
      'Rates before UU HPP: 5% to Rp50 jt, 15% to Rp250 jt, 25% to Rp500 jt, 30% above, from tax year ' +
      '2009. Kept so that earlier payouts can be shown; not checked against the text, marked illustrative.',
    illustrative: true,
  },
  {
    validFrom: '2022-01-01',
    value: brackets([
      [60_000_000, 500],
      [250_000_000, 1500],
      [500_000_000, 2500],
      [5_000_000_000, 3000],
      [null, 3500],
    ]),
    source: 'UU PPh art. 17(1)(a) as amended by UU 7/2021 (HPP); DOMAIN.md "Tax on JHT"',
    note:
      'From tax year 2022: 5% to Rp60 jt, 15% to Rp250 jt, 25% to Rp500 jt, 30% to Rp5 M, 35% above. ' +
      'Applied to a partial JHT payout (or a part paid in the third calendar year or later, PP 68/2009 ' +
      'art. 6) as a non-final withholding.',
  },
]);

export type NoNpwpSurcharge = {
  /** The rate without an NPWP, as a percentage of the rate with one: 120 = 20% higher. */
  readonly ratePercent: number;
};

export const NO_NPWP_SURCHARGES = ruleTable<NoNpwpSurcharge>([
  {
    validFrom: '2009-01-01',
    value: { ratePercent: 120 },
    source: 'UU PPh art. 21(5a) as amended by UU 36/2008; PP 68/2009 art. 6(3); DOMAIN.md "Tax on JHT"',
    note:
      'Without an NPWP the PPh 21 rate is 20% higher. DOUBT: PP 68/2009 cites art. 21(5a) only for the ' +
      'non-final part paid from the third year (art. 6(3)); whether it also applies to the final lump-sum ' +
      'rate is unconfirmed (RULES.md §3.5). We apply it to every kind, as DOMAIN.md and the agency FAQ ' +
      "do. Since 2024 an individual's NIK serves as NPWP (PMK 112/2022): a member with a validated " +
      'NIK-as-NPWP counts as having one.',
  },
]);

export const JHT_PAYOUT_KINDS = ['full', 'partial10', 'partial30'] as const;
export type JhtPayoutKind = (typeof JHT_PAYOUT_KINDS)[number];

export type JhtTaxLine = {
  /** What this line taxes, in Indonesian: "Rp50.000.000 pertama × 0%". */
  readonly label_id: string;
  readonly label_en: string;
  /** The part of the gross in this bracket. */
  readonly base: Rupiah;
  /** The rate applied, the no-NPWP surcharge included. */
  readonly rateBp: BasisPoints;
  /** base × rate, rounded down to the rupiah. */
  readonly amount: Rupiah;
  readonly source: string;
};

export type JhtTaxRuleUsed = {
  readonly key: 'jht_lump_sum_tax' | 'income_tax_rates' | 'no_npwp_surcharge' | 'jht_partial_shares';
  readonly validFrom: CalendarDate;
  readonly source: string;
  readonly note: string;
  readonly illustrative: boolean;
};

export type JhtPayoutTax = {
  readonly kind: JhtPayoutKind;
  readonly balance: Rupiah;
  /** The share of the balance paid: null for `full`. */
  readonly shareBp: BasisPoints | null;
  /** What is paid out before tax: the balance, or its 10% / 30% (rounded down). */
  readonly gross: Rupiah;
  readonly tax: Rupiah;
  /** gross − tax: what reaches the member's account. */
  readonly net: Rupiah;
  readonly hasNpwp: boolean;
  readonly regime: 'final' | 'progressive';
  readonly rounding: 'down';
  /** One line per bracket the gross reaches (at least the first). */
  readonly lines: readonly JhtTaxLine[];
  readonly rules: readonly JhtTaxRuleUsed[];
  /** True when any rule used is illustrative. */
  readonly illustrative: boolean;
};

export type JhtPayoutTaxInput = {
  readonly balance: Rupiah;
  readonly kind: JhtPayoutKind;
  readonly hasNpwp: boolean;
  /** The payout's date, which picks the rules in force. */
  readonly asOf: CalendarDate;
};

export type JhtPayoutTaxError = 'jht_balance_negative';

const used = (key: JhtTaxRuleUsed['key'], rule: DatedRule<unknown>): JhtTaxRuleUsed => ({
  key,
  validFrom: rule.validFrom,
  source: rule.source,
  note: rule.note,
  illustrative: rule.illustrative === true,
});

function labels(
  lower: Rupiah,
  upper: Rupiah | null,
  isFirst: boolean,
  rateBp: BasisPoints,
  baseRateBp: BasisPoints,
  hasNpwp: boolean,
): { label_id: string; label_en: string } {
  const rateId = formatRate(rateBp, 'id');
  const rateEn = formatRate(rateBp, 'en');
  const surchargeId = hasNpwp ? '' : ` (${formatRate(baseRateBp, 'id')} + 20% karena tanpa NPWP)`;
  const surchargeEn = hasNpwp ? '' : ` (${formatRate(baseRateBp, 'en')} + 20% without an NPWP)`;
  if (isFirst && upper !== null) {
    return {
      label_id: `${formatRupiah(upper)} pertama × ${rateId}${surchargeId}`,
      label_en: `first ${formatRupiah(upper)} × ${rateEn}${surchargeEn}`,
    };
  }
  if (upper === null) {
    return {
      label_id: `bagian di atas ${formatRupiah(lower)} × ${rateId}${surchargeId}`,
      label_en: `part above ${formatRupiah(lower)} × ${rateEn}${surchargeEn}`,
    };
  }
  return {
    label_id: `bagian di atas ${formatRupiah(lower)} sampai ${formatRupiah(upper)} × ${rateId}${surchargeId}`,
    label_en: `part above ${formatRupiah(lower)} up to ${formatRupiah(upper)} × ${rateEn}${surchargeEn}`,
  };
}

/**
 * The tax on a JHT payout and what reaches the member, line by line (PP 68/2009 art. 5 for `full`,
 * UU PPh art. 17(1)(a) for partial payouts, art. 21(5a) without an NPWP). A negative balance is
 * refused; the rules are those in force on `asOf`.
 */
export function computeJhtPayoutTax(input: JhtPayoutTaxInput): Result<JhtPayoutTax, JhtPayoutTaxError> {
  const { balance, kind, hasNpwp, asOf } = input;
  if (balance < 0n) return err('jht_balance_negative', balance.toString());
  const rules: JhtTaxRuleUsed[] = [];

  let shareBp: BasisPoints | null = null;
  let gross = balance;
  if (kind !== 'full') {
    const shares = ruleAt(JHT_PARTIAL_SHARES, asOf);
    shareBp = kind === 'partial10' ? shares.value.retirementBp : shares.value.housingBp;
    gross = mulDiv(balance, shareBp, 10_000n, 'down');
    rules.push(used('jht_partial_shares', shares));
  }

  const regime = kind === 'full' ? 'final' : 'progressive';
  const rateRule = regime === 'final' ? ruleAt(JHT_LUMP_SUM_TAX_RATES, asOf) : ruleAt(INCOME_TAX_RATES, asOf);
  rules.push(used(regime === 'final' ? 'jht_lump_sum_tax' : 'income_tax_rates', rateRule));
  let ratePercent = 100n;
  if (!hasNpwp) {
    const surcharge = ruleAt(NO_NPWP_SURCHARGES, asOf);
    ratePercent = BigInt(surcharge.value.ratePercent);
    rules.push(used('no_npwp_surcharge', surcharge));
  }

  const lines: JhtTaxLine[] = [];
  let lower = rupiah(0);
  let exact = 0n; // Σ base × rate, in rupiah × basis points: rounded once below.
  for (const [index, bracket] of rateRule.value.brackets.entries()) {
    if (index > 0 && gross <= lower) break;
    const top = bracket.upTo === null || gross < bracket.upTo ? gross : bracket.upTo;
    const base = top > lower ? sub(top, lower) : rupiah(0);
    const scaled = bracket.rateBp * ratePercent;
    assert(scaled % 100n === 0n, `rate ${bracket.rateBp} bp × ${ratePercent}% is not whole basis points`);
    const rateBp = (scaled / 100n) as BasisPoints;
    exact += base * rateBp;
    lines.push({
      ...labels(lower, bracket.upTo, index === 0, rateBp, bracket.rateBp, hasNpwp),
      base,
      rateBp,
      amount: mulDiv(base, rateBp, 10_000n, 'down'),
      source: rateRule.source,
    });
    if (bracket.upTo === null) break;
    lower = bracket.upTo;
  }
  const tax = rupiah(exact / 10_000n);
  assert(sum(lines.map((l) => l.amount)) === tax, 'the lines must add up to the tax rounded down once');
  assert(tax <= gross, 'tax cannot exceed the gross');

  return ok({
    kind,
    balance,
    shareBp,
    gross,
    tax,
    net: sub(gross, tax),
    hasNpwp,
    regime,
    rounding: 'down',
    lines,
    rules,
    illustrative: rules.some((r) => r.illustrative),
  });
}
