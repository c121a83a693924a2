/**
 * "Lupa akun": the member no longer knows which e-mail or number their account uses. A KPJ card
 * number with the NIK finds the account of the person holding that card; its channels are shown
 * masked; a code sent to the one the member chooses proves they hold it. Then they see how to sign in
 * (the proven channel in full, the other still masked: holding one channel must not hand over the
 * other) and set a new password, which ends every session and lifts any sign-in block.
 *
 * A KPJ + NIK that matches no account gets one answer, whatever was wrong, and counts towards a limit
 * per NIK and per address, so a stranger cannot walk through NIKs. A member who lost both channels
 * leaves a request for an officer, answered alike whether or not it matched.
 */
import { randomInt } from 'node:crypto';
import {
  type AccountRecoveryChannels,
  type AccountRecoveryCodeSent,
  type AccountRecoveryIdentifiers,
  type AccountRecoveryRequestBody,
  type AccountRecoveryRequestReceipt,
  checkNewPassword,
  dateInZone,
  idReasonMessage,
  isCalendarDate,
  type Locale,
  maskEmail,
  maskPhone,
  parseEmail,
  parseKpj,
  parseNik,
  parsePhone,
  passwordReasonMessage,
} from '@jmo/core';
import { MailDeliveryError } from '../../adapters/mail/mailer.ts';
import { SmsDeliveryError } from '../../adapters/sms/sms-sender.ts';
import type { Deps } from '../../lib/deps.ts';
import type { FieldError, Outcome } from '../../lib/outcome.ts';
import { hashPassword } from '../../security/password.ts';
import {
  accountRecoveredNotice,
  accountRecoveryCodeEmail,
  accountRecoveryCodeSms,
  accountRecoveryRequestAlert,
  accountRecoveryRequestReceipt,
} from '../accounts/messages.ts';
import { notifyChannels } from '../accounts/notify.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import {
  type Channel,
  CODE_TTL_MINUTES,
  checkCode,
  consumeCodes,
  issueCode,
} from '../accounts/verification-codes.ts';
import { clearThrottles } from './throttle.repository.ts';

/** Attempts per hour that matched nothing (or asked an officer) before the answer becomes "wait". */
export const RECOVERY_ATTEMPT_LIMITS = { perNik: 5, perAddress: 10, windowMs: 3_600_000 } as const;
/** Days an officer has to answer a request from a member who lost both channels. */
export const ACCOUNT_RECOVERY_SLA_DAYS = 3;

type Identity = { kpj: string; nik: string };
type Context = { ip: string; locale: Locale };
type Account = NonNullable<Awaited<ReturnType<typeof findRecoverableAccount>>>;
type IdentifyError = 'invalid_request' | 'recovery_attempts_limited' | 'recovery_data_mismatch';
type CodeError = 'code_invalid' | 'code_expired' | 'code_attempts_exhausted';

export async function lookUpAccountRecovery(
  deps: Deps,
  input: Identity,
  context: Context,
): Promise<Outcome<AccountRecoveryChannels, IdentifyError>> {
  const account = await identify(deps, input, context);
  if (!account.ok) return account;
  const { email_enc, phone_enc } = account.value;
  return {
    ok: true,
    value: {
      channels: [
        ...(email_enc ? [{ channel: 'email' as const, masked: maskEmail(deps.pii.decrypt(email_enc)) }] : []),
        ...(phone_enc ? [{ channel: 'sms' as const, masked: maskPhone(deps.pii.decrypt(phone_enc)) }] : []),
      ],
    },
  };
}

export async function sendAccountRecoveryCode(
  deps: Deps,
  input: Identity & { channel: Channel },
  context: Context,
): Promise<
  Outcome<
    AccountRecoveryCodeSent,
    | IdentifyError
    | 'recovery_channel_unavailable'
    | 'code_resend_too_soon'
    | 'code_send_limit_reached'
    | 'service_unavailable'
  >
