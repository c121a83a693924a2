/**
 * A simulated bank kept in the database (`sandbox_bank_accounts`): the account-name inquiry answers
 * as a bank's would, after a configurable latency (`JMO_SANDBOX_BANK_LATENCY_MS`), with the holder
 * name spelled the bank's way, `not_found` for an account it does not hold and `closed` for a
 * closed one. Account numbers are stored only encrypted, found by blind index within a bank.
 *
 * To rehearse a bank that does not answer, inquire an account number made of nines only (e.g.
 * 9999999999 at BNI, 9999999999999 at Mandiri): the inquiry waits the latency and then fails with
 * `BankUnavailableError`, as a timeout would. `/sandbox/bank` lists the accounts and says so.
 *
 * Disbursement (`sandbox_bank_transfers`, one row per payout id, the idempotency key): a second
 * `disburse` of a payout already accepted answers the same reference and pays nothing more; one whose
 * last attempt failed is attempted anew (a new reference). Transfers to a Himbara bank (BRI, Mandiri,
 * BNI, BTN) are checked at once (closed or unknown accounts are refused) and settle after
 * `himbaraDelayMs`; transfers to other banks are accepted unchecked and settle in a batch at the next
 * multiple of `batchMs`, where a closed or unknown account fails them. `runSandboxBank` settles what
 * is due and delivers the signed callbacks, at least once each (redelivered until the receiver
 * accepts one; `duplicateCallbacks` sends each twice). `faults` script timeouts and refusals for tests.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { findBank, type Rupiah } from '@jmo/core';
import type { Database, Executor } from '../../db/database.ts';
import { type Clock, systemClock } from '../../lib/deps.ts';
import type { PiiCipher } from '../../security/pii.ts';
import {
  type AccountInquiry,
  type BankGateway,
  BankUnavailableError,
  type DisburseRequest,
  type DisburseResult,
  signTransferCallback,
  type TransferCallback,
  type TransferStatus,
} from './port.ts';

/** An account number of nines only makes the sandbox bank time out. */
export function isSandboxOutageAccount(accountNumber: string): boolean {
  return /^9+$/.test(accountNumber);
}

export type SandboxAccountStatus = 'active' | 'closed';

export interface SandboxBankAccount {
  /** Clearing code from core `BANKS`. */
  bankCode: string;
  /** Digits only, as core `parseBankAccount` gives them. */
  accountNumber: string;
  /** As the bank spells it: upper case, titles, abbreviations, cut at its field length. */
  holderName: string;
  status: SandboxAccountStatus;
}

/** Scripted failures (tests only): consulted on each call, `undefined` behaves normally. */
export interface SandboxBankFaults {
  /**
   * `timeout`: no answer, nothing recorded; `timeout_after_accept`: the transfer is accepted and
   * recorded, then the answer is lost; `rejected`: the bank refuses the transfer.
   */
  disburse?(request: DisburseRequest): 'timeout' | 'timeout_after_accept' | 'rejected' | undefined;
  /** `rejected`: the transfer fails at settlement instead of settling. */
  settle?(payoutId: string): 'rejected' | undefined;
  /** Throws (as a crash) between settling a batch and delivering its callbacks. */
  afterSettle?(): void;
}

export interface SandboxBankOptions {
  /** Time each inquiry takes before it answers, as over a bank's network. */
  latencyMs: number;
  /** A transfer to a Himbara bank settles this long after it was accepted (default 0). */
  himbaraDelayMs?: number;
  /** Transfers to other banks settle at the next multiple of this interval (default 30 s). */
  batchMs?: number;
  faults?: SandboxBankFaults;
}

type TransferDeps = { db: Database; pii: PiiCipher; clock?: Clock };

function newReference(): string {
  return `SBX-TRF-${randomBytes(8).toString('hex').toUpperCase()}`;
}

function settleAtFor(bankCode: string, now: Date, options: SandboxBankOptions): Date {
  if (findBank(bankCode)?.isStateOwned) return new Date(now.getTime() + (options.himbaraDelayMs ?? 0));
  const batch = options.batchMs ?? 30_000;
  return new Date((Math.floor(now.getTime() / batch) + 1) * batch);
}

