/**
 * For the claims' HTTP tests: a member who resigned (the employer reported it two months ago), has
 * a JHT balance, and finished the data update with a bank account in their name; a step-up; and
 * short calls for the claim routes. The face matcher and registry photos follow the data update's
 * script (its test-support).
 */
import { randomUUID } from 'node:crypto';
import { EMPTY_PERSON_DATA, type PersonData, type Rupiah } from '@jmo/core';
import { expect } from 'vitest';
import {
  addSandboxBankAccounts,
  createSandboxBank,
  type SandboxBankFaults,
} from '../../adapters/bank/sandbox.ts';
import { createCard, createEmployer, createMember, payContribution } from '../../testing/factories.ts';
import { sentTo } from '../../testing/outbox.ts';
import { openTestApp, signIn, type TestApp } from '../../testing/test-app.ts';
import { jpeg, PASS } from '../data-update/test-support.ts';
import { PAYOUTS_ENV } from '../payouts/test-support.ts';

let serial = 500;

export interface Claimant {
  personId: string;
  userId: string;
  email: string;
  phone: string;
  password: string;
  kpj: string;
  membershipId: string;
  accountId: string;
  cookie: string;
  bankAccount: string;
}

/** The month's JHT for a wage of Rp5.000.000 (3.7% + 2%), as in DOMAIN.md. */
const MONTH = { employer: 185_000n, worker: 100_000n };

export async function claimant(
  t: TestApp,
  opts: {
    status?: 'active' | 'nonactive';
    leftOn?: string;
    months?: number;
    dataUpdated?: boolean;
    bank?: boolean;
    npwp?: string | null;
    fullName?: string;
    /** The account at the sandbox bank: open (default), closed, or not there at all. */
    bankStatus?: 'active' | 'closed' | 'none';
  } = {},
): Promise<Claimant> {
  serial++;
  const fullName = opts.fullName ?? 'Agus Pratama';
  const nik = `327301010190${String(serial).padStart(4, '0')}`;
  const member = await createMember(t.deps, { nik, fullName });
  const employer = await createEmployer(t.deps, 'PT Sinar Terang');
  const status = opts.status ?? 'nonactive';
  const card = await createCard(t.deps, {
    personId: member.personId,
    employerId: employer.id,
    status,
    joinedOn: '2023-01-02',
    ...(status === 'nonactive' ? { leftOn: opts.leftOn ?? '2026-09-15' } : {}),
  });
  for (let m = 0; m < (opts.months ?? 12); m++) {
    const period = `2025-${String(m + 1).padStart(2, '0')}`;
    await payContribution(t.deps, card, { period, wage: 5_000_000n, ...MONTH, paidOn: `${period}-10` });
  }
  // A BRI account (15 digits), open at the sandbox bank unless the test says otherwise.
  const bankAccount = `7${String(serial).padStart(14, '0')}`;
  if (opts.bankStatus !== 'none')
    await addSandboxBankAccounts(t.deps.db, t.deps, [
      {
        bankCode: '002',
        accountNumber: bankAccount,
        holderName: fullName.toUpperCase(),
        status: opts.bankStatus ?? 'active',
      },
    ]);
  if (opts.dataUpdated ?? true) {
    const now = t.deps.clock.now();
    const data: PersonData = {
      ...EMPTY_PERSON_DATA,
      npwp: opts.npwp === undefined ? null : opts.npwp,
      bank:
        opts.bank === false
          ? null
          : { code: '002', accountNumber: bankAccount, holderName: fullName.toUpperCase() },
    };
    await t.deps.db
      .insertInto('person_profiles')
      .values({
        person_id: member.personId,
        data_enc: t.deps.pii.encrypt(JSON.stringify(data)),
        version: 1,
        updated_at: now,
      })
      .execute();
    await t.deps.db
      .insertInto('data_updates')
      .values({
        id: t.deps.newId(),
        membership_id: card.membershipId,
        person_id: member.personId,
        status: 'updated',
        completed_steps: [],
        current_step: null,
        checks: '{}',
        payload_enc: t.deps.pii.encrypt(JSON.stringify({ entries: {} })),
        face_attempts_since: now,
        created_at: now,
        updated_at: now,
        submitted_at: now,
        completed_at: now,
      })
      .execute();
    await t.deps.caches.settle();
  }
  const cookie = await signIn(t, member);
  return { ...member, ...card, cookie, bankAccount };
}

