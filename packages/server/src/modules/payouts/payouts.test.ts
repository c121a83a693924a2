/**
 * The payout pipeline on the test database: the order in the caller's transaction, the worker, the
 * sandbox bank's settlement and signed callbacks (through HTTP too), retries, reversals, listeners,
 * and the refusal to move money where the database does not fsync.
 */
import type { Rupiah } from '@jmo/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signTransferCallback, type TransferCallback } from '../../adapters/bank/port.ts';
import {
  getPayout,
  onPayoutChanged,
  type PayoutChange,
  PayoutOrderError,
  PayoutsUnavailableError,
  payoutsDurability,
  runPayoutWorker,
  runSandboxBankTick,
} from './payouts.service.ts';
import { reconcilePayouts } from './reconcile.ts';
import {
  advance,
  balanceOf,
  drain,
  memberWithBalance,
  openPayoutsApp,
  order,
  orderFor,
  type PayoutsTestApp,
} from './test-support.ts';

let t: PayoutsTestApp;
const heard: Omit<PayoutChange, 'tx'>[] = [];
let stopListening: () => void;
let serial = 0;
const nextSource = () => `claim-${++serial}`;

beforeAll(async () => {
  t = await openPayoutsApp();
  stopListening = onPayoutChanged(async ({ tx, ...change }) => {
    // Inside the changing transaction: the payout already shows the new state.
    const row = await tx
      .selectFrom('payouts')
      .select('state')
      .where('id', '=', change.payoutId)
      .executeTakeFirstOrThrow();
    if (change.state !== 'failed') expect(row.state).toBe(change.state);
    heard.push(change);
  });
});
afterAll(async () => {
  stopListening();
  await t.close();
});
afterEach(() => {
  t.bankFaults.disburse = undefined;
  t.bankFaults.settle = undefined;
  heard.length = 0;
});

async function reconciled() {
  const report = await reconcilePayouts(t.deps, { quiescent: true });
  expect(report.problems).toEqual([]);
  return report;
}

describe('createPayoutOrder', () => {
  it('debits the balance into clearing and writes the outbox row, account number sealed', async () => {
    const m = await memberWithBalance(t, 2_000_000n);
    const source = nextSource();
    const { payoutId, created } = await order(t, orderFor(m, source, 1_500_000n));
    expect(created).toBe(true);
    expect(await balanceOf(t, m.card.accountId)).toBe(500_000n);
    const row = await t.deps.db
      .selectFrom('payouts')
      .selectAll()
      .where('id', '=', payoutId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'pending', amount: 1_500_000n, attempts: 0, source_id: source });
    expect(JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).not.toContain(
      m.accountNumber,
    );
    expect(t.deps.pii.decrypt(row.account_number_enc)).toBe(m.accountNumber);
    const report = await reconcilePayouts(t.deps);
    expect(report.problems).toEqual([]);
    expect(report.inFlightTotal).toBe(report.clearingBalance);
  });

  it('is idempotent on its source: a second order returns the first and posts nothing', async () => {
    const m = await memberWithBalance(t, 1_000_000n);
    const source = nextSource();
    const first = await order(t, orderFor(m, source, 400_000n));
    const again = await order(t, orderFor(m, source, 400_000n));
    expect(again).toEqual({ payoutId: first.payoutId, created: false });
    expect(await balanceOf(t, m.card.accountId)).toBe(600_000n);
    await expect(order(t, orderFor(m, source, 500_000n))).rejects.toMatchObject({
      code: 'payout_source_conflict',
    });
  });

  it('refuses more than the balance, nothing, or a negative amount, and writes nothing', async () => {
    const m = await memberWithBalance(t, 300_000n);
    for (const amount of [300_001n, 0n, -5n]) {
      const error = await order(t, orderFor(m, nextSource(), amount)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PayoutOrderError);
      expect((error as PayoutOrderError).code).toBe(
        amount > 0n ? 'payout_balance_insufficient' : 'payout_amount_invalid',
      );
    }
    await expect(
      order(t, { ...orderFor(m, nextSource(), 1n), ledgerAccountId: m.userId }),
    ).rejects.toMatchObject({
      code: 'payout_ledger_account_invalid',
    });
    await expect(order(t, { ...orderFor(m, nextSource(), 1n), accountNumber: '12' })).rejects.toMatchObject({
      code: 'payout_bank_account_invalid',
    });
    expect(await balanceOf(t, m.card.accountId)).toBe(300_000n);
  });

  it('rolls back with the caller: a failed claim transaction leaves no payout and no debit', async () => {
    const m = await memberWithBalance(t, 500_000n);
    const source = nextSource();
    await expect(
      t.deps.db.transaction().execute(async (tx) => {
        const { createPayoutOrder } = await import('./payouts.service.ts');
        await createPayoutOrder(t.deps, tx, orderFor(m, source, 100_000n));
        throw new Error('the claim could not be saved');
      }),
    ).rejects.toThrow('the claim could not be saved');
    expect(await balanceOf(t, m.card.accountId)).toBe(500_000n);
    expect(
      await t.deps.db.selectFrom('payouts').select('id').where('source_id', '=', source).execute(),
    ).toEqual([]);
  });
});

