/**
 * The payments port: virtual accounts (VA) that employers and members pay contributions into, and
 * the callbacks the payment gateway sends when one is paid. The real world is a bank's or an
 * aggregator's VA service; the sandbox (`sandbox.ts`) simulates one in the database.
 *
 * A callback is signed by the gateway with a shared secret (HMAC-SHA-256 over a canonical line, so
 * JSON formatting cannot break it). JMO accepts a callback only with a valid signature, records every
 * one by the gateway's payment id (a replay changes nothing) and applies it to the invoice whose VA
 * it names.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Rupiah } from '@jmo/core';

export interface OpenVirtualAccount {
  /** What the payer sees on their banking app: our invoice number. */
  reference: string;
  /** Shown by the bank as the account holder: the employer's or member's name. */
  holderName: string;
  /** A closed VA: only exactly this amount is accepted. */
  amount: Rupiah;
}

export interface VirtualAccount {
  vaNumber: string;
  /** Clearing code of the bank that holds the VA (core `ids/banks.ts`). */
  bankCode: string;
}

export interface PaymentGateway {
  openVirtualAccount(request: OpenVirtualAccount): Promise<VirtualAccount>;
}

/** What a gateway tells us about one payment, as sent on the wire. */
export interface PaymentCallback {
  paymentId: string;
  vaNumber: string;
  /** Whole rupiah, digits. */
  amount: string;
  /** ISO instant the payer's bank booked the payment. */
  paidAt: string;
}

export const SIGNATURE_HEADER = 'x-jmo-signature';

function canonical(callback: PaymentCallback): string {
  return [callback.paymentId, callback.vaNumber, callback.amount, callback.paidAt].join('|');
}

/** The gateway's side: `sha256=<hex>` of the callback under the shared secret. */
export function signPaymentCallback(callback: PaymentCallback, secret: Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(canonical(callback)).digest('hex')}`;
}

/** Our side: constant-time comparison, so a forger learns nothing from timing. */
export function verifyPaymentCallback(
  callback: PaymentCallback,
  signature: string | undefined,
  secret: Buffer,
): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signPaymentCallback(callback, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export class PaymentsUnavailableError extends Error {
  override readonly name = 'PaymentsUnavailableError';
}

/**
 * Production until a real VA provider is wired: opening a VA fails as unavailable, so invoices say
 * "try again later" rather than showing a number nobody can pay into.
 */
export const unavailablePaymentGateway: PaymentGateway = {
  async openVirtualAccount() {
    throw new PaymentsUnavailableError('no payment gateway is configured');
  },
};
