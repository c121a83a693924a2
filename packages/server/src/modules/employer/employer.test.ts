/**
 * The employer portal through HTTP on a real database: an employer user registers a worker (the
 * population registry must confirm them; JMO issues the KPJ), reports wages and a leaver, issues
 * the monthly invoice, and the sandbox bank pays it; the worker then sees the posted balance.
 * Figures are worked by hand from DOMAIN.md: wage Rp12.000.000 in 2026-10 at JKK risk group II.
 */

import type { InvoiceDetail } from '@jmo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToSandboxRegistry } from '../../adapters/population-registry/sandbox.ts';
import { createEmployer, createMember, createStaff } from '../../testing/factories.ts';
import { sentTo } from '../../testing/outbox.ts';
import { openTestApp, signIn, signInStaff, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let hr: string;
let otherHr: string;
let employerId: string;
let hrAccount: { email: string; password: string };

const citizen = {
  nik: '3174015508900001',
  fullName: 'SITI RAHMAWATI',
  birthDate: '1990-08-15',
  sex: 'F' as const,
};
const older = {
  nik: '3174011201660002',
  fullName: 'BAMBANG HARYONO',
  birthDate: '1966-01-12',
  sex: 'M' as const,
};

beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-10T03:00:00Z' });
  await addToSandboxRegistry(t.deps.db, t.deps.pii, [citizen, older]);
  const employer = await createEmployer(t.deps, 'PT Sinar Terang');
  employerId = employer.id;
  hrAccount = await createStaff(t.deps, { role: 'employer', employerId });
  hr = await signInStaff(t, hrAccount);
  otherHr = await signInStaff(t, await createStaff(t.deps, { role: 'employer' }));
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

describe('registering a worker', () => {
  it('refuses a NIK the registry does not know, and a name that does not match it', async () => {
    const unknown = await call('POST', '/api/v1/employer/workers', hr, {
      ...citizen,
      nik: '3174015508900099',
      startedOn: '2026-10-01',
      wage: '12000000',
    });
    expect(unknown.json().code).toBe('registry_nik_not_found');
    const wrongName = await call('POST', '/api/v1/employer/workers', hr, {
      ...citizen,
      fullName: 'SITI AMINAH',
      startedOn: '2026-10-01',
      wage: '12000000',
    });
    expect(wrongName.json().code).toBe('registry_name_mismatch');
  });

  it('gives each bad field its reason', async () => {
    const res = await call('POST', '/api/v1/employer/workers', hr, {
      ...citizen,
      nik: '12345',
      startedOn: '2027-01-01',
      wage: 0,
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['nik', 'startedOn', 'wage']);
  });

  it('issues a KPJ with our check digit and enrols the programs the age allows', async () => {
    const res = await call('POST', '/api/v1/employer/workers', hr, {
      ...citizen,
      fullName: 'Siti Rahmawati',
      startedOn: '2026-10-01',
      wage: '12000000',
    });
    expect(res.statusCode).toBe(201);
    const worker = res.json();
    expect(worker.kpj).toMatch(/^97\d{9}$/);
    expect(worker).toMatchObject({
      fullName: 'SITI RAHMAWATI',
      status: 'active',
      programs: ['JHT', 'JKK', 'JKM', 'JKP', 'JP'],
      wage: '12000000',
      wageFrom: '2026-10',
    });
    expect(worker.maskedNik).not.toContain('55089000');
    const old = await call('POST', '/api/v1/employer/workers', hr, {
      ...older,
      startedOn: '2026-10-01',
      wage: 6_000_000,
    });
    // 60 in 2026, above the pension age (59) and 54: no JP, no JKP.
    expect(old.json().programs).toEqual(['JHT', 'JKK', 'JKM']);
  });

  it('refuses the same worker twice while they still work there', async () => {
    const res = await call('POST', '/api/v1/employer/workers', hr, {
      ...citizen,
      startedOn: '2026-10-01',
      wage: '12000000',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('worker_already_registered');
  });

  it('shows the workers to their employer only', async () => {
    const mine = (await call('GET', '/api/v1/employer/workers', hr)).json().workers;
    expect(mine.map((w: { fullName: string }) => w.fullName)).toEqual(['BAMBANG HARYONO', 'SITI RAHMAWATI']);
    expect((await call('GET', '/api/v1/employer/workers', otherHr)).json().workers).toEqual([]);
  });
});

describe('reporting wages', () => {
  const kpjOf = async (name: string) =>
    (await call('GET', '/api/v1/employer/workers', hr))
      .json()
      .workers.find((w: { fullName: string }) => w.fullName === name).kpj as string;

  it('refuses a period that has not started, a worker reported twice, and a card of another employer', async () => {
    const kpj = await kpjOf('SITI RAHMAWATI');
    expect(
      (
        await call('POST', '/api/v1/employer/wage-reports', hr, {
          period: '2026-12',
          wages: [{ kpj, wage: 1 }],
        })
      ).json().code,
    ).toBe('period_in_future');
    const twice = await call('POST', '/api/v1/employer/wage-reports', hr, {
      period: '2026-11',
      wages: [
        { kpj, wage: '12000000' },
        { kpj, wage: '13000000' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([
      { path: 'wages.1.kpj', message: expect.stringContaining('dua kali') },
    ]);
    const foreign = await call('POST', '/api/v1/employer/wage-reports', otherHr, {
      period: '2026-11',
      wages: [{ kpj, wage: '12000000' }],
    });
    expect(foreign.json().errors[0].path).toBe('wages.0.kpj');
  });

  it('records a change, ignores the same wage again, and lists a drop', async () => {
    const kpj = await kpjOf('BAMBANG HARYONO');
    const same = await call('POST', '/api/v1/employer/wage-reports', hr, {
      period: '2026-10',
      wages: [{ kpj, wage: 6_000_000 }],
    });
    expect(same.json()).toMatchObject({ recorded: 0, unchanged: 1, drops: [] });
    const drop = await call('POST', '/api/v1/employer/wage-reports', hr, {
      period: '2026-11',
      wages: [{ kpj, wage: '5000000' }],
    });
    expect(drop.json()).toMatchObject({
      recorded: 1,
      drops: [{ kpj, previous: '6000000', wage: '5000000' }],
    });
  });
});

describe('the monthly invoice, paid through the sandbox bank', () => {
  let invoice: InvoiceDetail;

  it('bills each worker per program from the wage in force, with the due date of the rules', async () => {
    const res = await call('POST', '/api/v1/employer/invoices', hr, { period: '2026-10' });
    expect(res.statusCode).toBe(201);
    invoice = res.json();
    const siti = invoice.lines.find((l: { fullName: string }) => l.fullName === 'SITI RAHMAWATI');
    // JHT 3.7% + 2% of 12.000.000; JP 2% + 1% of the 2026 cap 11.086.300; JKK II 0.54%; JKM 0.30%.
    expect(siti!.items).toEqual([
      { program: 'JHT', base: '12000000', employer: '444000', worker: '240000', bookedToJkp: '0' },
      { program: 'JP', base: '11086300', employer: '221726', worker: '110863', bookedToJkp: '0' },
      { program: 'JKK', base: '12000000', employer: '64800', worker: '0', bookedToJkp: expect.any(String) },
      { program: 'JKM', base: '12000000', employer: '36000', worker: '0', bookedToJkp: expect.any(String) },
      { program: 'JKP', base: '5000000', employer: '0', worker: '0', bookedToJkp: '0' },
    ]);
    expect(siti!).toMatchObject({ employer: '766526', worker: '350863', total: '1117389' });
    // 15 November 2026 is a Sunday.
    expect(invoice).toMatchObject({
      period: '2026-10',
      status: 'unpaid',
      dueOn: '2026-11-16',
      penaltiesTotal: '0',
      workers: 2,
    });
    expect(invoice.virtualAccount.number).toMatch(/^\d{16}$/);
    expect(BigInt(invoice.total)).toBe(1_117_389n + BigInt(invoice.lines[0]!.total));
  });

  it('refuses a second invoice for the same period and wage changes for it', async () => {
    expect((await call('POST', '/api/v1/employer/invoices', hr, { period: '2026-10' })).json()).toMatchObject(
      {
        code: 'invoice_already_issued',
        detail: invoice.number,
      },
    );
    const kpj = invoice.lines[0]!.kpj;
    expect(
      (
        await call('POST', '/api/v1/employer/wage-reports', hr, {
          period: '2026-10',
          wages: [{ kpj, wage: 7 }],
        })
      ).json().code,
    ).toBe('wage_period_invoiced');
    expect((await call('GET', `/api/v1/employer/invoices/${invoice.number}`, otherHr)).statusCode).toBe(404);
  });

  it('posts JHT and JP to the worker once, however often the bank repeats the callback', async () => {
    const paid = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sandbox/payments/${invoice.virtualAccount.number}/pay`,
      payload: { deliveries: 2 },
    });
    expect(paid.json().outcomes).toEqual(['applied', 'applied']);
    const detail = (await call('GET', `/api/v1/employer/invoices/${invoice.number}`, hr)).json();
    expect(detail).toMatchObject({ status: 'paid', paidOn: '2026-11-10', overdue: false });

    // The worker, once signed up, finds the new card with its balance.
    const member = await createMember(t.deps, { nik: citizen.nik, existing: true });
    const cookie = await signIn(t, member);
    const found = (await call('GET', '/api/v1/me/cards/found', cookie)).json().cards;
    expect(found).toEqual([
      expect.objectContaining({
        kpj: invoice.lines.find((l: { fullName: string }) => l.fullName === 'SITI RAHMAWATI')!.kpj,
        jhtBalance: '684000',
      }),
    ]);
  });

  it('answers a forged callback with 401 and an unknown account as such, changing nothing', async () => {
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callbacks',
      headers: { 'x-jmo-signature': 'sha256=00' },
      payload: {
        paymentId: 'X-1',
        vaNumber: invoice.virtualAccount.number,
        amount: invoice.total,
        paidAt: '2026-11-10T03:00:00.000Z',
      },
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().code).toBe('payment_signature_invalid');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sandbox/payments/${invoice.virtualAccount.number}/pay`,
      payload: {},
    });
    expect(again.json().code).toBe('virtual_account_already_paid');
  });

  it('keeps the ledger balanced: every posting sums to zero and money received equals money credited', async () => {
    const { rows } = await (await import('kysely')).sql<{ n: string }>`
      SELECT count(*)::text AS n FROM (SELECT posting_id FROM ledger_entries GROUP BY posting_id HAVING sum(amount) <> 0) x
    `.execute(t.deps.db);
    expect(rows[0]!.n).toBe('0');
    const received = await t.deps.db
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
      .select((eb) => eb.fn.sum<string>('e.amount').as('sum'))
      .where('a.code', '=', 'fund:contributions')
      .executeTakeFirstOrThrow();
    expect(received.sum).toBe(`-${invoice.contributionsTotal}`);
  });
});

describe('late payment and leavers', () => {
  it('fines an invoice paid after its due date, bills the fine with the next one, and leaves leavers out', async () => {
    const res = await call('POST', '/api/v1/employer/invoices', hr, { period: '2026-11' });
    expect(res.statusCode).toBe(201);
    const november = res.json();
    t.clock.set('2026-12-20T03:00:00Z'); // due 15 December; paid 5 days late: one started month
    hr = await signInStaff(t, hrAccount);
    const list = await call('GET', '/api/v1/employer/invoices', hr);
    expect(list.statusCode, list.body).toBe(200);
    const listed = list.json().invoices[0];
    expect(listed).toMatchObject({ number: november.number, overdue: true, monthsLate: 1 });
    expect(BigInt(listed.accruedPenalty)).toBeGreaterThan(0n);
    const profile = (await call('GET', '/api/v1/employer', hr)).json();
    expect(profile.arrears).toMatchObject({
      invoices: 1,
      total: november.total,
      accruedPenalty: listed.accruedPenalty,
    });

    await t.app.inject({
      method: 'POST',
      url: `/api/v1/sandbox/payments/${november.virtualAccount.number}/pay`,
      payload: {},
    });
    const kpj = november.lines.find((l: { fullName: string }) => l.fullName === 'BAMBANG HARYONO').kpj;
    const left = await call('POST', '/api/v1/employer/leavers', hr, {
      kpj,
      leftOn: '2026-11-30',
      reason: 'resigned',
    });
    expect(left.json()).toMatchObject({
      status: 'nonactive',
      leftOn: '2026-11-30',
      leavingReason: 'resigned',
    });
    expect(
      (
        await call('POST', '/api/v1/employer/leavers', hr, { kpj, leftOn: '2026-11-30', reason: 'resigned' })
      ).json().code,
    ).toBe('worker_already_left');

    const december = (await call('POST', '/api/v1/employer/invoices', hr, { period: '2026-12' })).json();
    expect(december.workers).toBe(1);
    expect(december.penalties.map((p: { lateInvoice: string }) => p.lateInvoice)).toEqual(
      december.penalties.map(() => november.number),
    );
    expect(december.penaltiesTotal).toBe(listed.accruedPenalty);
    expect(BigInt(december.total)).toBe(
      BigInt(december.contributionsTotal) + BigInt(december.penaltiesTotal),
    );
  });
});

describe('alerts to workers', () => {
  it('tells a worker in the app, by e-mail and SMS when their wage was reported lower', async () => {
    const member = await createMember(t.deps, { nik: older.nik, existing: true });
    // The drop was reported before the account existed: the notice waits in the app.
    const cookie = await signIn(t, member);
    const notices = (await call('GET', '/api/v1/me/notifications', cookie)).json();
    expect(notices.notifications).toEqual([
      expect.objectContaining({
        kind: 'wage_dropped',
        detail: expect.objectContaining({ wage: 'Rp5.000.000', previous: 'Rp6.000.000' }),
      }),
    ]);
    expect(await sentTo(t.deps, member.email, 'email')).toEqual([]);
  });
});