async function lookUpAccount(
  db: Executor,
  pii: PiiCipher,
  bankCode: string,
  accountNumber: string,
): Promise<AccountInquiry> {
  const row = await db
    .selectFrom('sandbox_bank_accounts')
    .select(['holder_name', 'status'])
    .where('bank_code', '=', bankCode)
    .where('account_number_index', '=', pii.blindIndex('bank_account', accountNumber))
    .executeTakeFirst();
  if (!row) return { status: 'not_found' };
  if (row.status === 'closed') return { status: 'closed' };
  return { status: 'active', holderName: row.holder_name };
}

export function createSandboxBank(deps: TransferDeps, options: SandboxBankOptions): BankGateway {
  const clock = deps.clock ?? systemClock;
  return {
    async inquireAccount(bankCode, accountNumber): Promise<AccountInquiry> {
      if (options.latencyMs > 0) await sleep(options.latencyMs);
      // Never quote the account number: it is PII and error messages reach logs.
      if (isSandboxOutageAccount(accountNumber))
        throw new BankUnavailableError('the sandbox bank did not answer in time');
      return lookUpAccount(deps.db, deps.pii, bankCode, accountNumber);
    },

    async disburse(request): Promise<DisburseResult> {
      if (options.latencyMs > 0) await sleep(options.latencyMs);
      if (isSandboxOutageAccount(request.accountNumber))
        throw new BankUnavailableError('the sandbox bank did not answer in time');
      const fault = options.faults?.disburse?.(request);
      if (fault === 'timeout') throw new BankUnavailableError('the sandbox bank did not answer in time');
      const result = await deps.db.transaction().execute(async (trx): Promise<DisburseResult> => {
        const now = clock.now();
        const existing = await trx
          .selectFrom('sandbox_bank_transfers')
          .select(['status', 'reference'])
          .where('payout_id', '=', request.payoutId)
          .forUpdate()
          .executeTakeFirst();
        if (existing && existing.status !== 'failed') {
          await trx
            .updateTable('sandbox_bank_transfers')
            .set((eb) => ({ disburse_calls: eb('disburse_calls', '+', 1) }))
            .where('payout_id', '=', request.payoutId)
            .execute();
          return { status: 'accepted', reference: existing.reference };
        }
        if (fault === 'rejected') return { status: 'rejected', reason: 'rejected' };
        if (findBank(request.bankCode)?.isStateOwned) {
          const account = await lookUpAccount(trx, deps.pii, request.bankCode, request.accountNumber);
          if (account.status !== 'active') return { status: 'rejected', reason: account.status };
        }
        const row = {
          reference: newReference(),
          bank_code: request.bankCode,
          account_number_enc: deps.pii.encrypt(request.accountNumber),
          amount: request.amount as bigint,
          status: 'accepted' as const,
          failure_reason: null,
          accepted_at: now,
          settle_at: settleAtFor(request.bankCode, now, options),
          settled_at: null,
          callback_due: false,
        };
        if (existing)
          await trx
            .updateTable('sandbox_bank_transfers')
            .set((eb) => ({ ...row, disburse_calls: eb('disburse_calls', '+', 1) }))
            .where('payout_id', '=', request.payoutId)
            .execute();
        else
          await trx
            .insertInto('sandbox_bank_transfers')
            .values({ payout_id: request.payoutId, ...row })
            .execute();
        return { status: 'accepted', reference: row.reference };
      });
      if (fault === 'timeout_after_accept' && result.status === 'accepted')
        throw new BankUnavailableError('the sandbox bank accepted the transfer but its answer was lost');
      return result;
    },

    async transferStatus(payoutId): Promise<TransferStatus> {
      if (options.latencyMs > 0) await sleep(options.latencyMs);
      const row = await deps.db
        .selectFrom('sandbox_bank_transfers')
        .select(['status', 'reference', 'amount', 'failure_reason'])
        .where('payout_id', '=', payoutId)
        .executeTakeFirst();
      if (!row) return { status: 'unknown' };
      if (row.status === 'failed')
        return { status: 'failed', reference: row.reference, reason: row.failure_reason ?? 'rejected' };
      return { status: row.status, reference: row.reference, amount: row.amount as Rupiah };
    },
  };
}

export interface SandboxBankRun {
  /** The receiver of callbacks: JMO's callback handler. Throwing leaves the callback due. */
  deliver(callback: TransferCallback, signature: string): Promise<void>;
  /** The banks' shared secret (config.payouts.callbackSecret). */
  secret: Buffer;
  /** Send every callback twice, as banks sometimes do. */
  duplicateCallbacks?: boolean;
}

