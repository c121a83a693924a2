/**
 * The JHT claim's eligibility and the member's safety controls through HTTP: the three conditions
 * with their remedies, ownership (another member's card is not found), the request to the employer
 * (idempotent, seen in the portal, resolved by the leaver report), the reminder and its job, the
 * withdrawal lock (on at once; off only after a step-up and the delay) and the cooling-off after a
 * bank change (not after the first account given).
 */
import { calendarDate } from '@jmo/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoData } from '../../demo/seed.ts';
import {
  createCard,
  createEmployer,
  createMember,
  createStaff,
  payContribution,
} from '../../testing/factories.ts';
import { lastSentTo, sentTo } from '../../testing/outbox.ts';
import { openTestApp, signIn, signInStaff, type TestApp } from '../../testing/test-app.ts';
import { recordCompletedDataUpdate } from '../data-update/payout-details.service.ts';
import { sendDueClaimReminders } from './jht-claim.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-23T03:00:00Z', env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1000' } });
});
afterAll(() => t.close());
afterEach(() => t.clock.set('2026-11-23T03:00:00Z'));

const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

const BANK = { code: '009', accountNumber: '0271845502', holderName: 'TEST MEMBER' };

async function member(opts: {
  status: 'active' | 'nonactive';
  leftOn?: string;
  updated?: boolean;
  amount?: bigint;
}) {
  const m = await createMember(t.deps);
  const employer = await createEmployer(t.deps, 'PT Contoh Jaya');
  const card = await createCard(t.deps, {
    personId: m.personId,
    employerId: employer.id,
    status: opts.status,
    ...(opts.leftOn ? { leftOn: opts.leftOn } : {}),
  });
  const amount = opts.amount ?? 3_000_000n;
  await payContribution(t.deps, card, {
    period: '2026-06',
    wage: 5_000_000n,
    employer: (amount * 37n) / 57n,
    worker: amount - (amount * 37n) / 57n,
    paidOn: '2026-07-10',
  });
  if (opts.updated)
    await t.deps.db.transaction().execute((trx) =>
      recordCompletedDataUpdate(trx, t.deps, {
        membershipId: card.membershipId,
        personId: m.personId,
        userId: m.userId,
        npwp: null,
        bank: BANK,
      }),
    );
  await t.deps.caches.settle();
  return { ...m, card, employer, cookie: await signIn(t, m) };
}

