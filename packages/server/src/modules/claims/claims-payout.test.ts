/**
 * A claim follows its money: paid by a Himbara bank after its short delay, retried when the bank
 * does not answer, reversed to the balance when the account is closed, and, under parallel load,
 * every claim paid exactly once. After each run the ledger, the payouts and the sandbox bank agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxBankFaults } from '../../adapters/bank/sandbox.ts';
import { sentTo } from '../../testing/outbox.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { runPayoutWorker } from '../payouts/payouts.service.ts';
import { reconcilePayouts } from '../payouts/reconcile.ts';
import { drain } from '../payouts/test-support.ts';
import { sendClaimNotices } from './claim-notices.ts';
import { claimant, claimCalls, claimThrough, openClaimsApp, TWELVE_MONTHS } from './test-support.ts';

let t: TestApp & { bankFaults: SandboxBankFaults };
let api: ReturnType<typeof claimCalls>;

beforeAll(async () => {
  t = await openClaimsApp();
  api = claimCalls(t);
});
afterAll(() => t.close());

async function balance(accountId: string): Promise<bigint> {
  const row = await t.deps.db
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.sum<string>('amount').as('total'))
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return BigInt(row?.total ?? 0);
}

const states = (claim: { timeline: { state: string }[] }) => claim.timeline.map((e) => e.state);

async function reconciled() {
  const report = await reconcilePayouts(t.deps, { quiescent: true });
  expect(report.problems).toEqual([]);
  expect(report.ok).toBe(true);
}

describe('a claim and its payout', () => {
  it('is paid by a Himbara bank: paying, then paid, with the member told', async () => {
    const c = await claimant(t);
    const sent = await claimThrough(t, c);
    expect(sent.state).toBe('paying');
    await drain(t, { stepMs: 100 });
    const claim = (await api.detail(c, sent.id)).json();
    expect(claim).toMatchObject({ state: 'paid', owner: 'none', net: TWELVE_MONTHS.toString() });
    expect(states(claim)).toEqual(['draft', 'submitted', 'approved', 'paying', 'paid']);
    expect(claim.timeline.at(-1)).toMatchObject({ actor: 'bank' });
    expect(await balance(c.accountId)).toBe(0n);
    const transfers = await t.deps.db
      .selectFrom('sandbox_bank_transfers')
      .innerJoin('payouts', 'payouts.id', 'sandbox_bank_transfers.payout_id')
      .select(['sandbox_bank_transfers.amount', 'sandbox_bank_transfers.status'])
      .where('payouts.source_id', '=', sent.id)
      .execute();
    expect(transfers).toEqual([{ amount: TWELVE_MONTHS, status: 'settled' }]);
    // The background job announces what the payout moved (every few seconds in `npm start`).
    expect(await sendClaimNotices(t.deps)).toBeGreaterThan(0);
    expect((await sentTo(t.deps, c.phone, 'sms')).some((m) => m.body.includes('Dibayar'))).toBe(true);
    const notices = (await api.call('GET', '/api/v1/me/notifications', c.cookie)).json().notifications;
    expect(notices.map((n: { detail: { state: string } }) => n.detail.state)).toContain('paid');
    await reconciled();
  });

  it('is retried when the bank does not answer, and paid once', async () => {
    const c = await claimant(t);
    let timeouts = 1;
    t.bankFaults.disburse = () => (timeouts-- > 0 ? 'timeout' : undefined);
    const sent = await claimThrough(t, c);
    await drain(t, { stepMs: 20_000 });
    delete t.bankFaults.disburse;
    const claim = (await api.detail(c, sent.id)).json();
    expect(claim.state).toBe('paid');
    expect(states(claim)).toEqual([
      'draft',
      'submitted',
      'approved',
      'paying',
      'payout_failed',
      'retrying',
      'paying',
      'paid',
    ]);
    expect(claim.timeline[4]).toMatchObject({ reason: 'bank_timeout' });
    await reconciled();
  });

  it('goes back to the balance when the account is closed, and the card can claim again', async () => {
    const c = await claimant(t, { bankStatus: 'closed' });
    const sent = await claimThrough(t, c);
    await drain(t, { stepMs: 100 });
    const claim = (await api.detail(c, sent.id)).json();
    expect(claim).toMatchObject({ state: 'reversed', reasonCode: 'bank_account_closed' });
    expect(claim.reasonText).toMatch(/ditutup/);
    expect(await balance(c.accountId)).toBe(TWELVE_MONTHS);
    expect((await api.start(c)).statusCode).toBe(201);
    await reconciled();
  });

  it('pays every claim exactly once when members send and workers run in parallel', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => claimant(t)));
    const sent = await Promise.all(people.map((c) => claimThrough(t, c)));
    expect(sent.every((s) => s.state === 'paying')).toBe(true);
    await Promise.all([runPayoutWorker(t.deps), runPayoutWorker(t.deps), runPayoutWorker(t.deps)]);
    await drain(t, { stepMs: 100 });
    for (const [i, c] of people.entries()) {
      expect((await api.detail(c, sent[i]!.id)).json().state).toBe('paid');
      expect(await balance(c.accountId)).toBe(0n);
    }
    const transfers = await t.deps.db
      .selectFrom('sandbox_bank_transfers')
      .innerJoin('payouts', 'payouts.id', 'sandbox_bank_transfers.payout_id')
      .select('payouts.source_id')
      .where(
        'payouts.source_id',
        'in',
        sent.map((s) => s.id),
      )
      .execute();
    expect(transfers).toHaveLength(12);
    await reconciled();
  });
});
