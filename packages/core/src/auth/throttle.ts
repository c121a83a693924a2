/**
 * Throttling repeated wrong passwords for one sign-in identifier (NIST SP 800-63B §5.2.2: limit
 * consecutive failures without locking victims out for good). The first two mistakes cost nothing;
 * then each try waits longer (5 s up to 5 min); the tenth consecutive failure blocks sign-in for an
 * hour, and each failure after that blocks again. A success, or the member unblocking themself with
 * codes sent to both their e-mail and phone, starts afresh.
 *
 * Keyed by identifier (e-mail or phone) rather than account, so an unknown identifier behaves
 * exactly like a known one and the answers reveal nothing.
 */
export const THROTTLE_POLICY = {
  freeFailures: 2,
  delaysSeconds: [5, 15, 30, 60, 120, 300, 300] as readonly number[],
  blockAfterFailures: 10,
  blockMinutes: 60,
} as const;

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date | null;
  blockedUntil: Date | null;
}

export const FRESH: ThrottleState = { failures: 0, lastFailureAt: null, blockedUntil: null };

export type ThrottleDecision =
  | { kind: 'allowed' }
  | { kind: 'slowed_down'; retryAt: Date }
  | { kind: 'blocked'; until: Date };

/** May this identifier try a password now? */
export function throttleDecision(state: ThrottleState, now: Date): ThrottleDecision {
  if (state.blockedUntil && now < state.blockedUntil) return { kind: 'blocked', until: state.blockedUntil };
  const wait = delayAfter(state.failures);
  if (wait > 0 && state.lastFailureAt) {
    const retryAt = new Date(state.lastFailureAt.getTime() + wait * 1000);
    if (now < retryAt) return { kind: 'slowed_down', retryAt };
  }
  return { kind: 'allowed' };
}

/** The state after one more wrong password at `now`. */
export function afterFailure(state: ThrottleState, now: Date): ThrottleState {
  const failures = state.failures + 1;
  const blocks = failures >= THROTTLE_POLICY.blockAfterFailures;
  return {
    failures,
    lastFailureAt: now,
    blockedUntil: blocks ? new Date(now.getTime() + THROTTLE_POLICY.blockMinutes * 60_000) : null,
  };
}

/** Seconds to wait after `failures` consecutive failures (before the block takes over). */
export function delayAfter(failures: number): number {
  if (failures <= THROTTLE_POLICY.freeFailures) return 0;
  const index = Math.min(
    failures - THROTTLE_POLICY.freeFailures - 1,
    THROTTLE_POLICY.delaysSeconds.length - 1,
  );
  return THROTTLE_POLICY.delaysSeconds[index]!;
}