> {
  const found = await identify(deps, input, context);
  if (!found.ok) return found;
  const account = found.value;
  const address = contactOf(deps, account, input.channel);
  if (!address) {
    return {
      ok: false,
      error: 'recovery_channel_unavailable',
      errors: [{ path: 'channel', message: input.channel }],
    };
  }
  const issued = await issueCode(deps, {
    purpose: 'account_recovery',
    subjectId: account.id,
    channel: input.channel,
  });
  if (!issued.ok) return issued;
  try {
    if (input.channel === 'email') {
      const message = accountRecoveryCodeEmail(issued.value.code, CODE_TTL_MINUTES, account.locale);
      await deps.mailer.send({ to: address, ...message, locale: account.locale });
    } else {
      await deps.sms.send({
        to: address,
        text: accountRecoveryCodeSms(issued.value.code, CODE_TTL_MINUTES, account.locale),
      });
    }
  } catch (error) {
    if (error instanceof MailDeliveryError || error instanceof SmsDeliveryError) {
      return { ok: false, error: 'service_unavailable' };
    }
    throw error;
  }
  await recordSecurityEvent(deps, {
    kind: 'account_recovery_code_sent',
    userId: account.id,
    ip: context.ip,
    detail: { channel: input.channel },
  });
  return {
    ok: true,
    value: {
      channel: input.channel,
      masked: input.channel === 'email' ? maskEmail(address) : maskPhone(address),
      codeExpiresAt: issued.value.expiresAt.toISOString(),
      resendAvailableAt: issued.value.resendAt.toISOString(),
    },
  };
}

/** The code is right: how the member signs in. The code stays valid for setting the password. */
export async function verifyAccountRecovery(
  deps: Deps,
  input: Identity & { channel: Channel; code: string },
  context: Context,
): Promise<Outcome<AccountRecoveryIdentifiers, IdentifyError | CodeError>> {
  const found = await identify(deps, input, context);
  if (!found.ok) return found;
  const account = found.value;
  const checked = await checkRecoveryCode(deps, account.id, input, context.locale);
  if (!checked.ok) return checked;
  const email = account.email_enc ? deps.pii.decrypt(account.email_enc) : null;
  const phone = account.phone_enc ? deps.pii.decrypt(account.phone_enc) : null;
  const proven = input.channel;
  return {
    ok: true,
    value: {
      email: email && (proven === 'email' ? email : maskEmail(email)),
      phone: phone && (proven === 'sms' ? phone : maskPhone(phone)),
      shownInFull: proven,
    },
  };
}

/** The new password (the registration policy) with the code: every session ends, blocks are lifted. */
export async function completeAccountRecovery(
  deps: Deps,
  input: Identity & { channel: Channel; code: string; newPassword: string },
  context: Context,
): Promise<Outcome<true, IdentifyError | CodeError>> {
  const found = await identify(deps, input, context);
  if (!found.ok) return found;
  const account = found.value;
  const contacts = [account.email_enc, account.phone_enc].flatMap((c) => (c ? [deps.pii.decrypt(c)] : []));
  // The policy first: a weak password must not use up tries of the code.
  const password = checkNewPassword(input.newPassword, {
    personal: [account.full_name, input.nik, input.kpj, ...contacts],
  });
  if (!password.ok) {
    return {
      ok: false,
      error: 'invalid_request',
      errors: [{ path: 'newPassword', message: passwordReasonMessage(password.error, context.locale) }],
    };
  }
  const checked = await checkRecoveryCode(deps, account.id, input, context.locale);
  if (!checked.ok) return checked;

  const passwordHash = await hashPassword(password.value);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user_accounts')
      .set({ password_hash: passwordHash })
      .where('id', '=', account.id)
      .execute();
    // Whoever held the account until now is signed out everywhere.
    await trx.deleteFrom('sessions').where('user_id', '=', account.id).execute();
    await consumeCodes(trx, [checked.value], deps.clock.now());
    await clearThrottles(
      trx,
      [account.email_index, account.phone_index].filter((b): b is Buffer => b !== null),
    );
  });
  await recordSecurityEvent(deps, {
    kind: 'account_recovered',
    userId: account.id,
    ip: context.ip,
    detail: { channel: input.channel },
  });
  await notifyChannels(deps, account, accountRecoveredNotice(account.locale));
  return { ok: true, value: true };
}

/**
 * Both channels lost: the request an officer resolves after checking the member's identity. The
 * answer is the same whether or not the KPJ and NIK matched an account; when they did, the account's
 * current e-mail and phone hear of it, so a false request does not go unnoticed.
 */
