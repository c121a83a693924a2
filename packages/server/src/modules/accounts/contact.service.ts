/**
 * The account's e-mail and mobile number, and changing them: only after a step-up, and only once a
 * code sent to the NEW address is entered (a typo cannot lock the member out). The old address is
 * told; it stops signing in at once.
 */
import { idReasonMessage, type Locale, maskEmail, maskPhone, parseEmail, parsePhone } from '@jmo/core';
import type { Principal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { isSteppedUp } from '../auth/step-up.service.ts';
import { clearThrottles } from '../auth/throttle.repository.ts';
import { contactChangeCodeEmail, contactChangeCodeSms, contactChangedAlert } from './messages.ts';
import { notify } from './notify.ts';
import { recordSecurityEvent } from './security-events.ts';
import { CODE_TTL_MINUTES, checkCode, consumeCodes, issueCode } from './verification-codes.ts';

/** How long a started change waits for its code (a few resends fit in). */
const CHANGE_TTL_MINUTES = 30;

type Channel = 'email' | 'sms';
const COLUMNS = {
  email: { enc: 'email_enc', index: 'email_index' },
  sms: { enc: 'phone_enc', index: 'phone_index' },
} as const;

export async function contactOf(deps: Deps, userId: string) {
  const account = await deps.db
    .selectFrom('user_accounts')
    .select(['email_enc', 'phone_enc'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    maskedEmail: account.email_enc ? maskEmail(deps.pii.decrypt(account.email_enc)) : null,
    maskedPhone: account.phone_enc ? maskPhone(deps.pii.decrypt(account.phone_enc)) : null,
  };
}

/** E-mail lower-cased, phone in E.164: as sign-in looks them up. */
function normalise(channel: Channel, value: string, locale: Locale): Outcome<string, 'invalid_request'> {
  const parsed = channel === 'email' ? parseEmail(value) : parsePhone(value);
  if (!parsed.ok) {
    return {
      ok: false,
      error: 'invalid_request',
      errors: [{ path: 'value', message: idReasonMessage(parsed.error, locale) }],
    };
  }
  return { ok: true, value: 'email' in parsed.value ? parsed.value.email.toLowerCase() : parsed.value.e164 };
}

/** The account's e-mail and phone in clear, for a service that works on the member's own data. */
export async function currentContact(
  deps: Deps,
  userId: string,
): Promise<{ email: string | null; phone: string | null }> {
  const account = await deps.db
    .selectFrom('user_accounts')
    .select(['email_enc', 'phone_enc'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    email: account.email_enc ? deps.pii.decrypt(account.email_enc) : null,
    phone: account.phone_enc ? deps.pii.decrypt(account.phone_enc) : null,
  };
}

type StartedChange = { changeId: string; sentTo: string; codesExpireAt: Date; resendAvailableAt: Date };
type StartError = 'invalid_request' | 'code_resend_too_soon' | 'code_send_limit_reached';

export async function startContactChange(
  deps: Deps,
  principal: Principal,
  input: { channel: Channel; value: string },
  locale: Locale,
): Promise<Outcome<StartedChange, 'step_up_required' | StartError>> {
  if (!(await isSteppedUp(deps, principal))) return { ok: false, error: 'step_up_required' };
  return sendContactChangeCode(deps, principal, input, locale);
}

/**
 * The change itself, for callers that have proved who is asking in their own way (a step-up here;
 * the data update also accepts the face check passed moments before): stores the pending address and
 * sends its code there. `confirmContactChange` completes it.
 */
export async function sendContactChangeCode(
  deps: Deps,
  principal: Principal,
  input: { channel: Channel; value: string },
  locale: Locale,
): Promise<Outcome<StartedChange, StartError>> {
  const value = normalise(input.channel, input.value, locale);
  if (!value.ok) return value;
  const now = deps.clock.now();
  const changeId = deps.newId();
  await deps.db
    .insertInto('contact_changes')
    .values({
      id: changeId,
      user_id: principal.userId,
      channel: input.channel,
      value_enc: deps.pii.encrypt(value.value),
      created_at: now,
      expires_at: new Date(now.getTime() + CHANGE_TTL_MINUTES * 60_000),
    })
    .execute();
  const issued = await issueCode(deps, {
    purpose: 'contact_change',
    subjectId: changeId,
    channel: input.channel,
  });
  if (!issued.ok) return issued;
  const { code } = issued.value;
  if (input.channel === 'email') {
    await deps.mailer.send({
      to: value.value,
      ...contactChangeCodeEmail(code, CODE_TTL_MINUTES, locale),
      locale,
    });
  } else {
    await deps.sms.send({ to: value.value, text: contactChangeCodeSms(code, CODE_TTL_MINUTES, locale) });
  }
  return {
    ok: true,
    value: {
      changeId,
      sentTo: input.channel === 'email' ? maskEmail(value.value) : maskPhone(value.value),
      codesExpireAt: issued.value.expiresAt,
      resendAvailableAt: issued.value.resendAt,
    },
  };
}

export async function confirmContactChange(
  deps: Deps,
  principal: Principal,
  input: { changeId: string; code: string },
  context: { ip: string; locale: Locale },
): Promise<
  Outcome<
    { maskedEmail: string | null; maskedPhone: string | null },
    | 'contact_change_not_found'
    | 'code_invalid'
    | 'code_expired'
    | 'code_attempts_exhausted'
    | 'email_already_used'
    | 'phone_already_used'
  >
> {
  const now = deps.clock.now();
  const change = await deps.db
    .selectFrom('contact_changes')
    .selectAll()
    .where('id', '=', input.changeId)
    .where('user_id', '=', principal.userId)
    .where('completed_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!change) return { ok: false, error: 'contact_change_not_found' };
  const checked = await checkCode(
    deps,
    { purpose: 'contact_change', subjectId: change.id, channel: change.channel },
    input.code,
    context.locale,
  );
  if (!checked.ok) return checked;

  const value = deps.pii.decrypt(change.value_enc);
  const kind = change.channel === 'email' ? 'email' : 'phone';
  const index = deps.pii.blindIndex(kind, value);
  const column = COLUMNS[change.channel];
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('user_accounts')
      .select('id')
      .where(column.index, '=', index)
      .where('id', '!=', principal.userId)
      .executeTakeFirst();
    if (taken)
      return change.channel === 'email' ? ('email_already_used' as const) : ('phone_already_used' as const);
    const old = await trx
      .selectFrom('user_accounts')
      .select([column.enc, column.index, 'locale'])
      .where('id', '=', principal.userId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('user_accounts')
      .set({ [column.enc]: deps.pii.encrypt(value), [column.index]: index })
      .where('id', '=', principal.userId)
      .execute();
    await trx.updateTable('contact_changes').set({ completed_at: now }).where('id', '=', change.id).execute();
    await consumeCodes(trx, [checked.value], now);
    const oldIndex = old[column.index];
    if (oldIndex) await clearThrottles(trx, [oldIndex]);
    const oldEnc = old[column.enc];
    return { oldAddress: oldEnc ? deps.pii.decrypt(oldEnc) : null, locale: old.locale };
  });
  if (typeof outcome === 'string') return { ok: false, error: outcome };

  const masked = change.channel === 'email' ? maskEmail(value) : maskPhone(value);
  await recordSecurityEvent(deps, {
    kind: 'contact_changed',
    userId: principal.userId,
    ip: context.ip,
    detail: { channel: change.channel, to: masked },
  });
  // The replaced address hears of it on its own channel: whoever holds it may not be the member.
  if (outcome.oldAddress) {
    await notify(
      deps,
      {
        email: change.channel === 'email' ? outcome.oldAddress : null,
        phone: change.channel === 'sms' ? outcome.oldAddress : null,
        locale: outcome.locale,
      },
      contactChangedAlert(change.channel, masked, outcome.locale),
    );
  }
  return { ok: true, value: await contactOf(deps, principal.userId) };
}
