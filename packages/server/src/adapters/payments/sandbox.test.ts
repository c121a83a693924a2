/**
 * The sandbox VA provider passes the payments contract on the test database, and keeps what a bank
 * would: one payment per VA, with its time and id.
 */
import { randomBytes } from 'node:crypto';
import { rupiah } from '@jmo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { paymentGatewayContract } from './payments.contract.ts';
import { createSandboxPaymentGateway, listSandboxVirtualAccounts, payVirtualAccount } from './sandbox.ts';

let t: TestDatabase;
const clock = { now: () => new Date('2026-11-20T03:00:00Z') };
const secret = randomBytes(32);

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

paymentGatewayContract('sandbox (database)', async () => ({
  gateway: createSandboxPaymentGateway(t.db, clock),
  secret,
  async pay(vaNumber) {
    const paid = await payVirtualAccount(t.db, clock, secret, vaNumber);
    return paid.ok ? paid : 'refused';
  },
}));

describe('sandbox virtual accounts', () => {
  it('records the payment on the VA, and says why a payment is refused', async () => {
    const gateway = createSandboxPaymentGateway(t.db, clock);
    const va = await gateway.openVirtualAccount({
      reference: 'TAG-X',
      holderName: 'PT X',
      amount: rupiah(7),
    });
    expect(await payVirtualAccount(t.db, clock, secret, '9880099999999999')).toEqual({
      ok: false,
      error: 'unknown_va',
    });
    const paid = await payVirtualAccount(t.db, clock, secret, va.vaNumber);
    expect(paid.ok).toBe(true);
    expect(await payVirtualAccount(t.db, clock, secret, va.vaNumber)).toEqual({
      ok: false,
      error: 'already_paid',
    });
    const [listed] = (await listSandboxVirtualAccounts(t.db, 50)).filter((v) => v.vaNumber === va.vaNumber);
    expect(listed).toMatchObject({ reference: 'TAG-X', amount: 7n, paidAt: clock.now() });
  });
});
