/**
 * The public contribution simulation (Simulasi Iuran): what a wage earner (PU) and their employer,
 * or an informal worker (BPU), pay a month, program by program, with the rule and source of each
 * line. Money inputs accept a string of digits or a safe integer (negative values are accepted here
 * so that the answer can say what is wrong with them); the JKK risk group is a number 1–5 (risk
 * groups I–V of PP 44/2015 art. 16(1)).
 */
import { z } from 'zod';
import { JHT_PAYOUT_KINDS } from '../rules/jht-tax.ts';
import { CalendarDateString, MoneyString, PeriodString } from './common.ts';

export const MoneyInput = z
  .union([z.string().regex(/^-?\d{1,19}$/), z.int()])
  .meta({ description: 'Whole rupiah: a string of digits or a safe integer', example: '5500000' });

export const SimulationProgram = z.enum(['JHT', 'JP', 'JKK', 'JKM', 'JKP']);

export const PuSimulationBody = z
  .object({
    segment: z.literal('PU'),
    period: PeriodString,
    wage: MoneyInput.meta({ description: 'Monthly wage: basic wage + fixed allowances, whole rupiah' }),
    jkkRiskGroup: z.int().min(1).max(5).meta({
      description: 'JKK risk group of the employer, 1 (I, very low) … 5 (V, very high)',
      example: 3,
    }),
  })
  .meta({ id: 'PuSimulationBody' });

export const BpuSimulationBody = z
  .object({
    segment: z.literal('BPU'),
    period: PeriodString,
    declaredIncome: MoneyInput.meta({ description: 'One of the BPU income brackets, whole rupiah' }),
    programs: z
      .array(SimulationProgram)
      .min(1)
      .max(5)
      .meta({ description: 'JKK and JKM are mandatory, JHT optional; JP and JKP are not open to BPU' }),
  })
  .meta({ id: 'BpuSimulationBody' });

export const ContributionSimulationBody = z
  .discriminatedUnion('segment', [PuSimulationBody, BpuSimulationBody])
  .meta({ id: 'ContributionSimulationBody' });
export type ContributionSimulationBody = z.infer<typeof ContributionSimulationBody>;

const RateBp = z.int().min(0).meta({ description: 'A rate in basis points: 370 is 3.7%' });

export const SimulationItem = z
  .object({
    program: SimulationProgram,
    base: MoneyString.meta({ description: 'What the rates apply to (capped where the program has a cap)' }),
    baseCap: MoneyString.nullable(),
    baseCapFrom: CalendarDateString.nullable(),
    employerRateBp: RateBp.nullable(),
    workerRateBp: RateBp.nullable(),
    flatAmount: MoneyString.nullable(),
    employer: MoneyString,
    worker: MoneyString,
    total: MoneyString,
    rounding: z.literal('half_up'),
    validFrom: CalendarDateString,
    source: z.string(),
    note: z.string(),
    illustrative: z.boolean().meta({ description: 'True when a value is not from an official source' }),
    bookedToJkp: z
      .object({ rateBp: RateBp, base: MoneyString, amount: MoneyString })
      .nullable()
      .meta({ description: 'JKK/JKM: the part of this contribution booked to JKP (not an extra payment)' }),
    funding: z
      .object({
        totalBp: RateBp,
        governmentBp: RateBp,
        government: MoneyString,
        fromJkkBp: RateBp,
        fromJkk: MoneyString,
        fromJkmBp: RateBp,
        fromJkm: MoneyString,
        total: MoneyString,
      })
      .nullable()
      .meta({ description: 'JKP: its funding by the government and recomposition; nobody is billed' }),
  })
  .meta({ id: 'SimulationItem' });
export type SimulationItem = z.infer<typeof SimulationItem>;

export const ContributionSimulationResponse = z
  .object({
    segment: z.enum(['PU', 'BPU']),
    period: PeriodString,
    wage: MoneyString.nullable().meta({ description: 'PU: the wage simulated' }),
    jkkRiskGroup: z.int().nullable(),
    declaredIncome: MoneyString.nullable().meta({ description: 'BPU: the declared income simulated' }),
    items: z.array(SimulationItem),
    employerTotal: MoneyString,
    workerTotal: MoneyString,
    total: MoneyString,
    explanation: z.object({ id: z.array(z.string()), en: z.array(z.string()) }),
  })
  .meta({ id: 'ContributionSimulationResponse' });
