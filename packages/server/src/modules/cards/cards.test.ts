/**
 * The walking skeleton end to end through HTTP on a real database: a member signs in, sees each
 * KPJ card with its JHT balance as of today (the sum of ledger entries), and a card's month-by-month
 * history; a member never reaches someone else's card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCard,
  createEmployer,
  createMember,
  creditDevelopmentReturn,
  payContribution,
} from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let cookie: string;
let member: Awaited<ReturnType<typeof createMember>>;
let current: Awaited<ReturnType<typeof createCard>>;
let previous: Awaited<ReturnType<typeof createCard>>;
let strangersKpj: string;

beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-23T03:00:00Z' });
  const d = t.deps;
  const oldJob = await createEmployer(d, 'CV Lama Sentosa');
  const newJob = await createEmployer(d, 'PT Sinar Jaya Abadi');
  member = await createMember(d, { fullName: 'Dewi Anggraini', nik: '3273014508900007' });
  previous = await createCard(d, {
    personId: member.personId,
    employerId: oldJob.id,
    status: 'nonactive',
    joinedOn: '2024-01-02',
    leftOn: '2024-12-31',
  });
  current = await createCard(d, { personId: member.personId, employerId: newJob.id, joinedOn: '2025-01-06' });
  // Previous job: two months in 2024 and a development return at year end.
  await payContribution(d, previous, {
    period: '2024-10',
    wage: 5_000_000n,
    employer: 185_000n,
    worker: 100_000n,
    paidOn: '2024-11-12',
  });
  await payContribution(d, previous, {
    period: '2024-11',
    wage: 5_000_000n,
    employer: 185_000n,
    worker: 100_000n,
    paidOn: '2024-12-10',
  });
  await creditDevelopmentReturn(d, previous, { year: 2024, amount: 2_012n });
  // Current job: a wage of Rp12.000.000 (JHT Rp444.000 + Rp240.000), one payment in the future.
  await payContribution(d, current, {
    period: '2026-09',
    wage: 12_000_000n,
    employer: 444_000n,
    worker: 240_000n,
    paidOn: '2026-10-14',
  });
  await payContribution(d, current, {
    period: '2026-10',
    wage: 12_000_000n,
    employer: 444_000n,
    worker: 240_000n,
    paidOn: '2026-11-13',
  });
  await payContribution(d, current, {
    period: '2026-11',
    wage: 12_500_000n,
    employer: 462_500n,
    worker: 250_000n,
    paidOn: '2026-12-09',
  });

  const stranger = await createMember(d, { fullName: 'Orang Lain' });
  strangersKpj = (await createCard(d, { personId: stranger.personId, employerId: newJob.id })).kpj;

  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { identifier: member.email.toUpperCase(), password: member.password },
  });
  expect(login.statusCode).toBe(200);
  cookie = `jmo_session=${login.cookies.find((c) => c.name === 'jmo_session')!.value}`;
});
afterAll(() => t.close());

describe('cards and balances', () => {
  it('lists every card of the member with its JHT balance as of today', async () => {
    const res = await t.app.inject({ url: '/api/v1/me/cards', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.asOf).toBe('2026-11-23');
    expect(body.cards).toEqual([
      expect.objectContaining({
        kpj: current.kpj,
        status: 'active',
        employer: expect.objectContaining({ name: 'PT Sinar Jaya Abadi' }),
        jhtBalance: '1368000', // the December payment is not counted yet
        lastPaymentDate: '2026-12-09',
      }),
      expect.objectContaining({
        kpj: previous.kpj,
        status: 'nonactive',
        leftOn: '2024-12-31',
        jhtBalance: '572012',
      }),
    ]);
    expect(body.totalJhtBalance).toBe('1940012');
  });

  it('shows a card month by month: opening, contributions, development return, closing, wage, payment date', async () => {
    const res = await t.app.inject({
      url: `/api/v1/me/cards/${previous.kpj}/statement?year=2024`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({
      year: 2024,
      opening: '0',
      contributions: '570000',
      developmentReturn: '2012',
      closing: '572012',
    });
    expect(s.years).toEqual([2026, 2025, 2024]);
    expect(s.months).toHaveLength(12);
    expect(s.months[10]).toEqual({
      period: '2024-11',
      opening: '0',
      contributions: '285000',
      developmentReturn: '0',
      other: '0',
      closing: '285000',
      reportedWage: '5000000',
      lastPaymentDate: '2024-11-12',
      wageChange: null,
      explanation: {
        id: expect.arrayContaining(['Saldo awal Rp0.', 'Saldo akhir Rp285.000.']),
        en: expect.arrayContaining(['Contributions received this month: Rp285.000.']),
      },
    });
    expect(s.months[11]).toMatchObject({
      period: '2024-12',
      opening: '285000',
      developmentReturn: '2012',
      closing: '572012',
    });
    expect(s.months[11].explanation.id).toContainEqual(
      expect.stringMatching(/^Hasil pengembangan Rp2\.012: /),
    );
    expect(s.developmentReturnRate).toMatchObject({ illustrative: true });
  });

  it('defaults to the current year and stops at the current month', async () => {
    const s = (
      await t.app.inject({ url: `/api/v1/me/cards/${current.kpj}/statement`, headers: { cookie } })
    ).json();
    expect(s.year).toBe(2026);
    expect(s.months.map((m: { period: string }) => m.period).at(-1)).toBe('2026-11');
    expect(s.closing).toBe('1368000');
  });

  it("never shows another member's card, and asks for sign-in without a session", async () => {
    const other = await t.app.inject({
      url: `/api/v1/me/cards/${strangersKpj}/statement`,
      headers: { cookie },
    });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('card_not_found');
    const anonymous = await t.app.inject({ url: '/api/v1/me/cards' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('unauthenticated');
  });

  it('rejects a malformed KPJ or year', async () => {
    const bad = await t.app.inject({
      url: '/api/v1/me/cards/12ab/statement?year=twenty',
      headers: { cookie },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('invalid_request');
  });
});
