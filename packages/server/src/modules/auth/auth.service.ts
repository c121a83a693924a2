/**
 * Sign-in: e-mail or mobile number + password, throttled per identifier, with new-device alerts;
 * an opaque random session token (only its SHA-256 is stored) with idle and absolute expiry.
 */
import { randomBytes } from 'node:crypto';
import { afterFailure, type Me, throttleDecision } from '@jmo/core';
import { hashToken } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '../../security/password.ts';
import { newDeviceAlert } from '../accounts/messages.ts';
import { notifyChannels } from '../accounts/notify.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import { findPersonProfile } from '../people/people.service.ts';
import { describeDevice, hashDeviceToken, newDeviceToken } from './device.ts';
import { lookupIndexFor } from './identifier.ts';
import { clearThrottles, lockThrottle, readThrottle, writeThrottle } from './throttle.repository.ts';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  me: Me;
}

export interface LoginContext {
  ip: string;
  userAgent: string | undefined;
  /** The device cookie, when the browser has one. */
  deviceToken: string | undefined;
}

export type LoginFailure =
  | { error: 'invalid_credentials' }
  | { error: 'login_slowed_down'; retryAt: Date }
  | { error: 'account_blocked'; retryAt: Date };

/**
 * Sign in with an e-mail or mobile number and a password. Wrong passwords are throttled per
 * identifier (core `auth/throttle.ts`), known or not, so answers never tell whether an account
 * exists. A sign-in from a device the account has not used before alerts the member by e-mail and
 * SMS.
 */
export async function login(
  deps: Deps,
  input: { identifier: string; password: string },
  context: LoginContext,
): Promise<{ ok: true; value: SignedIn & { deviceToken: string } } | ({ ok: false } & LoginFailure)> {
  const lookup = lookupIndexFor(deps.pii, input.identifier);
  if (!lookup) {
    await verifyPassword(await dummyPasswordHash(), input.password); // same cost as a real check
    return { ok: false, error: 'invalid_credentials' };
  }
  const now = deps.clock.now();
  const decision = throttleDecision(await readThrottle(deps.db, lookup.index), now);
  if (decision.kind === 'blocked') return { ok: false, error: 'account_blocked', retryAt: decision.until };
  if (decision.kind === 'slowed_down')
    return { ok: false, error: 'login_slowed_down', retryAt: decision.retryAt };

  const account = await deps.db
    .selectFrom('user_accounts')
    .select(['id', 'person_id', 'password_hash', 'locale', 'email_enc', 'phone_enc'])
    .where(lookup.column, '=', lookup.index)
    .executeTakeFirst();
  // Verify against a dummy hash when there is no account, so response time does not reveal which
  // e-mails and numbers are registered.
  const valid = await verifyPassword(account?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!account || !valid) {
    const state = await deps.db.transaction().execute(async (trx) => {
      const next = afterFailure(await lockThrottle(trx, lookup.index), now);
      await writeThrottle(trx, lookup.index, next);
      return next;
    });
    if (account) {
      await recordSecurityEvent(deps, { kind: 'login_failed', userId: account.id, ip: context.ip });
      if (state.blockedUntil)
        await recordSecurityEvent(deps, { kind: 'account_blocked', userId: account.id, ip: context.ip });
    }
    return state.blockedUntil
      ? { ok: false, error: 'account_blocked', retryAt: state.blockedUntil }
      : { ok: false, error: 'invalid_credentials' };
  }

  await clearThrottles(deps.db, [lookup.index]);
  if (needsRehash(account.password_hash)) await rehashPassword(deps, account, input.password, context.ip);
  return { ok: true, value: await completeSignIn(deps, account, context, 'password') };
}

/** The account columns a sign-in needs once the member has proved who they are. */
export type SigningInAccount = {
  id: string;
  person_id: string;
  locale: 'id' | 'en';
  email_enc: Buffer | null;
  phone_enc: Buffer | null;
};

/**
 * What every member sign-in does once the member has proved who they are, by password or passkey:
 * remember the device (alerting by e-mail and SMS when it is new), log the sign-in with its method,
 * open a session.
 */
