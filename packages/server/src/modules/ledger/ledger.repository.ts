/**
 * The double-entry ledger's only door. Postings are idempotent by `sourceKey`: posting the same key
 * twice changes nothing. Every posting's entries sum to zero (asserted here, enforced again by a
 * trigger in the database), and all entries of a posting go in one INSERT statement.
 */
import { assert, type Rupiah, sum } from '@jmo/core';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { LedgerAccountKind, PostingKind } from '../../db/schema.ts';

export interface NewPosting {
  id: string;
  sourceKey: string;
  kind: PostingKind;
  occurredOn: string;
  memo?: string;
  /** Signed amounts: positive credits the account, negative debits it. */
  entries: readonly { accountId: string; amount: Rupiah }[];
}

/** Accounts of the fund itself, one of each kind, found by a fixed code. */
export const FUND_ACCOUNT_CODES = {
  fund_contributions: 'fund:contributions',
  fund_development_return: 'fund:development-return',
  fund_jkk: 'fund:jkk',
  fund_jkm: 'fund:jkm',
  fund_jkp: 'fund:jkp',
  fund_penalties: 'fund:penalties',
  /** Money debited from members for payouts the banks have not yet confirmed (modules/payouts). */
  fund_payout_clearing: 'fund:payout-clearing',
  /** What the banks confirmed paid out to members. */
  fund_bank_settlement: 'fund:bank-settlement',
  /** PPh 21 withheld from claim payouts (modules/claims), owed to the tax office. */
  fund_tax_withheld: 'fund:tax-withheld',
} as const;

export async function ensureFundAccount(
  db: Executor,
  kind: keyof typeof FUND_ACCOUNT_CODES,
  newId: () => string,
): Promise<string> {
  const code = FUND_ACCOUNT_CODES[kind];
  await db
    .insertInto('ledger_accounts')
    .values({ id: newId(), code, kind, membership_id: null })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const row = await db
    .selectFrom('ledger_accounts')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

export function memberAccountCode(kind: Extract<LedgerAccountKind, `member_${string}`>, kpj: string): string {
  return `${kind.replace('member_', 'member:')}:${kpj}`;
}

/** Insert up to a few thousand postings at once; returns how many were new. */
export async function postPostings(
  db: Executor,
  postings: readonly NewPosting[],
): Promise<{ inserted: number }> {
  if (postings.length === 0) return { inserted: 0 };
  for (const p of postings) {
    assert(p.entries.length >= 2, `posting ${p.sourceKey} needs at least two entries`);
    assert(sum(p.entries.map((e) => e.amount)) === 0n, `posting ${p.sourceKey} does not sum to zero`);
    assert(
      p.entries.every((e) => e.amount !== 0n),
      `posting ${p.sourceKey} has a zero entry`,
    );
  }
  const inserted = await db
    .insertInto('ledger_postings')
    .values(
      postings.map((p) => ({
        id: p.id,
        source_key: p.sourceKey,
        kind: p.kind,
        occurred_on: p.occurredOn,
        memo: p.memo ?? null,
      })),
    )
    .onConflict((oc) => oc.column('source_key').doNothing())
    .returning('id')
    .execute();
  const fresh = new Set(inserted.map((r) => r.id));
  const entries = postings
    .filter((p) => fresh.has(p.id))
    .flatMap((p) =>
      p.entries.map((e) => ({ posting_id: p.id, account_id: e.accountId, amount: e.amount as bigint })),
    );
  if (entries.length > 0) await db.insertInto('ledger_entries').values(entries).execute();
  return { inserted: fresh.size };
}

/** Balance of each account from its entries, counting postings that occurred on or before `asOf`. */
export async function balancesAsOf(
  db: Executor,
  accountIds: readonly string[],
  asOf: string,
): Promise<Map<string, Rupiah>> {
  const result = new Map<string, Rupiah>(accountIds.map((id) => [id, 0n as Rupiah]));
  if (accountIds.length === 0) return result;
  const rows = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_postings as p', 'p.id', 'e.posting_id')
    .select(['e.account_id', sql<bigint>`sum(e.amount)::int8`.as('balance')])
    .where('e.account_id', 'in', accountIds)
    .where('p.occurred_on', '<=', asOf)
    .groupBy('e.account_id')
    .execute();
  for (const r of rows) result.set(r.account_id, r.balance as Rupiah);
  return result;
}

export interface MonthlyMovement {
  period: string;
  kind: PostingKind;
  amount: Rupiah;
}

/** Net movement of one account per month and posting kind, up to `asOf`, oldest first. */
export async function monthlyMovements(
  db: Executor,
  accountId: string,
  asOf: string,
): Promise<MonthlyMovement[]> {
  const rows = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_postings as p', 'p.id', 'e.posting_id')
    .select([
      sql<string>`to_char(p.occurred_on, 'YYYY-MM')`.as('period'),
      'p.kind',
      sql<bigint>`sum(e.amount)::int8`.as('amount'),
    ])
    .where('e.account_id', '=', accountId)
    .where('p.occurred_on', '<=', asOf)
    .groupBy([sql`to_char(p.occurred_on, 'YYYY-MM')`, 'p.kind'])
    .orderBy('period')
    .execute();
  return rows.map((r) => ({ period: r.period, kind: r.kind, amount: r.amount as Rupiah }));
}
