/**
 * Migration 0022's guarantees in the database itself: one payout per source, states and amounts
 * checked, a finished payout due for nothing, and payout events append-only.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUuid } from '../lib/deps.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';

let t: TestDatabase;
let userId: string;
beforeAll(async () => {
  t = await openTestDatabase();
  const personId = newUuid();
  userId = newUuid();
  await t.db
    .insertInto('people')
    .values({
      id: personId,
      nik_enc: randomBytes(40),
      nik_index: randomBytes(32),
      full_name: 'SITI',
      birth_date: '1990-08-15',
      sex: 'F',
    })
    .execute();
  await t.db
    .insertInto('user_accounts')
    .values({
      id: userId,
      person_id: personId,
      email_enc: randomBytes(40),
      email_index: randomBytes(32),
      password_hash: 'x',
    })
    .execute();
});
afterAll(() => t.close());

const payout = (overrides: Record<string, unknown> = {}) => ({
  id: newUuid(),
  source_kind: 'jht_claim',
  source_id: newUuid(),
  user_id: userId,
  ledger_account_id: newUuid(),
  amount: 1000n,
  bank_code: '002',
  account_number_enc: randomBytes(40),
  holder_name_enc: randomBytes(40),
  state: 'pending' as const,
  next_attempt_at: new Date(),
  created_at: new Date(),
  updated_at: new Date(),
  ...overrides,
});

describe('payouts tables', () => {
  it('hold one payout per source and refuse a non-positive amount or an unknown state', async () => {
    const first = payout();
    await t.db.insertInto('payouts').values(first).execute();
    await expect(
      t.db
        .insertInto('payouts')
        .values(payout({ source_id: first.source_id }))
        .execute(),
    ).rejects.toThrow(/unique/);
    await expect(
      t.db
        .insertInto('payouts')
        .values(payout({ amount: 0n }))
        .execute(),
    ).rejects.toThrow(/check/);
    await expect(
      t.db
        .insertInto('payouts')
        .values(payout({ state: 'lost' }))
        .execute(),
    ).rejects.toThrow(/check/);
  });

  it('keeps a paid or reversed payout due for nothing, and one in flight due some time', async () => {
    await expect(
      t.db
        .insertInto('payouts')
        .values(payout({ state: 'paid' }))
        .execute(),
    ).rejects.toThrow(/check/);
    await expect(
      t.db
        .insertInto('payouts')
        .values(payout({ next_attempt_at: null }))
        .execute(),
    ).rejects.toThrow(/check/);
  });

  it('keeps payout events append-only', async () => {
    const p = payout();
    await t.db.insertInto('payouts').values(p).execute();
    const id = newUuid();
    await t.db
      .insertInto('payout_events')
      .values({ id, payout_id: p.id, state: 'pending', reason_code: null, detail: null, at: new Date() })
      .execute();
    await expect(
      t.db.updateTable('payout_events').set({ state: 'paid' }).where('id', '=', id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('payout_events').where('id', '=', id).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`TRUNCATE payout_events`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('accepts the clearing and settlement fund accounts in the ledger', async () => {
    for (const kind of ['fund_payout_clearing', 'fund_bank_settlement'] as const)
      await t.db
        .insertInto('ledger_accounts')
        .values({ id: newUuid(), code: `test:${kind}`, kind, membership_id: null })
        .execute();
  });
});
