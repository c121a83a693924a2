/**
 * Registration ("Daftar"): the member states who they are (NIK, name and birth date as on the KTP),
 * which the population registry must confirm; codes go to both the e-mail and the mobile number;
 * entering both proves the member holds them, and only then is the account created and signed in.
 *
 * Whether an e-mail or number already belongs to another account is said only after its code was
 * entered (the owner learns it; nobody else can probe for it). A NIK that already has an account is
 * said at once: whoever typed it also knew the name and birth date on that KTP.
 */
import {
  checkNewPassword,
  idReasonMessage,
  type Me,
  maskEmail,
  maskPhone,
  namesMatch,
  parseEmail,
  parseNik,
  parsePhone,
  passwordReasonMessage,
  type RegistrationBody,
  type RegistrationPending,
} from '@jmo/core';
import { MailDeliveryError } from '../../adapters/mail/mailer.ts';
import { type RegistryRecord, RegistryUnavailableError } from '../../adapters/population-registry/port.ts';
import { SmsDeliveryError } from '../../adapters/sms/sms-sender.ts';
import type { Deps } from '../../lib/deps.ts';
import type { FieldError, Outcome } from '../../lib/outcome.ts';
import { hashPassword } from '../../security/password.ts';
import { createSession } from '../auth/auth.service.ts';
import { findPersonProfile } from '../people/people.service.ts';
import { registrationCodeEmail, registrationCodeSms } from './messages.ts';
import { recordSecurityEvent } from './security-events.ts';
import { type Channel, CODE_TTL_MINUTES, checkCode, consumeCodes, issueCode } from './verification-codes.ts';

/** How long a started registration waits for its codes before it must be started again. */
const REGISTRATION_TTL_MINUTES = 30;

export async function startRegistration(
  deps: Deps,
  input: RegistrationBody,
  context: { ip: string },
): Promise<
  Outcome<
    RegistrationPending,
    | 'invalid_request'
    | 'registry_nik_not_found'
    | 'registry_name_mismatch'
    | 'registry_birth_date_mismatch'
    | 'nik_already_registered'
    | 'service_unavailable'
  >
> {
  const locale = input.locale;
  const now = deps.clock.now();
  const errors: FieldError[] = [];
  const nik = parseNik(input.nik, { asOfYear: now.getUTCFullYear(), requireKnownDistrict: false });
  if (!nik.ok) errors.push({ path: 'nik', message: idReasonMessage(nik.error, locale) });
  const email = parseEmail(input.email);
  if (!email.ok) errors.push({ path: 'email', message: idReasonMessage(email.error, locale) });
  const phone = parsePhone(input.phone);
  if (!phone.ok) errors.push({ path: 'phone', message: idReasonMessage(phone.error, locale) });
  const password = checkNewPassword(input.password, {
    personal: [input.fullName, input.nik, input.email, input.phone],
  });
  if (!password.ok) errors.push({ path: 'password', message: passwordReasonMessage(password.error, locale) });
  if (!nik.ok || !email.ok || !phone.ok || !password.ok)
    return { ok: false, error: 'invalid_request', errors };

  let record: RegistryRecord | null;
  try {
    record = await deps.registry.findByNik(nik.value.nik);
  } catch (error) {
    if (error instanceof RegistryUnavailableError) return { ok: false, error: 'service_unavailable' };
    throw error;
  }
  if (!record) return { ok: false, error: 'registry_nik_not_found' };
  if (!namesMatch(input.fullName, record.fullName)) return { ok: false, error: 'registry_name_mismatch' };
  if (input.birthDate !== record.birthDate) return { ok: false, error: 'registry_birth_date_mismatch' };
  if (await nikHasAccount(deps, nik.value.nik)) return { ok: false, error: 'nik_already_registered' };

  const emailAddress = email.value.email.toLowerCase();
  const id = deps.newId();
  await deps.db
    .insertInto('registrations')
    .values({
      id,
      segment: input.segment,
      nik_enc: deps.pii.encrypt(record.nik),
      nik_index: deps.pii.blindIndex('nik', record.nik),
      full_name: record.fullName,
      birth_date: record.birthDate,
      sex: record.sex,
      email_enc: deps.pii.encrypt(emailAddress),
      email_index: deps.pii.blindIndex('email', emailAddress),
      phone_enc: deps.pii.encrypt(phone.value.e164),
      phone_index: deps.pii.blindIndex('phone', phone.value.e164),
      password_hash: await hashPassword(password.value),
      locale,
      created_at: now,
      expires_at: new Date(now.getTime() + REGISTRATION_TTL_MINUTES * 60_000),
    })
    .execute();
  await recordSecurityEvent(deps, {
    kind: 'registration_started',
    ip: context.ip,
    detail: { registrationId: id },
  });

  let sent: Awaited<ReturnType<typeof sendRegistrationCode>>;
  try {
    sent = await sendRegistrationCode(deps, id, 'email');
    await sendRegistrationCode(deps, id, 'sms');
  } catch (error) {
    // A channel that cannot deliver now: the member starts again later (this registration expires).
    if (error instanceof MailDeliveryError || error instanceof SmsDeliveryError) {
      return { ok: false, error: 'service_unavailable' };
    }
    throw error;
  }
  // A brand-new registration has no send history, so its first codes are always allowed.
  const first = sent.ok ? sent.value : undefined;
  return {
    ok: true,
    value: {
      registrationId: id,
      maskedEmail: maskEmail(emailAddress),
      maskedPhone: maskPhone(phone.value.e164),
      codesExpireAt: first!.expiresAt.toISOString(),
      resendAvailableAt: first!.resendAt.toISOString(),
    },
  };
}

