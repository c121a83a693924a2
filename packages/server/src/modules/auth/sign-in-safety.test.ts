/**
 * Sign-in safety through HTTP: wrong passwords slow an identifier down and then block it with a
 * time, identically for unknown identifiers; the member lifts the block with codes from both
 * e-mail and SMS; a new device triggers an alert; the member sees their own sign-in history with
 * masked addresses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../testing/factories.ts';
import { lastSentTo, sentTo } from '../../testing/outbox.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let ipCounter = 0;
beforeAll(async () => {
  t = await openTestApp({
    env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1000', REGISTRATION_RATE_LIMIT_PER_MINUTE: '1000' },
  });
});
afterAll(() => t.close());

const ANDROID =
  'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';
const login = (identifier: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { identifier, password },
    headers: { 'user-agent': ANDROID, ...headers },
    remoteAddress: `10.2.${++ipCounter % 250}.7`,
  });
const advance = (seconds: number) =>
  t.clock.set(new Date(t.clock.now().getTime() + seconds * 1000).toISOString());
const code = async (to: string) => /\b(\d{6})\b/.exec((await lastSentTo(t.deps, to)).body)![1]!;

/** Fail `n` times, waiting out each slow-down, and return the last answer. */
async function failTimes(identifier: string, n: number) {
  let last: Awaited<ReturnType<typeof login>> | undefined;
  for (let i = 0; i < n; i++) {
    last = await login(identifier, 'wrong password here');
    if (last.statusCode === 429) {
      advance(Number(last.headers['retry-after']));
      last = await login(identifier, 'wrong password here');
    }
    advance(1);
  }
  return last!;
}

describe('throttling wrong passwords', () => {
  it('slows down after a few failures, telling when to retry', async () => {
    const m = await createMember(t.deps);
    for (let i = 0; i < 3; i++) expect((await login(m.email, 'nope nope nope')).statusCode).toBe(401);
    const slowed = await login(m.email, m.password);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json()).toMatchObject({ code: 'login_slowed_down', retryAt: expect.any(String) });
    expect(Number(slowed.headers['retry-after'])).toBe(5);
    advance(5);
    expect((await login(m.email, m.password)).statusCode).toBe(200);
  });

  it('blocks at the tenth failure until a stated time, for unknown identifiers alike', async () => {
    const m = await createMember(t.deps);
    const known = await failTimes(m.email, 10);
    const unknown = await failTimes('nobody-here@test.jmo.id', 10);
    for (const res of [known, unknown]) {
      expect(res.statusCode).toBe(423);
      expect(res.json()).toMatchObject({ code: 'account_blocked', retryAt: expect.any(String) });
    }
    expect((await login(m.email, m.password)).json().code).toBe('account_blocked');
    advance(3600);
    expect((await login(m.email, m.password)).statusCode).toBe(200);
  });

  it('lets the member lift a block with codes sent to both e-mail and phone', async () => {
    const m = await createMember(t.deps);
    await failTimes(m.phone, 10);
    expect((await login(m.phone, m.password)).statusCode).toBe(423);

    const request = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/unblock',
      payload: { identifier: m.phone },
    });
    expect(request.statusCode).toBe(202);
    const nobody = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/unblock',
      payload: { identifier: 'ghost@test.jmo.id' },
    });
    expect(nobody.statusCode).toBe(202);
    expect(nobody.json()).toEqual(request.json());

    const verify = (emailCode: string, smsCode: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/unblock/verify',
        payload: { identifier: m.phone, emailCode, smsCode },
      });
    const wrong = await verify('000000', await code(m.phone));
    expect([422, 204]).toContain(wrong.statusCode); // '000000' may, once in a million, be right
    expect((await verify(await code(m.email), await code(m.phone))).statusCode).toBe(204);
    expect((await login(m.email, m.password)).statusCode).toBe(200);
  });
});

describe('new devices and history', () => {
  it('alerts on a sign-in from a new device, not from a known one, and shows a masked history', async () => {
    const m = await createMember(t.deps);
    const first = await login(m.email, m.password);
    const device = first.cookies.find((c) => c.name === 'jmo_device')!;
    expect(device).toMatchObject({ httpOnly: true });
    expect(await sentTo(t.deps, m.email)).toHaveLength(0); // the first device is not "new"

    await login(m.email, m.password, { cookie: `jmo_device=${device.value}` });
    expect(await sentTo(t.deps, m.email)).toHaveLength(0);

    await login(m.email, 'a wrong guess here');
    const other = await login(m.email, m.password, {
      'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/120.0',
    });
    expect(other.statusCode).toBe(200);
    expect((await lastSentTo(t.deps, m.email)).subject).toMatch(/perangkat|Login baru/i);
    expect((await lastSentTo(t.deps, m.phone)).body).toMatch(/Firefox · Windows/);

    const session = other.cookies.find((c) => c.name === 'jmo_session')!.value;
    const history = await t.app.inject({
      url: '/api/v1/me/security-events',
      headers: { cookie: `jmo_session=${session}` },
    });
    const kinds = history.json().events.map((e: { kind: string }) => e.kind);
    expect(kinds.slice(0, 4)).toEqual(['new_device', 'login_succeeded', 'login_failed', 'login_succeeded']);
    expect(history.json().events[0]).toMatchObject({
      ip: expect.stringMatching(/^10\.2\.x\.x$/),
      device: 'Firefox · Windows',
    });
  });
});
