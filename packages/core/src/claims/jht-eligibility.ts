/**
 * May a member claim their whole JHT balance in the app now? The app shows three conditions, each a
 * green check or a blocker with what to do ("3 centang hijau", RULES.md §3.3):
 *
 * 1. `balance_within_cap`: the balance is above zero and at most the in-app cap in force on the day
 *    (`rules/jht-in-app-cap.ts`); above it the claim goes through Lapak Asik (`lapak_asik`).
 * 2. `data_updated`: the membership data has been updated (pengkinian data, `update_data`).
 * 3. `membership_ended`: the employer reported the member as left, the membership is non-active, and
 *    the waiting period after the leaving date is over (PP 46/2015 art. 26 as amended by PP 60/2015;
 *    Permenaker 4/2022 art. 8–11). Until the report: `ask_employer`; during the wait:
 *    `claimable_from` with the first day a claim may be made.
 *
 * This covers the resignation / termination path of the app. Age 56, permanent disability, death and
 * leaving Indonesia go through Lapak Asik or a branch with documents.
 */
import type { Locale } from '../contracts/errors.ts';
import { formatDay } from '../contributions/explain.ts';
import { formatRupiah, type Rupiah } from '../money/rupiah.ts';
import { assert } from '../result.ts';
import { ruleAt } from '../rules/dated.ts';
import { JHT_IN_APP_CLAIM_CAPS, JHT_WAITING_PERIODS } from '../rules/jht-in-app-cap.ts';
import { addMonthsToDate } from '../time/calendar.ts';
import type { CalendarDate } from '../time/period.ts';

export const JHT_CLAIM_CONDITIONS = ['balance_within_cap', 'data_updated', 'membership_ended'] as const;
export type JhtClaimCondition = (typeof JHT_CLAIM_CONDITIONS)[number];

export type JhtClaimBlockerCode =
  | 'no_balance'
  | 'above_in_app_cap'
  | 'data_not_updated'
  | 'leave_not_reported'
  | 'membership_still_active'
  | 'leaving_date_unknown'
  | 'waiting_period';

export type JhtClaimRemedy =
  | 'check_other_cards'
  | 'lapak_asik'
  | 'update_data'
  | 'ask_employer'
  | 'claimable_from';

export type JhtClaimBlocker = {
  readonly code: JhtClaimBlockerCode;
  readonly remedy: JhtClaimRemedy;
  /** For `claimable_from`: the first day a claim may be made. */
  readonly date?: CalendarDate;
};

export type JhtClaimConditionResult = {
  readonly condition: JhtClaimCondition;
  readonly ok: boolean;
  readonly blocker?: JhtClaimBlocker;
};

export type JhtEligibilityInput = {
  readonly balance: Rupiah;
  /** The day of the check (the business date, Asia/Jakarta on the server). */
  readonly asOf: CalendarDate;
  /** Has the member completed the data update (pengkinian data)? */
  readonly dataUpdated: boolean;
  readonly membership: {
    readonly active: boolean;
    /** The leaving date the employer reported. */
    readonly leftOn?: CalendarDate;
    readonly leaveReported: boolean;
  };
};

export type JhtEligibility = {
  /** True when all three conditions are met. */
  readonly eligible: boolean;
  readonly conditions: readonly [JhtClaimConditionResult, JhtClaimConditionResult, JhtClaimConditionResult];
  readonly cap: { readonly amount: Rupiah; readonly validFrom: CalendarDate; readonly source: string };
  readonly waitingPeriod: { readonly months: number; readonly source: string };
  /** Leaving date + waiting period, when the leaving date is known. */
  readonly claimableFrom: CalendarDate | null;
};

const passed = (condition: JhtClaimCondition): JhtClaimConditionResult => ({ condition, ok: true });
const blocked = (condition: JhtClaimCondition, blocker: JhtClaimBlocker): JhtClaimConditionResult => ({
  condition,
  ok: false,
  blocker,
});

