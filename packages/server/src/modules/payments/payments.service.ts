/**
 * Payment callbacks from the gateway: verified by signature, recorded once by payment id (a replay
 * is answered with the first outcome and changes nothing), and applied to the invoice whose VA
 * they name in the same transaction that records them — so a crash leaves either both or neither.
 */
import type { Rupiah } from '@jmo/core';
import { type PaymentCallback, verifyPaymentCallback } from '../../adapters/payments/port.ts';
import type { PaymentCallbackOutcome } from '../../db/schema.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { applyInvoicePayment } from '../invoices/invoices.service.ts';

export async function receivePaymentCallback(
  deps: Deps,
  callback: PaymentCallback,
  signature: string | undefined,
): Promise<Outcome<{ outcome: PaymentCallbackOutcome; replayed: boolean }, 'payment_signature_invalid'>> {
  if (!verifyPaymentCallback(callback, signature, deps.config.payments.callbackSecret)) {
    return { ok: false, error: 'payment_signature_invalid' };
  }
  const amount = BigInt(callback.amount) as Rupiah;
  const paidAt = new Date(callback.paidAt);
  return deps.db.transaction().execute(async (trx) => {
    const recorded = await trx
      .insertInto('payment_callbacks')
      .values({
        payment_id: callback.paymentId,
        va_number: callback.vaNumber,
        amount,
        paid_at: paidAt,
        received_at: deps.clock.now(),
        outcome: 'unknown_va',
      })
      .onConflict((oc) => oc.column('payment_id').doNothing())
      .returning('payment_id')
      .executeTakeFirst();
    if (!recorded) {
      const first = await trx
        .selectFrom('payment_callbacks')
        .select('outcome')
        .where('payment_id', '=', callback.paymentId)
        .executeTakeFirstOrThrow();
      return { ok: true, value: { outcome: first.outcome, replayed: true } };
    }
    const outcome = await applyInvoicePayment(deps, trx, {
      paymentId: callback.paymentId,
      vaNumber: callback.vaNumber,
      amount,
      paidAt,
    });
    await trx
      .updateTable('payment_callbacks')
      .set({ outcome })
      .where('payment_id', '=', callback.paymentId)
      .execute();
    return { ok: true, value: { outcome, replayed: false } };
  });
}
