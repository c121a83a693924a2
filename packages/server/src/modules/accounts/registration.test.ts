/**
 * Registration through HTTP on a real database, with the sandbox registry, mail and SMS: the
 * registry must confirm NIK, name and birth date; codes go to both channels and expire, allow a few
 * tries and a resend after a cool-down; an e-mail or number already in use is told only to whoever
 * proved they hold it; the new account is signed in and finds the cards already under its NIK.
 */
import { buildNik, calendarDate } from '@jmo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToSandboxRegistry } from '../../adapters/population-registry/sandbox.ts';
import { createCard, createEmployer, createMember } from '../../testing/factories.ts';
import { lastSentTo } from '../../testing/outbox.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
const citizen = {
  nik: '3273014508900007',
  fullName: 'DEWI ANGGRAINI',
  birthDate: '1990-08-05',
  sex: 'F' as const,
};
const worker = {
  nik: '1271011203850002',
  fullName: 'AGUS SALIM',
  birthDate: '1985-03-12',
  sex: 'M' as const,
};
let workerKpj: string;
let memberWithAccount: Awaited<ReturnType<typeof createMember>>;
let ip = 0;

beforeAll(async () => {
  t = await openTestApp({ env: { REGISTRATION_RATE_LIMIT_PER_MINUTE: '100' } });
  memberWithAccount = await createMember(t.deps, { fullName: 'RINA KARTIKA', nik: '3174015708900001' });
  await addToSandboxRegistry(t.deps.db, t.deps.pii, [
    citizen,
    worker,
    { nik: memberWithAccount.nik, fullName: 'RINA KARTIKA', birthDate: '1990-08-15', sex: 'F' },
  ]);
  // Agus already has a KPJ card from his employer, but no JMO account yet.
  const employer = await createEmployer(t.deps);
  const personId = t.deps.newId();
  await t.deps.db
    .insertInto('people')
    .values({
      id: personId,
      nik_enc: t.deps.pii.encrypt(worker.nik),
      nik_index: t.deps.pii.blindIndex('nik', worker.nik),
      full_name: worker.fullName,
      birth_date: worker.birthDate,
      sex: 'M',
    })
    .execute();
  workerKpj = (await createCard(t.deps, { personId, employerId: employer.id })).kpj;
});
afterAll(() => t.close());

let serial = 100;
/** A citizen in the registry with no account yet, so each test registers someone new. */
async function newCitizen() {
  const record = {
    nik: buildNik({
      districtCode: '327301',
      birthDate: calendarDate('1990-08-05'),
      sex: 'F',
      serial: ++serial,
    }),
    fullName: 'DEWI ANGGRAINI',
    birthDate: '1990-08-05',
    sex: 'F' as const,
  };
  await addToSandboxRegistry(t.deps.db, t.deps.pii, [record]);
  return record;
}

const body = (over: Record<string, string> = {}) => ({
  segment: 'PU',
  nik: citizen.nik,
  fullName: 'Dewi Anggraini',
  birthDate: citizen.birthDate,
  email: `dewi${++ip}@mail.test`,
  phone: `0813${String(10_000_000 + ip).slice(-8)}`,
  password: 'teh manis hangat sekali',
  locale: 'id',
  ...over,
});
const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload, headers, remoteAddress: `10.1.0.${++ip % 250}` });

/** The latest code sent to an address, read from the sandbox outbox like a member reads their inbox. */
async function latestCode(to: string): Promise<string> {
  return /\b(\d{6})\b/.exec((await lastSentTo(t.deps, to)).body)![1]!;
}
const e164 = (national: string) => `+62${national.slice(1)}`;

