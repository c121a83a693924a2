/**
 * Self-unblock: a member whose sign-in is blocked after wrong passwords proves they hold both the
 * account's e-mail and its phone with a code sent to each, and the block is lifted at once — no
 * branch visit. Answers are the same whether or not the identifier has an account.
 */
import type { Locale } from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { unblockCodeEmail, unblockCodeSms } from '../accounts/messages.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import { CODE_TTL_MINUTES, checkCode, consumeCodes, issueCode } from '../accounts/verification-codes.ts';
import { findAccountByIdentifier } from './identifier.ts';
import { clearThrottles } from './throttle.repository.ts';

/** Send unblock codes to the account's e-mail and phone, if there is such an account. */
export async function requestUnblock(deps: Deps, identifier: string, locale: Locale): Promise<void> {
  const account = await findAccountByIdentifier(deps, identifier);
  if (!account) return;
  const language = account.locale ?? locale;
  const email = await issueCode(deps, { purpose: 'unblock', subjectId: account.id, channel: 'email' });
  if (email.ok && account.email_enc) {
    const message = unblockCodeEmail(email.value.code, CODE_TTL_MINUTES, language);
    await deps.mailer.send({ to: deps.pii.decrypt(account.email_enc), ...message, locale: language });
  }
  const sms = await issueCode(deps, { purpose: 'unblock', subjectId: account.id, channel: 'sms' });
  if (sms.ok && account.phone_enc) {
    await deps.sms.send({
      to: deps.pii.decrypt(account.phone_enc),
      text: unblockCodeSms(sms.value.code, CODE_TTL_MINUTES, language),
    });
  }
}

/** Both codes right: lift every sign-in block on the account's e-mail and phone. */
export async function confirmUnblock(
  deps: Deps,
  input: { identifier: string; emailCode: string; smsCode: string },
  context: { ip: string; locale: Locale },
): Promise<Outcome<true, 'code_invalid' | 'code_expired' | 'code_attempts_exhausted'>> {
  const account = await findAccountByIdentifier(deps, input.identifier);
  if (!account)
    return { ok: false, error: 'code_invalid', errors: [{ path: 'emailCode', message: 'e-mail' }] };
  const ids: string[] = [];
  for (const [channel, code] of [
    ['email', input.emailCode],
    ['sms', input.smsCode],
  ] as const) {
    const checked = await checkCode(
      deps,
      { purpose: 'unblock', subjectId: account.id, channel },
      code,
      context.locale,
    );
    if (!checked.ok) return checked;
    ids.push(checked.value);
  }
  const indexes = [account.email_index, account.phone_index].filter((b): b is Buffer => b !== null);
  await deps.db.transaction().execute(async (trx) => {
    await clearThrottles(trx, indexes);
    await consumeCodes(trx, ids, deps.clock.now());
  });
  await recordSecurityEvent(deps, { kind: 'account_unblocked', userId: account.id, ip: context.ip });
  return { ok: true, value: true };
}