describe('the pipeline', () => {
  // Whatever the order tests left pending is paid first, so each test here counts only its own.
  beforeAll(async () => {
    await drain(t);
    heard.length = 0;
  });

  it('pays a Himbara transfer after the bank’s short delay: sent, then paid, listener inside the transaction', async () => {
    const m = await memberWithBalance(t, 1_000_000n);
    const { payoutId } = await order(t, orderFor(m, nextSource(), 750_000n));
    expect(await runPayoutWorker(t.deps)).toMatchObject({ sent: 1 });
    expect((await getPayout(t.deps.db, payoutId))!.state).toBe('sent');
    expect(await runSandboxBankTick(t.deps)).toMatchObject({ settled: 0 }); // 50 ms not over yet
    advance(t, 60);
    expect(await runSandboxBankTick(t.deps)).toMatchObject({ settled: 1, delivered: 1 });
    const payout = (await getPayout(t.deps.db, payoutId))!;
    expect(payout.state).toBe('paid');
    expect(payout.bankReference).toMatch(/^SBX-TRF-/);
    expect(payout.events.map((e) => e.state)).toEqual(['pending', 'sent', 'paid']);
    expect(heard).toEqual([
      { payoutId, sourceKind: 'test_payout', sourceId: payout.sourceId, state: 'paid' },
    ]);
    expect(await balanceOf(t, m.card.accountId)).toBe(250_000n);
    await reconciled();
  });

  it('pays a transfer to another bank in the next batch only', async () => {
    const m = await memberWithBalance(t, 1_000_000n, { bankCode: '014' });
    const { payoutId } = await order(t, orderFor(m, nextSource(), 100_000n));
    await runPayoutWorker(t.deps);
    const transfer = await t.deps.db
      .selectFrom('sandbox_bank_transfers')
      .selectAll()
      .where('payout_id', '=', payoutId)
      .executeTakeFirstOrThrow();
    expect(transfer.settle_at.getTime() % 60_000).toBe(0);
    advance(t, 5_000);
    await runSandboxBankTick(t.deps);
    if (transfer.settle_at > t.clock.now())
      expect((await getPayout(t.deps.db, payoutId))!.state).toBe('sent');
    t.clock.set(transfer.settle_at.toISOString());
    await runSandboxBankTick(t.deps);
    expect((await getPayout(t.deps.db, payoutId))!.state).toBe('paid');
    await reconciled();
  });

  it('reverses at once to a closed Himbara account, with the money back on the balance', async () => {
    const m = await memberWithBalance(t, 800_000n, { status: 'closed' });
    const { payoutId } = await order(t, orderFor(m, nextSource(), 800_000n));
    expect(await balanceOf(t, m.card.accountId)).toBe(0n);
    expect(await runPayoutWorker(t.deps)).toMatchObject({ reversed: 1 });
    expect(await balanceOf(t, m.card.accountId)).toBe(800_000n);
    const payout = (await getPayout(t.deps.db, payoutId))!;
    expect(payout).toMatchObject({ state: 'reversed', attempts: 1, lastReason: 'bank_account_closed' });
    expect(heard.map((h) => [h.state, h.reason])).toEqual([
      ['failed', 'bank_account_closed'],
      ['reversed', 'bank_account_closed'],
    ]);
    await reconciled();
  });

  it('reverses an unknown account at another bank when its batch fails it, through the failed callback', async () => {
    const m = await memberWithBalance(t, 500_000n, { bankCode: '014', open: false });
    const { payoutId } = await order(t, orderFor(m, nextSource(), 500_000n));
    await drain(t);
    const payout = (await getPayout(t.deps.db, payoutId))!;
    expect(payout).toMatchObject({ state: 'reversed', lastReason: 'bank_account_not_found' });
    expect(await balanceOf(t, m.card.accountId)).toBe(500_000n);
    await reconciled();
  });

  it('retries timeouts with backoff, asks the bank, and reverses with retries_exhausted when it never took it', async () => {
    const m = await memberWithBalance(t, 900_000n, { bankCode: '009', accountNumber: '9999999999' });
    const { payoutId } = await order(t, orderFor(m, nextSource(), 900_000n));
    await runPayoutWorker(t.deps);
    let payout = (await getPayout(t.deps.db, payoutId))!;
    expect(payout).toMatchObject({ state: 'retrying', attempts: 1, lastReason: 'bank_timeout' });
    expect(payout.nextAttemptAt!.getTime() - t.clock.now().getTime()).toBe(10_000);
    expect(await runPayoutWorker(t.deps)).toMatchObject({ sent: 0, retrying: 0 }); // not due yet
    advance(t, 10_000);
    await runPayoutWorker(t.deps);
    payout = (await getPayout(t.deps.db, payoutId))!;
    expect(payout.attempts).toBe(2);
    expect(payout.nextAttemptAt!.getTime() - t.clock.now().getTime()).toBe(20_000); // doubled
    await drain(t, { stepMs: 40_000 });
    payout = (await getPayout(t.deps.db, payoutId))!;
    expect(payout).toMatchObject({ state: 'reversed', attempts: 3, lastReason: 'retries_exhausted' });
    expect(await balanceOf(t, m.card.accountId)).toBe(900_000n);
    expect(heard.at(-2)).toMatchObject({ state: 'failed', reason: 'bank_timeout' });
    expect(heard.at(-1)).toMatchObject({ state: 'reversed', reason: 'retries_exhausted' });
    await reconciled();
  });

  it('pays once when the bank took a transfer whose answer was lost: the callback after the timeout retry', async () => {
    const m = await memberWithBalance(t, 600_000n);
    const { payoutId } = await order(t, orderFor(m, nextSource(), 600_000n));
    t.bankFaults.disburse = () => 'timeout_after_accept';
    await runPayoutWorker(t.deps);
    t.bankFaults.disburse = undefined;
    expect((await getPayout(t.deps.db, payoutId))!.state).toBe('retrying');
    advance(t, 10_000); // the retry is due, and the bank's settlement too
    await runPayoutWorker(t.deps); // same payout id: the bank answers the same reference
    const transfer = await t.deps.db
      .selectFrom('sandbox_bank_transfers')
      .selectAll()
      .where('payout_id', '=', payoutId)
      .executeTakeFirstOrThrow();
    expect(transfer.disburse_calls).toBe(2);
    expect((await getPayout(t.deps.db, payoutId))!.bankReference).toBe(transfer.reference);
    await runSandboxBankTick(t.deps);
    expect((await getPayout(t.deps.db, payoutId))!.state).toBe('paid');
    await reconciled();
  });

  it('pays once when the callback comes while the payout still waits for its retry', async () => {
    const m = await memberWithBalance(t, 600_000n);
    const { payoutId } = await order(t, orderFor(m, nextSource(), 600_000n));
    t.bankFaults.disburse = () => 'timeout_after_accept';
    await runPayoutWorker(t.deps);
    t.bankFaults.disburse = undefined;
    advance(t, 60);
    await runSandboxBankTick(t.deps); // settled, callback applied to a retrying payout
    expect((await getPayout(t.deps.db, payoutId))!.state).toBe('paid');
    advance(t, 60_000);
    expect(await runPayoutWorker(t.deps)).toMatchObject({ sent: 0, paid: 0 });
    await reconciled();
  });

  it('retries a transfer the bank rejected and pays the next attempt', async () => {
    const m = await memberWithBalance(t, 400_000n);
    const { payoutId } = await order(t, orderFor(m, nextSource(), 400_000n));
    let calls = 0;
    t.bankFaults.disburse = () => (calls++ === 0 ? 'rejected' : undefined);
    await drain(t);
    const payout = (await getPayout(t.deps.db, payoutId))!;
    expect(payout).toMatchObject({ state: 'paid', attempts: 2 });
    expect(payout.events.map((e) => [e.state, e.reasonCode])).toEqual([
      ['pending', null],
      ['failed', 'bank_rejected'],
      ['retrying', 'bank_rejected'],
      ['sent', null],
      ['paid', null],
    ]);
    await reconciled();
  });

  it('reverses a transfer the bank keeps failing at settlement after the attempts are spent', async () => {
    const m = await memberWithBalance(t, 400_000n);
    const { payoutId } = await order(t, orderFor(m, nextSource(), 400_000n));
    t.bankFaults.settle = () => 'rejected';
    await drain(t);
    const payout = (await getPayout(t.deps.db, payoutId))!;
    expect(payout).toMatchObject({ state: 'reversed', attempts: 3, lastReason: 'retries_exhausted' });
    expect(await balanceOf(t, m.card.accountId)).toBe(400_000n);
    await reconciled();
  });

  it('applies a duplicated callback once', async () => {
    const m = await memberWithBalance(t, 700_000n);
    const { payoutId } = await order(t, orderFor(m, nextSource(), 700_000n));
    await runPayoutWorker(t.deps);
    advance(t, 60);
    expect(await runSandboxBankTick(t.deps, { duplicateCallbacks: true })).toMatchObject({ delivered: 2 });
    expect(heard.filter((h) => h.payoutId === payoutId)).toHaveLength(1);
    const settlements = await t.deps.db
      .selectFrom('ledger_postings')
      .select('id')
      .where('source_key', '=', `payout-settled:${payoutId}`)
      .execute();
    expect(settlements).toHaveLength(1);
    await reconciled();
  });
});

