/**
 * The digital card through HTTP on a real database (PGlite, or PostgreSQL with DATABASE_URL): a
 * member gets a signed credential for their own card only, with a QR of the verify URL and a real
 * one-page PDF; reissuing revokes the old one; officers revoke with a reason (a security event);
 * the keys, the revocation list and server-side verification are public; the table keeps
 * revocation final. Fixed clock, so validity and expiry are exact.
 */
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCard, createEmployer, createMember, createStaff } from '../../testing/factories.ts';
import { openTestApp, signIn, signInStaff, type TestApp } from '../../testing/test-app.ts';
import { A6 } from './card-document.ts';

let t: TestApp;
let cookie: string;
let member: Awaited<ReturnType<typeof createMember>>;
let card: Awaited<ReturnType<typeof createCard>>;
let oldCard: Awaited<ReturnType<typeof createCard>>;
let strangersKpj: string;
let officerCookie: string;
let employerCookie: string;
let officer: Awaited<ReturnType<typeof createStaff>>;
let oldCardToken: string;

beforeAll(async () => {
  t = await openTestApp({ now: '2026-12-02T03:00:00Z', env: { PUBLIC_URL: 'https://jmo.example.id' } });
  const d = t.deps;
  const employer = await createEmployer(d, 'PT Sinar Jaya Abadi');
  member = await createMember(d, { fullName: 'Dewi Anggraini', nik: '3273014508900007' });
  card = await createCard(d, { personId: member.personId, employerId: employer.id });
  oldCard = await createCard(d, {
    personId: member.personId,
    employerId: employer.id,
    status: 'nonactive',
    leftOn: '2024-12-31',
    nameOnCard: 'Dewi Anggraeni',
  });
  const stranger = await createMember(d, { fullName: 'Orang Lain' });
  strangersKpj = (await createCard(d, { personId: stranger.personId, employerId: employer.id })).kpj;
  cookie = await signIn(t, member);
  officer = await createStaff(d, { role: 'officer' });
  officerCookie = await signInStaff(t, officer);
  employerCookie = await signInStaff(t, await createStaff(d, { role: 'employer', employerId: employer.id }));
});
afterAll(() => t.close());

/** Moves the clock and signs in again (sessions end after 12 hours). */
async function at(iso: string) {
  t.clock.set(iso);
  cookie = await signIn(t, member);
  officerCookie = await signInStaff(t, officer);
}

const get = (url: string, c = cookie) => t.app.inject({ method: 'GET', url, headers: { cookie: c } });
const post = (url: string, payload: object, c?: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: c ? { cookie: c } : {} });
const verify = async (token: string, lang = 'id') =>
  (
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/card-credentials/verify',
      payload: { token },
      headers: { 'accept-language': lang },
    })
  ).json();

