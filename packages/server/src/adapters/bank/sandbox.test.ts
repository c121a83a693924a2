/**
 * The sandbox bank passes the bank contract on the test database, and keeps what a bank's test
 * system would: account numbers only encrypted, one account per number and bank, the latency it is
 * configured with, and a timeout for an account number of nines.
 */
import { randomBytes } from 'node:crypto';
import { findBank, matchHolderName } from '@jmo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BANK_ACCOUNTS, DEMO_LOGINS } from '../../demo/seed.ts';
import { newUuid } from '../../lib/deps.ts';
import { createPiiCipher } from '../../security/pii.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { bankGatewayContract } from './bank.contract.ts';
import { BankUnavailableError, type TransferCallback, verifyTransferCallback } from './port.ts';
import {
  addSandboxBankAccounts,
  createSandboxBank,
  isSandboxOutageAccount,
  listSandboxBankAccounts,
  runSandboxBank,
  type SandboxBankAccount,
} from './sandbox.ts';

let t: TestDatabase;
const pii = createPiiCipher({ encryptionKey: randomBytes(32), indexKey: randomBytes(32) });
const clock = { now: () => new Date('2026-12-02T03:00:00Z') };
const active: SandboxBankAccount = {
  bankCode: '002',
  accountNumber: '002301000123508',
  holderName: 'MUH. RIDWAN HIDAYAT',
  status: 'active',
};
const closed: SandboxBankAccount = {
  bankCode: '009',
  accountNumber: '0123456789',
  holderName: 'DEWI ANGGRAINI',
  status: 'closed',
};

beforeAll(async () => {
  t = await openTestDatabase();
  await addSandboxBankAccounts(t.db, { pii, clock, newId: newUuid }, [active, closed]);
});
afterAll(() => t.close());

bankGatewayContract('sandbox (database)', async () => ({
  bank: createSandboxBank({ db: t.db, pii }, { latencyMs: 0 }),
  active,
  closed,
  unknown: { bankCode: '002', accountNumber: '002301000123516' },
  failing: { bankCode: '009', accountNumber: '9999999999' },
}));

