/**
 * Forgot password by e-mail link or SMS code (answers alike for unknown accounts; the link works
 * once; the new password follows the policy and signs every device out), and the member's list of
 * signed-in devices with sign-out of one or all others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../testing/factories.ts';
import { lastSentTo, sentTo } from '../../testing/outbox.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({
    env: {
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      REGISTRATION_RATE_LIMIT_PER_MINUTE: '1000',
      PUBLIC_URL: 'https://jmo.test',
    },
  });
});
afterAll(() => t.close());

const post = (url: string, payload: object, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
async function signIn(identifier: string, password: string, userAgent: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { identifier, password },
    headers: { 'user-agent': userAgent },
  });
  expect(res.statusCode).toBe(200);
  return `jmo_session=${res.cookies.find((c) => c.name === 'jmo_session')!.value}`;
}

describe('forgot password', () => {
  it('resets by a single-use e-mail link and signs every device out', async () => {
    const m = await createMember(t.deps);
    const old = await signIn(m.email, m.password, 'Chrome/120 Android');
    expect(
      (await post('/api/v1/auth/password-reset', { identifier: m.email, channel: 'email' })).statusCode,
    ).toBe(202);
    const mail = await lastSentTo(t.deps, m.email);
    const link = /https:\/\/jmo\.test\/lupa-password\/atur\?token=([\w-]+)/.exec(mail.body)!;
    const token = link[1]!;

    const weak = await post('/api/v1/auth/password-reset/confirm', { token, newPassword: 'password1' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toBe('newPassword');

    const done = await post('/api/v1/auth/password-reset/confirm', {
      token,
      newPassword: 'sambal terasi pedas manis',
    });
    expect(done.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: old } })).statusCode).toBe(401);
    expect((await lastSentTo(t.deps, m.phone)).body).toMatch(/kata sandi Anda baru saja diubah/);
    await signIn(m.email, 'sambal terasi pedas manis', 'Chrome/120 Android');

    const reused = await post('/api/v1/auth/password-reset/confirm', {
      token,
      newPassword: 'another fine passphrase',
    });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().code).toBe('reset_link_invalid');
  });

  it('resets by an SMS code', async () => {
    const m = await createMember(t.deps);
    await post('/api/v1/auth/password-reset', { identifier: m.phone, channel: 'sms' });
    const code = /\b(\d{6})\b/.exec((await lastSentTo(t.deps, m.phone)).body)![1]!;
    const wrong = await post('/api/v1/auth/password-reset/confirm', {
      identifier: m.phone,
      code: code === '000000' ? '111111' : '000000',
      newPassword: 'gado gado siram kacang',
    });
    expect(wrong.json()).toMatchObject({ code: 'code_invalid', errors: [{ path: 'code' }] });
    const done = await post('/api/v1/auth/password-reset/confirm', {
      identifier: m.phone,
      code,
      newPassword: 'gado gado siram kacang',
    });
    expect(done.statusCode).toBe(204);
    await signIn(m.phone, 'gado gado siram kacang', 'Firefox/120 Windows');
  });

  it('answers an unknown identifier exactly like a known one, and sends nothing', async () => {
    const res = await post('/api/v1/auth/password-reset', {
      identifier: 'nobody@test.jmo.id',
      channel: 'email',
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ channel: 'email' });
    expect(await sentTo(t.deps, 'nobody@test.jmo.id')).toHaveLength(0);
  });
});

describe('signed-in devices', () => {
  it('lists devices and signs out one, then all others', async () => {
    const m = await createMember(t.deps);
    const phone = await signIn(m.email, m.password, 'Mozilla/5.0 (Linux; Android 13) Chrome/120.0 Mobile');
    const laptop = await signIn(m.email, m.password, 'Mozilla/5.0 (Windows NT 10.0) Firefox/120.0');
    const tablet = await signIn(m.email, m.password, 'Mozilla/5.0 (iPad; CPU OS 17) Safari/605.1');

    const list = (await t.app.inject({ url: '/api/v1/me/sessions', headers: { cookie: phone } })).json()
      .sessions;
    expect(list).toHaveLength(3);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(list.map((s: { device: string }) => s.device).sort()).toEqual([
      'Chrome · Android',
      'Firefox · Windows',
      'Safari · iOS',
    ]);

    const laptopId = list.find((s: { device: string }) => s.device === 'Firefox · Windows').id;
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${laptopId}`,
      headers: { cookie: phone },
    });
    expect(del.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: laptop } })).statusCode).toBe(401);

    const other = await createMember(t.deps);
    const strangers = await signIn(other.email, other.password, 'Chrome/120 Android');
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${list[0].id}`,
      headers: { cookie: strangers },
    });
    expect(foreign.statusCode).toBe(404);

    expect((await post('/api/v1/me/sessions/sign-out-others', {}, phone)).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: tablet } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: phone } })).statusCode).toBe(200);
  });
});
