/**
 * What every PaymentGateway implementation must do, run by each implementation's test. `pay`
 * plays the payer's bank for that implementation (a sandbox call, or a provider's test API) and
 * returns the callback the gateway then sends with its signature.
 */
import { rupiah } from '@jmo/core';
import { describe, expect, it } from 'vitest';
import { type PaymentCallback, type PaymentGateway, verifyPaymentCallback } from './port.ts';

export function paymentGatewayContract(
  name: string,
  setup: () => Promise<{
    gateway: PaymentGateway;
    secret: Buffer;
    pay(vaNumber: string): Promise<{ callback: PaymentCallback; signature: string } | 'refused'>;
  }>,
): void {
  describe(`PaymentGateway contract: ${name}`, () => {
    it('opens a distinct, all-digit virtual account for each bill, at a known bank', async () => {
      const { gateway } = await setup();
      const bill = { reference: 'TAG-12345678-202611', holderName: 'PT MAJU', amount: rupiah(1_234_567) };
      const a = await gateway.openVirtualAccount(bill);
      const b = await gateway.openVirtualAccount({ ...bill, reference: 'TAG-12345678-202612' });
      expect(a.vaNumber).toMatch(/^\d{10,20}$/);
      expect(a.bankCode).toMatch(/^\d{3}$/);
      expect(b.vaNumber).not.toBe(a.vaNumber);
    });

    it('sends a signed callback for the exact amount when the bill is paid, and refuses a second payment', async () => {
      const { gateway, secret, pay } = await setup();
      const va = await gateway.openVirtualAccount({
        reference: 'TAG-87654321-202611',
        holderName: 'CV SENTOSA',
        amount: rupiah(16_800),
      });
      const paid = await pay(va.vaNumber);
      if (paid === 'refused') throw new Error('the first payment was refused');
      expect(paid.callback).toMatchObject({ vaNumber: va.vaNumber, amount: '16800' });
      expect(Number.isNaN(Date.parse(paid.callback.paidAt))).toBe(false);
      expect(verifyPaymentCallback(paid.callback, paid.signature, secret)).toBe(true);
      expect(await pay(va.vaNumber)).toBe('refused');
    });

    it('signs so that any altered field, or another secret, fails verification', async () => {
      const { gateway, secret, pay } = await setup();
      const va = await gateway.openVirtualAccount({
        reference: 'TAG-11112222-202611',
        holderName: 'PT ABADI',
        amount: rupiah(500_000),
      });
      const paid = await pay(va.vaNumber);
      if (paid === 'refused') throw new Error('the payment was refused');
      const { callback, signature } = paid;
      expect(verifyPaymentCallback({ ...callback, amount: '5000000' }, signature, secret)).toBe(false);
      expect(
        verifyPaymentCallback({ ...callback, vaNumber: `${callback.vaNumber}1` }, signature, secret),
      ).toBe(false);
      expect(verifyPaymentCallback(callback, signature, Buffer.from('another secret'))).toBe(false);
      expect(verifyPaymentCallback(callback, undefined, secret)).toBe(false);
    });
  });
}
