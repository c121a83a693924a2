/**
 * Optional passkey (WebAuthn) sign-in. A signed-in member adds a passkey kept by their phone's
 * screen lock; later they sign in with it without typing anything (discoverable credentials), and
 * other modules can ask for it again before a sensitive action (step-up).
 *
 * The relying party (domain and origin) comes from PUBLIC_URL, never from request headers. Every
 * challenge is stored single-use for a few minutes and bound to its purpose, and to the member when
 * known; it is spent the moment a browser presents it, whether the signature then holds or not.
 */
import type { Passkey, PasskeyAssertionBody, PasskeyRegistrationBody } from '@jmo/core';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { decodeClientDataJSON } from '@simplewebauthn/server/helpers';
import type { Config } from '../../config.ts';
import type { WebAuthnPurpose } from '../../db/schema.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { passkeyAddedNotice } from '../accounts/messages.ts';
import { notifyChannels } from '../accounts/notify.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import { findPersonProfile } from '../people/people.service.ts';
import { completeSignIn, type LoginContext, type SignedIn } from './auth.service.ts';
import { describeDevice } from './device.ts';

/** How long the browser may wait for the member's fingerprint, face or PIN. */
const CEREMONY_TIMEOUT_MS = 3 * 60_000;
/** A little longer than the ceremony, for the answer to travel back on a slow connection. */
const CHALLENGE_TTL_MS = 5 * 60_000;

/** The site passkeys belong to: PUBLIC_URL's host and origin (localhost and the port when unset, in development). */
export function relyingParty(config: Pick<Config, 'publicUrl' | 'port'>) {
  const url = new URL(config.publicUrl ?? `http://localhost:${config.port}`);
  return { id: url.hostname, origin: url.origin, name: 'JMO' };
}

/**
 * The WebAuthn user handle: the account id's 16 bytes. Stable, so a phone keeps one passkey per
 * account, and free of personal data, which authenticators may store and show.
 */
