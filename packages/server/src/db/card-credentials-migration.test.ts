/**
 * Migration 0013 (card_credentials) on the engine under test (PGlite, or PostgreSQL with
 * DATABASE_URL): applied with the others, its constraints refuse a half-revoked row and a validity
 * that ends before it starts, and it rolls back and forward cleanly.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import * as migration from './migrations/2026-12-02-0013-card-credentials.ts';
import { migrations } from './migrations/index.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const tableExists = async () =>
  (
    await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'card_credentials'`.execute(
      t.db,
    )
  ).rows[0]!.n === 1;

describe('migration 2026-12-02-0013-card-credentials', () => {
  it('comes after 0011 (room for 0012) and is applied', async () => {
    const names = Object.keys(migrations);
    expect(names.indexOf('2026-12-02-0013-card-credentials')).toBeGreaterThan(
      names.indexOf('2026-11-23-0011-contact-change'),
    );
    expect(await tableExists()).toBe(true);
  });

  it('refuses a revocation without its reason and a validity that ends before it starts', async () => {
    const person = '019ab000-0000-7000-8000-00000000c001';
    const membership = '019ab000-0000-7000-8000-00000000c002';
    await sql`INSERT INTO people (id, nik_enc, nik_index, full_name, birth_date, sex)
      VALUES (${person}, '\\x00', '\\x01', 'Uji Coba', '1990-01-01', 'M')`.execute(t.db);
    await sql`INSERT INTO memberships (id, person_id, kpj, segment, status, joined_on)
      VALUES (${membership}, ${person}, '99900000001', 'BPU', 'active', '2026-01-01')`.execute(t.db);
    const row = (id: string) => ({
      id,
      membership_id: membership,
      kid: 'k',
      token: 'a.b.c',
      issued_at: new Date('2026-12-02T00:00:00Z'),
      expires_at: new Date('2027-12-02T00:00:00Z'),
    });
    await t.db.insertInto('card_credentials').values(row('019ab000-0000-7000-8000-00000000c003')).execute();
    await expect(
      t.db
        .insertInto('card_credentials')
        .values({ ...row('019ab000-0000-7000-8000-00000000c004'), revoked_at: new Date() })
        .execute(),
    ).rejects.toThrow(/check constraint/);
    await expect(
      t.db
        .insertInto('card_credentials')
        .values({
          ...row('019ab000-0000-7000-8000-00000000c005'),
          expires_at: new Date('2026-01-01T00:00:00Z'),
        })
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('rolls back and forward', async () => {
    await migration.down(t.db as never);
    expect(await tableExists()).toBe(false);
    await migration.up(t.db as never);
    expect(await tableExists()).toBe(true);
  });
});
