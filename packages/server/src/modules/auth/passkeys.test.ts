/**
 * Passkeys through HTTP with a software authenticator (an ES256 key pair made here, attestation
 * 'none'): adding, listing and removing one's own passkeys; signing in with one exactly like a
 * password sign-in; challenges that are single-use, short-lived and bound to their purpose and
 * member; passkeys that are unknown, removed, someone else's or signed for another site; step-up.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { PasskeyAssertionBody, PasskeyRegistrationBody } from '@jmo/core';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../testing/factories.ts';
import { sentTo } from '../../testing/outbox.ts';
import { openTestApp, signIn, type TestApp } from '../../testing/test-app.ts';
import { passkeyStepUpOptions, relyingParty, verifyPasskeyStepUp } from './passkeys.service.ts';

const ORIGIN = 'https://jmo.test';
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ env: { PUBLIC_URL: ORIGIN, LOGIN_RATE_LIMIT_PER_MINUTE: '1000' } });
});
afterAll(() => t.close());

const b64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

type CreationOptions = { challenge: string; rp: { id: string }; user: { id: string } };
type RequestOptions = { challenge: string; rpId?: string };

/**
 * A phone's platform authenticator in software: one discoverable ES256 credential, user verified.
 * `origin` is the site the browser says it is on (a phishing site's, to test that it is refused).
 */
function softwareAuthenticator() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const credentialId = randomBytes(32);
  // COSE_Key (RFC 9053): kty EC2, alg ES256, crv P-256, x, y.
  const coseKey = isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
      [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
    ]),
  );
  let userHandle = '';
  let signCount = 0;
  const UP = 0x01;
  const UV = 0x04;
  const AT = 0x40;
  const authData = (rpId: string, flags: number, attested: Uint8Array[] = []) => {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(signCount);
    return Buffer.concat([sha256(rpId), Buffer.from([flags]), count, ...attested]);
  };
  const clientData = (type: string, challenge: string, origin: string) =>
    Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));

  return {
    id: b64url(credentialId),
    create(options: CreationOptions, origin = ORIGIN): PasskeyRegistrationBody {
      userHandle = options.user.id;
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(credentialId.length);
      const data = authData(options.rp.id, UP | UV | AT, [Buffer.alloc(16), idLength, credentialId, coseKey]);
      const attestationObject = isoCBOR.encode(
        new Map<string, string | Uint8Array | Map<string, never>>([
          ['fmt', 'none'],
          ['attStmt', new Map<string, never>()],
          ['authData', new Uint8Array(data)],
        ]),
      );
      return {
        id: b64url(credentialId),
        rawId: b64url(credentialId),
        type: 'public-key',
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
        response: {
          clientDataJSON: b64url(clientData('webauthn.create', options.challenge, origin)),
          attestationObject: b64url(attestationObject),
          transports: ['internal', 'hybrid'],
        },
      };
    },
    get(
      options: RequestOptions,
      opts: { origin?: string; userVerified?: boolean } = {},
    ): PasskeyAssertionBody {
      signCount += 1;
      const data = authData(options.rpId ?? 'jmo.test', opts.userVerified === false ? UP : UP | UV);
      const client = clientData('webauthn.get', options.challenge, opts.origin ?? ORIGIN);
      const signature = sign('sha256', Buffer.concat([data, sha256(client)]), privateKey);
      return {
        id: b64url(credentialId),
        rawId: b64url(credentialId),
        type: 'public-key',
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
        response: {
          clientDataJSON: b64url(client),
          authenticatorData: b64url(data),
          signature: b64url(signature),
          userHandle,
        },
      };
    },
  };
}
type Authenticator = ReturnType<typeof softwareAuthenticator>;

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload, headers: { 'user-agent': PHONE_UA, ...headers } });

async function signedInMember() {
  const member = await createMember(t.deps);
  return { ...member, cookie: await signIn(t, member) };
}

/** Add a passkey to the member's account the way the Security page does. */
async function addPasskey(cookie: string, authenticator: Authenticator = softwareAuthenticator()) {
  const options = await post('/api/v1/me/passkeys/options', {}, { cookie });
  expect(options.statusCode).toBe(200);
  const added = await post('/api/v1/me/passkeys', authenticator.create(options.json()), { cookie });
  expect(added.statusCode).toBe(201);
  return { authenticator, passkeyId: added.json().id as string };
}

async function signInOptions(): Promise<RequestOptions> {
  const res = await post('/api/v1/auth/passkey/options', {});
  expect(res.statusCode).toBe(200);
  return res.json();
}

const signInWith = async (authenticator: Authenticator) =>
  post('/api/v1/auth/passkey', authenticator.get(await signInOptions()));