describe('POST /api/v1/bank/callbacks/transfers', () => {
  const post = (body: TransferCallback, signature?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/bank/callbacks/transfers',
      payload: body,
      headers: signature ? { 'x-jmo-signature': signature } : {},
    });
  const sign = (body: TransferCallback) => signTransferCallback(body, t.deps.config.payouts.callbackSecret);

  async function sentPayout() {
    const m = await memberWithBalance(t, 300_000n);
    const { payoutId } = await order(t, orderFor(m, nextSource(), 300_000n));
    await runPayoutWorker(t.deps);
    const p = (await getPayout(t.deps.db, payoutId))!;
    const body: TransferCallback = {
      payoutId,
      reference: p.bankReference!,
      status: 'settled',
      amount: '300000',
      at: t.clock.now().toISOString(),
    };
    return { m, payoutId, body };
  }

  it('refuses a missing or wrong signature, and changes nothing', async () => {
    const { payoutId, body } = await sentPayout();
    for (const signature of [undefined, 'sha256=00', sign({ ...body, amount: '1' })]) {
      const res = await post(body, signature);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'transfer_signature_invalid' });
    }
    const other = Buffer.alloc(32, 7);
    expect((await post(body, signTransferCallback(body, other))).statusCode).toBe(401);
    expect((await getPayout(t.deps.db, payoutId))!.state).toBe('sent');
  });

  it('applies a signed callback once; a replay is a duplicate', async () => {
    const { payoutId, body } = await sentPayout();
    const first = await post(body, sign(body));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ outcome: 'applied' });
    expect((await post(body, sign(body))).json()).toEqual({ outcome: 'duplicate' });
    expect((await getPayout(t.deps.db, payoutId))!.state).toBe('paid');
    // The bank settles it in its own time; its own callback is then a duplicate too.
    advance(t, 60);
    await runSandboxBankTick(t.deps);
    await reconcilePayouts(t.deps).then((r) => expect(r.problems).toEqual([]));
  });

  it('acknowledges a callback for an unknown payout with 200 unknown_payout, changing nothing', async () => {
    const body: TransferCallback = {
      payoutId: '0190b3a4-7c1e-7d2a-8f00-0000000000ff',
      reference: 'SBX-TRF-NOPE',
      status: 'settled',
      amount: '1000',
      at: t.clock.now().toISOString(),
    };
    const res = await post(body, sign(body));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ outcome: 'unknown_payout' });
  });

  it('records a callback of another amount as an anomaly and pays nothing', async () => {
    const { payoutId, body } = await sentPayout();
    const wrong = { ...body, amount: '300001' };
    expect((await post(wrong, sign(wrong))).json()).toEqual({ outcome: 'anomaly' });
    expect((await getPayout(t.deps.db, payoutId))!.state).toBe('sent');
    expect((await reconcilePayouts(t.deps)).anomalies).toBeGreaterThan(0);
  });

  it('answers 400 to a malformed body (a failure without its reason)', async () => {
    const { body } = await sentPayout();
    const bad = { ...body, status: 'failed' as const };
    expect((await post(bad, sign(bad))).statusCode).toBe(400);
  });
});