describe('a member’s digital card', () => {
  let first: {
    id: string;
    token: string;
    verifyUrl: string;
    qrSvg: string;
    payload: Record<string, unknown>;
  };

  it('issues a signed credential with only what a clinic needs, a QR of the verify URL, and no NIK in clear', async () => {
    const res = await get(`/api/v1/me/cards/${card.kpj}/credential`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    first = res.json();
    expect(first.payload).toEqual({
      v: 1,
      jti: first.id,
      iat: Date.parse('2026-12-02T03:00:00Z') / 1000,
      exp: Date.parse('2027-12-02T03:00:00Z') / 1000,
      kpj: card.kpj,
      name: 'Dewi Anggraini',
      nik: '************0007',
      segment: 'PU',
      status: 'active',
      programs: ['JHT', 'JP', 'JKK', 'JKM', 'JKP'],
      employer: 'PT Sinar Jaya Abadi',
    });
    expect(res.json()).toMatchObject({ expiresAt: '2027-12-02T03:00:00.000Z', outdated: false });
    expect(first.verifyUrl).toBe(`https://jmo.example.id/verify#${first.token}`);
    expect(first.qrSvg).toMatch(/^<svg[^>]*viewBox/);
    expect(res.body).not.toContain('3273014508900007');
    expect(res.body).not.toContain('1990');
  });

  it('shows the same credential again while it is in force', async () => {
    const again = (await get(`/api/v1/me/cards/${card.kpj}/credential`)).json();
    expect(again.id).toBe(first.id);
    expect(again.token).toBe(first.token);
  });

  it('puts the name as on the card and the status it has into a non-active card’s credential', async () => {
    const res = await get(`/api/v1/me/cards/${oldCard.kpj}/credential`);
    expect(res.json().payload).toMatchObject({ name: 'Dewi Anggraeni', status: 'nonactive' });
    oldCardToken = res.json().token;
    expect((await verify(res.json().token)).tone).toBe('warning');
  });

  it('never reaches a card in another account, nor answers without a session', async () => {
    for (const url of [
      `/api/v1/me/cards/${strangersKpj}/credential`,
      `/api/v1/me/cards/${strangersKpj}/card.pdf`,
    ]) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('card_not_found');
    }
    const reissue = await post(`/api/v1/me/cards/${strangersKpj}/credential/reissue`, {}, cookie);
    expect(reissue.json().code).toBe('card_not_found');
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/me/cards/${card.kpj}/credential` })).statusCode,
    ).toBe(401);
  });

  it('verifies on the server: valid; altered says forged; the QR URL works as pasted', async () => {
    const valid = await verify(first.verifyUrl);
    expect(valid).toMatchObject({ outcome: 'valid', tone: 'ok', title: 'Kartu sah', revokedAt: null });
    expect(valid.credential.kpj).toBe(card.kpj);
    const [h, p, s] = first.token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const altered = `${h}.${Buffer.from(JSON.stringify({ ...claims, status: 'active', name: 'Someone Else' })).toString('base64url')}.${s}`;
    const forged = await verify(altered, 'en');
    expect(forged).toMatchObject({ outcome: 'signature_invalid', tone: 'bad', credential: null });
    expect(forged.title).toMatch(/forged or altered/);
    expect((await verify('not a card')).outcome).toBe('malformed');
  });

  it('serves a real one-page A6 PDF of the current card', async () => {
    const res = await get(`/api/v1/me/cards/${card.kpj}/card.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="kartu-digital-${card.kpj}.pdf"`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await PDFDocument.load(res.rawPayload);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([Math.round(A6.width), Math.round(A6.height)]);
    expect(pdf.getTitle()).toBe(`Kartu Peserta Digital ${card.kpj}`);
    expect(pdf.getKeywords()).toContain(first.id);
  });

  it('reissues: the old credential is revoked (listed, and verifies as revoked), a new one is valid', async () => {
    await at('2026-12-03T03:00:00Z');
    const res = await post(`/api/v1/me/cards/${card.kpj}/credential/reissue`, {}, cookie);
    expect(res.statusCode).toBe(201);
    const second = res.json();
    expect(second.id).not.toBe(first.id);
    expect((await get(`/api/v1/me/cards/${card.kpj}/credential`)).json().id).toBe(second.id);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/card-credentials/revoked' });
    expect(list.headers['cache-control']).toBe('public, max-age=300');
    expect(list.json()).toEqual({
      generatedAt: '2026-12-03T03:00:00.000Z',
      revoked: [{ id: first.id, revokedAt: '2026-12-03T03:00:00.000Z' }],
    });
    expect(await verify(first.token)).toMatchObject({
      outcome: 'revoked',
      revokedAt: '2026-12-03T03:00:00.000Z',
    });
    expect((await verify(second.token)).outcome).toBe('valid');
    const events = (await get('/api/v1/me/security-events')).json().events;
    expect(events[0].kind).toBe('card_credential_reissued');
  });
});

describe('public keys', () => {
  it('publishes the verifying keys as a cacheable JWKS', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/card-credentials/keys' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    const { keys } = res.json();
    expect(keys).toEqual([
      {
        kty: 'OKP',
        crv: 'Ed25519',
        x: expect.stringMatching(/^[\w-]{43}$/),
        kid: t.deps.cardKeys.signing.kid,
        alg: 'EdDSA',
        use: 'sig',
      },
    ]);
    expect(JSON.stringify(keys)).not.toMatch(/"d"/);
  });
});

describe('revocation by staff', () => {
  it('lets an officer find a card’s credentials and revoke one with a reason, recorded as a security event', async () => {
    const current = (await get(`/api/v1/me/cards/${card.kpj}/credential`)).json();
    const listed = await get(`/api/v1/console/card-credentials?kpj=${card.kpj}`, officerCookie);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().credentials.map((c: { id: string }) => c.id)).toContain(current.id);

    await at('2026-12-04T03:00:00Z');
    const res = await post(
      `/api/v1/console/card-credentials/${current.id}/revoke`,
      { reason: 'lost', note: 'Peserta melapor HP hilang' },
      officerCookie,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: current.id, revokedAt: '2026-12-04T03:00:00.000Z' });
    expect((await verify(current.token)).outcome).toBe('revoked');
    const event = await t.deps.db
      .selectFrom('security_events')
      .selectAll()
      .where('kind', '=', 'card_credential_revoked')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      user_id: member.userId,
      detail: { credential: current.id, reason: 'lost' },
    });
    expect(event.staff_id).not.toBeNull();

    const again = await post(
      `/api/v1/console/card-credentials/${current.id}/revoke`,
      { reason: 'lost' },
      officerCookie,
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('card_credential_already_revoked');
    const missing = await post(
      '/api/v1/console/card-credentials/0190b3a4-7c1e-7d2a-8f00-00000000dead/revoke',
      { reason: 'other' },
      officerCookie,
    );
    expect(missing.json().code).toBe('card_credential_not_found');
    // The member's next look issues a fresh card.
    const fresh = (await get(`/api/v1/me/cards/${card.kpj}/credential`)).json();
    expect(fresh.id).not.toBe(current.id);
  });

  it('refuses employer users and members', async () => {
    const employerUser = await createStaff(t.deps, { role: 'employer' });
    employerCookie = await signInStaff(t, employerUser);
    const url = `/api/v1/console/card-credentials/0190b3a4-7c1e-7d2a-8f00-00000000dead/revoke`;
    expect((await post(url, { reason: 'lost' }, employerCookie)).statusCode).toBe(403);
    expect((await post(url, { reason: 'lost' }, cookie)).statusCode).toBe(403);
  });
});

describe('the card_credentials table', () => {
  it('keeps revocation final and what was signed unchanged, and drops expired cards from the list', async () => {
    const row = await t.deps.db
      .selectFrom('card_credentials')
      .select(['id', 'revoked_at'])
      .where('revoked_at', 'is not', null)
      .executeTakeFirstOrThrow();
    await expect(
      t.deps.db
        .updateTable('card_credentials')
        .set({ revoked_at: null, revoked_reason: null })
        .where('id', '=', row.id)
        .execute(),
    ).rejects.toThrow(/revocation is final/);
    await expect(t.deps.db.deleteFrom('card_credentials').where('id', '=', row.id).execute()).rejects.toThrow(
      /DELETE is not allowed/,
    );
    const live = await t.deps.db
      .selectFrom('card_credentials')
      .select('id')
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    await expect(
      t.deps.db.updateTable('card_credentials').set({ token: 'x.y.z' }).where('id', '=', live.id).execute(),
    ).rejects.toThrow(/does not change/);

    await at('2028-01-01T00:00:00Z');
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/card-credentials/revoked' })).json();
    expect(list.revoked).toEqual([]);
    expect((await verify(oldCardToken)).outcome).toBe('expired');
    // A year on, the member's next look issues a new credential, valid again.
    const renewed = (await get(`/api/v1/me/cards/${oldCard.kpj}/credential`)).json();
    expect(renewed.token).not.toBe(oldCardToken);
    expect((await verify(renewed.token)).outcome).toBe('valid');
  });
});
