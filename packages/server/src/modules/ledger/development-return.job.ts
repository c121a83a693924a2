/**
 * The yearly development return (hasil pengembangan) credited to every JHT balance for a completed
 * year, by core's method (`developmentReturnForYear`: monthly accrual on month-end balances at the
 * year's rate, rounded once, credited on 31 December). Batches of accounts, each batch one
 * transaction; the posting `development-return:<kpj>:<year>` makes each credit happen once, so the
 * job can stop anywhere and run again.
 *
 * A rate marked illustrative in the rule table is not the agency's figure: outside the sandbox the job
 * refuses to credit real balances with it.
 */
import { developmentReturnForYear, developmentReturnRateForYear, type Rupiah } from '@jmo/core';
import { sql } from 'kysely';
import type { Deps } from '../../lib/deps.ts';
import { ensureFundAccount, type NewPosting, postPostings } from './ledger.repository.ts';

class ConcurrentRunError extends Error {}

export type DevelopmentReturnJobResult =
  | { ok: true; year: number; accounts: number; credited: number; total: Rupiah }
  | { ok: false; error: 'year_not_complete' | 'rate_illustrative'; detail: string };

export async function creditDevelopmentReturns(
  deps: Pick<Deps, 'db' | 'newId'>,
  input: { year: number; asOf: string; allowIllustrative: boolean; batchAccounts?: number },
): Promise<DevelopmentReturnJobResult> {
  const { year } = input;
  if (input.asOf <= `${year}-12-31`)
    return {
      ok: false,
      error: 'year_not_complete',
      detail: `${year} ends on ${year}-12-31; today is ${input.asOf}`,
    };
  const rule = developmentReturnRateForYear(year);
  if (rule.illustrative && !input.allowIllustrative)
    return {
      ok: false,
      error: 'rate_illustrative',
      detail: `the ${year} rate in the table is a placeholder: ${rule.note}`,
    };
  const fund = await ensureFundAccount(deps.db, 'fund_development_return', deps.newId);
  const batch = input.batchAccounts ?? 2000;
  const sourceKey = (kpj: string) => `development-return:${kpj}:${year}`;
  let after = '00000000-0000-0000-0000-000000000000';
  let accounts = 0;
  let credited = 0;
  let total = 0n;
  for (;;) {
    const done = await deps.db
      .transaction()
      .execute(async (trx) => {
        const accountsOfBatch = await trx
          .selectFrom('ledger_accounts as a')
          .innerJoin('memberships as m', 'm.id', 'a.membership_id')
          .select(['a.id', 'm.kpj'])
          .where('a.kind', '=', 'member_jht')
          .where('a.id', '>', after)
          .orderBy('a.id')
          .limit(batch)
          .execute();
        if (accountsOfBatch.length === 0) return null;
        const ids = accountsOfBatch.map((a) => a.id);
        // Credited by an earlier run: leave them.
        const already = new Set(
          (
            await trx
              .selectFrom('ledger_postings')
              .select('source_key')
              .where(
                'source_key',
                'in',
                accountsOfBatch.map((a) => sourceKey(a.kpj)),
              )
              .execute()
          ).map((r) => r.source_key),
        );
        // Net movement per account and month of the year (month 0: everything before it), before the
        // year's own return.
        const { rows } = await sql<{ account_id: string; month: number; amount: string }>`
        SELECT e.account_id,
          CASE WHEN p.occurred_on < ${`${year}-01-01`}::date THEN 0 ELSE extract(month FROM p.occurred_on)::int END AS month,
          sum(e.amount)::text AS amount
        FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id
        WHERE e.account_id IN (${sql.join(ids)}) AND p.occurred_on <= ${`${year}-12-31`}::date
          AND NOT (p.kind = 'development_return' AND p.occurred_on = ${`${year}-12-31`}::date)
        GROUP BY e.account_id, 2
      `.execute(trx);
        const movements = new Map(ids.map((id) => [id, Array.from({ length: 13 }, () => 0n)]));
        for (const r of rows) {
          const months = movements.get(r.account_id)!;
          months[r.month] = (months[r.month] ?? 0n) + BigInt(r.amount);
        }
        const postings: NewPosting[] = [];
        let sum = 0n;
        for (const { id: accountId, kpj } of accountsOfBatch) {
          if (already.has(sourceKey(kpj))) continue;
          const months = movements.get(accountId)!;
          let running = months[0]!;
          const monthEnd: Rupiah[] = [];
          for (let m = 1; m <= 12; m++) {
            running += months[m]!;
            monthEnd.push(running as Rupiah);
          }
          const credit = developmentReturnForYear({
            year,
            monthEndBalances: monthEnd,
            rate: rule.value.rateBp,
          });
          if (credit.amount === 0n) continue;
          sum += credit.amount;
          postings.push({
            id: deps.newId(),
            sourceKey: sourceKey(kpj),
            kind: 'development_return',
            occurredOn: credit.creditedOn,
            memo: `hasil pengembangan ${year}`,
            entries: [
              { accountId, amount: credit.amount },
              { accountId: fund, amount: -credit.amount as Rupiah },
            ],
          });
        }
        const { inserted } = await postPostings(trx, postings);
        // Another run got there first (both are keyed): undo this batch and count it as theirs.
        if (inserted !== postings.length) throw new ConcurrentRunError();
        return { last: ids.at(-1)!, accounts: ids.length, inserted, sum };
      })
      .catch((error: unknown) => {
        if (error instanceof ConcurrentRunError) return 'retry' as const;
        throw error;
      });
    if (done === null) break;
    if (done === 'retry') continue;
    after = done.last;
    accounts += done.accounts;
    credited += done.inserted;
    total += done.sum;
  }
  return { ok: true, year, accounts, credited, total: total as Rupiah };
}
