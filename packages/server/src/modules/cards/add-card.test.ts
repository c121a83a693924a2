/**
 * "Tambah Kartu Peserta" through HTTP: a member adds a card by its KPJ number only when it is
 * registered under their NIK and name and no other account holds it; cards under their NIK that
 * the account lacks are found and offered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCard, createEmployer, createMember, payContribution } from '../../testing/factories.ts';
import { openTestApp, signIn, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let cookie: string;
let member: Awaited<ReturnType<typeof createMember>>;
let employerId: string;

const addCard = (kpj: string, headers = { cookie }) =>
  t.app.inject({ method: 'POST', url: '/api/v1/me/cards', headers, payload: { kpj } });
const myCards = async () =>
  (await t.app.inject({ url: '/api/v1/me/cards', headers: { cookie } }))
    .json()
    .cards.map((c: { kpj: string }) => c.kpj);

beforeAll(async () => {
  t = await openTestApp();
  employerId = (await createEmployer(t.deps, 'PT Karya Utama')).id;
  member = await createMember(t.deps, { fullName: 'Muhammad Rizki' });
  cookie = await signIn(t, member);
});
afterAll(() => t.close());

describe('adding a card by KPJ number', () => {
  it('adds a card registered under the member’s NIK, with its balance, and records it', async () => {
    const card = await createCard(t.deps, { personId: member.personId, employerId, inAccount: false });
    await payContribution(t.deps, card, {
      period: '2026-09',
      wage: 5_000_000n,
      employer: 185_000n,
      worker: 100_000n,
      paidOn: '2026-10-12',
    });
    expect(await myCards()).not.toContain(card.kpj);

    // Typed the way it is printed on the card, with spaces.
    const res = await addCard(`${card.kpj.slice(0, 2)} ${card.kpj.slice(2, 6)} ${card.kpj.slice(6)}`);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kpj: card.kpj, jhtBalance: '285000' });
    expect(await myCards()).toContain(card.kpj);

    const events = (await t.app.inject({ url: '/api/v1/me/security-events', headers: { cookie } })).json();
    expect(events.events[0]).toMatchObject({ kind: 'card_linked' });

    const again = await addCard(card.kpj);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('card_already_in_account');
  });

  it('gives the validator’s reason for a malformed number', async () => {
    const res = await addCard('2301234567A');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'invalid_request',
      errors: [{ path: 'kpj', message: expect.stringMatching(/angka/i) }],
    });
  });

  it('says "KPJ tidak ditemukan" for a number no card has', async () => {
    const res = await addCard('99999999999');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      code: 'kpj_not_found',
      title: expect.stringMatching(/^KPJ tidak ditemukan/),
    });
  });

  it('refuses a card held by another account', async () => {
    const other = await createMember(t.deps, { fullName: 'Orang Lain' });
    const card = await createCard(t.deps, { personId: other.personId, employerId });
    const res = await addCard(card.kpj);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('kpj_linked_elsewhere');
  });

  it('refuses a card registered under another NIK', async () => {
    const other = await createMember(t.deps, { fullName: 'Muhammad Rizki' });
    const card = await createCard(t.deps, { personId: other.personId, employerId, inAccount: false });
    const res = await addCard(card.kpj);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('kpj_other_nik');
  });

  it('refuses a card whose registered name differs ("nama tidak sesuai"), and still shows it as found', async () => {
    const card = await createCard(t.deps, {
      personId: member.personId,
      employerId,
      nameOnCard: 'Muhamad Risky',
      inAccount: false,
    });
    const res = await addCard(card.kpj);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('card_name_mismatch');

    const found = (await t.app.inject({ url: '/api/v1/me/cards/found', headers: { cookie } })).json();
    expect(found.cards).toContainEqual(expect.objectContaining({ kpj: card.kpj, nameMatches: false }));
  });

  it('accepts a registered name that differs only in case and punctuation', async () => {
    const card = await createCard(t.deps, {
      personId: member.personId,
      employerId,
      nameOnCard: 'MUHAMMAD  RIZKI.',
      inAccount: false,
    });
    expect((await addCard(card.kpj)).statusCode).toBe(201);
  });

  it('lets only one of two simultaneous requests add the same card', async () => {
    const card = await createCard(t.deps, { personId: member.personId, employerId, inAccount: false });
    const answers = await Promise.all([addCard(card.kpj), addCard(card.kpj)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
  });

  it('needs a signed-in member', async () => {
    const res = await addCard('23012345678', { cookie: 'jmo_session=nope' });
    expect(res.statusCode).toBe(401);
  });
});

describe('cards found under the NIK', () => {
  it('lists the person’s cards no account holds, and no one else’s', async () => {
    const someone = await createMember(t.deps, { fullName: 'Sri Wahyuni' });
    const theirs = await createCard(t.deps, { personId: someone.personId, employerId, inAccount: false });
    const mine = await createCard(t.deps, {
      personId: member.personId,
      employerId,
      status: 'nonactive',
      leftOn: '2025-06-30',
      inAccount: false,
    });
    const found = (await t.app.inject({ url: '/api/v1/me/cards/found', headers: { cookie } })).json();
    const kpjs = found.cards.map((c: { kpj: string }) => c.kpj);
    expect(kpjs).toContain(mine.kpj);
    expect(kpjs).not.toContain(theirs.kpj);
    expect(found.cards.find((c: { kpj: string }) => c.kpj === mine.kpj)).toMatchObject({
      status: 'nonactive',
      nameMatches: true,
      jhtBalance: '0',
    });

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/cards?via=discovery',
      headers: { cookie },
      payload: { kpj: mine.kpj },
    });
    expect(res.statusCode).toBe(201);
    const after = (await t.app.inject({ url: '/api/v1/me/cards/found', headers: { cookie } })).json();
    expect(after.cards.map((c: { kpj: string }) => c.kpj)).not.toContain(mine.kpj);
  });
});
