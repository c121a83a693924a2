/**
 * Sign-in for the walking skeleton: e-mail or mobile number, an httpOnly SameSite cookie holding an
 * opaque token (stored hashed), idle expiry, sign-out, and throttled guessing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, SESSION_SLIDE_MS } from '../../http/access.ts';
import { createMember } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let member: Awaited<ReturnType<typeof createMember>>;
beforeAll(async () => {
  t = await openTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '8' } });
  member = await createMember(t.deps, {
    fullName: 'Agus Salim',
    nik: '1271011203850002',
    phone: '+6281234567890',
  });
});
afterAll(() => t.close());

const login = (identifier: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { identifier, password },
    remoteAddress: ip,
  });

describe('login', () => {
  it('signs in by e-mail with an httpOnly, SameSite session cookie and returns a masked profile', async () => {
    const res = await login(member.email, member.password);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      fullName: 'Agus Salim',
      maskedNik: expect.stringMatching(/0002$/),
      locale: 'id',
    });
    expect(res.body).not.toContain(member.nik);
    const cookie = res.cookies.find((c) => c.name === 'jmo_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const stored = await t.deps.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.some((s) => s.token_hash.toString('base64url') === cookie.value)).toBe(false);
  });

  it('signs in by mobile number in national form', async () => {
    expect((await login('0812-3456-7890', member.password, '10.0.0.2')).statusCode).toBe(200);
  });

  it('refuses a wrong password or unknown account with the same answer', async () => {
    const wrong = await login(member.email, 'not the password', '10.0.0.3');
    const unknown = await login('nobody@test.jmo.id', 'whatever', '10.0.0.3');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'invalid_credentials' });
    }
    expect(wrong.json().title).toBe(unknown.json().title);
  });

  it('ends the session on sign-out and after the idle timeout', async () => {
    const first = await login(member.email, member.password, '10.0.0.4');
    const cookie = `jmo_session=${first.cookies[0]!.value}`;
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);

    const second = await login(member.email, member.password, '10.0.0.4');
    const cookie2 = `jmo_session=${second.cookies[0]!.value}`;
    t.clock.set(new Date(t.clock.now().getTime() + 31 * 60_000).toISOString());
    const expired = await t.app.inject({ url: '/api/v1/me', headers: { cookie: cookie2 } });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('unauthenticated');
  });

  it('slides the idle expiry at most once a minute, so most signed-in reads write nothing', async () => {
    const res = await login(member.email, member.password, '10.0.0.5');
    const token = res.cookies.find((c) => c.name === 'jmo_session')!.value;
    const cookie = `jmo_session=${token}`;
    const session = () =>
      t.deps.db
        .selectFrom('sessions')
        .select(['last_seen_at', 'idle_expires_at'])
        .where('token_hash', '=', hashToken(token))
        .executeTakeFirstOrThrow();
    const signedIn = await session();
    const later = (ms: number) => t.clock.set(new Date(t.clock.now().getTime() + ms).toISOString());

    later(30_000);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(200);
    expect(await session()).toEqual(signedIn);

    later(SESSION_SLIDE_MS);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(200);
    const slid = await session();
    expect(slid.last_seen_at).toEqual(t.clock.now());
    expect(slid.idle_expires_at.getTime()).toBe(t.clock.now().getTime() + 30 * 60_000);

    // Idle for 29 minutes after the slide: still signed in, though 30 have passed since sign-in.
    later(29 * 60_000);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('throttles repeated attempts from one address', async () => {
    const statuses: number[] = [];
    // Different identifiers each time, so only the per-address limit is at work here.
    for (let i = 0; i < 10; i++)
      statuses.push((await login(`guess${i}@test.jmo.id`, 'guess', '10.9.9.9')).statusCode);
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
    const limited = await login(member.email, member.password, '10.9.9.9');
    expect(limited.json()).toMatchObject({ code: 'too_many_requests', status: 429 });
  });
});