describe('sandbox bank', () => {
  it('stores account numbers only encrypted, and opening an account twice keeps one', async () => {
    await addSandboxBankAccounts(t.db, { pii, clock, newId: newUuid }, [{ ...active, holderName: 'OTHER' }]);
    const rows = await t.db.selectFrom('sandbox_bank_accounts').selectAll().execute();
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain(active.accountNumber);
    const stored = rows.find((r) => r.bank_code === '002')!;
    expect(pii.decrypt(stored.account_number_enc)).toBe(active.accountNumber);
    expect(stored).toMatchObject({
      holder_name: 'MUH. RIDWAN HIDAYAT',
      status: 'active',
      created_at: clock.now(),
    });
    expect(await listSandboxBankAccounts(t.db, pii, 10)).toEqual([
      { ...active, createdAt: clock.now() },
      { ...closed, createdAt: clock.now() },
    ]);
  });

  it('answers unknown accounts not_found and closed ones closed', async () => {
    const bank = createSandboxBank({ db: t.db, pii }, { latencyMs: 0 });
    expect(await bank.inquireAccount('009', '0123456780')).toEqual({ status: 'not_found' });
    expect(await bank.inquireAccount('009', closed.accountNumber)).toEqual({ status: 'closed' });
  });

  it('takes its latency to answer, and times out on an account number of nines only', async () => {
    const bank = createSandboxBank({ db: t.db, pii }, { latencyMs: 60 });
    let started = performance.now();
    expect((await bank.inquireAccount(active.bankCode, active.accountNumber)).status).toBe('active');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    started = performance.now();
    await expect(bank.inquireAccount('008', '9999999999999')).rejects.toBeInstanceOf(BankUnavailableError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(isSandboxOutageAccount('9999999999')).toBe(true);
    expect(isSandboxOutageAccount('9999999998')).toBe(false);
  });
});

describe('sandbox bank transfers', () => {
  const secret = randomBytes(32);
  let now = new Date('2026-12-02T03:00:10Z');
  const movingClock = { now: () => new Date(now) };
  const options = { latencyMs: 0, himbaraDelayMs: 3000, batchMs: 60_000 };

  it('settles Himbara transfers after the delay and others at the next batch, then calls back signed, at least once', async () => {
    const bank = createSandboxBank({ db: t.db, pii, clock: movingClock }, options);
    const himbara = newUuid();
    const other = newUuid();
    await bank.disburse({ payoutId: himbara, ...active, amount: 5000n as never });
    await bank.disburse({
      payoutId: other,
      bankCode: '014',
      accountNumber: '1234567890',
      holderName: 'X',
      amount: 7000n as never,
    });
    const stored = await t.db.selectFrom('sandbox_bank_transfers').selectAll().execute();
    expect(JSON.stringify(stored, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).not.toContain(
      active.accountNumber,
    );
    expect(stored.find((r) => r.payout_id === other)!.settle_at).toEqual(new Date('2026-12-02T03:01:00Z'));
    const heard: TransferCallback[] = [];
    let refuse = true;
    const run = {
      secret,
      duplicateCallbacks: true,
      async deliver(callback: TransferCallback, signature: string) {
        expect(verifyTransferCallback(callback, signature, secret)).toBe(true);
        if (refuse) throw new Error('receiver down');
        heard.push(callback);
      },
    };
    now = new Date('2026-12-02T03:00:13Z');
    await expect(runSandboxBank({ db: t.db, pii, clock: movingClock }, options, run)).rejects.toThrow(
      'receiver down',
    );
    refuse = false;
    expect(await runSandboxBank({ db: t.db, pii, clock: movingClock }, options, run)).toEqual({
      settled: 0,
      failed: 0,
      delivered: 2,
    });
    expect(heard.map((c) => [c.payoutId, c.status])).toEqual([
      [himbara, 'settled'],
      [himbara, 'settled'],
    ]);
    now = new Date('2026-12-02T03:01:00Z');
    // The account at the other bank does not exist: the batch fails it.
    expect(await runSandboxBank({ db: t.db, pii, clock: movingClock }, options, run)).toEqual({
      settled: 0,
      failed: 1,
      delivered: 2,
    });
    expect(heard.at(-1)).toMatchObject({
      payoutId: other,
      status: 'failed',
      reason: 'not_found',
      amount: '7000',
    });
  });
});

describe('demo bank accounts', () => {
  const personaNames = new Map(DEMO_LOGINS.map((l) => [l.email, l.fullName]));

  it('give every persona an active account in their name at a Himbara bank, one abbreviated, one titled', () => {
    for (const login of DEMO_LOGINS) {
      const own = DEMO_BANK_ACCOUNTS.filter(
        (a) =>
          a.forLogin === login.email &&
          a.status === 'active' &&
          findBank(a.bankCode)?.isStateOwned &&
          matchHolderName(a.holderName, login.fullName).match,
      );
      expect(own, login.email).not.toHaveLength(0);
    }
    const rules = DEMO_BANK_ACCOUNTS.map((a) => matchHolderName(a.holderName, personaNames.get(a.forLogin)!));
    expect(rules).toContainEqual({ match: true, rule: 'abbreviation' });
    expect(rules).toContainEqual({ match: true, rule: 'titles_removed' });
  });

  it('hold the cases to refuse or to tell apart: someone else’s name, closed, not Himbara', () => {
    const refusedName = DEMO_BANK_ACCOUNTS.filter(
      (a) => !matchHolderName(a.holderName, personaNames.get(a.forLogin)!).match,
    );
    expect(refusedName.map((a) => a.holderName)).toEqual(['RINA SANTOSO']);
    expect(DEMO_BANK_ACCOUNTS.filter((a) => a.status === 'closed')).toHaveLength(1);
    expect(DEMO_BANK_ACCOUNTS.some((a) => findBank(a.bankCode)?.isStateOwned === false)).toBe(true);
    const keys = DEMO_BANK_ACCOUNTS.map((a) => `${a.bankCode}:${a.accountNumber}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of DEMO_BANK_ACCOUNTS) expect(isSandboxOutageAccount(a.accountNumber)).toBe(false);
  });
});
