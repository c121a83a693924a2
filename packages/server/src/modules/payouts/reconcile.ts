/**
 * The payouts auditor: proves that the ledger, the payouts and (in the sandbox) the bank agree.
 *
 * - `fund:payout-clearing` holds exactly the money of the payouts in flight (pending, sent, retrying);
 *   `fund:bank-settlement` exactly that of the paid ones.
 * - Every payout has its order posting (member → clearing, its amount); a paid one exactly one
 *   settlement posting and no reversal; a reversed one exactly one reversal and no settlement; one in
 *   flight neither.
 * - Sandbox bank: every paid payout has exactly one settled transfer of its amount; no transfer
 *   settled for a reversed payout (that would be money paid and given back); with `quiescent`, no
 *   settled transfer waits for its payout to be marked paid.
 */
import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { FUND_ACCOUNT_CODES } from '../ledger/ledger.repository.ts';
import { orderSourceKey } from './payouts.service.ts';

export interface PayoutReconciliation {
  ok: boolean;
  /** What disagrees, in words (no PII: payout ids and amounts only). */
  problems: string[];
  counts: Record<'pending' | 'sent' | 'retrying' | 'paid' | 'reversed' | 'failed', number>;
  inFlightTotal: bigint;
  paidTotal: bigint;
  clearingBalance: bigint;
  settlementBalance: bigint;
  /** Transfers the sandbox bank settled whose payout is not yet marked paid (callback on its way). */
  settledNotYetPaid: number;
  /** Payout events recorded as anomalies (for operations). */
  anomalies: number;
  bankChecked: boolean;
}

async function accountBalance(db: Database, code: string): Promise<bigint> {
  const row = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(sql<bigint>`coalesce(sum(e.amount), 0)::int8`.as('balance'))
    .where('a.code', '=', code)
    .executeTakeFirst();
  return row?.balance ?? 0n;
}

export async function reconcilePayouts(
  deps: { db: Database; config: { sandbox: boolean } },
  options: { quiescent?: boolean } = {},
): Promise<PayoutReconciliation> {
  const { db } = deps;
  const problems: string[] = [];
  const counts = { pending: 0, sent: 0, retrying: 0, paid: 0, reversed: 0, failed: 0 };
  let inFlightTotal = 0n;
  let paidTotal = 0n;
  const payouts = await db
    .selectFrom('payouts')
    .select(['id', 'source_kind', 'source_id', 'state', 'amount', 'ledger_account_id'])
    .execute();
  for (const p of payouts) {
    counts[p.state]++;
    if (p.state === 'paid') paidTotal += p.amount;
    else if (p.state !== 'reversed') inFlightTotal += p.amount;
  }
  const clearingBalance = await accountBalance(db, FUND_ACCOUNT_CODES.fund_payout_clearing);
  const settlementBalance = await accountBalance(db, FUND_ACCOUNT_CODES.fund_bank_settlement);
  if (clearingBalance !== inFlightTotal)
    problems.push(`clearing holds Rp${clearingBalance}, the payouts in flight Rp${inFlightTotal}`);
  if (settlementBalance !== paidTotal)
    problems.push(`bank settlement holds Rp${settlementBalance}, the paid payouts Rp${paidTotal}`);

  // Each payout's postings, by source key, with what they moved on the clearing account.
  const postings = await db
    .selectFrom('ledger_postings as p')
    .innerJoin('ledger_entries as e', 'e.posting_id', 'p.id')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(['p.source_key', 'a.code', 'e.account_id', 'e.amount'])
    .where((eb) =>
      eb.or([
        eb('p.source_key', 'like', 'payout:%'),
        eb('p.source_key', 'like', 'payout-settled:%'),
        eb('p.source_key', 'like', 'payout-reversal:%'),
      ]),
    )
    .execute();
  const byKey = new Map<string, { code: string; accountId: string; amount: bigint }[]>();
  for (const r of postings) {
    const list = byKey.get(r.source_key) ?? [];
    list.push({ code: r.code, accountId: r.account_id, amount: r.amount });
    byKey.set(r.source_key, list);
  }
  const clearing = FUND_ACCOUNT_CODES.fund_payout_clearing;
  const moved = (key: string, code: string) => byKey.get(key)?.find((e) => e.code === code)?.amount ?? null;
  for (const p of payouts) {
    const order = orderSourceKey(p.source_kind, p.source_id);
    const entries = byKey.get(order);
    const debit = entries?.find((e) => e.accountId === p.ledger_account_id)?.amount;
    if (!entries || moved(order, clearing) !== p.amount || debit !== -p.amount)
      problems.push(`payout ${p.id}: its order posting does not move Rp${p.amount} to clearing`);
    const settled = moved(`payout-settled:${p.id}`, clearing);
    const reversed = moved(`payout-reversal:${p.id}`, clearing);
    if (p.state === 'paid' && (settled !== -p.amount || reversed !== null))
      problems.push(`payout ${p.id} is paid but not settled exactly once in the ledger`);
    if (p.state === 'reversed' && (reversed !== -p.amount || settled !== null))
      problems.push(`payout ${p.id} is reversed but not reversed exactly once in the ledger`);
    if (p.state !== 'paid' && p.state !== 'reversed' && (settled !== null || reversed !== null))
      problems.push(`payout ${p.id} is in flight but has left clearing`);
  }

  let settledNotYetPaid = 0;
  if (deps.config.sandbox) {
    const transfers = await db
      .selectFrom('sandbox_bank_transfers')
      .select(['payout_id', 'status', 'amount'])
      .execute();
    const byPayout = new Map(transfers.map((t) => [t.payout_id, t]));
    for (const p of payouts) {
      const t = byPayout.get(p.id);
      if (p.state === 'paid' && (t?.status !== 'settled' || t.amount !== p.amount))
        problems.push(`payout ${p.id} is paid but the bank holds no settled transfer of Rp${p.amount}`);
      if (p.state === 'reversed' && t?.status === 'settled')
        problems.push(`payout ${p.id} was reversed but the bank paid it: paid twice`);
      if (p.state !== 'paid' && p.state !== 'reversed' && t?.status === 'settled') settledNotYetPaid++;
    }
    const known = new Set(payouts.map((p) => p.id));
    for (const t of transfers)
      if (!known.has(t.payout_id)) problems.push(`the bank holds transfer ${t.payout_id} for no payout`);
    if (options.quiescent && settledNotYetPaid > 0)
      problems.push(`${settledNotYetPaid} transfers settled at the bank are not marked paid`);
  }
  const anomalies = await db
    .selectFrom('payout_events')
    .select(sql<bigint>`count(*)::int8`.as('n'))
    .where('state', '=', 'anomaly')
    .executeTakeFirstOrThrow();
  return {
    ok: problems.length === 0,
    problems,
    counts,
    inFlightTotal,
    paidTotal,
    clearingBalance,
    settlementBalance,
    settledNotYetPaid,
    anomalies: Number(anomalies.n),
    bankChecked: deps.config.sandbox,
  };
}