export type ContributionSimulationResponse = z.infer<typeof ContributionSimulationResponse>;

export const ContributionRulesQuery = z.object({
  period: PeriodString.optional().meta({ description: 'Defaults to the current month (Asia/Jakarta)' }),
});

export const RuleInForce = z
  .object({
    key: z.string().meta({ example: 'jp_wage_cap' }),
    validFrom: CalendarDateString,
    source: z.string(),
    note: z.string(),
    illustrative: z.boolean(),
    ratesBp: z.record(z.string(), z.int()).optional(),
    amounts: z.record(z.string(), MoneyString).optional(),
    numbers: z
      .record(z.string(), z.int())
      .optional()
      .meta({ description: 'Days and month counts (due day, months unpaid before BPU cover lapses)' }),
    brackets: z
      .array(z.object({ income: MoneyString, illustrative: z.boolean() }))
      .optional()
      .meta({ description: 'BPU: the incomes that may be declared' }),
  })
  .meta({ id: 'RuleInForce' });
export type RuleInForce = z.infer<typeof RuleInForce>;

export const ContributionRulesResponse = z
  .object({ period: PeriodString, rules: z.array(RuleInForce) })
  .meta({ id: 'ContributionRulesResponse' });
export type ContributionRulesResponse = z.infer<typeof ContributionRulesResponse>;

/**
 * The public JHT payout simulation: the tax withheld from a JHT payout and what reaches the member,
 * bracket by bracket. `full` pays the whole balance (final PPh 21, PP 68/2009 art. 5); `partial10`
 * and `partial30` pay 10% or 30% of it (progressive UU PPh art. 17(1)(a) rates). Without an NPWP
 * every rate is 20% higher.
 */
export const JhtPayoutSimulationBody = z
  .object({
    balance: MoneyInput.meta({ description: 'The JHT balance, whole rupiah', example: '80000000' }),
    kind: z.enum(JHT_PAYOUT_KINDS).meta({
      description: 'full: the whole balance; partial10: 10% (retirement); partial30: 30% (housing)',
      example: 'full',
    }),
    hasNpwp: z.boolean().meta({ description: 'Does the member have an NPWP (or a NIK validated as NPWP)?' }),
  })
  .meta({ id: 'JhtPayoutSimulationBody' });
export type JhtPayoutSimulationBody = z.infer<typeof JhtPayoutSimulationBody>;

export const JhtPayoutLine = z
  .object({
    label_id: z.string().meta({ example: 'bagian di atas Rp50.000.000 × 5%' }),
    label_en: z.string().meta({ example: 'part above Rp50.000.000 × 5%' }),
    base: MoneyString.meta({ description: 'The part of the gross in this bracket' }),
    rateBp: RateBp.meta({ description: 'The rate of the bracket, the no-NPWP surcharge included' }),
    amount: MoneyString.meta({ description: 'base × rate, rounded down to the rupiah' }),
    source: z.string(),
  })
  .meta({ id: 'JhtPayoutLine' });

export const JhtPayoutSimulationResponse = z
  .object({
    asOf: CalendarDateString.meta({ description: 'The day whose rules were applied (today, Asia/Jakarta)' }),
    kind: z.enum(JHT_PAYOUT_KINDS),
    balance: MoneyString,
    shareBp: RateBp.nullable().meta({ description: 'Partial payouts: the share of the balance paid' }),
    gross: MoneyString.meta({ description: 'Paid before tax: the balance, or its 10% / 30% rounded down' }),
    tax: MoneyString,
    net: MoneyString.meta({ description: 'gross − tax: what reaches the bank account' }),
    hasNpwp: z.boolean(),
    regime: z.enum(['final', 'progressive']),
    rounding: z.literal('down'),
    lines: z.array(JhtPayoutLine),
    rules: z.array(
      z.object({
        key: z.string(),
        validFrom: CalendarDateString,
        source: z.string(),
        note: z.string(),
        illustrative: z.boolean(),
      }),
    ),
    illustrative: z.boolean().meta({ description: 'True when a rule used is not from an official source' }),
  })
  .meta({ id: 'JhtPayoutSimulationResponse' });
export type JhtPayoutSimulationResponse = z.infer<typeof JhtPayoutSimulationResponse>;
