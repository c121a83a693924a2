/**
 * Sign-in for the walking skeleton: e-mail or mobile number + password, an opaque random session
 * token (only its SHA-256 is stored) with idle and absolute expiry. The full account system
 * (registration, recovery, throttling per account, step-up) is the accounts issue.
 */
import { randomBytes } from 'node:crypto';
import { err, type Me, ok, type Result } from '@jmo/core';
import { hashToken } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import { dummyPasswordHash, verifyPassword } from '../../security/password.ts';
import { findPersonProfile } from '../people/people.service.ts';
import { lookupIndexFor } from './identifier.ts';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  me: Me;
}

export async function login(
  deps: Deps,
  input: { identifier: string; password: string },
): Promise<Result<SignedIn, 'invalid_credentials'>> {
  const lookup = lookupIndexFor(deps.pii, input.identifier);
  const account = lookup
    ? await deps.db
        .selectFrom('user_accounts')
        .select(['id', 'person_id', 'password_hash', 'locale'])
        .where(lookup.column, '=', lookup.index)
        .executeTakeFirst()
    : undefined;
  // Verify against a dummy hash when there is no account, so response time does not reveal which
  // e-mails and numbers are registered.
  const valid = await verifyPassword(account?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!account || !valid) return err('invalid_credentials');

  const session = await createSession(deps, account.id);
  const profile = await findPersonProfile(deps, account.person_id);
  return ok({ ...session, me: { ...profile, locale: account.locale } });
}

/** A new session for a user: a random token for the cookie, only its hash in the database. */
export async function createSession(deps: Deps, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const now = deps.clock.now();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.config.session.absoluteHours * 3_600_000);
  await deps.db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      idle_expires_at: new Date(now.getTime() + deps.config.session.idleMinutes * 60_000),
      absolute_expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt };
}

export async function logout(deps: Deps, tokenHash: Buffer): Promise<void> {
  await deps.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function currentUser(deps: Deps, principal: { userId: string; personId: string }): Promise<Me> {
  const account = await deps.db
    .selectFrom('user_accounts')
    .select('locale')
    .where('id', '=', principal.userId)
    .executeTakeFirstOrThrow();
  return { ...(await findPersonProfile(deps, principal.personId)), locale: account.locale };
}
