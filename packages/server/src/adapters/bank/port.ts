/**
 * Banks (the outside world for payouts): the account-name inquiry that proves an account is the
 * member's before any money goes there, and disbursement — the transfer of a payout to that account.
 *
 * A disbursement is keyed by the payout id: the bank pays one payout id at most once, and a second
 * identical `disburse` of a payout it accepted answers the same reference. Acceptance is not payment:
 * the bank tells us later, by a signed callback (`signTransferCallback`), that the transfer settled or
 * failed. `transferStatus` asks about a payout id when no callback came or a call timed out.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Rupiah } from '@jmo/core';

export type AccountInquiry =
  | { status: 'active'; holderName: string }
  /** No such account at that bank. */
  | { status: 'not_found' }
  /** The account exists but takes no credits (closed, dormant or blocked). */
  | { status: 'closed' };

export interface DisburseRequest {
  /** Our payout id: the bank's idempotency key. */
  payoutId: string;
  bankCode: string;
  accountNumber: string;
  holderName: string;
  /** Whole rupiah, > 0. */
  amount: Rupiah;
}

/** Why a bank refused or failed a transfer. */
export type TransferFailureReason = 'closed' | 'not_found' | 'rejected';

export type DisburseResult =
  /** Taken for transfer; a callback will say whether it settled. */
  { status: 'accepted'; reference: string } | { status: 'rejected'; reason: TransferFailureReason };

export type TransferStatus =
  /** The bank holds no transfer for this payout id: it was never accepted. */
  | { status: 'unknown' }
  | { status: 'accepted' | 'settled'; reference: string; amount: Rupiah }
  | { status: 'failed'; reference: string; reason: TransferFailureReason };

export interface BankGateway {
  /** `bankCode` is a code from core `BANKS`; `accountNumber` digits already validated by core. */
  inquireAccount(bankCode: string, accountNumber: string): Promise<AccountInquiry>;
  /** Send a payout; throws `BankUnavailableError` when the bank does not answer (the outcome is then unknown). */
  disburse(request: DisburseRequest): Promise<DisburseResult>;
  /** What the bank knows of a payout id; throws `BankUnavailableError` when it does not answer. */
  transferStatus(payoutId: string): Promise<TransferStatus>;
}

/** The bank did not answer (timeout, maintenance): not a verdict about the account. */
export class BankUnavailableError extends Error {
  override readonly name = 'BankUnavailableError';
}

/** Where no bank link is configured: every call fails as unavailable. */
export const unavailableBank: BankGateway = {
  async inquireAccount() {
    throw new BankUnavailableError('no bank link is configured');
  },
  async disburse() {
    throw new BankUnavailableError('no bank link is configured');
  },
  async transferStatus() {
    throw new BankUnavailableError('no bank link is configured');
  },
};

/** What a bank tells us about one transfer, as sent on the wire. */
export interface TransferCallback {
  payoutId: string;
  reference: string;
  status: 'settled' | 'failed';
  /** Present when failed. */
  reason?: TransferFailureReason | undefined;
  /** Whole rupiah, digits. */
  amount: string;
  /** ISO instant the bank settled or failed the transfer. */
  at: string;
}

export const TRANSFER_SIGNATURE_HEADER = 'x-jmo-signature';

function canonical(c: TransferCallback): string {
  return [c.payoutId, c.reference, c.status, c.reason ?? '', c.amount, c.at].join('|');
}

/** The bank's side: `sha256=<hex>` of the canonical line under the shared secret. */
export function signTransferCallback(callback: TransferCallback, secret: Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(canonical(callback)).digest('hex')}`;
}

/** Our side, in constant time. */
export function verifyTransferCallback(
  callback: TransferCallback,
  signature: string | undefined,
  secret: Buffer,
): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signTransferCallback(callback, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
