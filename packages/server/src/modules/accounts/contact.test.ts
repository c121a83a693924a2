/**
 * Changing the account's e-mail or mobile number through HTTP: only after a step-up, confirmed by a
 * code sent to the new address; the old address stops signing in and is told.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../testing/factories.ts';
import { lastSentTo, sentTo } from '../../testing/outbox.ts';
import { openTestApp, signIn, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let member: Awaited<ReturnType<typeof createMember>>;

beforeAll(async () => {
  t = await openTestApp();
  member = await createMember(t.deps, { email: 'lama@contoh.id', phone: '+6281311112222' });
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
/** The code in the newest message to `to` that has one (alerts without codes come and go too). */
const codeIn = async (to: string, channel: 'email' | 'sms') => {
  const withCode = (await sentTo(t.deps, to, channel)).find((m) => /\b\d{6}\b/.test(m.body));
  return /\b(\d{6})\b/.exec(withCode!.body)![1]!;
};

let minute = 0;
async function steppedUp(cookie: string): Promise<string> {
  // A minute apart, past the resend cool-down, well within the sessions' idle time.
  t.clock.set(new Date(Date.parse('2026-11-23T03:00:00Z') + ++minute * 61_000).toISOString());
  await call('POST', '/api/v1/me/step-up/code', cookie, { channel: 'sms' });
  const res = await call('POST', '/api/v1/me/step-up', cookie, {
    channel: 'sms',
    code: await codeIn(member.phone, 'sms'),
  });
  expect(res.statusCode).toBe(200);
  return `jmo_session=${res.cookies.find((c) => c.name === 'jmo_session')!.value}`;
}

describe('changing contact data', () => {
  it('needs a step-up first', async () => {
    const cookie = await signIn(t, member);
    expect((await call('GET', '/api/v1/me/contact', cookie)).json()).toEqual({
      maskedEmail: expect.stringMatching(/^l\*+a@contoh\.id$/),
      maskedPhone: expect.stringMatching(/2222$/),
    });
    const res = await call('POST', '/api/v1/me/contact', cookie, {
      channel: 'email',
      value: 'baru@contoh.id',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('step_up_required');
  });

  it('moves the e-mail once the code sent to the new address is entered, and tells the old one', async () => {
    const cookie = await steppedUp(await signIn(t, member));
    const bad = await call('POST', '/api/v1/me/contact', cookie, { channel: 'email', value: 'bukan-email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('value');

    const started = await call('POST', '/api/v1/me/contact', cookie, {
      channel: 'email',
      value: 'Baru@Contoh.id',
    });
    expect(started.statusCode).toBe(202);
    const { changeId } = started.json();
    const code = await codeIn('baru@contoh.id', 'email');
    const wrong = await call('POST', '/api/v1/me/contact/verify', cookie, {
      changeId,
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(422);

    const done = await call('POST', '/api/v1/me/contact/verify', cookie, { changeId, code });
    expect(done.statusCode).toBe(200);
    expect(done.json().maskedEmail).toMatch(/^b\*+u@contoh\.id$/);
    expect((await lastSentTo(t.deps, 'lama@contoh.id', 'email')).subject).toBe(
      'E-mail akun JMO Anda telah diganti',
    );

    await signIn(t, { email: 'baru@contoh.id', password: member.password });
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: 'lama@contoh.id', password: member.password },
    });
    expect(old.statusCode).toBe(401);
    const again = await call('POST', '/api/v1/me/contact/verify', cookie, { changeId, code });
    expect(again.json().code).toBe('contact_change_not_found');
    member.email = 'baru@contoh.id';
  });

  it('refuses a number another account uses, after its code, without saying so before', async () => {
    const other = await createMember(t.deps, { phone: '+6281399998888' });
    const cookie = await steppedUp(await signIn(t, member));
    const started = await call('POST', '/api/v1/me/contact', cookie, {
      channel: 'sms',
      value: '081399998888',
    });
    expect(started.statusCode).toBe(202);
    const res = await call('POST', '/api/v1/me/contact/verify', cookie, {
      changeId: started.json().changeId,
      code: await codeIn(other.phone, 'sms'),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('phone_already_used');
  });

  it('does not let another member finish my change', async () => {
    const cookie = await steppedUp(await signIn(t, member));
    const started = await call('POST', '/api/v1/me/contact', cookie, {
      channel: 'sms',
      value: '081355556666',
    });
    const stranger = await createMember(t.deps);
    const res = await call('POST', '/api/v1/me/contact/verify', await signIn(t, stranger), {
      changeId: started.json().changeId,
      code: await codeIn('+6281355556666', 'sms'),
    });
    expect(res.json().code).toBe('contact_change_not_found');
  });
});
