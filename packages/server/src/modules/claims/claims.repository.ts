/**
 * The claims tables (migration 0023): claims with their current state, their append-only events,
 * and the selfies taken for them. Moves go through `claim-moves.ts`, never straight to the row.
 */
import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { ClaimEventsTable, ClaimFaceChecksTable, ClaimsTable } from '../../db/schema.ts';

export type ClaimRow = Selectable<ClaimsTable>;
export type ClaimEventRow = Selectable<ClaimEventsTable>;
export type ClaimFaceCheckRow = Selectable<ClaimFaceChecksTable>;

/** The states in which a claim is not finished: a card has at most one such claim. */
export const OPEN_CLAIM_STATES_SQL = sql<boolean>`state NOT IN ('paid', 'rejected', 'cancelled', 'reversed')`;

export async function findClaim(
  db: Executor,
  by: { id: string; userId?: string },
  opts: { forUpdate?: boolean } = {},
): Promise<ClaimRow | undefined> {
  let query = db.selectFrom('claims').selectAll().where('id', '=', by.id);
  if (by.userId) query = query.where('user_id', '=', by.userId);
  if (opts.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findClaimByKey(
  db: Executor,
  userId: string,
  key: string,
): Promise<ClaimRow | undefined> {
  return db
    .selectFrom('claims')
    .selectAll()
    .where('user_id', '=', userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function findOpenClaimOfCard(db: Executor, membershipId: string): Promise<ClaimRow | undefined> {
  return db
    .selectFrom('claims')
    .selectAll()
    .where('membership_id', '=', membershipId)
    .where(OPEN_CLAIM_STATES_SQL)
    .executeTakeFirst();
}

export async function listClaimsOfUser(db: Executor, userId: string): Promise<ClaimRow[]> {
  return db
    .selectFrom('claims')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('reference', 'desc')
    .limit(100)
    .execute();
}

/** Inserts unless the key or the card's open claim already exists; true when inserted. */
export async function insertClaim(db: Executor, row: ClaimRow): Promise<boolean> {
  const inserted = await db
    .insertInto('claims')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The next reference number, e.g. JHT-2026-000123 (a sequence: unique, never reused). */
export async function nextClaimReference(db: Executor, year: string): Promise<string> {
  const { rows } = await sql<{ n: string }>`SELECT nextval('claim_reference_seq')::text AS n`.execute(db);
  return `JHT-${year}-${rows[0]!.n.padStart(6, '0')}`;
}

export async function listEvents(db: Executor, claimIds: readonly string[]): Promise<ClaimEventRow[]> {
  if (claimIds.length === 0) return [];
  return db
    .selectFrom('claim_events')
    .selectAll()
    .where('claim_id', 'in', claimIds)
    .orderBy('claim_id')
    .orderBy('seq')
    .execute();
}

export async function insertFaceCheck(db: Executor, row: ClaimFaceCheckRow): Promise<void> {
  await db.insertInto('claim_face_checks').values(row).execute();
}

export async function listFaceChecks(db: Executor, claimId: string): Promise<ClaimFaceCheckRow[]> {
  return db
    .selectFrom('claim_face_checks')
    .selectAll()
    .where('claim_id', '=', claimId)
    .orderBy('created_at')
    .execute();
}

/** The claims an officer decides (verifying or at interview), the longest waiting first. */
export async function openQueue(db: Executor) {
  return db
    .selectFrom('claims as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .innerJoin('memberships as m', 'm.id', 'c.membership_id')
    .select([
      'c.id',
      'c.reference',
      'c.state',
      'c.state_reason',
      'c.state_since',
      'c.gross',
      'p.full_name',
      'm.kpj',
    ])
    .where('c.state', 'in', ['verifying', 'interview'])
    .orderBy('c.state_since')
    .limit(500)
    .execute();
}