export async function resendRegistrationCode(
  deps: Deps,
  registrationId: string,
  channel: Channel,
): Promise<
  Outcome<
    { codesExpireAt: string; resendAvailableAt: string },
    'registration_not_found' | 'code_resend_too_soon' | 'code_send_limit_reached'
  >
> {
  const registration = await findOpenRegistration(deps, registrationId);
  if (!registration) return { ok: false, error: 'registration_not_found' };
  const sent = await sendRegistrationCode(deps, registrationId, channel);
  if (!sent.ok) return sent;
  return {
    ok: true,
    value: {
      codesExpireAt: sent.value.expiresAt.toISOString(),
      resendAvailableAt: sent.value.resendAt.toISOString(),
    },
  };
}

export async function verifyRegistration(
  deps: Deps,
  registrationId: string,
  codes: { emailCode: string; smsCode: string },
  context: { ip: string },
): Promise<
  Outcome<
    { token: string; expiresAt: Date; me: Me },
    | 'registration_not_found'
    | 'code_invalid'
    | 'code_expired'
    | 'code_attempts_exhausted'
    | 'email_already_used'
    | 'phone_already_used'
    | 'nik_already_registered'
  >
> {
  const registration = await findOpenRegistration(deps, registrationId);
  if (!registration) return { ok: false, error: 'registration_not_found' };
  const codeIds: string[] = [];
  for (const [channel, code] of [
    ['email', codes.emailCode],
    ['sms', codes.smsCode],
  ] as const) {
    const checked = await checkCode(
      deps,
      { purpose: 'registration', subjectId: registrationId, channel },
      code,
      registration.locale,
    );
    if (!checked.ok) return checked;
    codeIds.push(checked.value);
  }

  // Both codes are right: the member holds this e-mail and number.
  const now = deps.clock.now();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    // One completion per registration, even when the same codes arrive twice at once.
    const open = await trx
      .selectFrom('registrations')
      .select('id')
      .where('id', '=', registrationId)
      .where('completed_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!open) return 'registration_not_found' as const;
    const taken = await trx
      .selectFrom('user_accounts as u')
      .leftJoin('people as p', 'p.id', 'u.person_id')
      .select(['u.email_index', 'u.phone_index', 'p.nik_index'])
      .where((eb) =>
        eb.or([
          eb('u.email_index', '=', registration.email_index),
          eb('u.phone_index', '=', registration.phone_index),
          eb('p.nik_index', '=', registration.nik_index),
        ]),
      )
      .execute();
    if (taken.some((t) => t.nik_index?.equals(registration.nik_index)))
      return 'nik_already_registered' as const;
    if (taken.some((t) => t.email_index?.equals(registration.email_index)))
      return 'email_already_used' as const;
    if (taken.some((t) => t.phone_index?.equals(registration.phone_index)))
      return 'phone_already_used' as const;

    const existingPerson = await trx
      .selectFrom('people')
      .select('id')
      .where('nik_index', '=', registration.nik_index)
      .executeTakeFirst();
    const personId = existingPerson?.id ?? deps.newId();
    if (!existingPerson) {
      await trx
        .insertInto('people')
        .values({
          id: personId,
          nik_enc: registration.nik_enc,
          nik_index: registration.nik_index,
          full_name: registration.full_name,
          birth_date: registration.birth_date,
          sex: registration.sex,
        })
        .execute();
    }
    const userId = deps.newId();
    await trx
      .insertInto('user_accounts')
      .values({
        id: userId,
        person_id: personId,
        email_enc: registration.email_enc,
        email_index: registration.email_index,
        phone_enc: registration.phone_enc,
        phone_index: registration.phone_index,
        password_hash: registration.password_hash,
        locale: registration.locale,
      })
      .execute();
    await trx
      .updateTable('registrations')
      .set({ completed_at: now })
      .where('id', '=', registrationId)
      .execute();
    await consumeCodes(trx, codeIds, now);
    return { userId, personId };
  });
  if (typeof outcome === 'string') return { ok: false, error: outcome };

  await recordSecurityEvent(deps, { kind: 'registered', userId: outcome.userId, ip: context.ip });
  const session = await createSession(deps, outcome.userId);
  const profile = await findPersonProfile(deps, outcome.personId);
  return { ok: true, value: { ...session, me: { ...profile, locale: registration.locale } } };
}

