/**
 * Penggabungan saldo through HTTP: a former job's card balance moves to another of the member's
 * cards as transfer postings, once per idempotency key, never from an active card or someone
 * else's, and never twice when several requests race.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCard, createEmployer, createMember, payContribution } from '../../testing/factories.ts';
import { openTestApp, signIn, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

async function memberWithCards() {
  const member = await createMember(t.deps);
  const employer = await createEmployer(t.deps);
  const old = await createCard(t.deps, {
    personId: member.personId,
    employerId: employer.id,
    status: 'nonactive',
    leftOn: '2024-06-30',
  });
  const current = await createCard(t.deps, { personId: member.personId, employerId: employer.id });
  await payContribution(t.deps, old, {
    period: '2024-05',
    wage: 5_000_000n,
    employer: 185_000n,
    worker: 100_000n,
    paidOn: '2024-06-10',
  });
  await payContribution(t.deps, old, {
    period: '2024-06',
    wage: 5_000_000n,
    employer: 185_000n,
    worker: 100_000n,
    paidOn: '2024-07-10',
  });
  await payContribution(t.deps, current, {
    period: '2026-10',
    wage: 6_000_000n,
    employer: 222_000n,
    worker: 120_000n,
    paidOn: '2026-11-10',
  });
  return { cookie: await signIn(t, member), old, current };
}

const merge = (cookie: string, body: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/me/cards/merge', headers: { cookie }, payload: body });
const balances = async (cookie: string) =>
  Object.fromEntries(
    (await t.app.inject({ method: 'GET', url: '/api/v1/me/cards', headers: { cookie } }))
      .json()
      .cards.map((c: { kpj: string; jhtBalance: string }) => [c.kpj, c.jhtBalance]),
  );

describe('merging card balances', () => {
  it('moves the whole balance of a non-active card, and a retry with the same key moves nothing more', async () => {
    const { cookie, old, current } = await memberWithCards();
    const key = '01936d3a-0000-7000-8000-000000000001';
    const first = await merge(cookie, { fromKpj: old.kpj, intoKpj: current.kpj, idempotencyKey: key });
    expect(first.json()).toEqual({
      fromKpj: old.kpj,
      intoKpj: current.kpj,
      jhtMoved: '570000',
      jpMoved: '0',
      replayed: false,
    });
    expect(await balances(cookie)).toEqual({ [old.kpj]: '0', [current.kpj]: '912000' });
    const retry = await merge(cookie, { fromKpj: old.kpj, intoKpj: current.kpj, idempotencyKey: key });
    expect(retry.json()).toMatchObject({ jhtMoved: '570000', replayed: true });
    expect(await balances(cookie)).toEqual({ [old.kpj]: '0', [current.kpj]: '912000' });
    const reused = await merge(cookie, { fromKpj: current.kpj, intoKpj: old.kpj, idempotencyKey: key });
    expect(reused.json().code).toBe('idempotency_key_reused');
  });

  it('refuses an active card, the same card twice, and a card outside the account', async () => {
    const { cookie, old, current } = await memberWithCards();
    const stranger = await memberWithCards();
    const key = () => `01936d3a-0000-7000-8000-${String(Math.floor(Math.random() * 1e12)).padStart(12, '0')}`;
    expect(
      (await merge(cookie, { fromKpj: current.kpj, intoKpj: old.kpj, idempotencyKey: key() })).json().code,
    ).toBe('card_still_active');
    expect(
      (await merge(cookie, { fromKpj: old.kpj, intoKpj: old.kpj, idempotencyKey: key() })).json().code,
    ).toBe('merge_same_card');
    const foreign = await merge(cookie, {
      fromKpj: stranger.old.kpj,
      intoKpj: current.kpj,
      idempotencyKey: key(),
    });
    expect(foreign.statusCode).toBe(404);
    expect(await balances(stranger.cookie)).toEqual({
      [stranger.old.kpj]: '570000',
      [stranger.current.kpj]: '342000',
    });
  });

  it('moves the money once when many merges race with different keys', async () => {
    const { cookie, old, current } = await memberWithCards();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        merge(cookie, {
          fromKpj: old.kpj,
          intoKpj: current.kpj,
          idempotencyKey: `01936d3a-0000-7000-8000-00000000010${i}`,
        }),
      ),
    );
    const codes = results.map((r) => (r.statusCode === 200 ? 'moved' : r.json().code)).sort();
    expect(codes).toEqual([
      'moved',
      'nothing_to_merge',
      'nothing_to_merge',
      'nothing_to_merge',
      'nothing_to_merge',
      'nothing_to_merge',
    ]);
    expect(await balances(cookie)).toEqual({ [old.kpj]: '0', [current.kpj]: '912000' });
  });
});
