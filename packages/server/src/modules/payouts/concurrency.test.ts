/**
 * Many payouts, several workers at once (and the bank beside them): each payout is sent exactly once
 * (SKIP LOCKED and the lease keep workers off each other's payouts), and orders racing for one
 * balance or one source never overspend or duplicate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayoutOrderError, runPayoutWorker, runSandboxBankTick } from './payouts.service.ts';
import { reconcilePayouts } from './reconcile.ts';
import {
  advance,
  balanceOf,
  inFlight,
  memberWithBalance,
  openPayoutsApp,
  order,
  orderFor,
  type PayoutsTestApp,
} from './test-support.ts';

let t: PayoutsTestApp;
beforeAll(async () => {
  t = await openPayoutsApp();
});
afterAll(() => t.close());

describe('payouts under concurrency', () => {
  it('pays 60 payouts with four workers in parallel, each sent once', async () => {
    const banks = [{ bankCode: '002' }, { bankCode: '014' }, { bankCode: '009' }];
    const members = await Promise.all(banks.map((b) => memberWithBalance(t, 100_000_000n, b)));
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const m = members[i % members.length]!;
      ids.push((await order(t, orderFor(m, `conc-${i}`, BigInt(100_000 + i)))).payoutId);
    }
    let rounds = 0;
    while ((await inFlight(t)) > 0) {
      if (++rounds > 40) throw new Error('payouts did not settle');
      const [ticks] = await Promise.all([
        Promise.all(
          ['w1', 'w2', 'w3', 'w4'].map((workerId) => runPayoutWorker(t.deps, { workerId, batchSize: 7 })),
        ),
        runSandboxBankTick(t.deps),
      ]);
      expect(ticks.reduce((n, r) => n + r.fenced, 0)).toBe(0);
      advance(t, 20_000);
    }
    const transfers = await t.deps.db
      .selectFrom('sandbox_bank_transfers')
      .select(['payout_id', 'disburse_calls', 'status'])
      .where('payout_id', 'in', ids)
      .execute();
    expect(transfers).toHaveLength(60);
    expect(transfers.every((x) => x.disburse_calls === 1 && x.status === 'settled')).toBe(true);
    const sentEvents = await t.deps.db
      .selectFrom('payout_events')
      .select('payout_id')
      .where('state', '=', 'sent')
      .where('payout_id', 'in', ids)
      .execute();
    expect(sentEvents).toHaveLength(60);
    const report = await reconcilePayouts(t.deps, { quiescent: true });
    expect(report.problems).toEqual([]);
    expect(report.counts.paid).toBe(60);
    const total = (n: number) =>
      Array.from({ length: 20 }, (_, k) => BigInt(100_000 + k * 3 + n)).reduce((a, b) => a + b);
    for (const [n, m] of members.entries())
      expect(await balanceOf(t, m.card.accountId)).toBe(100_000_000n - total(n));
  });

  it('lets racing orders spend a balance only once', async () => {
    const m = await memberWithBalance(t, 1_000_000n);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => order(t, orderFor(m, `race-${i}`, 300_000n))),
    );
    const made = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(made).toHaveLength(3);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(PayoutOrderError);
    expect(await balanceOf(t, m.card.accountId)).toBe(100_000n);
  });

  it('makes one payout when the same source is ordered many times at once', async () => {
    const m = await memberWithBalance(t, 1_000_000n);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => order(t, orderFor(m, 'same-claim', 250_000n))),
    );
    expect(new Set(results.map((r) => r.payoutId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await balanceOf(t, m.card.accountId)).toBe(750_000n);
  });
});
