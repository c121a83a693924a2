/** Addresses, the e-mailed token and the "send again" of the password reset flow ("Lupa Kata Sandi"). */
import type { ApiError, ResetChannel } from '../../api.ts';
import { api } from '../../api.ts';
import { defaultResendAt } from '../../components/Codes.tsx';

/** Step 1, with the account typed on the sign-in page filled in. */
export function resetPath(identifier: string): string {
  return identifier ? `/lupa-password?akun=${encodeURIComponent(identifier)}` : '/lupa-password';
}

/** Step 2 after choosing SMS (the code and the new password), or e-mail (open the link). */
export function resetSentPath(identifier: string, channel: ResetChannel): string {
  return `/lupa-password/${channel === 'sms' ? 'kode' : 'email'}?akun=${encodeURIComponent(identifier)}`;
}

/** Where the e-mailed link lands: `/lupa-password/atur?token=…`, shown without the token. */
export const RESET_LINK_PATH = '/lupa-password/atur';

const TOKEN_KEY = 'jmo.lupa-password';

/**
 * The e-mailed token is taken out of the address bar (so it is not left in the history or seen over
 * a shoulder) and kept for this tab only, so a reload still works. Forgotten once used.
 */
export function saveResetToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage blocked: the token lives in memory for this visit.
  }
}

export function loadResetToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || null;
  } catch {
    return null;
  }
}

/**
 * Sends the link or code again. The answer carries no time: the usual cool-down applies, or the
 * server's `retryAt` when it refuses. Returns the problem, if any.
 */
export async function sendAgain(
  identifier: string,
  channel: ResetChannel,
  onResendAt: (resendAt: string) => void,
): Promise<ApiError | null> {
  const result = await api.requestPasswordReset({ identifier, channel });
  if (result.ok) {
    onResendAt(defaultResendAt());
    return null;
  }
  if (result.error.kind === 'problem' && result.error.retryAt) onResendAt(result.error.retryAt);
  return result.error;
}
