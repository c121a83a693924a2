/**
 * The list of encrypted columns against the migrated database: a `*_enc` or `*_index` column that is
 * not listed would be skipped by key rotation and become unreadable, so this fails until it is added.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { ENCRYPTED_TABLES } from './encrypted-columns.ts';

let database: TestDatabase;
let columns: { table_name: string; column_name: string; data_type: string }[];
beforeAll(async () => {
  database = await openTestDatabase();
  columns = (
    await sql<{ table_name: string; column_name: string; data_type: string }>`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name ~ '_(enc|index)$'
      ORDER BY table_name, column_name`.execute(database.db)
  ).rows;
});
afterAll(() => database.close());

const listedEnc = ENCRYPTED_TABLES.flatMap((t) => t.columns.map((c) => `${t.table}.${c.enc}`));
const listedIndexes = ENCRYPTED_TABLES.flatMap((t) =>
  t.columns.flatMap((c) =>
    c.index
      ? [`${t.table}.${c.index.column}`, ...(c.index.alsoKeys ?? []).map((o) => `${o.table}.${o.column}`)]
      : [],
  ),
);
const named = (suffix: string) =>
  columns.filter((c) => c.column_name.endsWith(suffix)).map((c) => `${c.table_name}.${c.column_name}`);

describe('encrypted columns', () => {
  it('lists every *_enc column in the database', () => {
    expect(named('_enc').filter((c) => !listedEnc.includes(c))).toEqual([]);
  });

  it('lists every *_index column, as the index of a listed value or as keyed by one', () => {
    expect(named('_index').filter((c) => !listedIndexes.includes(c))).toEqual([]);
  });

  it('names each table once', () => {
    const tables = ENCRYPTED_TABLES.map((t) => t.table);
    expect(tables.filter((table, i) => tables.indexOf(table) !== i)).toEqual([]);
  });

  it('lists only bytea columns that exist', () => {
    const bytea = columns
      .filter((c) => c.data_type === 'bytea')
      .map((c) => `${c.table_name}.${c.column_name}`);
    expect([...listedEnc, ...listedIndexes].filter((c) => !bytea.includes(c))).toEqual([]);
  });

  it('addresses each table by its real primary key, whatever its columns', async () => {
    const keys = await sql<{ table_name: string; column_name: string }>`
      SELECT k.table_name, k.column_name FROM information_schema.table_constraints c
      JOIN information_schema.key_column_usage k
        ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema
      WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema()
      ORDER BY k.table_name, k.ordinal_position`.execute(database.db);
    for (const { table, primaryKey } of ENCRYPTED_TABLES) {
      const actual = keys.rows.filter((k) => k.table_name === table).map((k) => k.column_name);
      expect({ table, primaryKey: actual }).toEqual({ table, primaryKey });
    }
  });
});