const eligibility = async (cookie: string, kpj: string) => {
  const res = await call('GET', `/api/v1/me/cards/${kpj}/jht-eligibility`, cookie);
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('JHT claim eligibility', () => {
  it('gives three ticks and canClaimInApp to a member who resigned long enough ago, updated data, within the cap', async () => {
    const m = await member({ status: 'nonactive', leftOn: '2026-09-30', updated: true });
    const e = await eligibility(m.cookie, m.card.kpj);
    expect(e.conditions.map((c: { ok: boolean }) => c.ok)).toEqual([true, true, true]);
    expect(e).toMatchObject({
      eligible: true,
      canClaimInApp: true,
      balance: '3000000',
      cap: { amount: '15000000', validFrom: '2025-05-01' },
      claimableFrom: '2026-10-30',
      bank: { bankCode: '009', accountNumberMasked: '******5502', holderName: 'TEST MEMBER' },
      hasNpwp: false,
      safety: { withdrawalLock: { on: false }, bankCoolingOff: null, blockers: [] },
    });
  });

  it('blocks an active member with ask_employer, data not updated with update_data, above the cap with lapak_asik', async () => {
    const m = await member({ status: 'active', amount: 16_000_000n });
    const e = await eligibility(m.cookie, m.card.kpj);
    expect(e.canClaimInApp).toBe(false);
    expect(e.conditions.map((c: { blocker?: { remedy: string } }) => c.blocker?.remedy)).toEqual([
      'lapak_asik',
      'update_data',
      'ask_employer',
    ]);
    expect(e.conditions[0].blocker.message).toMatch(/Lapak Asik/);
    const en = await t.app.inject({
      method: 'GET',
      url: `/api/v1/me/cards/${m.card.kpj}/jht-eligibility`,
      headers: { cookie: m.cookie, 'accept-language': 'en' },
    });
    expect(en.json().conditions[2].blocker.message).toMatch(/employer has not reported/);
  });

  it("answers another member's card, and an unknown one, with the cards routes' not-found", async () => {
    const a = await member({ status: 'active' });
    const b = await member({ status: 'active' });
    for (const kpj of [b.card.kpj, '99999999999']) {
      const res = await call('GET', `/api/v1/me/cards/${kpj}/jht-eligibility`, a.cookie);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('card_not_found');
      const asked = await call('POST', `/api/v1/me/cards/${kpj}/leave-report-requests`, a.cookie);
      expect(asked.json().code).toBe('card_not_found');
      const remind = await call('POST', `/api/v1/me/cards/${kpj}/jht-claim-reminder`, a.cookie);
      expect(remind.json().code).toBe('card_not_found');
    }
  });
});

describe('asking the employer to report the leaving', () => {
  it('sends one request while open, shows it to the employer, and resolves it when the leaver is reported', async () => {
    const m = await member({ status: 'active' });
    const first = await call('POST', `/api/v1/me/cards/${m.card.kpj}/leave-report-requests`, m.cookie);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      kpj: m.card.kpj,
      employer: { name: 'PT Contoh Jaya' },
      sentAt: '2026-11-23T03:00:00.000Z',
      resolvedAt: null,
      created: true,
    });
    t.clock.set('2026-11-23T03:10:00Z');
    const again = await call('POST', `/api/v1/me/cards/${m.card.kpj}/leave-report-requests`, m.cookie);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ sentAt: '2026-11-23T03:00:00.000Z', created: false });
    expect((await eligibility(m.cookie, m.card.kpj)).leaveReportRequest).toMatchObject({
      sentAt: '2026-11-23T03:00:00.000Z',
      resolvedAt: null,
    });

    const hr = await createStaff(t.deps, { role: 'employer', employerId: m.employer.id });
    const other = await createStaff(t.deps, { role: 'employer' });
    const hrCookie = await signInStaff(t, hr);
    const list = await call('GET', '/api/v1/employer/leave-report-requests', hrCookie);
    expect(list.json().requests).toEqual([
      expect.objectContaining({
        kpj: m.card.kpj,
        sentAt: '2026-11-23T03:00:00.000Z',
        joinedOn: '2022-01-03',
      }),
    ]);
    const otherList = await call(
      'GET',
      '/api/v1/employer/leave-report-requests',
      await signInStaff(t, other),
    );
    expect(otherList.json().requests).toEqual([]);

    const left = await call('POST', '/api/v1/employer/leavers', hrCookie, {
      kpj: m.card.kpj,
      leftOn: '2026-11-20',
      reason: 'resigned',
    });
    expect(left.statusCode).toBe(200);
    expect((await call('GET', '/api/v1/employer/leave-report-requests', hrCookie)).json().requests).toEqual(
      [],
    );
    const e = await eligibility(m.cookie, m.card.kpj);
    expect(e.leaveReportRequest).toMatchObject({
      resolvedAt: '2026-11-23T03:10:00.000Z',
      resolution: 'leaver_reported',
    });
    expect(e.conditions[2].blocker).toMatchObject({ code: 'waiting_period', date: '2026-12-20' });
    const late = await call('POST', `/api/v1/me/cards/${m.card.kpj}/leave-report-requests`, m.cookie);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('leave_report_not_needed');
    t.clock.set('2026-11-23T03:00:00Z');
  });
});

