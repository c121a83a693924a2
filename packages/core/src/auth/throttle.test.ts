/**
 * Wrong passwords slow an identifier down step by step, then block it for an hour with a time the
 * member is told; a block is never permanent, and attackers get at most a handful of tries an hour.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  delayAfter,
  FRESH,
  THROTTLE_POLICY,
  type ThrottleState,
  throttleDecision,
} from './throttle.ts';

const t0 = new Date('2026-11-23T03:00:00Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);

function fail(times: number, start = 0, spacing = 0): ThrottleState {
  let state = FRESH;
  for (let i = 0; i < times; i++) state = afterFailure(state, at(start + i * spacing));
  return state;
}

describe('throttle', () => {
  it('lets the first two mistakes pass, then slows down', () => {
    expect(throttleDecision(fail(2), at(0))).toEqual({ kind: 'allowed' });
    expect(throttleDecision(fail(3), at(1))).toEqual({ kind: 'slowed_down', retryAt: at(5) });
    expect(throttleDecision(fail(3), at(5))).toEqual({ kind: 'allowed' });
    expect(delayAfter(4)).toBe(15);
    expect(delayAfter(9)).toBe(300);
  });

  it('blocks for an hour at the tenth failure, and says until when', () => {
    const state = fail(10);
    expect(throttleDecision(state, at(60))).toEqual({ kind: 'blocked', until: at(3600) });
    expect(throttleDecision(state, at(3600)).kind).not.toBe('blocked');
    expect(afterFailure(state, at(3600)).blockedUntil).toEqual(at(7200));
  });

  it('never allows more than the policy in any hour, however the attempts are spaced (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }), (gaps) => {
        let state = FRESH;
        let now = 0;
        let tries = 0;
        for (const gap of gaps) {
          now += gap;
          if (throttleDecision(state, at(now)).kind === 'allowed') {
            state = afterFailure(state, at(now));
            tries++;
          }
        }
        const firstHourCap = THROTTLE_POLICY.blockAfterFailures + Math.ceil(now / 3600);
        expect(tries).toBeLessThanOrEqual(firstHourCap);
      }),
    );
  });
});
