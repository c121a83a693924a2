/**
 * Payouts: money leaving the fund for a member's bank account, exactly once, through a transactional
 * outbox.
 *
 * - `createPayoutOrder` runs in the caller's transaction (the claim's): it debits the member's ledger
 *   account into `fund:payout-clearing` and inserts the payout row (the outbox). One payout per
 *   source (`source_kind`, `source_id`); a second call returns the first and posts nothing.
 * - `runPayoutWorker` (jobs/background.ts) takes due payouts with `FOR UPDATE SKIP LOCKED` and a
 *   fenced lease, calls the bank outside any transaction, and records the answer only while its lease
 *   token is still the payout's (a worker that lost its lease records nothing; the bank is idempotent
 *   by payout id, so calling it again is harmless).
 * - The bank's signed callback (`receiveTransferCallback`) marks the payout paid (clearing →
 *   `fund:bank-settlement`) or failed. Failures and timeouts are retried with backoff up to
 *   `config.payouts.maxAttempts`, then reversed (clearing → the member's account); a closed or unknown
 *   account is reversed at once. After timeouts only, the bank is asked (`transferStatus`) before any
 *   reversal, so money the bank did take is never also given back.
 * - `onPayoutChanged` listeners run inside the transaction that changes a payout, so the claim's
 *   state commits with it. Every `retrying` and `reversed` is preceded, in the same transaction, by a
 *   `failed` carrying the bank's reason.
 *
 * Outside the sandbox, payouts refuse to run on PGlite or on a PostgreSQL server with fsync off.
 */
import { type ClaimReasonCode, dateInZone, parseBankAccount, type Rupiah } from '@jmo/core';
import { type Selectable, sql, type Transaction } from 'kysely';
import {
  BankUnavailableError,
  type TransferCallback,
  type TransferFailureReason,
  type TransferStatus,
  verifyTransferCallback,
} from '../../adapters/bank/port.ts';
import { runSandboxBank, type SandboxBankFaults } from '../../adapters/bank/sandbox.ts';
import type { Database, Executor } from '../../db/database.ts';
import type { DB, PayoutState, PayoutsTable } from '../../db/schema.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { balancesAsOf, ensureFundAccount, postPostings } from '../ledger/ledger.repository.ts';

export type Tx = Transaction<DB>;

// ── Reasons and listeners ────────────────────────────────────────────────────────────────────────

/** The reasons a payout carries: claim reason codes (core `claims/reasons.ts`). */
export type PayoutReasonCode = Extract<
  ClaimReasonCode,
  'bank_account_closed' | 'bank_account_not_found' | 'bank_timeout' | 'bank_rejected' | 'retries_exhausted'
>;

const BANK_REASON: Record<TransferFailureReason, PayoutReasonCode> = {
  closed: 'bank_account_closed',
  not_found: 'bank_account_not_found',
  rejected: 'bank_rejected',
};

export interface PayoutChange {
  /** The transaction changing the payout: write the claim's change with it. */
  tx: Tx;
  payoutId: string;
  sourceKind: string;
  sourceId: string;
  state: 'paid' | 'failed' | 'retrying' | 'reversed';
  reason?: PayoutReasonCode;
}

export type PayoutListener = (change: PayoutChange) => void | Promise<void>;

const listeners = new Set<PayoutListener>();

/**
 * Hear every payout change inside its transaction (a throwing listener rolls the change back; the
 * worker or the bank tries again). Returns a function that stops listening.
 */
