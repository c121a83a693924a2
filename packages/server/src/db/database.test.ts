/**
 * The two engines must look the same to the code above them: int8 arrives as bigint, date as a
 * 'YYYY-MM-DD' string, and the ledger's own guards (balanced postings, append-only) hold.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe('database', () => {
  it('reads int8 as bigint and date as a plain string', async () => {
    const { rows } = await sql<{ big: bigint; day: string }>`
      SELECT 9007199254740993::int8 AS big, '2024-02-29'::date AS day`.execute(t.db);
    expect(rows[0]).toEqual({ big: 9007199254740993n, day: '2024-02-29' });
  });

  it('has run every migration', async () => {
    const { pendingMigrations } = await import('./database.ts');
    expect(await pendingMigrations(t.db)).toEqual([]);
  });

  it('rejects a posting whose entries do not sum to zero, and keeps the ledger append-only', async () => {
    const accounts = await t.db
      .insertInto('ledger_accounts')
      .values([
        {
          id: '019ab000-0000-7000-8000-000000000001',
          code: 'test:a',
          kind: 'fund_contributions',
          membership_id: null,
        },
        {
          id: '019ab000-0000-7000-8000-000000000002',
          code: 'test:b',
          kind: 'fund_development_return',
          membership_id: null,
        },
      ])
      .returning('id')
      .execute();
    const [a, b] = accounts.map((r) => r.id) as [string, string];
    const postingId = '019ab000-0000-7000-8000-0000000000p1'.replace('p', '0');
    await t.db
      .insertInto('ledger_postings')
      .values({
        id: postingId,
        source_key: 'test:1',
        kind: 'transfer',
        occurred_on: '2026-01-01',
        memo: null,
      })
      .execute();
    // One statement's entries: [posting, account, amount] each.
    const insertEntries = (...rows: [string, string, bigint][]) =>
      t.db
        .insertInto('ledger_entries')
        .values(rows.map(([posting_id, account_id, amount]) => ({ posting_id, account_id, amount })))
        .execute();
    await expect(insertEntries([postingId, a, 100n], [postingId, b, -99n])).rejects.toThrow(
      /does not sum to zero/,
    );
    await insertEntries([postingId, a, 100n], [postingId, b, -100n]);
    await expect(t.db.updateTable('ledger_entries').set({ amount: 5n }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.deleteFrom('ledger_postings').execute()).rejects.toThrow(/append-only/);

    // Entries must name a posting and accounts that exist (checked per statement, not per row).
    const nowhere = '019ab000-0000-7000-8000-00000000dead';
    await expect(insertEntries([nowhere, a, 1n], [nowhere, b, -1n])).rejects.toThrow(
      /posting .* does not exist/,
    );
    const second = '019ab000-0000-7000-8000-000000000002';
    await t.db
      .insertInto('ledger_postings')
      .values({ id: second, source_key: 'test:2', kind: 'transfer', occurred_on: '2026-01-02', memo: null })
      .execute();
    await expect(insertEntries([second, a, 1n], [second, nowhere, -1n])).rejects.toThrow(
      /account .* does not exist/,
    );
    // An account appears once in a posting: its entry is the net movement.
    await expect(insertEntries([second, a, 1n], [second, a, 1n], [second, b, -2n])).rejects.toThrow(
      /duplicate key/,
    );

    // Contribution rows record postings: their references are checked per statement, and they stay.
    const contribution = (posting_id: string, membership_id: string) => ({
      membership_id,
      period: '2026-01',
      reported_wage: 5_000_000n,
      jht_employer: 185_000n,
      jht_worker: 100_000n,
      paid_on: '2026-01-15',
      posting_id,
    });
    await expect(
      t.db.insertInto('contributions').values(contribution(postingId, nowhere)).execute(),
    ).rejects.toThrow(/membership .* does not exist/);
    // Which is why an account, once made, stays.
    await expect(t.db.deleteFrom('ledger_accounts').where('id', '=', a).execute()).rejects.toThrow(
      /never deleted/,
    );
  });
});
