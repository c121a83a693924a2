/**
 * "Lupa kata sandi": the member chooses a single-use link by e-mail or a code by SMS; either proves
 * they hold a channel of the account, and the new password (the same policy as registration) ends
 * every session and lifts any sign-in block. Requests answer alike whether or not the account exists.
 */
import { createHash, randomBytes } from 'node:crypto';
import { checkNewPassword, type Locale, passwordReasonMessage } from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { hashPassword } from '../../security/password.ts';
import { passwordChangedNotice, passwordResetEmail, passwordResetSms } from '../accounts/messages.ts';
import { notifyChannels } from '../accounts/notify.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import { CODE_TTL_MINUTES, checkCode, consumeCodes, issueCode } from '../accounts/verification-codes.ts';
import { findAccountByIdentifier } from './identifier.ts';
import { clearThrottles } from './throttle.repository.ts';

const LINK_TTL_MINUTES = 30;
const hashResetToken = (token: string): Buffer => createHash('sha256').update(`reset:${token}`).digest();

export async function requestPasswordReset(
  deps: Deps,
  input: { identifier: string; channel: 'email' | 'sms' },
  context: { publicUrl: string },
): Promise<void> {
  const account = await findAccountByIdentifier(deps, input.identifier);
  if (!account) return;
  const now = deps.clock.now();
  if (input.channel === 'email' && account.email_enc) {
    const token = randomBytes(32).toString('base64url');
    await deps.db
      .insertInto('password_reset_tokens')
      .values({
        id: deps.newId(),
        user_id: account.id,
        token_hash: hashResetToken(token),
        created_at: now,
        expires_at: new Date(now.getTime() + LINK_TTL_MINUTES * 60_000),
      })
      .execute();
    const link = `${context.publicUrl}/lupa-password/atur?token=${token}`;
    const message = passwordResetEmail(link, LINK_TTL_MINUTES, account.locale);
    await deps.mailer.send({ to: deps.pii.decrypt(account.email_enc), ...message, locale: account.locale });
  } else if (input.channel === 'sms' && account.phone_enc) {
    const issued = await issueCode(deps, {
      purpose: 'password_reset',
      subjectId: account.id,
      channel: 'sms',
    });
    if (issued.ok) {
      await deps.sms.send({
        to: deps.pii.decrypt(account.phone_enc),
        text: passwordResetSms(issued.value.code, CODE_TTL_MINUTES, account.locale),
      });
    }
  }
}

export async function confirmPasswordReset(
  deps: Deps,
  input: { newPassword: string } & ({ token: string } | { identifier: string; code: string }),
  context: { ip: string; locale: Locale },
): Promise<
  Outcome<
    true,
    'reset_link_invalid' | 'code_invalid' | 'code_expired' | 'code_attempts_exhausted' | 'invalid_request'
  >
> {
  const now = deps.clock.now();
  let userId: string;
  let proof: { tokenId: string } | { codeId: string };
  if ('token' in input) {
    const row = await deps.db
      .selectFrom('password_reset_tokens')
      .select(['id', 'user_id'])
      .where('token_hash', '=', hashResetToken(input.token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    if (!row) return { ok: false, error: 'reset_link_invalid' };
    userId = row.user_id;
    proof = { tokenId: row.id };
  } else {
    const account = await findAccountByIdentifier(deps, input.identifier);
    if (!account) return { ok: false, error: 'code_invalid', errors: [{ path: 'code', message: 'SMS' }] };
    const checked = await checkCode(
      deps,
      { purpose: 'password_reset', subjectId: account.id, channel: 'sms' },
      input.code,
      context.locale,
    );
    if (!checked.ok) {
      return {
        ...checked,
        ...(checked.errors ? { errors: checked.errors.map((e) => ({ ...e, path: 'code' })) } : {}),
      };
    }
    userId = account.id;
    proof = { codeId: checked.value };
  }

  const account = await deps.db
    .selectFrom('user_accounts as u')
    .innerJoin('people as p', 'p.id', 'u.person_id')
    .select(['u.locale', 'u.email_enc', 'u.email_index', 'u.phone_enc', 'u.phone_index', 'p.full_name'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  const contacts = [account.email_enc, account.phone_enc].flatMap((c) => (c ? [deps.pii.decrypt(c)] : []));
  const password = checkNewPassword(input.newPassword, { personal: [account.full_name, ...contacts] });
  if (!password.ok) {
    return {
      ok: false,
      error: 'invalid_request',
      errors: [{ path: 'newPassword', message: passwordReasonMessage(password.error, context.locale) }],
    };
  }
  const passwordHash = await hashPassword(password.value);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user_accounts')
      .set({ password_hash: passwordHash })
      .where('id', '=', userId)
      .execute();
    // Whoever knew the old password is signed out everywhere.
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    if ('tokenId' in proof) {
      await trx
        .updateTable('password_reset_tokens')
        .set({ used_at: now })
        .where('id', '=', proof.tokenId)
        .execute();
    } else {
      await consumeCodes(trx, [proof.codeId], now);
    }
    await clearThrottles(
      trx,
      [account.email_index, account.phone_index].filter((b): b is Buffer => b !== null),
    );
  });
  await recordSecurityEvent(deps, { kind: 'password_reset', userId, ip: context.ip });
  await notifyChannels(deps, account, passwordChangedNotice(account.locale));
  return { ok: true, value: true };
}
