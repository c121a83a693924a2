/**
 * How an informal worker's (BPU) membership stays in force, as dated data: contributions are due by
 * the 15th of the contribution month (`contribution-due-date.ts`), may be paid ahead, carry no fine,
 * and cover lapses when contributions stay unpaid.
 *
 * PP 44/2015 art. 39 and 42: with arrears of up to 3 consecutive months some benefits are still paid
 * (JKK medical care, the JKM funeral cost; the rest once the arrears are settled); with more than 3
 * there is no JKK or JKM entitlement. The agency's "Perisai" FAQ says the membership becomes inactive
 * after 3 months unpaid [M].
 */
import { ruleTable } from './dated.ts';

export type BpuPaymentRules = {
  /** Late BPU contributions carry no fine. */
  readonly latePenalty: false;
  /**
   * Cover lapses after this many consecutive unpaid months: with up to this many in arrears some
   * benefits remain, with more there are none.
   */
  readonly lapseAfterUnpaidMonths: number;
};

export const BPU_PAYMENT_RULES = ruleTable<BpuPaymentRules>([
  {
    validFrom: '2015-07-01',
    value: { latePenalty: false, lapseAfterUnpaidMonths: 3 },
    source: 'PP 44/2015 art. 24(3)-(4), 39, 42; BPJS Ketenagakerjaan "Perisai" FAQ (perisaiblora) [M]',
    note:
      'No fine for late BPU contributions. After 3 consecutive unpaid months the cover lapses: up to 3 ' +
      'months some benefits remain (paid once the arrears are settled), beyond 3 none.',
  },
]);