describe('durability', () => {
  it('refuses payouts outside the sandbox on PGlite: the order throws, the worker does nothing', async () => {
    const deps = {
      ...t.deps,
      config: { ...t.deps.config, sandbox: false, database: { engine: 'pglite' as const, dataDir: 'x' } },
    };
    const m = await memberWithBalance(t, 100_000n);
    const error = await t.deps.db
      .transaction()
      .execute((tx) =>
        import('./payouts.service.ts').then((s) =>
          s.createPayoutOrder(deps, tx, orderFor(m, nextSource(), 1n)),
        ),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayoutsUnavailableError);
    expect((error as Error).message).toMatch(/PGlite database does not fsync/);
    expect(await runPayoutWorker(deps)).toMatchObject({ refused: 1, sent: 0 });
    expect(await balanceOf(t, m.card.accountId)).toBe(100_000n);
  });

  it.runIf(process.env.DATABASE_URL?.startsWith('postgres'))(
    'on PostgreSQL outside the sandbox, runs only with fsync on',
    async () => {
      const deps = {
        ...t.deps,
        config: {
          ...t.deps.config,
          sandbox: false,
          database: { engine: 'postgres' as const, url: process.env.DATABASE_URL!, poolSize: 1 },
        },
      };
      const { sql } = await import('kysely');
      const fsync = (await sql<{ fsync: string }>`SHOW fsync`.execute(t.deps.db)).rows[0]!.fsync;
      const verdict = await payoutsDurability(deps);
      if (fsync === 'off') expect(verdict?.reason).toBe('fsync_off');
      else expect(verdict).toBeNull();
    },
  );

  it('allows the sandbox on PGlite', async () => {
    expect(await payoutsDurability(t.deps)).toBeNull();
    void (0n as Rupiah);
  });
});