describe('the reminder on the day a claim may be made', () => {
  it('is set once for the end of the waiting period and sent by the job on that day, once', async () => {
    const m = await member({ status: 'nonactive', leftOn: '2026-11-10', updated: true });
    const set = await call('POST', `/api/v1/me/cards/${m.card.kpj}/jht-claim-reminder`, m.cookie);
    expect(set.statusCode).toBe(201);
    expect(set.json()).toMatchObject({ remindOn: '2026-12-10', created: true, sentAt: null });
    const again = await call('POST', `/api/v1/me/cards/${m.card.kpj}/jht-claim-reminder`, m.cookie);
    expect(again.json()).toMatchObject({ remindOn: '2026-12-10', created: false });
    expect((await eligibility(m.cookie, m.card.kpj)).reminder).toMatchObject({
      remindOn: '2026-12-10',
      sentAt: null,
    });

    expect(await sendDueClaimReminders(t.deps, calendarDate('2026-12-09'))).toBe(0);
    t.clock.set('2026-12-10T01:00:00Z');
    expect(await sendDueClaimReminders(t.deps)).toBe(1);
    expect(await sendDueClaimReminders(t.deps)).toBe(0);
    expect((await lastSentTo(t.deps, m.email, 'email')).subject).toMatch(/JHT Anda sudah bisa diklaim/);
    const notices = (await call('GET', '/api/v1/me/notifications', await signIn(t, m))).json();
    expect(notices.notifications).toEqual([
      expect.objectContaining({
        kind: 'jht_claim_reminder',
        detail: expect.objectContaining({ date: '10 Desember 2026' }),
      }),
    ]);
    expect((await sentTo(t.deps, m.phone, 'sms')).filter((s) => /bisa diklaim/.test(s.body))).toHaveLength(1);
    // Now the wait is over: nothing to remind of.
    const none = await call('POST', `/api/v1/me/cards/${m.card.kpj}/jht-claim-reminder`, await signIn(t, m));
    expect(none.statusCode).toBe(409);
    expect(none.json().code).toBe('claim_reminder_not_needed');
    t.clock.set('2026-11-23T03:00:00Z');
  });
});

describe('the withdrawal lock', () => {
  it('turns on at once and blocks the claim; turning off needs a step-up and counts only after the delay', async () => {
    const m = await member({ status: 'nonactive', leftOn: '2026-09-30', updated: true });
    expect((await call('GET', '/api/v1/me/withdrawal-lock', m.cookie)).json()).toEqual({
      on: false,
      since: null,
      offAt: null,
      offDelayHours: 24,
    });
    const on = await call('PUT', '/api/v1/me/withdrawal-lock', m.cookie, { on: true });
    expect(on.json()).toMatchObject({ on: true, since: '2026-11-23T03:00:00.000Z', offAt: null });
    let e = await eligibility(m.cookie, m.card.kpj);
    expect(e).toMatchObject({ eligible: true, canClaimInApp: false });
    expect(e.safety.blockers).toEqual([
      expect.objectContaining({ code: 'withdrawal_locked', remedy: 'security_settings' }),
    ]);

    const refused = await call('PUT', '/api/v1/me/withdrawal-lock', m.cookie, { on: false });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('step_up_required');

    await call('POST', '/api/v1/me/step-up/code', m.cookie, { channel: 'sms' });
    const code = /\b(\d{6})\b/.exec((await lastSentTo(t.deps, m.phone, 'sms')).body)![1]!;
    const stepped = await call('POST', '/api/v1/me/step-up', m.cookie, { channel: 'sms', code });
    const cookie = `jmo_session=${stepped.cookies.find((c) => c.name === 'jmo_session')!.value}`;
    const off = await call('PUT', '/api/v1/me/withdrawal-lock', cookie, { on: false });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ on: true, offAt: '2026-11-24T03:00:00.000Z' });
    expect((await lastSentTo(t.deps, m.email, 'email')).subject).toMatch(/Kunci pencairan akan dimatikan/);
    e = await eligibility(cookie, m.card.kpj);
    expect(e.safety.blockers[0]).toMatchObject({ code: 'withdrawal_locked', untilDate: '2026-11-24' });
    expect(e.canClaimInApp).toBe(false);

    t.clock.set('2026-11-24T02:59:00Z');
    expect((await eligibility(await signIn(t, m), m.card.kpj)).canClaimInApp).toBe(false);
    t.clock.set('2026-11-24T03:00:00Z');
    const later = await signIn(t, m);
    const after = await eligibility(later, m.card.kpj);
    expect(after.canClaimInApp).toBe(true);
    expect(after.safety.withdrawalLock).toEqual({ on: false, since: null, offAt: null });
    // Locking again is immediate, without a step-up.
    expect((await call('PUT', '/api/v1/me/withdrawal-lock', later, { on: true })).json().on).toBe(true);
    t.clock.set('2026-11-23T03:00:00Z');
  });

  it('cancels a pending turning-off when turned on again', async () => {
    const m = await member({ status: 'active' });
    await call('PUT', '/api/v1/me/withdrawal-lock', m.cookie, { on: true });
    await t.deps.db
      .updateTable('withdrawal_locks')
      .set({ pending_off_at: new Date('2026-11-24T00:00:00Z') })
      .where('user_id', '=', m.userId)
      .execute();
    const again = await call('PUT', '/api/v1/me/withdrawal-lock', m.cookie, { on: true });
    expect(again.json()).toMatchObject({ on: true, offAt: null, since: '2026-11-23T03:00:00.000Z' });
  });
});

