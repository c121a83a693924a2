/**
 * A simulated bank kept in the database (`sandbox_bank_accounts`): the account-name inquiry answers
 * as a bank's would, after a configurable latency (`JMO_SANDBOX_BANK_LATENCY_MS`), with the holder
 * name spelled the bank's way, `not_found` for an account it does not hold and `closed` for a
 * closed one. Account numbers are stored only encrypted, found by blind index within a bank.
 *
 * To rehearse a bank that does not answer, inquire an account number made of nines only (e.g.
 * 9999999999 at BNI, 9999999999999 at Mandiri): the inquiry waits the latency and then fails with
 * `BankUnavailableError`, as a timeout would. `/sandbox/bank` lists the accounts and says so.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Executor } from '../../db/database.ts';
import type { Clock } from '../../lib/deps.ts';
import type { PiiCipher } from '../../security/pii.ts';
import { type AccountInquiry, type BankGateway, BankUnavailableError } from './port.ts';

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

export interface SandboxBankOptions {
  /** Time each inquiry takes before it answers, as over a bank's network. */
  latencyMs: number;
}

export function createSandboxBank(
  deps: { db: Executor; pii: PiiCipher },
  options: SandboxBankOptions,
): BankGateway {
  return {
    async inquireAccount(bankCode, accountNumber): Promise<AccountInquiry> {
      if (options.latencyMs > 0) await sleep(options.latencyMs);
      // Never quote the account number: it is PII and error messages reach logs.
      if (isSandboxOutageAccount(accountNumber))
        throw new BankUnavailableError('the sandbox bank did not answer in time');
      const row = await deps.db
        .selectFrom('sandbox_bank_accounts')
        .select(['holder_name', 'status'])
        .where('bank_code', '=', bankCode)
        .where('account_number_index', '=', deps.pii.blindIndex('bank_account', accountNumber))
        .executeTakeFirst();
      if (!row) return { status: 'not_found' };
      if (row.status === 'closed') return { status: 'closed' };
      return { status: 'active', holderName: row.holder_name };
    },
  };
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
