/**
 * What every BankGateway implementation must do, run by each implementation's test. The harness
 * names accounts the bank holds (one active, one closed), one it does not, and one that makes it
 * fail (for a real bank, its test environment's timeout account). Disbursement: to an active account
 * it is accepted with a reference, and a second identical disburse of the same payout id answers the
 * same reference (the bank's idempotency); a closed account at a bank that checks at once is refused;
 * the failing account times out; `transferStatus` knows what it accepted and nothing else.
 */
import { randomUUID } from 'node:crypto';
import { BANKS, parseBankAccount, type Rupiah } from '@jmo/core';
import { describe, expect, it } from 'vitest';
import { type BankGateway, BankUnavailableError } from './port.ts';

export interface BankAccountRef {
  bankCode: string;
  accountNumber: string;
}

export interface BankHarness {
  bank: BankGateway;
  /** An active account and its holder name exactly as the bank spells it. */
  active: BankAccountRef & { holderName: string };
  closed: BankAccountRef;
  /** A well-formed account number the bank does not hold. */
  unknown: BankAccountRef;
  /** An inquiry the bank cannot answer (timeout or maintenance). */
  failing: BankAccountRef;
}

export function bankGatewayContract(name: string, setup: () => Promise<BankHarness>): void {
  describe(`BankGateway contract: ${name}`, () => {
    it('uses accounts that core accepts for their banks', async () => {
      const h = await setup();
      for (const account of [h.active, h.closed, h.unknown, h.failing])
        expect(parseBankAccount(account).ok, `${account.bankCode} ${account.accountNumber}`).toBe(true);
    });

    it('answers an active account with its holder name as the bank spells it', async () => {
      const { bank, active } = await setup();
      expect(await bank.inquireAccount(active.bankCode, active.accountNumber)).toEqual({
        status: 'active',
        holderName: active.holderName,
      });
    });

    it('answers not_found for an account it does not hold, and for the same number at another bank', async () => {
      const { bank, unknown, active } = await setup();
      expect(await bank.inquireAccount(unknown.bankCode, unknown.accountNumber)).toEqual({
        status: 'not_found',
      });
      const otherBank = BANKS.find(
        (b) =>
          b.code !== active.bankCode &&
          parseBankAccount({ bankCode: b.code, accountNumber: active.accountNumber }).ok,
      );
      expect(otherBank).toBeDefined();
      expect(await bank.inquireAccount(otherBank!.code, active.accountNumber)).toEqual({
        status: 'not_found',
      });
    });

    it('answers closed for a closed account, without a holder name', async () => {
      const { bank, closed } = await setup();
      expect(await bank.inquireAccount(closed.bankCode, closed.accountNumber)).toEqual({ status: 'closed' });
    });

    it('fails with BankUnavailableError when the bank cannot answer, naming no account', async () => {
      const { bank, failing } = await setup();
      const error = await bank
        .inquireAccount(failing.bankCode, failing.accountNumber)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BankUnavailableError);
      expect((error as Error).message).not.toContain(failing.accountNumber);
    });

    it('accepts a disbursement with a reference, and answers the same reference to the same payout id again', async () => {
      const { bank, active } = await setup();
      const request = { payoutId: randomUUID(), ...active, amount: 1_500_000n as Rupiah };
      const first = await bank.disburse(request);
      expect(first).toEqual({ status: 'accepted', reference: expect.any(String) });
      expect(await bank.disburse(request)).toEqual(first);
      expect(await bank.transferStatus(request.payoutId)).toMatchObject({
        reference: (first as { reference: string }).reference,
      });
      expect(['accepted', 'settled']).toContain((await bank.transferStatus(request.payoutId)).status);
    });

    it('refuses a disbursement to a closed account at a bank that checks at once', async () => {
      const { bank, closed } = await setup();
      if (!BANKS.find((b) => b.code === closed.bankCode)?.isStateOwned) return;
      const payoutId = randomUUID();
      expect(
        await bank.disburse({ payoutId, ...closed, holderName: 'ANY', amount: 10_000n as Rupiah }),
      ).toEqual({ status: 'rejected', reason: 'closed' });
      expect(await bank.transferStatus(payoutId)).toEqual({ status: 'unknown' });
    });

    it('times out a disbursement to the failing account with BankUnavailableError, naming no account', async () => {
      const { bank, failing } = await setup();
      const error = await bank
        .disburse({ payoutId: randomUUID(), ...failing, holderName: 'ANY', amount: 10_000n as Rupiah })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BankUnavailableError);
      expect((error as Error).message).not.toContain(failing.accountNumber);
    });

    it('knows nothing of a payout id it never accepted', async () => {
      const { bank } = await setup();
      expect(await bank.transferStatus(randomUUID())).toEqual({ status: 'unknown' });
    });
  });
}