/** What 12 months of MONTH come to. */
export const TWELVE_MONTHS = (12n * (MONTH.employer + MONTH.worker)) as Rupiah;

let address = 0;
const remoteAddress = () => `10.88.${Math.floor(++address / 250) % 250}.${address % 250}`;

export function claimCalls(t: TestApp) {
  const call = (
    method: 'GET' | 'POST',
    url: string,
    cookie: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      remoteAddress: remoteAddress(),
      headers: { cookie, 'accept-language': 'id', ...headers },
      ...(payload ? { payload } : {}),
    });
  return {
    call,
    start: (c: Claimant, key = randomUUID(), reason = 'resigned') =>
      call('POST', `/api/v1/me/cards/${c.kpj}/jht-claims`, c.cookie, { reason }, { 'idempotency-key': key }),
    selfie: async (c: Claimant, id: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/me/claims/${id}/selfie`,
        remoteAddress: remoteAddress(),
        headers: { cookie: c.cookie, 'content-type': 'image/jpeg' },
        payload: await jpeg(640, 480),
      }),
    submit: (c: Claimant, id: string, key: string) =>
      call(
        'POST',
        `/api/v1/me/claims/${id}/submit`,
        c.cookie,
        { membershipConfirmed: true, statementAccepted: true },
        { 'idempotency-key': key },
      ),
    detail: (c: Claimant, id: string) => call('GET', `/api/v1/me/claims/${id}`, c.cookie),
  };
}

/** A fresh step-up by SMS code; the session cookie it returns replaces the claimant's. */
export async function stepUp(t: TestApp, c: Claimant): Promise<void> {
  const send = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/step-up/code',
    headers: { cookie: c.cookie },
    payload: { channel: 'sms' },
  });
  expect(send.statusCode).toBe(202);
  const withCode = (await sentTo(t.deps, c.phone, 'sms')).find((m) => /\b\d{6}\b/.test(m.body));
  const code = /\b(\d{6})\b/.exec(withCode!.body)![1]!;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/step-up',
    headers: { cookie: c.cookie },
    payload: { channel: 'sms', code },
  });
  expect(res.statusCode).toBe(200);
  c.cookie = `jmo_session=${res.cookies.find((x) => x.name === 'jmo_session')!.value}`;
}

/** Sign in again (a fresh session, as a second phone would have). */
export async function signInAgain(t: TestApp, c: Claimant): Promise<string> {
  return signIn(t, c);
}

/**
 * A test app for claims that are paid: the sandbox bank as `npm start` has it (Himbara after 50 ms,
 * others in a batch), a face matcher that passes, and a registry photo for everyone.
 */
export async function openClaimsApp(
  env: Record<string, string> = {},
): Promise<TestApp & { bankFaults: SandboxBankFaults }> {
  const reference = await jpeg(640, 480, { r: 180, g: 140, b: 120 });
  const bankFaults: SandboxBankFaults = {};
  const t = await openTestApp({
    now: '2026-11-23T03:00:00Z',
    env: {
      ...PAYOUTS_ENV,
      REGISTRATION_RATE_LIMIT_PER_MINUTE: '1000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      ...env,
    },
    deps: (built) => ({
      face: { compare: async () => PASS },
      registry: { findByNik: built.registry.findByNik, referencePhoto: async () => reference },
      bank: createSandboxBank(
        { db: built.db, pii: built.pii, clock: built.clock },
        {
          latencyMs: 0,
          himbaraDelayMs: built.config.payouts.sandboxHimbaraDelayMs,
          batchMs: built.config.payouts.sandboxBatchMs,
          faults: { disburse: (r) => bankFaults.disburse?.(r), settle: (id) => bankFaults.settle?.(id) },
        },
      ),
    }),
  });
  return Object.assign(t, { bankFaults });
}

/** Start, selfie, step-up and send: the claim as Konfirmasi answers it. */
export async function claimThrough(t: TestApp, c: Claimant) {
  const api = claimCalls(t);
  const key = randomUUID();
  const started = await api.start(c, key);
  expect(started.statusCode, started.body).toBe(201);
  const id = started.json().id as string;
  expect((await api.selfie(c, id)).statusCode).toBe(200);
  await stepUp(t, c);
  const sent = await api.submit(c, id, key);
  expect(sent.statusCode, sent.body).toBe(200);
  return sent.json() as { id: string; state: string; reference: string; net: string };
}
