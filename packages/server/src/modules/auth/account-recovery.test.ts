/**
 * "Lupa akun" through HTTP: KPJ + NIK → masked channels → a code to one → the identifiers and a new
 * password; one answer for every wrong pair, limited per NIK and per address; code tries; and the
 * request for an officer when both channels are lost.
 */
import { maskPhone } from '@jmo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCard, createEmployer, createMember } from '../../testing/factories.ts';
import { lastSentTo, sentTo } from '../../testing/outbox.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { listOpenAccountRecoveryRequests } from './account-recovery.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({
    env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1000', REGISTRATION_RATE_LIMIT_PER_MINUTE: '1000' },
  });
});
afterAll(() => t.close());

let addresses = 0;
/** Each test calls from its own address, so the per-address limit of one does not touch another. */
const newAddress = () => `10.9.0.${++addresses}`;
const post = (url: string, payload: object, remoteAddress: string, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/auth/account-recovery${url}`,
    payload,
    remoteAddress,
    headers: cookie ? { cookie } : {},
  });
let nikSerial = 0;
/** A well-formed NIK nobody has (a woman born 17 August 1990 in Jakarta). */
const strangerNik = () => `3174015708905${String(++nikSerial).padStart(3, '0')}`;
const codeIn = (body: string) => /\b(\d{6})\b/.exec(body)![1]!;

async function memberWithCard() {
  const member = await createMember(t.deps);
  const card = await createCard(t.deps, {
    personId: member.personId,
    employerId: (await createEmployer(t.deps)).id,
  });
  return { ...member, kpj: card.kpj };
}

async function signIn(identifier: string, password: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { identifier, password },
  });
  return {
    status: res.statusCode,
    cookie: `jmo_session=${res.cookies.find((c) => c.name === 'jmo_session')?.value}`,
  };
}

describe('forgot account', () => {
  it('finds the account by KPJ and NIK, proves one channel, shows how to sign in, sets a new password', async () => {
    const ip = newAddress();
    const m = await memberWithCard();
    const old = await signIn(m.email, m.password);
    // A sign-in block on the account is lifted by the recovery.
    await t.deps.db
      .insertInto('login_throttles')
      .values({
        identifier_index: t.deps.pii.blindIndex('email', m.email),
        failures: 10,
        last_failure_at: t.deps.clock.now(),
        blocked_until: new Date(t.deps.clock.now().getTime() + 3_600_000),
      })
      .execute();
    const identity = { kpj: m.kpj, nik: m.nik };

    const found = await post('', identity, ip);
    expect(found.statusCode).toBe(200);
    const [local] = m.email.split('@') as [string];
    expect(found.json()).toEqual({
      channels: [
        { channel: 'email', masked: `${local[0]}***${local.at(-1)}@test.jmo.id` },
        { channel: 'sms', masked: maskPhone(m.phone) },
      ],
    });

    const sent = await post('/code', { ...identity, channel: 'email' }, ip);
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toMatchObject({ channel: 'email', masked: found.json().channels[0].masked });
    const mail = await lastSentTo(t.deps, m.email, 'email');
    expect(mail.subject).toBe('Pulihkan akun JMO Anda');
    const code = codeIn(mail.body);

    const wrong = await post(
      '/verify',
      { ...identity, channel: 'email', code: code === '000000' ? '111111' : '000000' },
      ip,
    );
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'code_invalid', errors: [{ path: 'code' }] });

    const verified = await post('/verify', { ...identity, channel: 'email', code }, ip);
    expect(verified.statusCode).toBe(200);
    // The e-mail the code went to in full; the phone, which was not proven, stays masked.
    expect(verified.json()).toEqual({
      email: m.email,
      phone: found.json().channels[1].masked,
      shownInFull: 'email',
    });

    const weak = await post(
      '/password',
      { ...identity, channel: 'email', code, newPassword: 'password1' },
      ip,
    );
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toBe('newPassword');

    const newPassword = 'nasi uduk betawi pagi';
    const done = await post('/password', { ...identity, channel: 'email', code, newPassword }, ip);
    expect(done.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: old.cookie } })).statusCode).toBe(401);
    expect(await t.deps.db.selectFrom('login_throttles').selectAll().execute()).toHaveLength(0);
    expect((await lastSentTo(t.deps, m.email, 'email')).subject).toBe('Akun JMO Anda telah dipulihkan');
    expect((await lastSentTo(t.deps, m.phone, 'sms')).body).toMatch(/akun Anda dipulihkan/);

    const again = await post(
      '/password',
      { ...identity, channel: 'email', code, newPassword: 'another passphrase here' },
      ip,
    );
    expect(again.json().code).toBe('code_expired');

    const signedIn = await signIn(m.phone, newPassword);
    expect(signedIn.status).toBe(200);
    const history = await t.app.inject({
      url: '/api/v1/me/security-events',
      headers: { cookie: signedIn.cookie },
    });
    expect(history.json().events.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['account_recovery_code_sent', 'account_recovered']),
    );
  });

  it('shows the phone in full when the code went by SMS, and the e-mail masked', async () => {
    const ip = newAddress();
    const m = await memberWithCard();
    const identity = { kpj: m.kpj, nik: m.nik, channel: 'sms' };
    expect((await post('/code', identity, ip)).statusCode).toBe(202);
    const code = codeIn((await lastSentTo(t.deps, m.phone, 'sms')).body);
    const verified = await post('/verify', { ...identity, code }, ip);
    expect(verified.json()).toMatchObject({ phone: m.phone, shownInFull: 'sms' });
    expect(verified.json().email).not.toBe(m.email);
    expect(verified.json().email).toMatch(/\*\*\*/);
  });

  it('gives one answer for every pair that matches no account, and records the attempt', async () => {
    const ip = newAddress();
    const m = await memberWithCard();
    const other = await memberWithCard();
    const cardWithoutAccount = await createCard(t.deps, {
      personId: (await createMember(t.deps)).personId,
      employerId: (await createEmployer(t.deps)).id,
    });
    const answers = await Promise.all(
      [
        { kpj: other.kpj, nik: m.nik }, // the NIK's holder, someone else's card
        { kpj: m.kpj, nik: strangerNik() }, // the card, a NIK nobody has
        { kpj: '99999999999', nik: strangerNik() }, // neither
        { kpj: cardWithoutAccount.kpj, nik: strangerNik() },
      ].map((pair) => post('', pair, ip)),
    );
    for (const res of answers) {
      expect(res.statusCode).toBe(422);
      const { instance: _, ...problem } = res.json();
      expect(problem).toEqual({
        type: '/api/problems/recovery_data_mismatch',
        title:
          'Data tidak cocok. Periksa kembali nomor KPJ dan NIK Anda. Jika belum punya akun JMO, silakan daftar.',
        status: 422,
        code: 'recovery_data_mismatch',
      });
    }
    const attempts = await t.deps.db
      .selectFrom('account_recovery_attempts')
      .select(['kind'])
      .where('ip', '=', ip)
      .execute();
    expect(attempts).toEqual(Array(4).fill({ kind: 'mismatch' }));
    // The NIK's holder sees someone tried it.
    const events = await t.deps.db
      .selectFrom('security_events')
      .select(['kind', 'ip'])
      .where('user_id', '=', m.userId)
      .execute();
    expect(events).toEqual([{ kind: 'account_recovery_mismatch', ip }]);
    // Badly formed numbers are said plainly (they reveal nothing) and are not counted.
    const malformed = await post('', { kpj: '123', nik: m.nik }, ip);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].path).toBe('kpj');
  });

  it('limits wrong pairs per NIK and per address, with the time to try again', async () => {
    const m = await memberWithCard();
    const start = t.deps.clock.now();
    try {
      for (let i = 0; i < 5; i++) {
        expect((await post('', { kpj: '99999999999', nik: m.nik }, newAddress())).statusCode).toBe(422);
      }
      // Even the right pair waits now, from any address: the NIK is being guessed at.
      const limited = await post('', { kpj: m.kpj, nik: m.nik }, newAddress());
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({
        code: 'recovery_attempts_limited',
        retryAt: new Date(start.getTime() + 3_600_000).toISOString(),
      });
      expect(limited.headers['retry-after']).toBe('3600');

      const ip = newAddress();
      for (let i = 0; i < 10; i++) {
        expect((await post('', { kpj: '99999999999', nik: strangerNik() }, ip)).statusCode).toBe(422);
      }
      expect((await post('', { kpj: '99999999999', nik: strangerNik() }, ip)).json().code).toBe(
        'recovery_attempts_limited',
      );

      t.clock.set(new Date(start.getTime() + 3_600_001).toISOString());
      expect((await post('', { kpj: m.kpj, nik: m.nik }, ip)).statusCode).toBe(200);
    } finally {
      t.clock.set(start.toISOString());
    }
  });

  it('limits the tries of a code and the codes sent', async () => {
    const ip = newAddress();
    const m = await memberWithCard();
    const identity = { kpj: m.kpj, nik: m.nik, channel: 'sms' };
    await post('/code', identity, ip);
    const code = codeIn((await lastSentTo(t.deps, m.phone, 'sms')).body);
    const tooSoon = await post('/code', identity, ip);
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.json().code).toBe('code_resend_too_soon');

    const wrongCode = code === '000000' ? '111111' : '000000';
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post('/verify', { ...identity, code: wrongCode }, ip);
      answers.push(`${res.json().code} ${res.json().detail ?? ''}`.trim());
    }
    expect(answers).toEqual([
      'code_invalid Sisa 4 percobaan untuk kode SMS',
      'code_invalid Sisa 3 percobaan untuk kode SMS',
      'code_invalid Sisa 2 percobaan untuk kode SMS',
      'code_invalid Sisa 1 percobaan untuk kode SMS',
      'code_attempts_exhausted Sisa 0 percobaan untuk kode SMS',
    ]);
    const right = await post('/verify', { ...identity, code }, ip);
    expect(right.statusCode).toBe(429);
    expect(right.json()).toMatchObject({ code: 'code_attempts_exhausted', errors: [{ path: 'code' }] });

    const noEmail = await memberWithCard();
    await t.deps.db
      .updateTable('user_accounts')
      .set({ email_enc: null, email_index: null })
      .where('id', '=', noEmail.userId)
      .execute();
    const channels = await post('', { kpj: noEmail.kpj, nik: noEmail.nik }, ip);
    expect(channels.json().channels.map((c: { channel: string }) => c.channel)).toEqual(['sms']);
    const unavailable = await post('/code', { kpj: noEmail.kpj, nik: noEmail.nik, channel: 'email' }, ip);
    expect(unavailable.statusCode).toBe(422);
    expect(unavailable.json()).toMatchObject({
      code: 'recovery_channel_unavailable',
      errors: [{ path: 'channel' }],
    });
  });
});

describe('forgot account, e-mail and phone both lost', () => {
  const request = (over: object = {}) => ({
    fullName: 'Rina Kartika',
    birthDate: '1990-08-15',
    newEmail: 'Rina.Baru@test.jmo.id',
    newPhone: '0813 9999 0001',
    note: 'HP hilang dan e-mail lama sudah tidak aktif.',
    ...over,
  });

  it('stores an encrypted request with a due date, e-mails the reference, and alerts the old channels', async () => {
    const ip = newAddress();
    const m = await memberWithCard();
    const res = await post('/requests', request({ kpj: m.kpj, nik: m.nik }), ip);
    expect(res.statusCode).toBe(201);
    const receipt = res.json();
    expect(receipt).toEqual({
      reference: expect.stringMatching(/^LA-20261123-[A-HJ-NP-Z2-9]{6}$/),
      dueOn: '2026-11-26',
      maskedEmail: 'r***u@test.jmo.id',
    });
    const mail = await lastSentTo(t.deps, 'rina.baru@test.jmo.id', 'email');
    expect(mail.subject).toBe(`Permintaan pemulihan akun JMO ${receipt.reference}`);
    expect(mail.body).toContain('26 November 2026');
    expect((await lastSentTo(t.deps, m.email, 'email')).body).toContain(receipt.reference);
    expect((await lastSentTo(t.deps, m.phone, 'sms')).body).toContain(receipt.reference);

    const row = await t.deps.db
      .selectFrom('account_recovery_requests')
      .selectAll()
      .where('reference', '=', receipt.reference)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'open', user_id: m.userId, due_on: '2026-11-26', closed_at: null });
    for (const secret of [m.nik, 'rina.baru', '6281399990001', 'HP hilang']) {
      expect(JSON.stringify(row)).not.toContain(secret);
      expect(row.nik_enc.toString('latin1')).not.toContain(secret);
      expect(row.note_enc.toString('latin1')).not.toContain(secret);
    }

    const open = await listOpenAccountRecoveryRequests(t.deps);
    expect(open.find((r) => r.reference === receipt.reference)).toMatchObject({
      kpj: m.kpj,
      nik: m.nik,
      fullName: 'Rina Kartika',
      birthDate: '1990-08-15',
      newEmail: 'rina.baru@test.jmo.id',
      newPhone: '+6281399990001',
      note: 'HP hilang dan e-mail lama sudah tidak aktif.',
      accountId: m.userId,
      overdue: false,
    });
  });

  it('answers a pair that matches no account alike, alerting nobody', async () => {
    const ip = newAddress();
    const res = await post(
      '/requests',
      request({ kpj: '99999999999', nik: strangerNik(), newEmail: 'siapa@test.jmo.id' }),
      ip,
    );
    expect(res.statusCode).toBe(201);
    const open = await listOpenAccountRecoveryRequests(t.deps);
    expect(open.find((r) => r.reference === res.json().reference)?.accountId).toBeNull();
    expect(await sentTo(t.deps, 'siapa@test.jmo.id')).toHaveLength(1);
  });

  it('says which inputs are wrong, and limits requests per NIK', async () => {
    const ip = newAddress();
    const bad = await post(
      '/requests',
      request({ kpj: '1', nik: '123', newEmail: 'no-at', newPhone: '12345678', birthDate: '2031-02-30' }),
      ip,
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['birthDate', 'kpj', 'newEmail', 'newPhone', 'nik']);
    const nik = strangerNik();
    for (let i = 0; i < 5; i++) {
      expect((await post('/requests', request({ kpj: '99999999999', nik }), newAddress())).statusCode).toBe(
        201,
      );
    }
    const limited = await post('/requests', request({ kpj: '99999999999', nik }), newAddress());
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('recovery_attempts_limited');
  });
});
