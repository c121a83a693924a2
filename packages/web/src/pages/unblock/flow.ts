/** Addresses and times of the unblock flow, shared by its steps and the sign-in page. */
import { VERIFICATION_POLICY } from '@jmo/core/verification/policy';

/** Step 1, with the account typed on the sign-in page filled in. */
export function unblockPath(identifier: string): string {
  return identifier ? `/buka-blokir?akun=${encodeURIComponent(identifier)}` : '/buka-blokir';
}

/** Step 2: the codes for this account. */
export function unblockCodesPath(identifier: string): string {
  return `/buka-blokir/kode?akun=${encodeURIComponent(identifier)}`;
}

/** When the server gives no time, a resend is possible after the usual cool-down (60 s). */
export function defaultResendAt(now = Date.now()): string {
  return new Date(now + VERIFICATION_POLICY.resendCooldownSeconds * 1000).toISOString();
}
