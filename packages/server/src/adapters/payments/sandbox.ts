/**
 * A simulated virtual-account provider kept in the database (`sandbox_virtual_accounts`): VA numbers
 * are the bank's 5-digit company prefix and 11 random digits; `payVirtualAccount` plays the payer's
 * bank, marks the VA paid and returns the signed callback the gateway would send. The sandbox
 * surface (`/sandbox/payments`) delivers that callback to JMO's own callback route.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Rupiah } from '@jmo/core';
import type { Database } from '../../db/database.ts';
import { type PaymentCallback, type PaymentGateway, signPaymentCallback } from './port.ts';

/** BNI (009) holds the sandbox's VAs; the prefix is the sandbox's "company code" at that bank. */
export const SANDBOX_VA_BANK_CODE = '009';
const VA_PREFIX = '98800';

export function createSandboxPaymentGateway(db: Database, clock: { now(): Date }): PaymentGateway {
  return {
    async openVirtualAccount({ reference, holderName, amount }) {
      for (;;) {
        const vaNumber = `${VA_PREFIX}${String(randomInt(0, 10 ** 11)).padStart(11, '0')}`;
        const inserted = await db
          .insertInto('sandbox_virtual_accounts')
          .values({
            va_number: vaNumber,
            bank_code: SANDBOX_VA_BANK_CODE,
            reference,
            holder_name: holderName,
            amount,
            created_at: clock.now(),
          })
          .onConflict((oc) => oc.column('va_number').doNothing())
          .returning('va_number')
          .executeTakeFirst();
        if (inserted) return { vaNumber, bankCode: SANDBOX_VA_BANK_CODE };
      }
    },
  };
}

export type SandboxPayment =
  | { ok: true; callback: PaymentCallback; signature: string }
  | { ok: false; error: 'unknown_va' | 'already_paid' };

/**
 * The payer's bank pays a VA in full. A VA is paid once; asking again is refused, as a bank refuses
 * a closed VA. (A gateway that *sends* the same callback twice is simulated by re-delivering it.)
 */
export async function payVirtualAccount(
  db: Database,
  clock: { now(): Date },
  secret: Buffer,
  vaNumber: string,
): Promise<SandboxPayment> {
  const paidAt = clock.now();
  const paymentId = `SBX-${randomUUID()}`;
  const row = await db
    .updateTable('sandbox_virtual_accounts')
    .set({ paid_at: paidAt, payment_id: paymentId })
    .where('va_number', '=', vaNumber)
    .where('paid_at', 'is', null)
    .returning(['amount'])
    .executeTakeFirst();
  if (!row) {
    const exists = await db
      .selectFrom('sandbox_virtual_accounts')
      .select('va_number')
      .where('va_number', '=', vaNumber)
      .executeTakeFirst();
    return { ok: false, error: exists ? 'already_paid' : 'unknown_va' };
  }
  const callback: PaymentCallback = {
    paymentId,
    vaNumber,
    amount: (row.amount as Rupiah).toString(),
    paidAt: paidAt.toISOString(),
  };
  return { ok: true, callback, signature: signPaymentCallback(callback, secret) };
}

export interface SandboxVirtualAccountView {
  vaNumber: string;
  bankCode: string;
  reference: string;
  holderName: string;
  amount: Rupiah;
  createdAt: Date;
  paidAt: Date | null;
}

/** Newest first, for the sandbox page. */
export async function listSandboxVirtualAccounts(
  db: Database,
  limit: number,
): Promise<SandboxVirtualAccountView[]> {
  const rows = await db
    .selectFrom('sandbox_virtual_accounts')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    vaNumber: r.va_number,
    bankCode: r.bank_code,
    reference: r.reference,
    holderName: r.holder_name,
    amount: r.amount as Rupiah,
    createdAt: r.created_at,
    paidAt: r.paid_at,
  }));
}