describe('registration', () => {
  it('registers a member with codes from e-mail and SMS, signs them in and finds their cards', async () => {
    const input = body({ nik: worker.nik, fullName: 'agus  salim', birthDate: worker.birthDate });
    const start = await post('/api/v1/registrations', input);
    expect(start.statusCode).toBe(201);
    const pending = start.json();
    expect(pending.maskedEmail).not.toBe(input.email);
    expect(pending.maskedPhone).toMatch(/\*/);

    const verify = await post(`/api/v1/registrations/${pending.registrationId}/verify`, {
      emailCode: await latestCode(input.email),
      smsCode: await latestCode(e164(input.phone)),
    });
    expect(verify.statusCode).toBe(201);
    expect(verify.json()).toMatchObject({
      fullName: 'AGUS SALIM',
      maskedNik: expect.stringMatching(/0002$/),
    });
    const cookie = `jmo_session=${verify.cookies.find((c) => c.name === 'jmo_session')!.value}`;
    // The employer's card is not in the new account yet: JMO finds it under the NIK instead.
    const cards = (await t.app.inject({ url: '/api/v1/me/cards', headers: { cookie } })).json();
    expect(cards.cards).toEqual([]);
    const found = (await t.app.inject({ url: '/api/v1/me/cards/found', headers: { cookie } })).json();
    expect(found.cards.map((c: { kpj: string }) => c.kpj)).toEqual([workerKpj]);

    const login = await post('/api/v1/auth/login', { identifier: input.email, password: input.password });
    expect(login.statusCode).toBe(200);
    const again = await post(`/api/v1/registrations/${pending.registrationId}/verify`, {
      emailCode: await latestCode(input.email),
      smsCode: await latestCode(e164(input.phone)),
    });
    expect(again.json().code).toBe('registration_not_found');
  });

  it('says precisely what is wrong with each field', async () => {
    const res = await post(
      '/api/v1/registrations',
      body({ nik: '12345', phone: '0212345678', password: 'password1' }),
    );
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.code).toBe('invalid_request');
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['nik', 'password', 'phone']);
  });

  it('checks NIK, name and birth date against the population registry', async () => {
    const cases = [
      [{ nik: '3273014508900015' }, 'registry_nik_not_found'],
      [{ fullName: 'Dewi Anggraeni' }, 'registry_name_mismatch'],
      [{ birthDate: '1990-08-06' }, 'registry_birth_date_mismatch'],
    ] as const;
    for (const [over, code] of cases) {
      const res = await post('/api/v1/registrations', body(over));
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe(code);
    }
  });

  it('refuses a NIK that already has an account', async () => {
    const res = await post(
      '/api/v1/registrations',
      body({ nik: memberWithAccount.nik, fullName: 'Rina Kartika', birthDate: '1990-08-15' }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('nik_already_registered');
  });

  it('tells that an e-mail is taken only after its code was entered', async () => {
    const { nik } = await newCitizen();
    const input = body({ nik, email: memberWithAccount.email });
    const start = await post('/api/v1/registrations', input);
    expect(start.statusCode).toBe(201); // nothing revealed to whoever typed it
    const verify = await post(`/api/v1/registrations/${start.json().registrationId}/verify`, {
      emailCode: await latestCode(memberWithAccount.email),
      smsCode: await latestCode(e164(input.phone)),
    });
    expect(verify.statusCode).toBe(409);
    expect(verify.json().code).toBe('email_already_used');
  });

  it('allows a few wrong codes, then asks for a new one; a resend waits for the cool-down', async () => {
    const { nik } = await newCitizen();
    const input = body({ nik });
    const { registrationId } = (await post('/api/v1/registrations', input)).json();
    const smsCode = await latestCode(e164(input.phone));
    const wrong = (await latestCode(input.email)) === '000000' ? '111111' : '000000';
    const url = `/api/v1/registrations/${registrationId}/verify`;
    const first = await post(url, { emailCode: wrong, smsCode });
    expect(first.statusCode).toBe(422);
    expect(first.json()).toMatchObject({
      code: 'code_invalid',
      detail: expect.stringMatching(/Sisa 4 percobaan/),
    });
    for (let i = 0; i < 4; i++) await post(url, { emailCode: wrong, smsCode });
    const exhausted = await post(url, { emailCode: await latestCode(input.email), smsCode });
    expect(exhausted.json().code).toBe('code_attempts_exhausted');

    const tooSoon = await post(`/api/v1/registrations/${registrationId}/codes`, { channel: 'email' });
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.json()).toMatchObject({ code: 'code_resend_too_soon', retryAt: expect.any(String) });
    expect(Number(tooSoon.headers['retry-after'])).toBeGreaterThan(0);

    t.clock.set(new Date(t.clock.now().getTime() + 61_000).toISOString());
    const resent = await post(`/api/v1/registrations/${registrationId}/codes`, { channel: 'email' });
    expect(resent.statusCode).toBe(200);
    const done = await post(url, { emailCode: await latestCode(input.email), smsCode });
    expect(done.statusCode).toBe(201);
  });

  it('lets codes expire after five minutes', async () => {
    const { nik } = await newCitizen();
    const input = body({ nik });
    const { registrationId } = (await post('/api/v1/registrations', input)).json();
    const codes = { emailCode: await latestCode(input.email), smsCode: await latestCode(e164(input.phone)) };
    t.clock.set(new Date(t.clock.now().getTime() + 5 * 60_000 + 1000).toISOString());
    const late = await post(`/api/v1/registrations/${registrationId}/verify`, codes);
    expect(late.statusCode).toBe(410);
    expect(late.json().code).toBe('code_expired');
  });

  it('creates one account when the same codes arrive many times at once', async () => {
    const { nik } = await newCitizen();
    const input = body({ nik });
    const { registrationId } = (await post('/api/v1/registrations', input)).json();
    const codes = { emailCode: await latestCode(input.email), smsCode: await latestCode(e164(input.phone)) };
    const results = await Promise.all(
      Array.from({ length: 6 }, () => post(`/api/v1/registrations/${registrationId}/verify`, codes)),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    const accounts = await t.deps.db
      .selectFrom('user_accounts')
      .select('id')
      .where('email_index', '=', t.deps.pii.blindIndex('email', input.email))
      .execute();
    expect(accounts).toHaveLength(1);
  });

  it('never stores codes, passwords or the NIK in clear', async () => {
    const { nik } = await newCitizen();
    const input = body({ nik });
    await post('/api/v1/registrations', input);
    const code = await latestCode(input.email);
    const rows = await t.deps.db.selectFrom('verification_codes').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(code);
    const regs = await t.deps.db.selectFrom('registrations').selectAll().execute();
    const dump = JSON.stringify(regs.map((r) => ({ ...r, hash: r.password_hash })));
    expect(dump).not.toContain(input.password);
    expect(dump).not.toContain(nik);
  });
});

describe('registration floods', () => {
  it('are slowed down per address with a 429 that says when to retry', async () => {
    const limited = await openTestApp({ env: { REGISTRATION_RATE_LIMIT_PER_MINUTE: '3' } });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof limited.app.inject>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/registrations',
        payload: body({ nik: '1' }),
        remoteAddress: '10.9.9.9',
      });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
    expect(last!.json().code).toBe('too_many_requests');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    await limited.close();
  });
});
