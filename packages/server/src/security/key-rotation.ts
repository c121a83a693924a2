/**
 * Key rotation: re-encrypt every PII value not under the current key id and recompute its blind
 * indexes in the same UPDATE, so a row's key id always tells whether its indexes are current
 * (ADR 0005). Batches in key order, each its own transaction with its rows locked; rows already
 * under the current key are never selected, so a re-run after a crash finishes the job and a run
 * after that changes nothing.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Database, Executor } from '../db/database.ts';
import { ENCRYPTED_TABLES, type EncryptedTable, NORMALISERS } from './encrypted-columns.ts';
import { type PiiCipher, PiiDecryptionError } from './pii.ts';

export interface RotationProgress {
  table: string;
  /** Rows of this table rotated so far in this run, and how many needed it when the run began. */
  done: number;
  total: number;
}

export interface RotationSummary {
  tables: { table: string; rotated: number }[];
  /** Rows still under another key after the run: non-zero only if something wrote under an old key meanwhile. */
  remaining: number;
}

/** The keys do not fit the data: nothing was changed. The message names tables and key ids, never values. */
export class KeyRotationRefused extends Error {}

type Row = Record<string, unknown>;

export async function rotatePiiKeys(
  db: Database,
  pii: PiiCipher,
  opts: {
    batchSize?: number;
    /** After each committed batch: progress for the operator. */
    onBatch?: (progress: RotationProgress) => void | Promise<void>;
  } = {},
): Promise<RotationSummary> {
  const tables = ENCRYPTED_TABLES;
  const batchSize = opts.batchSize ?? 500;
  for (const table of tables) await checkKeysFit(db, pii, table);
  const summary: RotationSummary = { tables: [], remaining: 0 };
  for (const table of tables) {
    const total = await countStale(db, pii, table);
    let done = 0;
    let after: unknown[] | undefined;
    for (;;) {
      const batch = await db.transaction().execute((trx) => rotateBatch(trx, pii, table, batchSize, after));
      if (batch.length === 0) break;
      done += batch.length;
      after = batch.at(-1);
      await opts.onBatch?.({ table: table.table, done, total });
      if (batch.length < batchSize) break;
    }
    summary.tables.push({ table: table.table, rotated: done });
  }
  for (const table of tables) summary.remaining += await countStale(db, pii, table);
  return summary;
}

/**
 * Before changing anything: one row per table, column and key id must decrypt, and under the current
 * id its indexes must match the current index key — else the configuration is wrong (a key missing
 * from JMO_PII_KEY_PREVIOUS, or a new key given an id already in use).
 */
async function checkKeysFit(db: Database, pii: PiiCipher, table: EncryptedTable): Promise<void> {
  for (const { enc, index } of table.columns) {
    const samples = await sql<Row>`
      SELECT DISTINCT ON (get_byte(${sql.ref(enc)}, 0)) ${sql.ref(enc)} AS enc
        ${index ? sql`, ${sql.ref(index.column)} AS idx` : sql``}
      FROM ${sql.table(table.table)}
      WHERE ${sql.ref(enc)} IS NOT NULL
      ORDER BY get_byte(${sql.ref(enc)}, 0)`.execute(db);
    for (const sample of samples.rows) {
      const ciphertext = sample.enc as Buffer;
      const plaintext = decryptIn(pii, table, enc, ciphertext);
      if (
        index &&
        ciphertext[0] === pii.keyId &&
        !pii
          .blindIndex(index.kind, NORMALISERS[index.normalisation](plaintext.toString('utf8')))
          .equals(sample.idx as Buffer)
      )
        throw new KeyRotationRefused(
          `${table.table}.${index.column}: rows under the current key id ${pii.keyId} were indexed with another JMO_INDEX_KEY; a new key pair needs a new JMO_PII_KEY_ID`,
        );
    }
  }
}

/** Bytes, not text: the same rotation serves text columns and binary ones (photos, documents). */
function decryptIn(pii: PiiCipher, table: EncryptedTable, column: string, ciphertext: Buffer): Buffer {
  try {
    return pii.decryptBytes(ciphertext);
  } catch (error) {
    if (error instanceof PiiDecryptionError)
      throw new KeyRotationRefused(`${table.table}.${column}: ${error.message}`);
    throw error;
  }
}

function staleCondition(pii: PiiCipher, table: EncryptedTable): RawBuilder<unknown> {
  return sql.join(
    table.columns.map(
      ({ enc }) => sql`(${sql.ref(enc)} IS NOT NULL AND get_byte(${sql.ref(enc)}, 0) <> ${pii.keyId})`,
    ),
    sql` OR `,
  );
}

async function countStale(db: Database, pii: PiiCipher, table: EncryptedTable): Promise<number> {
  const result = await sql<{ n: bigint }>`
    SELECT count(*) AS n FROM ${sql.table(table.table)} WHERE ${staleCondition(pii, table)}`.execute(db);
  return Number(result.rows[0]!.n);
}

/** One batch: returns the primary keys (as they were) of the rows it rotated, in order. */
async function rotateBatch(
  trx: Executor,
  pii: PiiCipher,
  table: EncryptedTable,
  batchSize: number,
  after: unknown[] | undefined,
): Promise<unknown[][]> {
  const key = sql.join(table.primaryKey.map((c) => sql.ref(c)));
  const columns = table.columns.flatMap(({ enc, index }) => (index ? [enc, index.column] : [enc]));
  const selected = [...new Set([...table.primaryKey, ...columns])];
  const rows = await sql<Row>`
    SELECT ${sql.join(selected.map((c) => sql.ref(c)))}
    FROM ${sql.table(table.table)}
    WHERE (${staleCondition(pii, table)}) ${after ? sql`AND (${key}) > (${sql.join(after)})` : sql``}
    ORDER BY ${key}
    LIMIT ${batchSize}
    FOR UPDATE`.execute(trx);
  for (const row of rows.rows) {
    const changes: Row = {};
    const moves: { table: string; column: string; from: Buffer; to: Buffer }[] = [];
    for (const { enc, index } of table.columns) {
      const ciphertext = row[enc] as Buffer | null;
      if (ciphertext === null) continue;
      const plaintext = decryptIn(pii, table, enc, ciphertext);
      changes[enc] = pii.encryptBytes(plaintext);
      if (!index) continue;
      const fresh = pii.blindIndex(index.kind, NORMALISERS[index.normalisation](plaintext.toString('utf8')));
      const stale = row[index.column] as Buffer;
      changes[index.column] = fresh;
      if (!fresh.equals(stale))
        for (const other of index.alsoKeys ?? []) moves.push({ ...other, from: stale, to: fresh });
    }
    const updated = await sql`
      UPDATE ${sql.table(table.table)}
      SET ${sql.join(Object.entries(changes).map(([c, v]) => sql`${sql.ref(c)} = ${v}`))}
      WHERE ${sql.join(
        table.primaryKey.map((c) => sql`${sql.ref(c)} = ${row[c]}`),
        sql` AND `,
      )}`.execute(trx);
    if (updated.numAffectedRows !== 1n) throw new Error(`${table.table}: a locked row could not be updated`);
    for (const move of moves)
      await sql`
        UPDATE ${sql.table(move.table)} SET ${sql.ref(move.column)} = ${move.to}
        WHERE ${sql.ref(move.column)} = ${move.from}`.execute(trx);
  }
  return rows.rows.map((row) => table.primaryKey.map((c) => row[c]));
}
