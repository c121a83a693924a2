/**
 * The employer's fine for paying a wage earner's contribution late (denda), as dated data: 2% of the
 * contribution that should have been paid, for every month late, borne by the employer alone and
 * paid with the next month's contribution (PP 44/2015 art. 22 for JKK and JKM; PP 45/2015 art. 31
 * for JP). For JHT the same 2% is what media summaries of the agency's rules say; PP 46/2015's text
 * was not read, so its source is weaker. JKP has no fine of its own: nobody pays it. Informal workers
 * (BPU) pay no fine (`bpu-contribution.ts`).
 *
 * Not modelled: the 0.5% a month of the PP 49/2020 COVID relaxation, whose months were not confirmed
 * (RULES.md §1.4 [U], §10.1).
 */
import { type BasisPoints, bp } from '../money/rupiah.ts';
import { ruleTable } from './dated.ts';
import type { Program } from './programs.ts';

export type PenalisedProgram = Exclude<Program, 'JKP'>;
export const PENALISED_PROGRAMS = ['JHT', 'JP', 'JKK', 'JKM'] as const satisfies readonly PenalisedProgram[];

export type LatePaymentPenalty = {
  readonly byProgram: Readonly<
    Record<PenalisedProgram, { readonly rateBpPerMonth: BasisPoints; readonly source: string }>
  >;
};

export const LATE_PAYMENT_PENALTIES = ruleTable<LatePaymentPenalty>([
  {
    validFrom: '2015-07-01',
    value: {
      byProgram: {
        JKK: { rateBpPerMonth: bp(200), source: 'PP 44/2015 art. 22(1)-(2)' },
        JKM: { rateBpPerMonth: bp(200), source: 'PP 44/2015 art. 22(1)-(2)' },
        JP: { rateBpPerMonth: bp(200), source: 'PP 45/2015 art. 31' },
        JHT: {
          rateBpPerMonth: bp(200),
          source:
            'media summaries of the agency rules (pontianak.tribunnews.com, 28 Feb 2023) [M]; PP 46/2015 not read',
        },
      },
    },
    source: 'PP 44/2015 art. 22; PP 45/2015 art. 31; JHT per media [M]',
    note:
      '2% per month late of the contribution due, simple (not compounded), on each program. Months late ' +
      'are counted as started months after the due date (contributions/late-payment.ts).',
  },
]);
