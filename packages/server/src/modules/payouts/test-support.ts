/**
 * For the payouts tests: a test app whose sandbox bank takes scripted faults, members with a JHT
 * balance and a bank account at the sandbox bank, and a driver that runs worker and bank until
 * nothing is in flight, moving the clock on.
 */
import type { Rupiah } from '@jmo/core';
import {
  addSandboxBankAccounts,
  createSandboxBank,
  type SandboxBankFaults,
} from '../../adapters/bank/sandbox.ts';
import { createCard, createEmployer, createMember, payContribution } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { balancesAsOf } from '../ledger/ledger.repository.ts';
import {
  createPayoutOrder,
  type PayoutFaults,
  type PayoutOrder,
  runPayoutWorker,
  runSandboxBankTick,
} from './payouts.service.ts';

export interface PayoutsTestApp extends TestApp {
  /** Mutable: set hooks on it in a test, clear them after. */
  bankFaults: SandboxBankFaults;
}

export const PAYOUTS_ENV = {
  JMO_PAYOUT_MAX_ATTEMPTS: '3',
  JMO_PAYOUT_BACKOFF_SECONDS: '10',
  JMO_PAYOUT_BACKOFF_MAX_SECONDS: '40',
  JMO_PAYOUT_CALLBACK_WAIT_SECONDS: '600',
  JMO_PAYOUT_LEASE_SECONDS: '30',
  JMO_SANDBOX_BANK_HIMBARA_DELAY_MS: '50',
  JMO_SANDBOX_BANK_BATCH_SECONDS: '60',
};

export async function openPayoutsApp(env: Record<string, string> = {}): Promise<PayoutsTestApp> {
  const bankFaults: SandboxBankFaults = {};
  const t = await openTestApp({
    now: '2026-12-03T03:00:00Z',
    env: { ...PAYOUTS_ENV, ...env },
    deps: (built) => ({
      bank: createSandboxBank(
        { db: built.db, pii: built.pii, clock: built.clock },
        {
          latencyMs: 0,
          himbaraDelayMs: built.config.payouts.sandboxHimbaraDelayMs,
          batchMs: built.config.payouts.sandboxBatchMs,
          faults: {
            disburse: (r) => bankFaults.disburse?.(r),
            settle: (id) => bankFaults.settle?.(id),
          },
        },
      ),
    }),
  });
  return Object.assign(t, { bankFaults });
}

let accountSerial = 0;

/** A member with one JHT card holding `balance`, and an account at the sandbox bank. */
export async function memberWithBalance(
  t: TestApp,
  balance: bigint,
  bank: { bankCode?: string; accountNumber?: string; status?: 'active' | 'closed'; open?: boolean } = {},
) {
  accountSerial++;
  // A NIK of our own per member (born 15-08-1991, serial = the counter): the factory's random serials
  // collide now and then across the many members these tests make.
  const member = await createMember(t.deps, { nik: `317401150891${String(accountSerial).padStart(4, '0')}` });
  const employer = await createEmployer(t.deps);
  const card = await createCard(t.deps, {
    personId: member.personId,
    employerId: employer.id,
    status: 'nonactive',
    leftOn: '2026-09-30',
  });
  await payContribution(t.deps, card, {
    period: '2026-08',
    wage: 5_000_000n,
    employer: balance - 1n,
    worker: 1n,
    paidOn: '2026-09-10',
  });
  const bankCode = bank.bankCode ?? '002';
  const digits = bankCode === '002' ? 15 : bankCode === '008' ? 13 : 10;
  const accountNumber =
    bank.accountNumber ??
    `${String(accountSerial).padStart(4, '0')}${String(Date.now()).slice(-6)}`.padEnd(digits, '7');
  if (bank.open ?? true)
    await addSandboxBankAccounts(t.deps.db, t.deps, [
      { bankCode, accountNumber, holderName: 'SITI RAHAYU', status: bank.status ?? 'active' },
    ]);
  return { ...member, card, bankCode, accountNumber };
}

export type Member = Awaited<ReturnType<typeof memberWithBalance>>;

export function orderFor(m: Member, sourceId: string, amount: bigint): PayoutOrder {
  return {
    // Not a claim: the claims module follows only its own source kind.
    sourceKind: 'test_payout',
    sourceId,
    userId: m.userId,
    ledgerAccountId: m.card.accountId,
    amount: amount as Rupiah,
    bankCode: m.bankCode,
    accountNumber: m.accountNumber,
    holderName: 'SITI RAHAYU',
  };
}

export function order(t: TestApp, o: PayoutOrder) {
  return t.deps.db.transaction().execute((tx) => createPayoutOrder(t.deps, tx, o));
}

export async function balanceOf(t: TestApp, accountId: string): Promise<bigint> {
  return (await balancesAsOf(t.deps.db, [accountId], '2099-12-31')).get(accountId) ?? 0n;
}

export function advance(t: TestApp, ms: number): void {
  t.clock.set(new Date(t.clock.now().getTime() + ms).toISOString());
}

export async function inFlight(t: TestApp): Promise<number> {
  const rows = await t.deps.db
    .selectFrom('payouts')
    .select('id')
    .where('state', 'in', ['pending', 'sent', 'retrying'])
    .execute();
  return rows.length;
}

/**
 * Worker and bank ticks, moving the clock `stepMs` after each, until no payout is in flight and no
 * callback is due. Crashes (a hook throwing) are caught and counted, as a restarted process would.
 */
export async function drain(
  t: TestApp & { bankFaults?: SandboxBankFaults },
  opts: {
    stepMs?: number;
    maxRounds?: number;
    faults?: PayoutFaults;
    bankFaults?: SandboxBankFaults;
    duplicateCallbacks?: boolean;
  } = {},
): Promise<{ rounds: number; crashes: number }> {
  let crashes = 0;
  for (let round = 1; round <= (opts.maxRounds ?? 60); round++) {
    try {
      await runPayoutWorker(t.deps, opts.faults ? { faults: opts.faults } : {});
    } catch (error) {
      if (!(error instanceof SimulatedCrash)) throw error;
      crashes++;
    }
    try {
      await runSandboxBankTick(t.deps, {
        duplicateCallbacks: opts.duplicateCallbacks ?? false,
        ...(opts.faults ? { faults: opts.faults } : {}),
        ...((opts.bankFaults ?? t.bankFaults) ? { bankFaults: (opts.bankFaults ?? t.bankFaults)! } : {}),
      });
    } catch (error) {
      if (!(error instanceof SimulatedCrash)) throw error;
      crashes++;
    }
    const due = await t.deps.db
      .selectFrom('sandbox_bank_transfers')
      .select('payout_id')
      .where((eb) => eb.or([eb('callback_due', '=', true), eb('status', '=', 'accepted')]))
      .execute();
    if ((await inFlight(t)) === 0 && due.length === 0) return { rounds: round, crashes };
    advance(t, opts.stepMs ?? 20_000);
  }
  throw new Error('payouts did not settle');
}

export class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
}
