/**
 * The states of a claim (DESIGN.md §5), who holds the claim in each, and until when:
 *
 *     draft → submitted ─┬─────────────────────────────► approved → paying → paid
 *                        └► verifying ─┬─► (interview) ─┘              │
 *                                      │                               └► payout_failed → retrying → paying
 *     rejected · returned_for_fix (→ submitted) · cancelled                            └► reversed
 *
 * `paid`, `rejected`, `cancelled` and `reversed` are terminal: nobody holds the claim any more. The
 * moves between states, with who may make them, are in `transitions.ts`.
 */

import { addWorkingDays } from '../data-update/sla.ts';
import { assert } from '../result.ts';
import { CLAIM_STATE_SLAS, type ClaimSla, type ClaimStateSla } from '../rules/claim-sla.ts';
import { ruleAt } from '../rules/dated.ts';
import { type CalendarDate, dateInZone } from '../time/period.ts';

export const CLAIM_STATES = [
  'draft',
  'submitted',
  'verifying',
  'interview',
  'approved',
  'paying',
  'paid',
  'rejected',
  'returned_for_fix',
  'cancelled',
  'payout_failed',
  'retrying',
  'reversed',
] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export const TERMINAL_CLAIM_STATES = [
  'paid',
  'rejected',
  'cancelled',
  'reversed',
] as const satisfies readonly ClaimState[];

export function isClaimState(value: string): value is ClaimState {
  return (CLAIM_STATES as readonly string[]).includes(value);
}

export function isTerminalClaimState(state: ClaimState): boolean {
  return (TERMINAL_CLAIM_STATES as readonly ClaimState[]).includes(state);
}

/** Who holds a claim: the one the member is waiting for. `none` once the claim is finished. */
export const CLAIM_OWNERS = ['participant', 'employer', 'branch', 'head_office', 'bank', 'none'] as const;
export type ClaimOwner = (typeof CLAIM_OWNERS)[number];

/**
 * The holder of each state. The automated checks and the payout order run at the head office; an
 * officer of the branch verifies documents and interviews; the bank moves the money. `employer` holds
 * no claim state: what an employer must do (report the member as left) blocks a claim before it
 * exists (`jht-eligibility.ts`, remedy `ask_employer`).
 */
export const CLAIM_STATE_OWNERS: Readonly<Record<ClaimState, ClaimOwner>> = {
  draft: 'participant',
  submitted: 'head_office',
  verifying: 'branch',
  interview: 'branch',
  approved: 'head_office',
  paying: 'bank',
  paid: 'none',
  rejected: 'none',
  returned_for_fix: 'participant',
  cancelled: 'none',
  payout_failed: 'head_office',
  retrying: 'head_office',
  reversed: 'none',
};

/** Words for the states and owners, as the member reads them in "Tracking Klaim". */
export const CLAIM_STATE_NAMES: Readonly<Record<ClaimState, { readonly id: string; readonly en: string }>> = {
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Diajukan', en: 'Submitted' },
  verifying: { id: 'Diverifikasi petugas', en: 'Being verified by an officer' },
  interview: { id: 'Wawancara', en: 'Interview' },
  approved: { id: 'Disetujui', en: 'Approved' },
  paying: { id: 'Sedang dibayarkan', en: 'Being paid' },
  paid: { id: 'Dibayar', en: 'Paid' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  returned_for_fix: { id: 'Dikembalikan untuk diperbaiki', en: 'Returned for a fix' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
  payout_failed: { id: 'Pembayaran gagal', en: 'Payout failed' },
  retrying: { id: 'Pembayaran dicoba lagi', en: 'Payout being retried' },
  reversed: { id: 'Dana dikembalikan ke saldo', en: 'Returned to the balance' },
};

export const CLAIM_OWNER_NAMES: Readonly<Record<ClaimOwner, { readonly id: string; readonly en: string }>> = {
  participant: { id: 'Anda', en: 'You' },
  employer: { id: 'Pemberi kerja', en: 'Your employer' },
  branch: { id: 'Kantor cabang', en: 'The branch office' },
  head_office: { id: 'BPJS Ketenagakerjaan', en: 'BPJS Ketenagakerjaan' },
  bank: { id: 'Bank', en: 'The bank' },
  none: { id: '—', en: '—' },
};

/** The SLA of a state on a day (the table is dated), with its source and illustrative flag. */
export function claimStateSla(state: ClaimState, on: CalendarDate): ClaimStateSla {
  return ruleAt(CLAIM_STATE_SLAS, on).value[state];
}

export type ClaimDue =
  | { readonly kind: 'instant'; readonly at: Date; readonly sla: ClaimSla; readonly illustrative: boolean }
  | {
      readonly kind: 'end_of_day';
      /** Due by the end of this business date (in `timeZone`). */
      readonly date: CalendarDate;
      readonly sla: ClaimSla;
      readonly illustrative: boolean;
      /** False when a year without a holiday list was crossed (weekends still skipped). */
      readonly holidaysKnown: boolean;
    };

/**
 * Until when the holder of a claim that entered `state` at `enteredAt` may keep it; null when the
 * state has no clock. Working days are counted in the business time zone (Asia/Jakarta by default on
 * the server), the day of entry never counting.
 */
export function claimDue(state: ClaimState, enteredAt: Date, timeZone: string): ClaimDue | null {
  const day = dateInZone(enteredAt, timeZone);
  const { sla, illustrative } = claimStateSla(state, day);
  if (sla === null) return null;
  assert(Number.isInteger(sla.amount) && sla.amount > 0, `SLA of ${state} must be a positive integer`);
  if (sla.unit === 'hours') {
    return { kind: 'instant', at: new Date(enteredAt.getTime() + sla.amount * 3_600_000), sla, illustrative };
  }
  const due = addWorkingDays(day, sla.amount);
  return { kind: 'end_of_day', date: due.date, sla, illustrative, holidaysKnown: due.holidaysKnown };
}
