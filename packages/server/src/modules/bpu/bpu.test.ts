/**
 * BPU self-service through HTTP on a real database: an informal worker joins with a declared
 * income and programs, pays month by month through the sandbox bank, sees the cover until the end
 * of the last month paid, falls into arrears and lapses after three unpaid months, and resumes by
 * paying the current month. Figures: RULES.md §2 (JKK 1%, JKM Rp6.800, JHT 2%).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../testing/factories.ts';
import { openTestApp, signIn, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let member: Awaited<ReturnType<typeof createMember>>;
let cookie: string;

beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-05T03:00:00Z' });
  member = await createMember(t.deps);
  cookie = await signIn(t, member);
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const pay = (va: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/sandbox/payments/${va}/pay`, payload: {} });
const state = async () => (await call('GET', '/api/v1/me/bpu')).json().memberships[0];

describe('joining as an informal worker', () => {
  it('refuses an income that is not a bracket (naming the nearest) and a plan without JKM', async () => {
    const income = await call('POST', '/api/v1/me/bpu', {
      declaredIncome: '1200000',
      programs: ['JKK', 'JKM'],
    });
    expect(income.statusCode).toBe(400);
    expect(income.json().errors[0]).toEqual({
      path: 'declaredIncome',
      message: expect.stringContaining('Rp1000000 dan Rp1500000'),
    });
    const programs = await call('POST', '/api/v1/me/bpu', { declaredIncome: '1000000', programs: ['JKK'] });
    expect(programs.json().errors[0].path).toBe('programs');
    const jp = await call('POST', '/api/v1/me/bpu', {
      declaredIncome: '1000000',
      programs: ['JKK', 'JKM', 'JP'],
    });
    expect(jp.json().errors[0].message).toContain('JKK, JKM, dan JHT');
  });

  it('issues a card in the account, with the month due by the 15th and the minimum package at Rp16.800', async () => {
    const res = await call('POST', '/api/v1/me/bpu', { declaredIncome: 1_000_000, programs: ['JKM', 'JKK'] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kpj: expect.stringMatching(/^97\d{9}$/),
      programs: ['JKK', 'JKM'],
      declaredIncome: '1000000',
      monthly: { total: '16800' },
      coverage: { status: 'active', coveredUntil: null, nextPeriod: '2026-11', nextDueDate: '2026-11-16' },
      openInvoice: null,
    });
    const cards = (await call('GET', '/api/v1/me/cards')).json().cards;
    expect(cards).toEqual([
      expect.objectContaining({ kpj: res.json().kpj, segment: 'BPU', status: 'active' }),
    ]);
    expect(
      (await call('POST', '/api/v1/me/bpu', { declaredIncome: 1_000_000, programs: ['JKK', 'JKM'] })).json()
        .code,
    ).toBe('bpu_already_member');
  });
});

describe('paying month by month', () => {
  it('issues one invoice for the next month, and paying it covers the month', async () => {
    const { kpj } = await state();
    const invoice = (await call('POST', `/api/v1/me/bpu/${kpj}/invoices`)).json();
    expect(invoice).toMatchObject({
      period: '2026-11',
      total: '16800',
      status: 'unpaid',
      dueOn: '2026-11-16',
    });
    expect((await call('POST', `/api/v1/me/bpu/${kpj}/invoices`)).json().number).toBe(invoice.number);
    expect((await pay(invoice.virtualAccount.number)).json().outcomes).toEqual(['applied']);
    expect((await state()).coverage).toMatchObject({
      status: 'active',
      coveredUntil: '2026-11-30',
      nextPeriod: '2026-12',
    });
  });

  it('applies a new plan from the next month, and posts JHT to the member balance', async () => {
    const { kpj } = await state();
    const changed = await call('PUT', `/api/v1/me/bpu/${kpj}/plan`, {
      declaredIncome: '2000000',
      programs: ['JKK', 'JKM', 'JHT'],
    });
    expect(changed.json()).toMatchObject({
      declaredIncome: '2000000',
      programs: ['JHT', 'JKK', 'JKM'],
      monthly: { total: '66800' },
    });
    const december = (await call('POST', `/api/v1/me/bpu/${kpj}/invoices`)).json();
    expect(december).toMatchObject({ period: '2026-12', total: '66800' });
    await pay(december.virtualAccount.number);
    const card = (await call('GET', '/api/v1/me/cards')).json().cards[0];
    expect(card.jhtBalance).toBe('40000');
  });

  it('falls into arrears, lapses after three unpaid months, and resumes by paying the current month', async () => {
    const { kpj } = await state();
    t.clock.set('2027-02-20T03:00:00Z'); // January and February unpaid and due
    cookie = await signIn(t, member);
    expect((await state()).coverage).toMatchObject({
      status: 'in_arrears',
      monthsInArrears: 2,
      nextPeriod: '2027-01',
    });
    t.clock.set('2027-05-20T03:00:00Z'); // January to May unpaid
    cookie = await signIn(t, member);
    expect((await state()).coverage).toMatchObject({
      status: 'lapsed',
      monthsInArrears: 5,
      coveredUntil: '2026-12-31',
      nextPeriod: '2027-05',
    });
    const may = (await call('POST', `/api/v1/me/bpu/${kpj}/invoices`)).json();
    expect(may.period).toBe('2027-05');
    await pay(may.virtualAccount.number);
    expect((await state()).coverage).toMatchObject({
      status: 'active',
      monthsInArrears: 0,
      coveredUntil: '2027-05-31',
    });
  });

  it('never fines an informal worker for paying late', async () => {
    const { kpj } = await state();
    t.clock.set('2027-06-25T03:00:00Z');
    cookie = await signIn(t, member);
    const june = (await call('POST', `/api/v1/me/bpu/${kpj}/invoices`)).json();
    expect(june).toMatchObject({
      period: '2027-06',
      overdue: true,
      accruedPenalty: '0',
      penaltiesTotal: '0',
    });
    await pay(june.virtualAccount.number);
    const fines = await t.deps.db.selectFrom('late_penalties').selectAll().execute();
    expect(fines).toEqual([]);
  });
});