export async function submitAccountRecoveryRequest(
  deps: Deps,
  input: AccountRecoveryRequestBody,
  context: Context & { slaDays: number },
): Promise<Outcome<AccountRecoveryRequestReceipt, 'invalid_request' | 'recovery_attempts_limited'>> {
  const { locale } = context;
  const now = deps.clock.now();
  const errors: FieldError[] = [];
  const identity = parseIdentity(deps, input, locale, errors);
  const email = parseEmail(input.newEmail);
  if (!email.ok) errors.push({ path: 'newEmail', message: idReasonMessage(email.error, locale) });
  const phone = parsePhone(input.newPhone);
  if (!phone.ok) errors.push({ path: 'newPhone', message: idReasonMessage(phone.error, locale) });
  if (!isCalendarDate(input.birthDate) || input.birthDate > dateInZone(now, deps.config.timeZone)) {
    errors.push({ path: 'birthDate', message: locale === 'en' ? 'Not a valid date' : 'Tanggal tidak valid' });
  }
  if (!identity || !email.ok || !phone.ok || errors.length > 0)
    return { ok: false, error: 'invalid_request', errors };

  const nikIndex = deps.pii.blindIndex('nik', identity.nik);
  const retryAt = await attemptsRetryAt(deps, nikIndex, context.ip);
  if (retryAt) return { ok: false, error: 'recovery_attempts_limited', retryAt };
  await recordAttempt(deps, 'request', nikIndex, context.ip);

  const account = await findRecoverableAccount(deps, identity);
  const newEmail = email.value.email.toLowerCase();
  const reference = newReference(now, deps.config.timeZone);
  const dueOn = dateInZone(new Date(now.getTime() + context.slaDays * 86_400_000), deps.config.timeZone);
  await deps.db
    .insertInto('account_recovery_requests')
    .values({
      id: deps.newId(),
      reference,
      kpj: identity.kpj,
      nik_enc: deps.pii.encrypt(identity.nik),
      nik_index: nikIndex,
      full_name: input.fullName,
      birth_date: input.birthDate,
      new_email_enc: deps.pii.encrypt(newEmail),
      new_phone_enc: deps.pii.encrypt(phone.value.e164),
      note_enc: deps.pii.encrypt(input.note),
      locale,
      user_id: account?.id ?? null,
      ip: context.ip,
      submitted_at: now,
      due_on: dueOn,
    })
    .execute();
  await recordSecurityEvent(deps, {
    kind: 'account_recovery_requested',
    ...(account ? { userId: account.id } : {}),
    ip: context.ip,
    detail: { reference },
  });
  // The reference is on the member's screen too: a mail that cannot leave now loses nothing.
  await Promise.allSettled([
    deps.mailer.send({
      to: newEmail,
      ...accountRecoveryRequestReceipt(reference, longDate(dueOn, locale), locale),
      locale,
    }),
    ...(account
      ? [notifyChannels(deps, account, accountRecoveryRequestAlert(reference, account.locale))]
      : []),
  ]);
  return { ok: true, value: { reference, dueOn, maskedEmail: maskEmail(newEmail) } };
}

/**
 * For the officers' console (roles come later): the open requests, soonest due first, decrypted
 * with what an officer needs to check the member's identity and move the account.
 */
export async function listOpenAccountRecoveryRequests(
  deps: Pick<Deps, 'db' | 'pii' | 'clock' | 'config'>,
  limit = 100,
) {
  const today = dateInZone(deps.clock.now(), deps.config.timeZone);
  const rows = await deps.db
    .selectFrom('account_recovery_requests')
    .selectAll()
    .where('status', '=', 'open')
    .orderBy('due_on')
    .orderBy('submitted_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    submittedAt: r.submitted_at,
    dueOn: r.due_on,
    overdue: r.due_on < today,
    kpj: r.kpj,
    nik: deps.pii.decrypt(r.nik_enc),
    fullName: r.full_name,
    birthDate: r.birth_date,
    newEmail: deps.pii.decrypt(r.new_email_enc),
    newPhone: deps.pii.decrypt(r.new_phone_enc),
    note: deps.pii.decrypt(r.note_enc),
    locale: r.locale,
    /** The account the KPJ and NIK pointed at when submitted; null when they matched none. */
    accountId: r.user_id,
    ip: r.ip,
  }));
}

/** Formats, then the limits, then the match; a miss is counted and recorded. */
async function identify(
  deps: Deps,
  input: Identity,
  context: Context,
): Promise<Outcome<Account, IdentifyError>> {
  const errors: FieldError[] = [];
  const identity = parseIdentity(deps, input, context.locale, errors);
  if (!identity) return { ok: false, error: 'invalid_request', errors };
  const nikIndex = deps.pii.blindIndex('nik', identity.nik);
  const retryAt = await attemptsRetryAt(deps, nikIndex, context.ip);
  if (retryAt) return { ok: false, error: 'recovery_attempts_limited', retryAt };
  const account = await findRecoverableAccount(deps, identity);
  if (account) return { ok: true, value: account };

  await recordAttempt(deps, 'mismatch', nikIndex, context.ip);
  // The holder of the NIK (if they have an account) sees the attempt in their own history.
  const holder = await deps.db
    .selectFrom('people as p')
    .innerJoin('user_accounts as u', 'u.person_id', 'p.id')
    .select('u.id')
    .where('p.nik_index', '=', nikIndex)
    .executeTakeFirst();
  await recordSecurityEvent(deps, {
    kind: 'account_recovery_mismatch',
    ...(holder ? { userId: holder.id } : {}),
    ip: context.ip,
  });
  return { ok: false, error: 'recovery_data_mismatch' };
}

