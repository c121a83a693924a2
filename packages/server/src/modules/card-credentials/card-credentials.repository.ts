/** Queries of the issued digital cards (`card_credentials`); only this module reads the table. */
import type { Database, Executor } from '../../db/database.ts';
import type { CardCredentialsTable } from '../../db/schema.ts';

export type RevocationReason = NonNullable<CardCredentialsTable['revoked_reason']>;

export interface CredentialRow {
  id: string;
  membershipId: string;
  kid: string;
  token: string;
  issuedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason: RevocationReason | null;
}

const columns = [
  'id',
  'membership_id',
  'kid',
  'token',
  'issued_at',
  'expires_at',
  'revoked_at',
  'revoked_reason',
] as const;

function toRow(r: {
  id: string;
  membership_id: string;
  kid: string;
  token: string;
  issued_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_reason: RevocationReason | null;
}): CredentialRow {
  return {
    id: r.id,
    membershipId: r.membership_id,
    kid: r.kid,
    token: r.token,
    issuedAt: r.issued_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    revokedReason: r.revoked_reason,
  };
}

export async function insertCredential(
  db: Executor,
  row: { id: string; membershipId: string; kid: string; token: string; issuedAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('card_credentials')
    .values({
      id: row.id,
      membership_id: row.membershipId,
      kid: row.kid,
      token: row.token,
      issued_at: row.issuedAt,
      expires_at: row.expiresAt,
    })
    .execute();
}

/** The newest credential of a card still in force at `now`, signed by one of `kids`. */
export async function findCurrentCredential(
  db: Executor,
  membershipId: string,
  now: Date,
  kids: readonly string[],
): Promise<CredentialRow | null> {
  if (kids.length === 0) return null;
  const row = await db
    .selectFrom('card_credentials')
    .select(columns)
    .where('membership_id', '=', membershipId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .where('kid', 'in', kids)
    .orderBy('issued_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toRow(row) : null;
}

export async function findCredentialById(db: Executor, id: string): Promise<CredentialRow | null> {
  const row = await db.selectFrom('card_credentials').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toRow(row) : null;
}

export async function listCredentialsOfCard(db: Database, membershipId: string): Promise<CredentialRow[]> {
  const rows = await db
    .selectFrom('card_credentials')
    .select(columns)
    .where('membership_id', '=', membershipId)
    .orderBy('issued_at', 'desc')
    .limit(100)
    .execute();
  return rows.map(toRow);
}

/** Revokes every credential of a card still in force; returns how many. */
export async function revokeLiveCredentialsOfCard(
  db: Executor,
  membershipId: string,
  revocation: { at: Date; reason: RevocationReason },
): Promise<number> {
  const rows = await db
    .updateTable('card_credentials')
    .set({ revoked_at: revocation.at, revoked_reason: revocation.reason })
    .where('membership_id', '=', membershipId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', revocation.at)
    .returning('id')
    .execute();
  return rows.length;
}

/** Revokes one credential unless it already is; returns the row when this call revoked it. */
export async function revokeCredential(
  db: Executor,
  id: string,
  revocation: { at: Date; reason: RevocationReason; note: string | null; by: string | null },
): Promise<CredentialRow | null> {
  const row = await db
    .updateTable('card_credentials')
    .set({
      revoked_at: revocation.at,
      revoked_reason: revocation.reason,
      revoked_note: revocation.note,
      revoked_by: revocation.by,
    })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(columns)
    .executeTakeFirst();
  return row ? toRow(row) : null;
}

/** Revoked credentials that have not expired at `now` (an expired one fails verification anyway). */
export async function listRevokedInForce(db: Database, now: Date) {
  return db
    .selectFrom('card_credentials')
    .select(['id', 'revoked_at'])
    .where('revoked_at', 'is not', null)
    .where('expires_at', '>', now)
    .orderBy('revoked_at')
    .orderBy('id')
    .execute();
}

export async function findRevocation(db: Database, id: string): Promise<Date | null> {
  const row = await db
    .selectFrom('card_credentials')
    .select('revoked_at')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.revoked_at ?? null;
}
