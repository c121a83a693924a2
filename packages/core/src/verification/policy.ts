/**
 * One-time verification codes sent by e-mail or SMS: 6 digits, valid for 5 minutes, a few tries,
 * re-sendable after a cool-down and a limited number of times per hour. Pure decisions over
 * timestamps; the server stores only a hash of each code and feeds the state in.
 */
import { err, ok, type Result } from '../result.ts';

export const VERIFICATION_POLICY = {
  codeLength: 6,
  ttlSeconds: 5 * 60,
  maxAttempts: 5,
  resendCooldownSeconds: 60,
  maxSendsPerHour: 5,
} as const;

export type VerificationPolicy = typeof VERIFICATION_POLICY;

export interface CodeState {
  sentAt: Date;
  expiresAt: Date;
  attempts: number;
  consumedAt: Date | null;
}

export type AttemptRefusal = 'code_expired' | 'code_attempts_exhausted' | 'code_already_used';

/** May a typed code still be checked against this state? (Counting the attempt is the caller's.) */
export function canAttempt(state: CodeState, now: Date, policy: VerificationPolicy = VERIFICATION_POLICY) {
  if (state.consumedAt) return err<AttemptRefusal>('code_already_used');
  if (now >= state.expiresAt) return err<AttemptRefusal>('code_expired');
  if (state.attempts >= policy.maxAttempts) return err<AttemptRefusal>('code_attempts_exhausted');
  return ok(policy.maxAttempts - state.attempts);
}

export type SendRefusal = 'code_resend_too_soon' | 'code_send_limit_reached';

/**
 * May another code be sent? `recentSends` are the send times in the last hour (any order).
 * On refusal, `retryAt` says when it will be allowed.
 */
export function canSend(
  recentSends: readonly Date[],
  now: Date,
  policy: VerificationPolicy = VERIFICATION_POLICY,
): Result<{ expiresAt: Date; resendAt: Date }, SendRefusal> & { retryAt?: Date } {
  const hourAgo = now.getTime() - 3_600_000;
  const inWindow = recentSends
    .map((d) => d.getTime())
    .filter((t) => t > hourAgo)
    .sort((a, b) => a - b);
  const last = inWindow.at(-1);
  if (last !== undefined && now.getTime() - last < policy.resendCooldownSeconds * 1000) {
    return { ...err('code_resend_too_soon'), retryAt: new Date(last + policy.resendCooldownSeconds * 1000) };
  }
  if (inWindow.length >= policy.maxSendsPerHour) {
    return { ...err('code_send_limit_reached'), retryAt: new Date(inWindow[0]! + 3_600_000) };
  }
  return ok({
    expiresAt: new Date(now.getTime() + policy.ttlSeconds * 1000),
    resendAt: new Date(now.getTime() + policy.resendCooldownSeconds * 1000),
  });
}