export async function completeSignIn(
  deps: Deps,
  account: SigningInAccount,
  context: LoginContext,
  method: 'password' | 'passkey',
): Promise<SignedIn & { deviceToken: string }> {
  const device = describeDevice(context.userAgent);
  const deviceToken =
    context.deviceToken && context.deviceToken.length <= 100 ? context.deviceToken : newDeviceToken();
  const isNewDevice = await rememberDevice(deps, account.id, deviceToken, device);
  await recordSecurityEvent(deps, {
    kind: 'login_succeeded',
    userId: account.id,
    ip: context.ip,
    detail: { method, ...(device ? { device } : {}) },
  });
  if (isNewDevice) {
    await recordSecurityEvent(deps, {
      kind: 'new_device',
      userId: account.id,
      ip: context.ip,
      ...(device ? { detail: { device } } : {}),
    });
    await alertNewDevice(deps, account, device);
  }
  const session = await createSession(deps, account.id, { device, ip: context.ip });
  const profile = await findPersonProfile(deps, account.person_id);
  return { ...session, deviceToken, me: { ...profile, locale: account.locale } };
}

/**
 * Replace a legacy (bcrypt, imported from BPJSTKU) or outdated hash with argon2id now that the
 * password is known. Only the hash just verified is replaced: a password reset meanwhile wins.
 */
async function rehashPassword(
  deps: Deps,
  account: { id: string; password_hash: string },
  password: string,
  ip: string,
): Promise<void> {
  const replaced = await deps.db
    .updateTable('user_accounts')
    .set({ password_hash: await hashPassword(password) })
    .where('id', '=', account.id)
    .where('password_hash', '=', account.password_hash)
    .executeTakeFirst();
  if (replaced.numUpdatedRows > 0n)
    await recordSecurityEvent(deps, { kind: 'password_rehashed', userId: account.id, ip });
}

/** Remember the device; true when the account had signed in before, but never from this one. */
async function rememberDevice(
  deps: Deps,
  userId: string,
  token: string,
  label: string | null,
): Promise<boolean> {
  const now = deps.clock.now();
  const hash = hashDeviceToken(token);
  const known = await deps.db
    .selectFrom('known_devices')
    .select('device_hash')
    .where('user_id', '=', userId)
    .execute();
  if (known.some((d) => d.device_hash.equals(hash))) {
    await deps.db
      .updateTable('known_devices')
      .set({ last_seen_at: now })
      .where('user_id', '=', userId)
      .where('device_hash', '=', hash)
      .execute();
    return false;
  }
  await deps.db
    .insertInto('known_devices')
    .values({ user_id: userId, device_hash: hash, label, first_seen_at: now, last_seen_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'device_hash']).doNothing())
    .execute();
  return known.length > 0;
}

async function alertNewDevice(
  deps: Deps,
  account: { locale: 'id' | 'en'; email_enc: Buffer | null; phone_enc: Buffer | null },
  device: string | null,
): Promise<void> {
  const message = newDeviceAlert(device, dateTimeIn(deps.clock.now(), deps.config.timeZone), account.locale);
  // An alert that cannot be delivered must not stop the member from signing in.
  await notifyChannels(deps, account, message);
}

function dateTimeIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    instant,
  );
}

/** A new session for a member: a random token for the cookie, only its hash in the database. */
export function createSession(
  deps: Deps,
  userId: string,
  origin: { device?: string | null; ip?: string } = {},
): Promise<{ token: string; expiresAt: Date }> {
  return openSession(deps, { user_id: userId }, origin);
}

/** A new session for a staff account (employer user, officer, supervisor, admin). */
export function createStaffSession(
  deps: Deps,
  staffId: string,
  origin: { device?: string | null; ip?: string } = {},
): Promise<{ token: string; expiresAt: Date }> {
  return openSession(deps, { staff_id: staffId }, origin);
}

async function openSession(
  deps: Deps,
  holder: { user_id: string } | { staff_id: string },
  origin: { device?: string | null; ip?: string },
): Promise<{ token: string; expiresAt: Date }> {
  const now = deps.clock.now();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.config.session.absoluteHours * 3_600_000);
  await deps.db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      ...holder,
      device_label: origin.device ?? null,
      ip: origin.ip ?? null,
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