/**
 * One tick of the sandbox bank: settle (or fail) every transfer whose time has come, then deliver
 * the callbacks not yet accepted by the receiver. Safe to run at any time and more than once.
 */
export async function runSandboxBank(
  deps: TransferDeps,
  options: SandboxBankOptions,
  run: SandboxBankRun,
): Promise<{ settled: number; failed: number; delivered: number }> {
  const clock = deps.clock ?? systemClock;
  const counts = { settled: 0, failed: 0, delivered: 0 };
  await deps.db.transaction().execute(async (trx) => {
    const now = clock.now();
    const due = await trx
      .selectFrom('sandbox_bank_transfers')
      .select(['payout_id', 'bank_code', 'account_number_enc'])
      .where('status', '=', 'accepted')
      .where('settle_at', '<=', now)
      .orderBy('settle_at')
      .limit(500)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const t of due) {
      let failure: 'closed' | 'not_found' | 'rejected' | null = null;
      if (options.faults?.settle?.(t.payout_id) === 'rejected') failure = 'rejected';
      else if (!findBank(t.bank_code)?.isStateOwned) {
        const account = await lookUpAccount(
          trx,
          deps.pii,
          t.bank_code,
          deps.pii.decrypt(t.account_number_enc),
        );
        if (account.status !== 'active') failure = account.status;
      }
      await trx
        .updateTable('sandbox_bank_transfers')
        .set({
          status: failure ? 'failed' : 'settled',
          failure_reason: failure,
          settled_at: now,
          callback_due: true,
        })
        .where('payout_id', '=', t.payout_id)
        .execute();
      if (failure) counts.failed++;
      else counts.settled++;
    }
  });
  options.faults?.afterSettle?.();
  const pending = await deps.db
    .selectFrom('sandbox_bank_transfers')
    .select(['payout_id', 'reference', 'status', 'failure_reason', 'amount', 'settled_at'])
    .where('callback_due', '=', true)
    .orderBy('settled_at')
    .limit(500)
    .execute();
  for (const t of pending) {
    if (t.status === 'accepted') continue;
    const callback: TransferCallback = {
      payoutId: t.payout_id,
      reference: t.reference,
      status: t.status,
      ...(t.failure_reason ? { reason: t.failure_reason } : {}),
      amount: t.amount.toString(),
      at: (t.settled_at ?? clock.now()).toISOString(),
    };
    const signature = signTransferCallback(callback, run.secret);
    const times = run.duplicateCallbacks ? 2 : 1;
    for (let i = 0; i < times; i++) await run.deliver(callback, signature);
    await deps.db
      .updateTable('sandbox_bank_transfers')
      .set((eb) => ({ callback_due: false, callbacks_sent: eb('callbacks_sent', '+', times) }))
      .where('payout_id', '=', t.payout_id)
      .where('reference', '=', t.reference)
      .where('status', '=', t.status)
      .execute();
    counts.delivered += times;
  }
  return counts;
}

/** Open accounts at the sandbox bank; an account it already holds is left as it is. */
export async function addSandboxBankAccounts(
  db: Executor,
  deps: { pii: PiiCipher; clock: Clock; newId: () => string },
  accounts: readonly SandboxBankAccount[],
): Promise<void> {
  if (accounts.length === 0) return;
  const now = deps.clock.now();
  await db
    .insertInto('sandbox_bank_accounts')
    .values(
      accounts.map((a) => ({
        id: deps.newId(),
        bank_code: a.bankCode,
        account_number_enc: deps.pii.encrypt(a.accountNumber),
        account_number_index: deps.pii.blindIndex('bank_account', a.accountNumber),
        holder_name: a.holderName,
        status: a.status,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['bank_code', 'account_number_index']).doNothing())
    .execute();
}

export interface SandboxBankAccountView extends SandboxBankAccount {
  createdAt: Date;
}

/** For the sandbox page: by bank, then holder name. */
export async function listSandboxBankAccounts(
  db: Executor,
  pii: PiiCipher,
  limit: number,
): Promise<SandboxBankAccountView[]> {
  const rows = await db
    .selectFrom('sandbox_bank_accounts')
    .select(['bank_code', 'account_number_enc', 'holder_name', 'status', 'created_at'])
    .orderBy('bank_code')
    .orderBy('holder_name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    bankCode: r.bank_code,
    accountNumber: pii.decrypt(r.account_number_enc),
    holderName: r.holder_name,
    status: r.status,
    createdAt: r.created_at,
  }));
}