async function nikHasAccount(deps: Deps, nik: string): Promise<boolean> {
  const row = await deps.db
    .selectFrom('people as p')
    .innerJoin('user_accounts as u', 'u.person_id', 'p.id')
    .select('u.id')
    .where('p.nik_index', '=', deps.pii.blindIndex('nik', nik))
    .executeTakeFirst();
  return row !== undefined;
}

async function findOpenRegistration(deps: Deps, id: string) {
  return deps.db
    .selectFrom('registrations')
    .selectAll()
    .where('id', '=', id)
    .where('completed_at', 'is', null)
    .where('expires_at', '>', deps.clock.now())
    .executeTakeFirst();
}

/** Issue a registration code on one channel and send it to the address being registered. */
async function sendRegistrationCode(
  deps: Deps,
  registrationId: string,
  channel: Channel,
): Promise<Outcome<{ expiresAt: Date; resendAt: Date }, 'code_resend_too_soon' | 'code_send_limit_reached'>> {
  const issued = await issueCode(deps, { purpose: 'registration', subjectId: registrationId, channel });
  if (!issued.ok) return issued;
  const registration = await deps.db
    .selectFrom('registrations')
    .select(['email_enc', 'phone_enc', 'locale'])
    .where('id', '=', registrationId)
    .executeTakeFirstOrThrow();
  const { code, expiresAt, resendAt } = issued.value;
  if (channel === 'email') {
    const message = registrationCodeEmail(code, CODE_TTL_MINUTES, registration.locale);
    await deps.mailer.send({
      to: deps.pii.decrypt(registration.email_enc),
      ...message,
      locale: registration.locale,
    });
  } else {
    const text = registrationCodeSms(code, CODE_TTL_MINUTES, registration.locale);
    await deps.sms.send({ to: deps.pii.decrypt(registration.phone_enc), text });
  }
  return { ok: true, value: { expiresAt, resendAt } };
}