function parseIdentity(deps: Deps, input: Identity, locale: Locale, errors: FieldError[]): Identity | null {
  const kpj = parseKpj(input.kpj);
  if (!kpj.ok) errors.push({ path: 'kpj', message: idReasonMessage(kpj.error, locale) });
  const nik = parseNik(input.nik, {
    asOfYear: deps.clock.now().getUTCFullYear(),
    requireKnownDistrict: false,
  });
  if (!nik.ok) errors.push({ path: 'nik', message: idReasonMessage(nik.error, locale) });
  return kpj.ok && nik.ok ? { kpj: kpj.value.kpj, nik: nik.value.nik } : null;
}

/** The account of the person with this NIK who holds (or held) the card with this KPJ. */
async function findRecoverableAccount(deps: Pick<Deps, 'db' | 'pii'>, identity: Identity) {
  return deps.db
    .selectFrom('people as p')
    .innerJoin('memberships as m', 'm.person_id', 'p.id')
    .innerJoin('user_accounts as u', 'u.person_id', 'p.id')
    .select([
      'u.id',
      'u.locale',
      'u.email_enc',
      'u.email_index',
      'u.phone_enc',
      'u.phone_index',
      'p.full_name',
    ])
    .where('p.nik_index', '=', deps.pii.blindIndex('nik', identity.nik))
    .where('m.kpj', '=', identity.kpj)
    .executeTakeFirst();
}

/** When the member may try again, if the NIK or the address has used up its attempts this hour. */
async function attemptsRetryAt(deps: Deps, nikIndex: Buffer, ip: string): Promise<Date | null> {
  const { perNik, perAddress, windowMs } = RECOVERY_ATTEMPT_LIMITS;
  const since = new Date(deps.clock.now().getTime() - windowMs);
  const rows = await deps.db
    .selectFrom('account_recovery_attempts')
    .select(['nik_index', 'ip', 'attempted_at'])
    .where('attempted_at', '>', since)
    .where((eb) => eb.or([eb('nik_index', '=', nikIndex), eb('ip', '=', ip)]))
    .orderBy('attempted_at')
    .execute();
  // Allowed again once enough of the oldest attempts have left the window.
  const freeAt = (times: Date[], limit: number) =>
    times.length >= limit ? new Date(times[times.length - limit]!.getTime() + windowMs) : null;
  const byNik = freeAt(
    rows.filter((r) => r.nik_index.equals(nikIndex)).map((r) => r.attempted_at),
    perNik,
  );
  const byAddress = freeAt(
    rows.filter((r) => r.ip === ip).map((r) => r.attempted_at),
    perAddress,
  );
  if (!byNik) return byAddress;
  if (!byAddress) return byNik;
  return byNik > byAddress ? byNik : byAddress;
}

async function recordAttempt(deps: Deps, kind: 'mismatch' | 'request', nikIndex: Buffer, ip: string) {
  await deps.db
    .insertInto('account_recovery_attempts')
    .values({ id: deps.newId(), kind, nik_index: nikIndex, ip, attempted_at: deps.clock.now() })
    .execute();
}

async function checkRecoveryCode(
  deps: Deps,
  userId: string,
  input: { channel: Channel; code: string },
  locale: Locale,
): Promise<Outcome<string, CodeError>> {
  const checked = await checkCode(
    deps,
    { purpose: 'account_recovery', subjectId: userId, channel: input.channel },
    input.code,
    locale,
  );
  // One code on this screen: its problems point at `code`, not at `emailCode`/`smsCode`.
  return checked.ok || !checked.errors
    ? checked
    : { ...checked, errors: checked.errors.map((e) => ({ ...e, path: 'code' })) };
}

function contactOf(deps: Deps, account: Account, channel: Channel): string | null {
  const encrypted = channel === 'email' ? account.email_enc : account.phone_enc;
  return encrypted ? deps.pii.decrypt(encrypted) : null;
}

/** `LA-20261123-7K3QXM`: the day in Jakarta and six characters nobody confuses when read aloud. */
function newReference(now: Date, timeZone: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const suffix = Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `LA-${dateInZone(now, timeZone).replaceAll('-', '')}-${suffix}`;
}

/** '2026-11-26' → '26 November 2026' / 'November 26, 2026'. */
function longDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}