export function onPayoutChanged(listener: PayoutListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// ── Errors and durability ────────────────────────────────────────────────────────────────────────

/** Payouts cannot run here (map it to a 503 `payouts_unavailable`); the message says why. */
export class PayoutsUnavailableError extends Error {
  override readonly name = 'PayoutsUnavailableError';
  constructor(
    readonly reason: 'pglite' | 'fsync_off',
    message: string,
  ) {
    super(message);
  }
}

export type PayoutOrderErrorCode =
  | 'payout_amount_invalid'
  | 'payout_balance_insufficient'
  | 'payout_ledger_account_invalid'
  | 'payout_bank_account_invalid'
  | 'payout_source_conflict';

/** A payout order refused; nothing was written (the caller's transaction should roll back). */
export class PayoutOrderError extends Error {
  override readonly name = 'PayoutOrderError';
  constructor(
    readonly code: PayoutOrderErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}

const durableByDb = new WeakMap<object, Promise<PayoutsUnavailableError | null>>();

/**
 * Null when payouts may run: always in the sandbox; otherwise only on PostgreSQL with fsync on (a
 * crash there must not forget a payout the bank already took). Checked once per database handle.
 */
export function payoutsDurability(
  deps: Pick<Deps, 'config' | 'db'>,
): Promise<PayoutsUnavailableError | null> {
  if (deps.config.sandbox) return Promise.resolve(null);
  if (deps.config.database.engine === 'pglite')
    return Promise.resolve(
      new PayoutsUnavailableError(
        'pglite',
        'payouts are unavailable: the embedded PGlite database does not fsync, so real money never moves on it; set DATABASE_URL to a PostgreSQL server',
      ),
    );
  let known = durableByDb.get(deps.db);
  if (!known) {
    known = sql<{ fsync: string }>`SHOW fsync`
      .execute(deps.db)
      .then((r) =>
        r.rows[0]?.fsync === 'off'
          ? new PayoutsUnavailableError(
              'fsync_off',
              'payouts are unavailable: the PostgreSQL server runs with fsync off, so a crash could forget a payout the bank already took; turn fsync on',
            )
          : null,
      );
    durableByDb.set(deps.db, known);
    // A failed check is not remembered: the next call asks again.
    known.catch(() => durableByDb.delete(deps.db));
  }
  return known;
}

// ── The order ────────────────────────────────────────────────────────────────────────────────────

export interface PayoutOrder {
  /** What is paid, e.g. 'jht_claim', and its id there: one payout per pair. */
  sourceKind: string;
  sourceId: string;
  /** The member's account (user_accounts.id). */
  userId: string;
  /** The member's ledger account debited (a `member_*` account, e.g. `member:jht:<kpj>`). */
  ledgerAccountId: string;
  amount: Rupiah;
  bankCode: string;
  accountNumber: string;
  holderName: string;
}

export function orderSourceKey(sourceKind: string, sourceId: string): string {
  return `payout:${sourceKind}:${sourceId}`;
}
const settledKey = (payoutId: string) => `payout-settled:${payoutId}`;
const reversalKey = (payoutId: string) => `payout-reversal:${payoutId}`;

/**
 * Order a payout inside the caller's transaction: the ledger debit (member → clearing) and the
 * outbox row commit with the caller's change or not at all. Idempotent on (sourceKind, sourceId).
 * Throws `PayoutsUnavailableError` (see `payoutsDurability`) or `PayoutOrderError`.
 */
export async function createPayoutOrder(
  deps: Deps,
  tx: Tx,
  order: PayoutOrder,
): Promise<{ payoutId: string; created: boolean }> {
  const unavailable = await payoutsDurability(deps);
  if (unavailable) throw unavailable;
  if (typeof order.amount !== 'bigint' || order.amount <= 0n)
    throw new PayoutOrderError('payout_amount_invalid', 'a payout amount must be a positive whole rupiah');
  const parsed = parseBankAccount({ bankCode: order.bankCode, accountNumber: order.accountNumber });
  if (!parsed.ok || order.holderName.trim() === '')
    throw new PayoutOrderError(
      'payout_bank_account_invalid',
      'the bank account or its holder name is not valid',
    );
  const accountNumber = parsed.value.accountNumber;
  // The member's account is locked while its balance is read and debited: two orders at once
  // cannot both spend the same money.
  const account = await tx
    .selectFrom('ledger_accounts')
    .select(['id', 'kind'])
    .where('id', '=', order.ledgerAccountId)
    .forUpdate()
    .executeTakeFirst();
  if (!account?.kind.startsWith('member_'))
    throw new PayoutOrderError(
      'payout_ledger_account_invalid',
      'payouts are paid from a member account only',
    );

  const existing = await findBySource(tx, order.sourceKind, order.sourceId);
  if (existing) return sameOrder(deps, existing, order, accountNumber);

  const now = deps.clock.now();
  const asOf = dateInZone(now, deps.config.timeZone);
  const balance = (await balancesAsOf(tx, [account.id], asOf)).get(account.id) ?? 0n;
  if (order.amount > balance)
    throw new PayoutOrderError(
      'payout_balance_insufficient',
      `the payout (Rp${order.amount}) is more than the account's balance (Rp${balance})`,
    );
  const payoutId = deps.newId();
  const inserted = await tx
    .insertInto('payouts')
    .values({
      id: payoutId,
      source_kind: order.sourceKind,
      source_id: order.sourceId,
      user_id: order.userId,
      ledger_account_id: account.id,
      amount: order.amount,
      bank_code: order.bankCode,
      account_number_enc: deps.pii.encrypt(accountNumber),
      holder_name_enc: deps.pii.encrypt(order.holderName),
      state: 'pending',
      next_attempt_at: now,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['source_kind', 'source_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const raced = await findBySource(tx, order.sourceKind, order.sourceId);
    if (!raced) throw new Error('payout vanished after a conflict on its source');
    return sameOrder(deps, raced, order, accountNumber);
  }
  const clearing = await ensureFundAccount(tx, 'fund_payout_clearing', deps.newId);
  await postPostings(tx, [
    {
      id: deps.newId(),
      sourceKey: orderSourceKey(order.sourceKind, order.sourceId),
      kind: 'transfer',
      occurredOn: asOf,
      memo: `payout ${order.sourceKind}`,
      entries: [
        { accountId: account.id, amount: -order.amount as Rupiah },
        { accountId: clearing, amount: order.amount },
      ],
    },
  ]);
  await addEvent(deps, tx, payoutId, 'pending', null, null);
  return { payoutId, created: true };
}

function findBySource(db: Executor, sourceKind: string, sourceId: string) {
  return db
    .selectFrom('payouts')
    .selectAll()
    .where('source_kind', '=', sourceKind)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
}

function sameOrder(
  deps: Deps,
  existing: PayoutRow,
  order: PayoutOrder,
  accountNumber: string,
): { payoutId: string; created: boolean } {
  const same =
    existing.amount === order.amount &&
    existing.ledger_account_id === order.ledgerAccountId &&
    existing.bank_code === order.bankCode &&
    deps.pii.decrypt(existing.account_number_enc) === accountNumber;
  if (!same)
    throw new PayoutOrderError(
      'payout_source_conflict',
      `a payout for ${order.sourceKind} ${order.sourceId} exists already with other details`,
    );
  return { payoutId: existing.id, created: false };
}

// ── State changes (inside a transaction, on a locked row) ─────────────────────────────────────────

type PayoutRow = Selectable<PayoutsTable>;

async function addEvent(
  deps: Pick<Deps, 'newId' | 'clock'>,
  tx: Tx,
  payoutId: string,
  state: PayoutState | 'anomaly',
  reason: string | null,
  detail: string | null,
): Promise<void> {
  await tx
    .insertInto('payout_events')
    .values({
      id: deps.newId(),
      payout_id: payoutId,
      state,
      reason_code: reason,
      detail,
      at: deps.clock.now(),
    })
    .execute();
}

async function notify(tx: Tx, p: PayoutRow, state: PayoutChange['state'], reason?: PayoutReasonCode) {
  for (const listener of listeners)
    await listener({
      tx,
      payoutId: p.id,
      sourceKind: p.source_kind,
      sourceId: p.source_id,
      state,
      ...(reason ? { reason } : {}),
    });
}

async function setState(
  deps: Deps,
  tx: Tx,
  p: PayoutRow,
  change: {
    state: PayoutState;
    nextAttemptAt: Date | null;
    bankReference?: string | null;
    lastReason?: string | null;
  },
): Promise<void> {
  await tx
    .updateTable('payouts')
    .set((eb) => ({
      state: change.state,
      next_attempt_at: change.nextAttemptAt,
      ...(change.bankReference !== undefined ? { bank_reference: change.bankReference } : {}),
      ...(change.lastReason !== undefined ? { last_reason: change.lastReason } : {}),
      lease_owner: null,
      lease_until: null,
      // Every change fences off whichever worker still holds an older token.
      lease_token: eb('lease_token', '+', 1n),
      updated_at: deps.clock.now(),
    }))
    .where('id', '=', p.id)
    .execute();
}

function backoffMs(deps: Deps, attempts: number): number {
  const { backoffMs: base, backoffMaxMs } = deps.config.payouts;
  return Math.min(backoffMaxMs, base * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}

async function markSent(deps: Deps, tx: Tx, p: PayoutRow, reference: string): Promise<void> {
  await setState(deps, tx, p, {
    state: 'sent',
    bankReference: reference,
    nextAttemptAt: new Date(deps.clock.now().getTime() + deps.config.payouts.callbackWaitMs),
  });
  await addEvent(deps, tx, p.id, 'sent', null, `reference ${reference}`);
}

async function markPaid(deps: Deps, tx: Tx, p: PayoutRow, reference: string): Promise<void> {
  const clearing = await ensureFundAccount(tx, 'fund_payout_clearing', deps.newId);
  const settlement = await ensureFundAccount(tx, 'fund_bank_settlement', deps.newId);
  await postPostings(tx, [
    {
      id: deps.newId(),
      sourceKey: settledKey(p.id),
      kind: 'transfer',
      occurredOn: dateInZone(deps.clock.now(), deps.config.timeZone),
      memo: `payout ${p.source_kind} paid by the bank`,
      entries: [
        { accountId: clearing, amount: -p.amount as Rupiah },
        { accountId: settlement, amount: p.amount as Rupiah },
      ],
    },
  ]);
  await setState(deps, tx, p, { state: 'paid', bankReference: reference, nextAttemptAt: null });
  await addEvent(deps, tx, p.id, 'paid', null, `reference ${reference}`);
  await notify(tx, p, 'paid');
}

async function reverse(deps: Deps, tx: Tx, p: PayoutRow, reason: PayoutReasonCode): Promise<void> {
  const clearing = await ensureFundAccount(tx, 'fund_payout_clearing', deps.newId);
  await postPostings(tx, [
    {
      id: deps.newId(),
      sourceKey: reversalKey(p.id),
      kind: 'reversal',
      occurredOn: dateInZone(deps.clock.now(), deps.config.timeZone),
      memo: `payout ${p.source_kind} reversed: ${reason}`,
      entries: [
        { accountId: clearing, amount: -p.amount as Rupiah },
        { accountId: p.ledger_account_id, amount: p.amount as Rupiah },
      ],
    },
  ]);
  await setState(deps, tx, p, { state: 'reversed', nextAttemptAt: null, lastReason: reason });
  await addEvent(deps, tx, p.id, 'reversed', reason, null);
  await notify(tx, p, 'reversed', reason);
}

/**
 * The bank failed (or did not answer) one attempt: `failed`, then a retry or the reversal. A closed
 * or unknown account is final. A timeout is never reversed here: the worker asks the bank first.
 */
async function attemptFailed(
  deps: Deps,
  tx: Tx,
  p: PayoutRow,
  reason: PayoutReasonCode,
  reference: string | null,
): Promise<'retrying' | 'reversed'> {
  await addEvent(deps, tx, p.id, 'failed', reason, reference ? `reference ${reference}` : null);
  await notify(tx, p, 'failed', reason);
  const final = reason === 'bank_account_closed' || reason === 'bank_account_not_found';
  const exhausted = p.attempts >= deps.config.payouts.maxAttempts;
  if (final || (exhausted && reason !== 'bank_timeout')) {
    await reverse(deps, tx, p, final ? reason : 'retries_exhausted');
    return 'reversed';
  }
  await setState(deps, tx, p, {
    state: 'retrying',
    bankReference: null,
    lastReason: reason,
    nextAttemptAt: new Date(deps.clock.now().getTime() + backoffMs(deps, p.attempts)),
  });
  await addEvent(deps, tx, p.id, 'retrying', reason, null);
  await notify(tx, p, 'retrying', reason);
  return 'retrying';
}

// ── The worker ───────────────────────────────────────────────────────────────────────────────────

/** Named points of the pipeline where tests inject a crash (a throwing hook). */
export type PayoutFaultPoint =
  | 'worker.claimed'
  | 'worker.bank_answered'
  | 'worker.before_commit'
  | 'callback.before_commit';

export interface PayoutFaults {
  at(point: PayoutFaultPoint, payoutId: string): void | Promise<void>;
}

export interface PayoutWorkerOptions {
  /** Names the lease holder (default: a fresh id per call). */
  workerId?: string;
  batchSize?: number;
  faults?: PayoutFaults;
}

export interface PayoutWorkerResult {
  sent: number;
  paid: number;
  retrying: number;
  reversed: number;
  /** Answers dropped because another worker or a callback changed the payout meanwhile. */
  fenced: number;
  /** 1 when payouts cannot run here (see `unavailable`). */
  refused: number;
  unavailable?: string;
}

type Action = 'disburse' | 'inquire';
type BankAnswer =
  | { kind: 'accepted'; reference: string }
  | { kind: 'rejected'; reason: TransferFailureReason }
  | { kind: 'unavailable' }
  | { kind: 'status'; status: TransferStatus };

/**
 * One tick: take up to `batchSize` due payouts and act on each — send it (pending, or retrying with
 * attempts left), or ask the bank about it (sent with no callback in time, or retrying after its
 * last attempt timed out). Safe on several workers and processes at once.
 */
export async function runPayoutWorker(
  deps: Deps,
  options: PayoutWorkerOptions = {},
): Promise<PayoutWorkerResult> {
  const result: PayoutWorkerResult = { sent: 0, paid: 0, retrying: 0, reversed: 0, fenced: 0, refused: 0 };
  const unavailable = await payoutsDurability(deps);
  if (unavailable) return { ...result, refused: 1, unavailable: unavailable.message };
  const workerId = options.workerId ?? deps.newId();
  const claimed = await claimDue(deps, workerId, options.batchSize ?? 20);
  for (const { row, action } of claimed) {
    await options.faults?.at('worker.claimed', row.id);
    const answer = await callBank(deps, row, action);
    await options.faults?.at('worker.bank_answered', row.id);
    const outcome = await deps.db.transaction().execute(async (tx) => {
      const p = await tx
        .selectFrom('payouts')
        .selectAll()
        .where('id', '=', row.id)
        .where('lease_token', '=', row.lease_token)
        .forUpdate()
        .executeTakeFirst();
      if (!p) return 'fenced' as const;
      const done = await applyAnswer(deps, tx, p, action, answer);
      await options.faults?.at('worker.before_commit', row.id);
      return done;
    });
    if (outcome !== 'unchanged') result[outcome]++;
  }
  return result;
}

async function claimDue(
  deps: Deps,
  workerId: string,
  batchSize: number,
): Promise<{ row: PayoutRow; action: Action }[]> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + deps.config.payouts.leaseMs);
  const max = deps.config.payouts.maxAttempts;
  return deps.db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('payouts')
      .select(['id', 'state', 'attempts'])
      .where('next_attempt_at', '<=', now)
      .where('state', 'in', ['pending', 'sent', 'retrying'])
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
      .orderBy('next_attempt_at')
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    const claimed: { row: PayoutRow; action: Action }[] = [];
    for (const d of due) {
      const action: Action = d.state !== 'sent' && d.attempts < max ? 'disburse' : 'inquire';
      const row = await tx
        .updateTable('payouts')
        .set((eb) => ({
          lease_owner: workerId,
          lease_until: until,
          lease_token: eb('lease_token', '+', 1n),
          attempts: action === 'disburse' ? eb('attempts', '+', 1) : eb.ref('attempts'),
          updated_at: now,
        }))
        .where('id', '=', d.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      claimed.push({ row, action });
    }
    return claimed;
  });
}

async function callBank(deps: Deps, p: PayoutRow, action: Action): Promise<BankAnswer> {
  try {
    if (action === 'inquire') return { kind: 'status', status: await deps.bank.transferStatus(p.id) };
    const answer = await deps.bank.disburse({
      payoutId: p.id,
      bankCode: p.bank_code,
      accountNumber: deps.pii.decrypt(p.account_number_enc),
      holderName: deps.pii.decrypt(p.holder_name_enc),
      amount: p.amount as Rupiah,
    });
    return answer.status === 'accepted'
      ? { kind: 'accepted', reference: answer.reference }
      : { kind: 'rejected', reason: answer.reason };
  } catch (error) {
    // Any failure to hear the bank leaves the outcome unknown: a timeout, never a refusal.
    if (!(error instanceof BankUnavailableError)) console.error('payouts: bank call failed unexpectedly');
    return { kind: 'unavailable' };
  }
}

type Applied = 'sent' | 'paid' | 'retrying' | 'reversed' | 'unchanged';

async function applyAnswer(
  deps: Deps,
  tx: Tx,
  p: PayoutRow,
  action: Action,
  answer: BankAnswer,
): Promise<Applied> {
  const max = deps.config.payouts.maxAttempts;
  switch (answer.kind) {
    case 'accepted':
      await markSent(deps, tx, p, answer.reference);
      return 'sent';
    case 'rejected':
      return attemptFailed(deps, tx, p, BANK_REASON[answer.reason], null);
    case 'unavailable':
      if (action === 'disburse') return attemptFailed(deps, tx, p, 'bank_timeout', null);
      // Asking failed too: ask again later, nothing changes.
      await setState(deps, tx, p, {
        state: p.state,
        nextAttemptAt: new Date(deps.clock.now().getTime() + deps.config.payouts.backoffMaxMs),
      });
      return 'unchanged';
    case 'status': {
      const s = answer.status;
      if (s.status === 'accepted') {
        await markSent(deps, tx, p, s.reference);
        return 'sent';
      }
      if (s.status === 'settled') {
        if (s.amount !== p.amount) {
          await anomaly(deps, tx, p, `the bank settled Rp${s.amount}, not Rp${p.amount}`);
          return 'unchanged';
        }
        await markPaid(deps, tx, p, s.reference);
        return 'paid';
      }
      if (s.status === 'failed') return attemptFailed(deps, tx, p, BANK_REASON[s.reason], s.reference);
      // The bank never took it: safe to give the money back once the attempts are spent.
      if (p.attempts >= max) {
        await addEvent(deps, tx, p.id, 'failed', p.last_reason ?? 'bank_timeout', 'unknown to the bank');
        await notify(tx, p, 'failed', (p.last_reason as PayoutReasonCode | null) ?? 'bank_timeout');
        await reverse(deps, tx, p, 'retries_exhausted');
        return 'reversed';
      }
      return attemptFailed(deps, tx, p, 'bank_timeout', null);
    }
  }
}

async function anomaly(deps: Deps, tx: Tx, p: PayoutRow, detail: string): Promise<void> {
  await addEvent(deps, tx, p.id, 'anomaly', null, detail);
  await tx
    .updateTable('payouts')
    .set({
      next_attempt_at:
        p.state === 'paid' || p.state === 'reversed'
          ? null
          : new Date(deps.clock.now().getTime() + deps.config.payouts.callbackWaitMs),
      lease_owner: null,
      lease_until: null,
      updated_at: deps.clock.now(),
    })
    .where('id', '=', p.id)
    .execute();
}

// ── Bank callbacks ───────────────────────────────────────────────────────────────────────────────

export type TransferCallbackOutcome =
  /** The payout changed: paid, or failed (retrying or reversed). */
  | 'applied'
  /** Already applied (a duplicate callback), or the failure of an earlier attempt: nothing changed. */
  | 'duplicate'
  /** No such payout: acknowledged so the bank stops resending, logged for operations. */
  | 'unknown_payout'
  /** Contradicts what we know (amount differs, paid after it was reversed): recorded as an anomaly. */
  | 'anomaly';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A bank's callback: verified by signature, then applied to the payout it names under the row's
 * lock, in one transaction with the ledger posting and the listeners' changes. Replays change nothing.
 */
export async function receiveTransferCallback(
  deps: Deps,
  callback: TransferCallback,
  signature: string | undefined,
  options: { faults?: PayoutFaults } = {},
): Promise<Outcome<{ outcome: TransferCallbackOutcome }, 'transfer_signature_invalid'>> {
  if (!verifyTransferCallback(callback, signature, deps.config.payouts.callbackSecret))
    return { ok: false, error: 'transfer_signature_invalid' };
  if (!UUID.test(callback.payoutId)) return { ok: true, value: { outcome: 'unknown_payout' } };
  const outcome = await deps.db.transaction().execute(async (tx): Promise<TransferCallbackOutcome> => {
    const p = await tx
      .selectFrom('payouts')
      .selectAll()
      .where('id', '=', callback.payoutId)
      .forUpdate()
      .executeTakeFirst();
    if (!p) return 'unknown_payout';
    const result = await applyCallback(deps, tx, p, callback);
    await options.faults?.at('callback.before_commit', p.id);
    return result;
  });
  return { ok: true, value: { outcome } };
}

async function applyCallback(
  deps: Deps,
  tx: Tx,
  p: PayoutRow,
  callback: TransferCallback,
): Promise<TransferCallbackOutcome> {
  if (BigInt(callback.amount) !== p.amount) {
    await anomaly(
      deps,
      tx,
      p,
      `callback ${callback.status} for Rp${callback.amount}, the payout is Rp${p.amount}`,
    );
    return 'anomaly';
  }
  if (callback.status === 'settled') {
    if (p.state === 'paid') return 'duplicate';
    if (p.state === 'reversed') {
      // Money the bank paid after we gave it back: operations must recover it (reconcile shows it).
      await anomaly(deps, tx, p, `paid by the bank (reference ${callback.reference}) after it was reversed`);
      return 'anomaly';
    }
    await markPaid(deps, tx, p, callback.reference);
    return 'applied';
  }
  // A failure: of the attempt we know, or of one whose answer we never heard.
  if (p.state === 'paid' || p.state === 'reversed') return 'duplicate';
  if (p.bank_reference !== null && p.bank_reference !== callback.reference) return 'duplicate';
  const seen = await tx
    .selectFrom('payout_events')
    .select('id')
    .where('payout_id', '=', p.id)
    .where('state', '=', 'failed')
    .where('detail', '=', `reference ${callback.reference}`)
    .executeTakeFirst();
  if (seen) return 'duplicate';
  await attemptFailed(deps, tx, p, BANK_REASON[callback.reason ?? 'rejected'], callback.reference);
  return 'applied';
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────

export interface PayoutView {
  id: string;
  sourceKind: string;
  sourceId: string;
  state: PayoutState;
  amount: Rupiah;
  attempts: number;
  bankCode: string;
  bankReference: string | null;
  lastReason: string | null;
  nextAttemptAt: Date | null;
  events: { state: string; reasonCode: string | null; at: Date }[];
}

/** A payout and its history (no PII). */
export async function getPayout(db: Database | Tx, payoutId: string): Promise<PayoutView | null> {
  const p = await db.selectFrom('payouts').selectAll().where('id', '=', payoutId).executeTakeFirst();
  if (!p) return null;
  const events = await db
    .selectFrom('payout_events')
    .select(['state', 'reason_code', 'at'])
    .where('payout_id', '=', payoutId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return {
    id: p.id,
    sourceKind: p.source_kind,
    sourceId: p.source_id,
    state: p.state,
    amount: p.amount as Rupiah,
    attempts: p.attempts,
    bankCode: p.bank_code,
    bankReference: p.bank_reference,
    lastReason: p.last_reason,
    nextAttemptAt: p.next_attempt_at,
    events: events.map((e) => ({ state: e.state, reasonCode: e.reason_code, at: e.at })),
  };
}

// ── The sandbox bank's tick ──────────────────────────────────────────────────────────────────────

/**
 * Where the sandbox is on: settle what the sandbox bank has due and deliver its signed callbacks to
 * `receiveTransferCallback` (as the bank's HTTP call to our route would). A callback our side
 * refuses or crashes on stays due and is delivered again at the next tick.
 */
export async function runSandboxBankTick(
  deps: Deps,
  options: { bankFaults?: SandboxBankFaults; faults?: PayoutFaults; duplicateCallbacks?: boolean } = {},
): Promise<{ settled: number; failed: number; delivered: number }> {
  return runSandboxBank(
    deps,
    { latencyMs: 0, ...(options.bankFaults ? { faults: options.bankFaults } : {}) },
    {
      secret: deps.config.payouts.callbackSecret,
      duplicateCallbacks: options.duplicateCallbacks ?? false,
      async deliver(callback, signature) {
        const answer = await receiveTransferCallback(deps, callback, signature, {
          ...(options.faults ? { faults: options.faults } : {}),
        });
        if (!answer.ok) throw new Error(`the transfer callback was refused: ${answer.error}`);
      },
    },
  );
}
