/**
 * Migration 0019 (identity corrections) on the engine under test: one open request per person, the
 * fields a request may name, a decision that needs who and when (and a reason for a rejection),
 * the new notice kind; it rolls back and forward cleanly.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPiiCipher } from '../security/pii.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import * as migration from './migrations/2026-12-02-0019-identity-corrections.ts';
import { migrations } from './migrations/index.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const person = '019ab000-0000-7000-8000-0000000e0001';
const account = '019ab000-0000-7000-8000-0000000e0002';
const now = new Date('2026-12-02T03:00:00Z');
const pii = createPiiCipher({ encryptionKey: randomBytes(32), indexKey: randomBytes(32) });

const request = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  person_id: person,
  requested_by: account,
  fields: ['fullName' as const],
  requested_enc: pii.encrypt('{"fullName":"UJI COBA SARI"}'),
  explanation_enc: pii.encrypt('nama di KTP berbeda'),
  status: 'open' as const,
  due_on: '2026-12-07',
  sla_working_days: 3,
  created_at: now,
  ...extra,
});

describe('migration 2026-12-02-0019-identity-corrections', () => {
  it('comes right after 0018', () => {
    const names = Object.keys(migrations);
    expect(names.indexOf('2026-12-02-0019-identity-corrections')).toBe(
      names.indexOf('2026-12-02-0018-data-updates') + 1,
    );
  });

  it('keeps one open request per person and checks fields and decisions', async () => {
    const nik = '3174011508900019';
    await sql`INSERT INTO people (id, nik_enc, nik_index, full_name, birth_date, sex)
      VALUES (${person}, ${pii.encrypt(nik)}, ${pii.blindIndex('nik', nik)}, 'Uji Coba', '1990-01-01', 'F')`.execute(
      t.db,
    );
    const email = 'uji@test.jmo.id';
    await t.db
      .insertInto('user_accounts')
      .values({
        id: account,
        person_id: person,
        email_enc: pii.encrypt(email),
        email_index: pii.blindIndex('email', email),
        password_hash: 'x',
      })
      .execute();
    await t.db
      .insertInto('identity_corrections')
      .values(request('019ab000-0000-7000-8000-0000000e0010'))
      .execute();
    await expect(
      t.db
        .insertInto('identity_corrections')
        .values(request('019ab000-0000-7000-8000-0000000e0011'))
        .execute(),
    ).rejects.toThrow();
    await expect(
      t.db
        .insertInto('identity_corrections')
        .values(request('019ab000-0000-7000-8000-0000000e0012', { status: 'approved', fields: ['nik'] }))
        .execute(),
    ).rejects.toThrow();
    // A rejection needs its reason, who and when.
    await expect(
      t.db
        .updateTable('identity_corrections')
        .set({ status: 'rejected', decided_at: now })
        .where('id', '=', '019ab000-0000-7000-8000-0000000e0010')
        .execute(),
    ).rejects.toThrow();
    await sql`INSERT INTO member_notifications (id, person_id, kind, dedupe_key, detail, created_at)
      VALUES ('019ab000-0000-7000-8000-0000000e0020', ${person}, 'identity_correction', 'k1', '{}', ${now})`.execute(
      t.db,
    );
  });

  it('rolls back and forward', async () => {
    await migration.down(t.db as never);
    await expect(sql`SELECT 1 FROM identity_corrections`.execute(t.db)).rejects.toThrow();
    await migration.up(t.db as never);
    expect((await t.db.selectFrom('identity_evidence').selectAll().execute()).length).toBe(0);
  });
});