export function checkJhtInAppEligibility(input: JhtEligibilityInput): JhtEligibility {
  const { balance, asOf, dataUpdated, membership } = input;
  assert(balance >= 0n, `a JHT balance cannot be negative: ${balance}`);
  const cap = ruleAt(JHT_IN_APP_CLAIM_CAPS, asOf);
  const wait = ruleAt(JHT_WAITING_PERIODS, asOf);

  const balanceResult =
    balance === 0n
      ? blocked('balance_within_cap', { code: 'no_balance', remedy: 'check_other_cards' })
      : balance > cap.value.cap
        ? blocked('balance_within_cap', { code: 'above_in_app_cap', remedy: 'lapak_asik' })
        : passed('balance_within_cap');

  const dataResult = dataUpdated
    ? passed('data_updated')
    : blocked('data_updated', { code: 'data_not_updated', remedy: 'update_data' });

  const claimableFrom = membership.leftOn ? addMonthsToDate(membership.leftOn, wait.value.months) : null;
  let membershipResult: JhtClaimConditionResult;
  if (!membership.leaveReported) {
    membershipResult = blocked('membership_ended', { code: 'leave_not_reported', remedy: 'ask_employer' });
  } else if (membership.active) {
    membershipResult = blocked('membership_ended', {
      code: 'membership_still_active',
      remedy: 'ask_employer',
    });
  } else if (claimableFrom === null) {
    membershipResult = blocked('membership_ended', { code: 'leaving_date_unknown', remedy: 'ask_employer' });
  } else if (asOf < claimableFrom) {
    membershipResult = blocked('membership_ended', {
      code: 'waiting_period',
      remedy: 'claimable_from',
      date: claimableFrom,
    });
  } else {
    membershipResult = passed('membership_ended');
  }

  const conditions = [balanceResult, dataResult, membershipResult] as const;
  return {
    eligible: conditions.every((c) => c.ok),
    conditions,
    cap: { amount: cap.value.cap, validFrom: cap.validFrom, source: cap.source },
    waitingPeriod: { months: wait.value.months, source: wait.source },
    claimableFrom,
  };
}

/** What a blocker means and what to do, in the member's language. */
export function jhtClaimBlockerMessage(
  blocker: JhtClaimBlocker,
  context: { readonly cap: Rupiah },
  locale: Locale,
): string {
  const id = locale === 'id';
  switch (blocker.code) {
    case 'no_balance':
      return id
        ? 'Saldo JHT kartu ini Rp0. Periksa kartu KPJ Anda yang lain, atau gabungkan saldonya.'
        : 'The JHT balance of this card is Rp0. Check your other KPJ cards, or merge their balances.';
    case 'above_in_app_cap':
      return id
        ? `Saldo di atas ${formatRupiah(context.cap)}: ajukan lewat Lapak Asik dengan dokumen, atau di kantor cabang.`
        : `The balance is above ${formatRupiah(context.cap)}: claim through Lapak Asik with documents, or at a branch.`;
    case 'data_not_updated':
      return id
        ? 'Lengkapi pengkinian data dulu (swafoto, kontak, NPWP dan rekening), lalu kembali ke klaim.'
        : 'Complete the data update first (selfie, contact, NPWP and bank account), then come back to the claim.';
    case 'leave_not_reported':
      return id
        ? 'Pemberi kerja belum melaporkan Anda berhenti bekerja. Minta bagian personalia melaporkannya ke BPJS Ketenagakerjaan.'
        : 'Your employer has not reported that you left. Ask the HR department to report it to BPJS Ketenagakerjaan.';
    case 'membership_still_active':
      return id
        ? 'Kepesertaan Anda masih aktif. Minta pemberi kerja menonaktifkannya dengan melaporkan tanggal berhenti bekerja.'
        : 'Your membership is still active. Ask your employer to end it by reporting your leaving date.';
    case 'leaving_date_unknown':
      return id
        ? 'Tanggal berhenti bekerja belum tercatat. Minta pemberi kerja melaporkan tanggalnya.'
        : 'No leaving date is recorded. Ask your employer to report the date.';
    case 'waiting_period':
      return id
        ? `Klaim bisa diajukan mulai ${formatDay(blocker.date!, 'id')}, satu bulan setelah tanggal berhenti bekerja.`
        : `You can claim from ${formatDay(blocker.date!, 'en')}, one month after the leaving date.`;
  }
}
