/**
 * A notice to every channel an account has (security alerts: a new device, a changed password, a
 * recovery). One channel that cannot deliver does not stop the other, nor the action it reports.
 */
import type { Locale } from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';

export interface Reachable {
  email_enc: Buffer | null;
  phone_enc: Buffer | null;
  locale: Locale;
}

export interface Notice {
  email: { subject: string; text: string };
  sms: string;
}

/** To an account's stored (encrypted) e-mail and phone. */
export function notifyChannels(
  deps: Pick<Deps, 'pii' | 'mailer' | 'sms'>,
  account: Reachable,
  notice: Notice,
): Promise<void> {
  const { pii } = deps;
  return notify(
    deps,
    {
      email: account.email_enc ? pii.decrypt(account.email_enc) : null,
      phone: account.phone_enc ? pii.decrypt(account.phone_enc) : null,
      locale: account.locale,
    },
    notice,
  );
}

/** To addresses in clear (an e-mail, an E.164 phone), either of which may be missing. */
export async function notify(
  deps: Pick<Deps, 'mailer' | 'sms'>,
  to: { email: string | null; phone: string | null; locale: Locale },
  notice: Notice,
): Promise<void> {
  await Promise.allSettled([
    to.email ? deps.mailer.send({ to: to.email, ...notice.email, locale: to.locale }) : undefined,
    to.phone ? deps.sms.send({ to: to.phone, text: notice.sms }) : undefined,
  ]);
}
