/**
 * Step-up through HTTP: changing the password needs a fresh code; confirming it replaces the
 * session's token (the old one stops working) and lets sensitive actions through for five minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../testing/factories.ts';
import { lastSentTo } from '../../testing/outbox.ts';
import { openTestApp, signIn, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let member: Awaited<ReturnType<typeof createMember>>;

beforeAll(async () => {
  t = await openTestApp();
  member = await createMember(t.deps, { password: 'sawah hijau di lereng merapi' });
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const codeIn = async (to: string) => /\b(\d{6})\b/.exec((await lastSentTo(t.deps, to, 'sms')).body)![1]!;

describe('step-up', () => {
  it('asks for a fresh code before a password change, then rotates the session', async () => {
    const phone = await signIn(t, member);
    const laptop = await signIn(t, member);

    const refused = await call('POST', '/api/v1/me/password', phone, {
      newPassword: 'kopi tubruk tanpa gula',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('step_up_required');

    expect((await call('POST', '/api/v1/me/step-up/code', phone, { channel: 'sms' })).statusCode).toBe(202);
    const code = await codeIn(member.phone);
    const wrong = await call('POST', '/api/v1/me/step-up', phone, {
      channel: 'sms',
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(422);

    const confirmed = await call('POST', '/api/v1/me/step-up', phone, { channel: 'sms', code });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().steppedUpUntil).toBe('2026-11-23T03:05:00.000Z');
    const stepped = `jmo_session=${confirmed.cookies.find((c) => c.name === 'jmo_session')!.value}`;
    expect(stepped).not.toBe(phone);
    // The token from before the step-up no longer works at all.
    expect((await call('GET', '/api/v1/me', phone)).statusCode).toBe(401);
    expect((await call('POST', '/api/v1/me/step-up', stepped, { channel: 'sms', code })).statusCode).toBe(
      410,
    );

    const changed = await call('POST', '/api/v1/me/password', stepped, {
      newPassword: 'kopi tubruk tanpa gula',
    });
    expect(changed.statusCode).toBe(204);
    expect((await call('GET', '/api/v1/me', laptop)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/me', stepped)).statusCode).toBe(200);
    expect((await lastSentTo(t.deps, member.email, 'email')).subject).toMatch(
      /Kata sandi JMO Anda telah diubah/,
    );
    await signIn(t, { email: member.email, password: 'kopi tubruk tanpa gula' });
    member.password = 'kopi tubruk tanpa gula';
  });

  it('lets the step-up lapse after five minutes', async () => {
    const cookie = await signIn(t, member);
    t.clock.set('2026-11-23T03:10:00Z');
    await call('POST', '/api/v1/me/step-up/code', cookie, { channel: 'sms' });
    const confirmed = await call('POST', '/api/v1/me/step-up', cookie, {
      channel: 'sms',
      code: await codeIn(member.phone),
    });
    const stepped = `jmo_session=${confirmed.cookies.find((c) => c.name === 'jmo_session')!.value}`;
    t.clock.set('2026-11-23T03:15:01Z');
    expect((await call('GET', '/api/v1/me/step-up', stepped)).json()).toEqual({
      steppedUpUntil: null,
      hasPasskey: false,
    });
    const late = await call('POST', '/api/v1/me/password', stepped, { newPassword: 'angin laut sore hari' });
    expect(late.json().code).toBe('step_up_required');
  });

  it('still checks the new password against the policy', async () => {
    const cookie = await signIn(t, member);
    t.clock.set('2026-11-23T03:20:00Z');
    await call('POST', '/api/v1/me/step-up/code', cookie, { channel: 'sms' });
    const confirmed = await call('POST', '/api/v1/me/step-up', cookie, {
      channel: 'sms',
      code: await codeIn(member.phone),
    });
    const stepped = `jmo_session=${confirmed.cookies.find((c) => c.name === 'jmo_session')!.value}`;
    const weak = await call('POST', '/api/v1/me/password', stepped, { newPassword: 'password' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toBe('newPassword');
  });
});
