/**
 * Crash the pipeline at every named step — after the worker took its lease, after the bank answered
 * but before the answer was recorded, inside the recording transaction before it commits, inside the
 * callback's transaction before it commits, and at the bank between settling and calling back — then
 * run it to completion, as restarted processes would. No rupiah may be lost or paid twice: the
 * reconciliation holds, every paid payout has exactly one settled transfer at the bank, and each
 * member's balance is what they had less what the bank paid them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayoutFaultPoint, PayoutFaults } from './payouts.service.ts';
import { reconcilePayouts } from './reconcile.ts';
import {
  balanceOf,
  drain,
  type Member,
  memberWithBalance,
  openPayoutsApp,
  order,
  orderFor,
  type PayoutsTestApp,
  SimulatedCrash,
} from './test-support.ts';

let t: PayoutsTestApp;
beforeAll(async () => {
  // Crashes count as attempts (the worker cannot know whether the bank heard it): leave room.
  t = await openPayoutsApp({ JMO_PAYOUT_MAX_ATTEMPTS: '8' });
});
afterAll(() => t.close());

let serial = 0;

/** Four payouts: a Himbara bank, a batch bank, a closed account, and one the bank rejects once. */
async function scenario() {
  const members: { m: Member; start: bigint; amount: bigint }[] = [];
  const specs = [
    { bank: { bankCode: '002' }, amount: 1_250_000n },
    { bank: { bankCode: '014' }, amount: 333_333n },
    { bank: { bankCode: '008', status: 'closed' as const }, amount: 700_000n },
    { bank: { bankCode: '009' }, amount: 99_999n },
  ];
  const payoutIds: string[] = [];
  for (const spec of specs) {
    const start = 2_000_000n;
    const m = await memberWithBalance(t, start, spec.bank);
    const { payoutId } = await order(t, orderFor(m, `fault-${++serial}`, spec.amount));
    payoutIds.push(payoutId);
    members.push({ m, start, amount: spec.amount });
  }
  let rejectedOnce = false;
  t.bankFaults.disburse = (r) => {
    if (r.payoutId === payoutIds[3] && !rejectedOnce) {
      rejectedOnce = true;
      return 'rejected';
    }
    return undefined;
  };
  return { members, payoutIds };
}

async function verify(s: Awaited<ReturnType<typeof scenario>>, exact = true) {
  t.bankFaults.disburse = undefined;
  const report = await reconcilePayouts(t.deps, { quiescent: true });
  expect(report.problems).toEqual([]);
  const payouts = await t.deps.db
    .selectFrom('payouts')
    .select(['id', 'state'])
    .where('id', 'in', s.payoutIds)
    .execute();
  const states = new Map(payouts.map((p) => [p.id, p.state]));
  if (exact) expect(s.payoutIds.map((id) => states.get(id))).toEqual(['paid', 'paid', 'reversed', 'paid']);
  else for (const id of s.payoutIds) expect(['paid', 'reversed']).toContain(states.get(id));
  expect(states.get(s.payoutIds[2]!)).toBe('reversed');
  const transfers = await t.deps.db
    .selectFrom('sandbox_bank_transfers')
    .select(['payout_id', 'status'])
    .where('payout_id', 'in', s.payoutIds)
    .execute();
  const settled = transfers.filter((x) => x.status === 'settled').map((x) => x.payout_id);
  expect(settled.sort()).toEqual(s.payoutIds.filter((id) => states.get(id) === 'paid').sort());
  for (const [i, { m, start, amount }] of s.members.entries()) {
    const paid = states.get(s.payoutIds[i]!) === 'paid';
    expect(await balanceOf(t, m.card.accountId)).toBe(paid ? start - amount : start);
  }
  for (const id of s.payoutIds) {
    const postings = await t.deps.db
      .selectFrom('ledger_postings')
      .select('source_key')
      .where('source_key', 'in', [`payout-settled:${id}`, `payout-reversal:${id}`])
      .execute();
    expect(postings).toHaveLength(1);
  }
}

function crashAt(point: PayoutFaultPoint, times: number): PayoutFaults & { hits: number } {
  const faults = {
    hits: 0,
    at(at: PayoutFaultPoint) {
      if (at !== point || faults.hits >= times) return;
      faults.hits++;
      throw new SimulatedCrash(`crash at ${point}`);
    },
  };
  return faults;
}

const POINTS: PayoutFaultPoint[] = [
  'worker.claimed',
  'worker.bank_answered',
  'worker.before_commit',
  'callback.before_commit',
];

describe('a crash at each step of the pipeline', () => {
  for (const point of POINTS)
    for (const times of [1, 3])
      it(`${point}, ${times === 1 ? 'once' : `${times} times running`}: every payout ends paid or reversed exactly once`, async () => {
        const s = await scenario();
        const faults = crashAt(point, times);
        const { crashes } = await drain(t, { faults, maxRounds: 120 });
        expect(faults.hits).toBe(times);
        expect(crashes).toBe(times);
        await verify(s);
      });

  it('at the bank, between settling a batch and delivering its callbacks', async () => {
    const s = await scenario();
    let hits = 0;
    t.bankFaults.afterSettle = () => {
      if (hits++ < 2) throw new SimulatedCrash('bank crash after settling');
    };
    const { crashes } = await drain(t, { maxRounds: 120 });
    t.bankFaults.afterSettle = undefined;
    expect(crashes).toBe(2);
    await verify(s);
  });

  it('anywhere, at random (a third of all steps crash), with callbacks sent twice', async () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const s = await scenario();
    const faults: PayoutFaults = {
      at() {
        if (random() < 0.33) throw new SimulatedCrash('random crash');
      },
    };
    t.bankFaults.afterSettle = () => {
      if (random() < 0.33) throw new SimulatedCrash('random bank crash');
    };
    const { crashes } = await drain(t, { faults, maxRounds: 300, duplicateCallbacks: true });
    t.bankFaults.afterSettle = undefined;
    expect(crashes).toBeGreaterThan(0);
    await verify(s, false);
  });
});