describe('the cooling-off after a bank change', () => {
  it('does not start with the first account, starts with a change, and ends after the configured days', async () => {
    const m = await member({ status: 'nonactive', leftOn: '2026-09-30', updated: true });
    expect((await eligibility(m.cookie, m.card.kpj)).safety.bankCoolingOff).toBeNull();

    // A second card's data update changes the account from the earlier one.
    const second = await createCard(t.deps, {
      personId: m.personId,
      employerId: m.employer.id,
      status: 'nonactive',
      leftOn: '2026-08-31',
    });
    t.clock.set('2026-11-25T05:00:00Z');
    await t.deps.db.transaction().execute((trx) =>
      recordCompletedDataUpdate(trx, t.deps, {
        membershipId: second.membershipId,
        personId: m.personId,
        userId: m.userId,
        npwp: null,
        bank: { code: '002', accountNumber: '034101000743502', holderName: 'TEST MEMBER' },
      }),
    );
    let e = await eligibility(await signIn(t, m), m.card.kpj);
    expect(e.safety.bankCoolingOff).toEqual({ until: '2026-12-02T05:00:00.000Z', untilDate: '2026-12-02' });
    expect(e.safety.blockers).toEqual([
      expect.objectContaining({ code: 'bank_cooling_off', remedy: 'wait_until', untilDate: '2026-12-02' }),
    ]);
    expect(e.safety.blockers[0].message).toMatch(/2 Desember 2026/);
    expect(e).toMatchObject({ eligible: true, canClaimInApp: false, bank: { bankCode: '002' } });

    t.clock.set('2026-12-02T04:59:00Z');
    expect((await eligibility(await signIn(t, m), m.card.kpj)).canClaimInApp).toBe(false);
    t.clock.set('2026-12-02T05:00:00Z');
    e = await eligibility(await signIn(t, m), m.card.kpj);
    expect(e.safety.bankCoolingOff).toBeNull();
    expect(e.canClaimInApp).toBe(true);
    t.clock.set('2026-11-23T03:00:00Z');
  });
});

describe('the API description', () => {
  it('lists every route of the module in the OpenAPI document with its schemas', async () => {
    const spec = (await t.app.inject('/api/openapi.json')).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/me/cards/{kpj}/jht-eligibility',
        '/api/v1/me/cards/{kpj}/leave-report-requests',
        '/api/v1/me/cards/{kpj}/jht-claim-reminder',
        '/api/v1/me/withdrawal-lock',
        '/api/v1/employer/leave-report-requests',
      ]),
    );
    expect(spec.components.schemas).toHaveProperty('JhtEligibilityResponse');
    expect(spec.components.schemas).toHaveProperty('WithdrawalLockResponse');
  });
});

describe('the demo members', () => {
  it('seeds one who may claim (Dewi), one whose employer must report (Budi), one above the cap (Made)', async () => {
    const demo = await openTestApp({ now: '2026-11-23T03:00:00Z' });
    try {
      await seedDemoData(demo.deps, { people: 0 });
      const cardsOf = async (email: string) => {
        const cookie = await signIn(demo, { email, password: DEMO_PASSWORD });
        const cards = (await demo.app.inject({ url: '/api/v1/me/cards', headers: { cookie } })).json().cards;
        const all = [];
        for (const c of cards as { kpj: string }[])
          all.push(
            (
              await demo.app.inject({ url: `/api/v1/me/cards/${c.kpj}/jht-eligibility`, headers: { cookie } })
            ).json(),
          );
        return all;
      };
      const [dewi] = await cardsOf('dewi@demo.jmo.id');
      expect(dewi).toMatchObject({
        canClaimInApp: true,
        bank: { bankCode: '002', holderName: 'DEWI ANGGRAINI' },
      });
      const budi = await cardsOf('budi@demo.jmo.id');
      expect(budi.find((e) => e.card.status === 'active').conditions[2].blocker).toMatchObject({
        code: 'leave_not_reported',
        remedy: 'ask_employer',
      });
      const made = await cardsOf('made@demo.jmo.id');
      expect(made.some((e) => e.conditions[0].blocker?.remedy === 'lapak_asik')).toBe(true);
    } finally {
      await demo.close();
    }
  });
});