async function eventsOf(userId: string) {
  return t.deps.db
    .selectFrom('security_events')
    .select(['kind', 'detail'])
    .where('user_id', '=', userId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

describe('adding a passkey and signing in with it', () => {
  it('registers a passkey, then signs in with it into a session that works on /api/v1/me', async () => {
    const member = await signedInMember();
    const options = await post('/api/v1/me/passkeys/options', {}, { cookie: member.cookie });
    expect(options.json()).toMatchObject({
      rp: { id: 'jmo.test', name: 'JMO' },
      user: { name: member.email, displayName: 'Rina Kartika' },
      attestation: 'none',
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      excludeCredentials: [],
    });
    const authenticator = softwareAuthenticator();
    const added = await post('/api/v1/me/passkeys', authenticator.create(options.json()), {
      cookie: member.cookie,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ device: 'Chrome · Android', lastUsedAt: null });

    const list = await t.app.inject({ url: '/api/v1/me/passkeys', headers: { cookie: member.cookie } });
    expect(list.json().passkeys).toEqual([added.json()]);
    // The phone is told which passkey it already holds, so it does not make a second one.
    const again = await post('/api/v1/me/passkeys/options', {}, { cookie: member.cookie });
    expect(again.json().excludeCredentials).toEqual([
      { id: authenticator.id, type: 'public-key', transports: ['internal', 'hybrid'] },
    ]);

    const options2 = await signInOptions();
    expect(options2).toMatchObject({ rpId: 'jmo.test', userVerification: 'required' });
    expect(options2).not.toHaveProperty('allowCredentials.0'); // nobody is named
    const signedIn = await post('/api/v1/auth/passkey', authenticator.get(options2));
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ fullName: 'Rina Kartika' });
    const session = signedIn.cookies.find((c) => c.name === 'jmo_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(signedIn.cookies.some((c) => c.name === 'jmo_device')).toBe(true);
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: `jmo_session=${session.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().fullName).toBe('Rina Kartika');

    const [passkey] = (
      await t.app.inject({ url: '/api/v1/me/passkeys', headers: { cookie: member.cookie } })
    ).json().passkeys;
    expect(passkey.lastUsedAt).toBe(t.clock.now().toISOString());
    const events = await eventsOf(member.userId);
    expect(events.map((e) => e.kind)).toEqual([
      'login_succeeded',
      'passkey_added',
      'login_succeeded',
      'new_device', // the passkey sign-in came without the device cookie: alerted like a password sign-in
    ]);
    expect(events[0]!.detail).toMatchObject({ method: 'password' });
    expect(events[1]!.detail).toEqual({ device: 'Chrome · Android' });
    expect(events[2]!.detail).toEqual({ method: 'passkey', device: 'Chrome · Android' });
    // A passkey signs in without the password: its addition is announced on both channels.
    expect((await sentTo(t.deps, member.email)).map((m) => m.subject)).toContain(
      'Passkey ditambahkan ke akun JMO Anda',
    );
    expect((await sentTo(t.deps, member.phone, 'sms')).some((m) => m.body.includes('Chrome · Android'))).toBe(
      true,
    );
  });

  it('refuses a replayed sign-in and a challenge that has expired', async () => {
    const { cookie } = await signedInMember();
    const { authenticator } = await addPasskey(cookie);
    const assertion = authenticator.get(await signInOptions());
    expect((await post('/api/v1/auth/passkey', assertion)).statusCode).toBe(200);
    const replayed = await post('/api/v1/auth/passkey', assertion);
    expect(replayed.statusCode).toBe(410);
    expect(replayed.json().code).toBe('passkey_expired');
    expect(replayed.cookies.some((c) => c.name === 'jmo_session')).toBe(false);

    const late = authenticator.get(await signInOptions());
    t.clock.set(new Date(t.clock.now().getTime() + 5 * 60_000 + 1).toISOString());
    try {
      expect((await post('/api/v1/auth/passkey', late)).json().code).toBe('passkey_expired');
    } finally {
      t.clock.set('2026-11-23T03:00:00Z');
    }
  });

  it('refuses a passkey the server does not know', async () => {
    const stranger = softwareAuthenticator();
    // Made on the phone for an account, but never saved here.
    stranger.create({ challenge: 'x', rp: { id: 'jmo.test' }, user: { id: b64url(randomBytes(16)) } });
    const res = await signInWith(stranger);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('passkey_not_recognised');
  });

  it('refuses a bad signature, a member not verified on the phone, and another site, and logs the failure', async () => {
    const member = await signedInMember();
    const { authenticator } = await addPasskey(member.cookie);
    const tampered = authenticator.get(await signInOptions());
    tampered.response.signature = b64url(randomBytes(70));
    expect((await post('/api/v1/auth/passkey', tampered)).json().code).toBe('passkey_not_recognised');
    const notVerified = authenticator.get(await signInOptions(), { userVerified: false });
    expect((await post('/api/v1/auth/passkey', notVerified)).statusCode).toBe(401);
    const phished = authenticator.get(await signInOptions(), { origin: 'https://jmo-login.example' });
    expect((await post('/api/v1/auth/passkey', phished)).statusCode).toBe(401);
    const failed = (await eventsOf(member.userId)).filter((e) => e.kind === 'login_failed');
    expect(failed.map((e) => e.detail)).toEqual(Array(3).fill({ method: 'passkey' }));

    const options = await post('/api/v1/me/passkeys/options', {}, { cookie: member.cookie });
    const elsewhere = softwareAuthenticator().create(options.json(), 'https://jmo-login.example');
    const refused = await post('/api/v1/me/passkeys', elsewhere, { cookie: member.cookie });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('passkey_invalid');
  });

  it('binds a registration challenge to the member it was issued to', async () => {
    const owner = await signedInMember();
    const other = await signedInMember();
    const options = await post('/api/v1/me/passkeys/options', {}, { cookie: owner.cookie });
    const created = softwareAuthenticator().create(options.json());
    const res = await post('/api/v1/me/passkeys', created, { cookie: other.cookie });
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe('passkey_expired');
  });

  it('needs a signed-in member to list, add or remove passkeys', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/me/passkeys'],
      ['POST', '/api/v1/me/passkeys/options'],
      ['DELETE', `/api/v1/me/passkeys/${t.deps.newId()}`],
    ] as const) {
      expect((await t.app.inject({ method, url })).statusCode).toBe(401);
    }
  });
});

describe('removing a passkey', () => {
  it('no longer signs in once removed', async () => {
    const member = await signedInMember();
    const { authenticator, passkeyId } = await addPasskey(member.cookie);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/passkeys/${passkeyId}`,
      headers: { cookie: member.cookie },
    });
    expect(removed.statusCode).toBe(204);
    const list = await t.app.inject({ url: '/api/v1/me/passkeys', headers: { cookie: member.cookie } });
    expect(list.json().passkeys).toEqual([]);
    const res = await signInWith(authenticator);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('passkey_not_recognised');
    expect((await eventsOf(member.userId)).map((e) => e.kind)).toContain('passkey_removed');
  });

  it("cannot remove another member's passkey", async () => {
    const owner = await signedInMember();
    const other = await signedInMember();
    const { authenticator, passkeyId } = await addPasskey(owner.cookie);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/passkeys/${passkeyId}`,
      headers: { cookie: other.cookie },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('passkey_not_found');
    const list = await t.app.inject({ url: '/api/v1/me/passkeys', headers: { cookie: owner.cookie } });
    expect(list.json().passkeys.map((p: { id: string }) => p.id)).toEqual([passkeyId]);
    expect((await signInWith(authenticator)).statusCode).toBe(200);
  });
});

describe('step-up with a passkey', () => {
  it("confirms with one of the member's own passkeys, on a step-up challenge issued to them", async () => {
    const owner = await signedInMember();
    const other = await signedInMember();
    const { authenticator, passkeyId } = await addPasskey(owner.cookie);
    const { authenticator: othersPasskey } = await addPasskey(other.cookie);

    const options = await passkeyStepUpOptions(t.deps, owner.userId);
    if (!options.ok) throw new Error(options.error);
    expect(options.value.allowCredentials).toEqual([
      { id: authenticator.id, type: 'public-key', transports: ['internal', 'hybrid'] },
    ]);
    const response = authenticator.get(options.value);
    expect(await verifyPasskeyStepUp(t.deps, owner.userId, response)).toEqual({
      ok: true,
      value: { passkeyId },
    });
    expect(await verifyPasskeyStepUp(t.deps, owner.userId, response)).toEqual({
      ok: false,
      error: 'passkey_expired',
    });

    // Someone else's passkey, even on the member's own challenge, does not confirm.
    const again = await passkeyStepUpOptions(t.deps, owner.userId);
    if (!again.ok) throw new Error(again.error);
    expect(await verifyPasskeyStepUp(t.deps, owner.userId, othersPasskey.get(again.value))).toEqual({
      ok: false,
      error: 'passkey_not_recognised',
    });
    // A sign-in challenge is not a step-up challenge.
    const signInChallenge = authenticator.get(await signInOptions());
    expect(await verifyPasskeyStepUp(t.deps, owner.userId, signInChallenge)).toEqual({
      ok: false,
      error: 'passkey_expired',
    });
  });

  it('has no options for a member without passkeys', async () => {
    const member = await createMember(t.deps);
    expect(await passkeyStepUpOptions(t.deps, member.userId)).toEqual({
      ok: false,
      error: 'passkey_not_found',
    });
  });
});

describe('relying party', () => {
  it('comes from PUBLIC_URL, and is localhost on the configured port without it', () => {
    expect(relyingParty({ publicUrl: 'https://jmo.bpjs.example.id/app', port: 3000 })).toEqual({
      id: 'jmo.bpjs.example.id',
      origin: 'https://jmo.bpjs.example.id',
      name: 'JMO',
    });
    expect(relyingParty({ publicUrl: undefined, port: 3000 })).toMatchObject({
      id: 'localhost',
      origin: 'http://localhost:3000',
    });
  });
});
