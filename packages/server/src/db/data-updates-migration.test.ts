/**
 * Migration 0017 (data updates) on the engine under test: one data update per card, at most one open
 * review per update, and a version history that refuses edits and deletions but lets key rotation
 * re-seal the ciphertext; it rolls back and forward cleanly.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotatePiiKeys } from '../security/key-rotation.ts';
import { createPiiCipher } from '../security/pii.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import * as migration from './migrations/2026-12-02-0018-data-updates.ts';
import { migrations } from './migrations/index.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const person = '019ab000-0000-7000-8000-0000000d0001';
const membership = '019ab000-0000-7000-8000-0000000d0002';
const update = '019ab000-0000-7000-8000-0000000d0003';
const version = '019ab000-0000-7000-8000-0000000d0004';
const now = new Date('2026-12-02T03:00:00Z');
const keyA = { encryptionKey: randomBytes(32), indexKey: randomBytes(32) };
const piiA = createPiiCipher(keyA);

describe('migration 2026-12-02-0018-data-updates', () => {
  it('comes after 0014 and is applied', () => {
    const names = Object.keys(migrations);
    expect(names.indexOf('2026-12-02-0018-data-updates')).toBeGreaterThan(
      names.indexOf('2026-12-02-0014-ledger-set-based-checks'),
    );
  });

  it('keeps one data update per card and one open review per update', async () => {
    const nik = '3174011508900001';
    await sql`INSERT INTO people (id, nik_enc, nik_index, full_name, birth_date, sex)
      VALUES (${person}, ${piiA.encrypt(nik)}, ${piiA.blindIndex('nik', nik)}, 'Uji Coba', '1990-01-01', 'M')`.execute(
      t.db,
    );
    await sql`INSERT INTO memberships (id, person_id, kpj, segment, status, joined_on)
      VALUES (${membership}, ${person}, '99900000017', 'BPU', 'active', '2026-01-01')`.execute(t.db);
    const row = (id: string) => ({
      id,
      membership_id: membership,
      person_id: person,
      status: 'draft' as const,
      completed_steps: [],
      checks: '{}',
      payload_enc: piiA.encrypt('{"entries":{}}'),
      face_attempts_since: now,
      created_at: now,
      updated_at: now,
    });
    await t.db.insertInto('data_updates').values(row(update)).execute();
    await expect(
      t.db.insertInto('data_updates').values(row('019ab000-0000-7000-8000-0000000d0009')).execute(),
    ).rejects.toThrow(/unique|duplicate/i);
    await expect(
      t.db.updateTable('data_updates').set({ status: 'updated' }).where('id', '=', update).execute(),
    ).rejects.toThrow(/check constraint/);

    const review = (id: string) => ({
      id,
      data_update_id: update,
      round: 1,
      kind: 'face_check' as const,
      opened_at: now,
      due_on: '2026-12-07',
      sla_working_days: 3,
    });
    await t.db
      .insertInto('data_update_reviews')
      .values(review('019ab000-0000-7000-8000-0000000d0005'))
      .execute();
    await expect(
      t.db.insertInto('data_update_reviews').values(review('019ab000-0000-7000-8000-0000000d0006')).execute(),
    ).rejects.toThrow(/unique|duplicate/i);
  });

  it('keeps versions as written: no edit, no deletion; only the ciphertext may be re-sealed', async () => {
    await t.db
      .insertInto('person_data_versions')
      .values({
        id: version,
        person_id: person,
        version: 1,
        data_update_id: update,
        author_kind: 'system',
        author_user_id: null,
        author_staff_id: null,
        fields: ['phone'],
        changes_enc: piiA.encrypt('[{"field":"phone","before":null,"after":"+6281234567890"}]'),
        recorded_at: now,
      })
      .execute();
    // keys:rotate re-seals the values under a new key: the guard lets exactly that through.
    const rotating = createPiiCipher({
      encryptionKey: randomBytes(32),
      indexKey: randomBytes(32),
      keyId: 2,
      previousKeys: [{ id: 1, encryptionKey: keyA.encryptionKey }],
    });
    const summary = await rotatePiiKeys(t.db, rotating);
    expect(summary.tables.find((r) => r.table === 'person_data_versions')?.rotated).toBe(1);
    const resealed = await t.db
      .selectFrom('person_data_versions')
      .selectAll()
      .where('id', '=', version)
      .executeTakeFirstOrThrow();
    expect(resealed.changes_enc[0]).toBe(2);
    expect(rotating.decrypt(resealed.changes_enc)).toMatch(/\+6281234567890/);
    await expect(
      t.db
        .updateTable('person_data_versions')
        .set({ fields: ['email'] })
        .where('id', '=', version)
        .execute(),
    ).rejects.toThrow(/only the ciphertext/);
    await expect(t.db.deleteFrom('person_data_versions').where('id', '=', version).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`TRUNCATE person_data_versions`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(
      t.db
        .insertInto('person_data_versions')
        .values({
          id: '019ab000-0000-7000-8000-0000000d0007',
          person_id: person,
          version: 2,
          data_update_id: update,
          author_kind: 'officer',
          author_user_id: null,
          author_staff_id: null,
          fields: [],
          changes_enc: Buffer.from([1]),
          recorded_at: now,
        })
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('rolls back and forward', async () => {
    await t.db.deleteFrom('data_update_reviews').execute();
    // The versions table refuses deletions, so the rollback drops it whole (DROP is not DELETE).
    await migration.down(t.db as never);
    const gone = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'data_updates'`.execute(
      t.db,
    );
    expect(gone.rows[0]!.n).toBe(0);
    await migration.up(t.db as never);
    await t.db.selectFrom('person_data_versions').selectAll().execute();
  });
});
