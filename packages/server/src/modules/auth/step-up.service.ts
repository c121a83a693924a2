/**
 * Step-up: a signed-in member proves again that they hold their phone, e-mail or passkey before a
 * sensitive action (changing the password, contact data or bank account; submitting a claim). The
 * session is then replaced by a fresh one — a new token, so a token seen before the step-up never
 * carries its privilege — marked stepped-up for `STEP_UP_MINUTES`.
 */
import { checkNewPassword, type Locale, type PasskeyAssertionBody, passwordReasonMessage } from '@jmo/core';
import type { Principal } from '../../http/access.ts';
import { hashToken } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { hashPassword } from '../../security/password.ts';
import { passwordChangedNotice, stepUpCodeEmail, stepUpCodeSms } from '../accounts/messages.ts';
import { notifyChannels } from '../accounts/notify.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import {
  type Channel,
  CODE_TTL_MINUTES,
  checkCode,
  consumeCodes,
  issueCode,
} from '../accounts/verification-codes.ts';
import { createSession } from './auth.service.ts';
import { verifyPasskeyStepUp } from './passkeys.service.ts';

export const STEP_UP_MINUTES = 5;

export async function stepUpStatus(deps: Deps, principal: Principal) {
  const [session, passkey] = await Promise.all([
    deps.db
      .selectFrom('sessions')
      .select('stepped_up_until')
      .where('token_hash', '=', principal.sessionTokenHash)
      .executeTakeFirst(),
    deps.db.selectFrom('passkeys').select('id').where('user_id', '=', principal.userId).executeTakeFirst(),
  ]);
  const until = session?.stepped_up_until;
  return {
    steppedUpUntil: until && until > deps.clock.now() ? until.toISOString() : null,
    hasPasskey: passkey !== undefined,
  };
}

/** Whether this session stepped up within the last few minutes. */
export async function isSteppedUp(deps: Deps, principal: Principal): Promise<boolean> {
  return (await stepUpStatus(deps, principal)).steppedUpUntil !== null;
}

export async function sendStepUpCode(
  deps: Deps,
  principal: Principal,
  channel: Channel,
  locale: Locale,
): Promise<Outcome<{ resendAt: Date; expiresAt: Date }, 'code_resend_too_soon' | 'code_send_limit_reached'>> {
  const account = await deps.db
    .selectFrom('user_accounts')
    .select(['email_enc', 'phone_enc', 'locale'])
    .where('id', '=', principal.userId)
    .executeTakeFirstOrThrow();
  const issued = await issueCode(deps, { purpose: 'step_up', subjectId: principal.userId, channel });
  if (!issued.ok) return issued;
  const { code } = issued.value;
  if (channel === 'sms' && account.phone_enc) {
    await deps.sms.send({
      to: deps.pii.decrypt(account.phone_enc),
      text: stepUpCodeSms(code, CODE_TTL_MINUTES, locale),
    });
  } else if (channel === 'email' && account.email_enc) {
    const to = deps.pii.decrypt(account.email_enc);
    await deps.mailer.send({ to, ...stepUpCodeEmail(code, CODE_TTL_MINUTES, locale), locale });
  }
  return { ok: true, value: { resendAt: issued.value.resendAt, expiresAt: issued.value.expiresAt } };
}

export type StepUpProof = { channel: Channel; code: string } | { passkey: PasskeyAssertionBody };

/** Check the proof; on success the session is rotated and the new one is stepped-up. */
export async function confirmStepUp(
  deps: Deps,
  principal: Principal,
  proof: StepUpProof,
  context: { ip: string; locale: Locale },
): Promise<
  Outcome<
    { token: string; expiresAt: Date; steppedUpUntil: Date },
    'code_invalid' | 'code_expired' | 'code_attempts_exhausted' | 'passkey_expired' | 'passkey_not_recognised'
  >
> {
  let codeId: string | null = null;
  if ('passkey' in proof) {
    const checked = await verifyPasskeyStepUp(deps, principal.userId, proof.passkey);
    if (!checked.ok) return checked;
  } else {
    const checked = await checkCode(
      deps,
      { purpose: 'step_up', subjectId: principal.userId, channel: proof.channel },
      proof.code,
      context.locale,
    );
    if (!checked.ok) return checked;
    codeId = checked.value;
  }
  const now = deps.clock.now();
  const steppedUpUntil = new Date(now.getTime() + STEP_UP_MINUTES * 60_000);
  const old = await deps.db
    .deleteFrom('sessions')
    .where('token_hash', '=', principal.sessionTokenHash)
    .returning(['device_label', 'ip'])
    .executeTakeFirst();
  const session = await createSession(deps, principal.userId, {
    device: old?.device_label ?? null,
    ip: context.ip,
  });
  await deps.db
    .updateTable('sessions')
    .set({ stepped_up_until: steppedUpUntil })
    .where('token_hash', '=', hashToken(session.token))
    .execute();
  if (codeId) await consumeCodes(deps.db, [codeId], now);
  await recordSecurityEvent(deps, {
    kind: 'stepped_up',
    userId: principal.userId,
    ip: context.ip,
    detail: { method: 'passkey' in proof ? 'passkey' : proof.channel },
  });
  return { ok: true, value: { ...session, steppedUpUntil } };
}

/**
 * Change the password of a signed-in member who has just stepped up. Every other device is signed
 * out; both channels get a notice.
 */
export async function changePassword(
  deps: Deps,
  principal: Principal,
  newPassword: string,
  context: { ip: string; locale: Locale },
): Promise<Outcome<true, 'step_up_required' | 'invalid_request'>> {
  if (!(await isSteppedUp(deps, principal))) return { ok: false, error: 'step_up_required' };
  const account = await deps.db
    .selectFrom('user_accounts as u')
    .innerJoin('people as p', 'p.id', 'u.person_id')
    .select(['u.email_enc', 'u.phone_enc', 'u.locale', 'p.full_name'])
    .where('u.id', '=', principal.userId)
    .executeTakeFirstOrThrow();
  const personal = [
    account.full_name,
    ...(account.email_enc ? [deps.pii.decrypt(account.email_enc)] : []),
    ...(account.phone_enc ? [deps.pii.decrypt(account.phone_enc)] : []),
  ];
  const checked = checkNewPassword(newPassword, { personal });
  if (!checked.ok) {
    return {
      ok: false,
      error: 'invalid_request',
      errors: [{ path: 'newPassword', message: passwordReasonMessage(checked.error, context.locale) }],
    };
  }
  const hash = await hashPassword(newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user_accounts')
      .set({ password_hash: hash })
      .where('id', '=', principal.userId)
      .execute();
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', principal.userId)
      .where('token_hash', '!=', principal.sessionTokenHash)
      .execute();
  });
  await recordSecurityEvent(deps, { kind: 'password_changed', userId: principal.userId, ip: context.ip });
  await notifyChannels(deps, account, passwordChangedNotice(account.locale));
  return { ok: true, value: true };
}
