/**
 * Verification codes: expiry, a limited number of tries, a resend cool-down and an hourly cap,
 * each refusal saying when the member may try again.
 */
import { describe, expect, it } from 'vitest';
import { canAttempt, canSend, VERIFICATION_POLICY } from './policy.ts';

const t0 = new Date('2026-11-23T03:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const state = (over: Partial<Parameters<typeof canAttempt>[0]> = {}) => ({
  sentAt: t0,
  expiresAt: at(VERIFICATION_POLICY.ttlSeconds),
  attempts: 0,
  consumedAt: null,
  ...over,
});

describe('canAttempt', () => {
  it('allows tries until the code expires, runs out of tries, or is used', () => {
    expect(canAttempt(state(), at(10))).toEqual({ ok: true, value: 5 });
    expect(canAttempt(state({ attempts: 4 }), at(10))).toEqual({ ok: true, value: 1 });
    expect(canAttempt(state({ attempts: 5 }), at(10))).toMatchObject({ error: 'code_attempts_exhausted' });
    expect(canAttempt(state(), at(300))).toMatchObject({ error: 'code_expired' });
    expect(canAttempt(state({ consumedAt: at(5) }), at(10))).toMatchObject({ error: 'code_already_used' });
  });
});

describe('canSend', () => {
  it('sends the first code with a 5-minute expiry and a 60-second cool-down', () => {
    expect(canSend([], t0)).toEqual({ ok: true, value: { expiresAt: at(300), resendAt: at(60) } });
  });

  it('refuses a resend within the cool-down, saying when', () => {
    expect(canSend([t0], at(30))).toMatchObject({
      ok: false,
      error: 'code_resend_too_soon',
      retryAt: at(60),
    });
    expect(canSend([t0], at(60)).ok).toBe(true);
  });

  it('caps sends per hour, counting only the last hour', () => {
    const five = [0, 100, 200, 300, 400].map(at);
    expect(canSend(five, at(500))).toMatchObject({
      ok: false,
      error: 'code_send_limit_reached',
      retryAt: at(3600),
    });
    expect(canSend(five, at(3601)).ok).toBe(true);
  });
});