const userHandleOf = (userId: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(Buffer.from(userId.replaceAll('-', ''), 'hex'));

/** Options for the browser to create a passkey for the signed-in member. */
export async function passkeyRegistrationOptions(
  deps: Deps,
  userId: string,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const account = await deps.db
    .selectFrom('user_accounts')
    .select(['person_id', 'email_enc', 'phone_enc'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const profile = await findPersonProfile(deps, account.person_id);
  const contact = account.email_enc ?? account.phone_enc;
  const rp = relyingParty(deps.config);
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userID: userHandleOf(userId),
    // What the phone shows in its list of passkeys: the account's own e-mail or number.
    userName: contact ? deps.pii.decrypt(contact) : profile.fullName,
    userDisplayName: profile.fullName,
    timeout: CEREMONY_TIMEOUT_MS,
    attestationType: 'none',
    excludeCredentials: (await passkeysOf(deps, userId)).map(credentialDescriptor),
    // A passkey stands in for the password: it must be findable without a user name and unlocked
    // by the member (fingerprint, face or PIN), not merely touched.
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  await storeChallenge(deps, options.challenge, 'register', userId);
  return options;
}

/** Keep the passkey the browser just created, after checking it answers this member's challenge. */
export async function addPasskey(
  deps: Deps,
  userId: string,
  body: PasskeyRegistrationBody,
  context: { ip: string; userAgent: string | undefined },
): Promise<Outcome<Passkey, 'passkey_expired' | 'passkey_invalid' | 'passkey_already_added'>> {
  const challenge = await spendChallenge(deps, body.response.clientDataJSON, 'register', userId);
  if (!challenge) return { ok: false, error: 'passkey_expired' };
  const rp = relyingParty(deps.config);
  const verification = await verifyRegistrationResponse({
    response: body,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
  }).catch(() => null); // the library throws on anything malformed: all the same to the member
  if (!verification?.verified) return { ok: false, error: 'passkey_invalid' };

  const { credential } = verification.registrationInfo;
  const now = deps.clock.now();
  const device = describeDevice(context.userAgent);
  const added = await deps.db
    .insertInto('passkeys')
    .values({
      id: deps.newId(),
      user_id: userId,
      credential_id: Buffer.from(credential.id, 'base64url'),
      public_key: Buffer.from(credential.publicKey),
      counter: BigInt(credential.counter),
      transports: credential.transports ?? [],
      device_label: device,
      created_at: now,
      last_used_at: null,
    })
    .onConflict((oc) => oc.column('credential_id').doNothing())
    .returning(['id', 'device_label', 'created_at', 'last_used_at'])
    .executeTakeFirst();
  if (!added) return { ok: false, error: 'passkey_already_added' };
  await recordSecurityEvent(deps, {
    kind: 'passkey_added',
    userId,
    ip: context.ip,
    ...(device ? { detail: { device } } : {}),
  });
  const account = await deps.db
    .selectFrom('user_accounts')
    .select(['email_enc', 'phone_enc', 'locale'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  await notifyChannels(deps, account, passkeyAddedNotice(device, account.locale));
  return { ok: true, value: toPasskey(added) };
}

export async function listPasskeys(deps: Deps, userId: string): Promise<Passkey[]> {
  const rows = await deps.db
    .selectFrom('passkeys')
    .select(['id', 'device_label', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toPasskey);
}

/** Remove one of the member's own passkeys; false when it is not theirs (or already gone). */
export async function removePasskey(
  deps: Deps,
  userId: string,
  passkeyId: string,
  ip: string,
): Promise<boolean> {
  const removed = await deps.db
    .deleteFrom('passkeys')
    .where('id', '=', passkeyId)
    .where('user_id', '=', userId)
    .returning('device_label')
    .executeTakeFirst();
  if (!removed) return false;
  await recordSecurityEvent(deps, {
    kind: 'passkey_removed',
    userId,
    ip,
    ...(removed.device_label ? { detail: { device: removed.device_label } } : {}),
  });
  return true;
}

/** Options for signing in with whichever passkey of this site the phone holds: nobody is named. */
export async function passkeySignInOptions(deps: Deps): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(deps.config).id,
    timeout: CEREMONY_TIMEOUT_MS,
    userVerification: 'required',
  });
  await storeChallenge(deps, options.challenge, 'authenticate', null);
  return options;
}

/**
 * Sign in with a passkey: on a valid signature, exactly what a password sign-in does (device
 * alert, history, session). A sign-in block earned by wrong passwords does not stop a passkey,
 * which cannot be guessed; the block keeps applying to passwords.
 */
export async function signInWithPasskey(
  deps: Deps,
  body: PasskeyAssertionBody,
  context: LoginContext,
): Promise<Outcome<SignedIn & { deviceToken: string }, 'passkey_expired' | 'passkey_not_recognised'>> {
  const checked = await verifyAssertion(deps, body, 'authenticate', null);
  if (!checked.ok) {
    if (checked.owner)
      await recordSecurityEvent(deps, {
        kind: 'login_failed',
        userId: checked.owner,
        ip: context.ip,
        detail: { method: 'passkey' },
      });
    return { ok: false, error: checked.error };
  }
  const account = await deps.db
    .selectFrom('user_accounts')
    .select(['id', 'person_id', 'locale', 'email_enc', 'phone_enc'])
    .where('id', '=', checked.userId)
    .executeTakeFirstOrThrow();
  return { ok: true, value: await completeSignIn(deps, account, context, 'passkey') };
}

/**
 * Options to confirm a sensitive action with one of the signed-in member's passkeys;
 * `passkey_not_found` when they have none (ask for something else then).
 */
export async function passkeyStepUpOptions(
  deps: Deps,
  userId: string,
): Promise<Outcome<PublicKeyCredentialRequestOptionsJSON, 'passkey_not_found'>> {
  const passkeys = await passkeysOf(deps, userId);
  if (passkeys.length === 0) return { ok: false, error: 'passkey_not_found' };
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(deps.config).id,
    timeout: CEREMONY_TIMEOUT_MS,
    userVerification: 'required',
    allowCredentials: passkeys.map(credentialDescriptor),
  });
  await storeChallenge(deps, options.challenge, 'step_up', userId);
  return { ok: true, value: options };
}

/**
 * Whether the signed-in member just confirmed with one of their own passkeys, answering a challenge
 * from `passkeyStepUpOptions` issued to them within the last few minutes.
 */
export async function verifyPasskeyStepUp(
  deps: Deps,
  userId: string,
  response: PasskeyAssertionBody,
): Promise<Outcome<{ passkeyId: string }, 'passkey_expired' | 'passkey_not_recognised'>> {
  const checked = await verifyAssertion(deps, response, 'step_up', userId);
  return checked.ok
    ? { ok: true, value: { passkeyId: checked.passkeyId } }
    : { ok: false, error: checked.error };
}

type StoredPasskey = { credential_id: Buffer; transports: string[] };

const passkeysOf = (deps: Deps, userId: string): Promise<StoredPasskey[]> =>
  deps.db
    .selectFrom('passkeys')
    .select(['credential_id', 'transports'])
    .where('user_id', '=', userId)
    .execute();

const credentialDescriptor = (p: StoredPasskey) => ({
  id: p.credential_id.toString('base64url'),
  transports: p.transports,
});

function toPasskey(row: {
  id: string;
  device_label: string | null;
  created_at: Date;
  last_used_at: Date | null;
}): Passkey {
  return {
    id: row.id,
    device: row.device_label,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
  };
}

async function storeChallenge(
  deps: Deps,
  challenge: string,
  purpose: WebAuthnPurpose,
  userId: string | null,
): Promise<void> {
  const now = deps.clock.now();
  // Challenges nobody answered would otherwise pile up.
  await deps.db.deleteFrom('webauthn_challenges').where('expires_at', '<=', now).execute();
  await deps.db
    .insertInto('webauthn_challenges')
    .values({
      challenge,
      purpose,
      user_id: userId,
      created_at: now,
      expires_at: new Date(now.getTime() + CHALLENGE_TTL_MS),
    })
    .execute();
}

/**
 * Spend the challenge the browser signed (read from its clientDataJSON): deleted whatever follows,
 * and returned only when it was issued for this purpose and member and has not expired.
 */
async function spendChallenge(
  deps: Deps,
  clientDataJSON: string,
  purpose: WebAuthnPurpose,
  userId: string | null,
): Promise<string | null> {
  let challenge: unknown;
  try {
    challenge = decodeClientDataJSON(clientDataJSON).challenge;
  } catch {
    return null;
  }
  if (typeof challenge !== 'string') return null;
  const spent = await deps.db
    .deleteFrom('webauthn_challenges')
    .where('challenge', '=', challenge)
    .returning(['purpose', 'user_id', 'expires_at'])
    .executeTakeFirst();
  const valid = spent?.purpose === purpose && spent.user_id === userId && spent.expires_at > deps.clock.now();
  return valid ? challenge : null;
}

/**
 * Check a passkey signature: the challenge, then the passkey (one of `userId`'s when given), then
 * the signature by its public key with the member verified on the device. `owner` says whose
 * passkey failed, for their history.
 */
async function verifyAssertion(
  deps: Deps,
  body: PasskeyAssertionBody,
  purpose: WebAuthnPurpose,
  userId: string | null,
): Promise<
  | { ok: true; userId: string; passkeyId: string }
  | { ok: false; error: 'passkey_expired' | 'passkey_not_recognised'; owner?: string }
> {
  const challenge = await spendChallenge(deps, body.response.clientDataJSON, purpose, userId);
  if (!challenge) return { ok: false, error: 'passkey_expired' };
  let query = deps.db
    .selectFrom('passkeys')
    .select(['id', 'user_id', 'credential_id', 'public_key', 'counter', 'transports'])
    .where('credential_id', '=', Buffer.from(body.rawId, 'base64url'));
  if (userId) query = query.where('user_id', '=', userId);
  const passkey = await query.executeTakeFirst();
  if (!passkey) return { ok: false, error: 'passkey_not_recognised' };

  const rp = relyingParty(deps.config);
  const verification = await verifyAuthenticationResponse({
    response: body,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: {
      id: passkey.credential_id.toString('base64url'),
      publicKey: new Uint8Array(passkey.public_key),
      counter: Number(passkey.counter),
      transports: passkey.transports,
    },
    requireUserVerification: true,
  }).catch(() => null);
  // The phone names the account the passkey was made for; it must be the passkey's owner.
  const handle = body.response.userHandle;
  const sameOwner =
    handle === undefined || Buffer.from(handle, 'base64url').equals(userHandleOf(passkey.user_id));
  if (!verification?.verified || !sameOwner)
    return { ok: false, error: 'passkey_not_recognised', owner: passkey.user_id };

  await deps.db
    .updateTable('passkeys')
    .set({
      counter: BigInt(verification.authenticationInfo.newCounter),
      last_used_at: deps.clock.now(),
    })
    .where('id', '=', passkey.id)
    .execute();
  return { ok: true, userId: passkey.user_id, passkeyId: passkey.id };
}
