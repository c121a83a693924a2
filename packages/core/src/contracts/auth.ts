import { z } from 'zod';

export const LoginBody = z
  .object({
    identifier: z.string().trim().min(3).max(254).meta({
      description: 'E-mail address or Indonesian mobile number (08… or +628…)',
      example: 'siti.rahayu@demo.jmo.id',
    }),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'LoginBody' });
export type LoginBody = z.infer<typeof LoginBody>;

export const Me = z
  .object({
    fullName: z.string(),
    /** The NIK with all but the last four digits hidden; the full NIK never leaves the server here. */
    maskedNik: z.string(),
    locale: z.enum(['id', 'en']),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const UnblockRequestBody = z
  .object({ identifier: z.string().trim().min(3).max(254) })
  .meta({ id: 'UnblockRequestBody' });

export const UnblockVerifyBody = z
  .object({
    identifier: z.string().trim().min(3).max(254),
    emailCode: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'six digits'),
    smsCode: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'six digits'),
  })
  .meta({ id: 'UnblockVerifyBody' });

export const SecurityEventKind = z.enum([
  'registration_started',
  'registered',
  'login_succeeded',
  'login_failed',
  'account_blocked',
  'account_unblocked',
  'new_device',
  'password_reset',
  'account_recovery_mismatch',
  'account_recovery_code_sent',
  'account_recovered',
  'account_recovery_requested',
  'password_rehashed',
  'legacy_account_imported',
  'card_linked',
  'passkey_added',
  'passkey_removed',
  'staff_login_succeeded',
  'staff_login_failed',
  'staff_created',
  'role_changed',
  'staff_disabled',
  'stepped_up',
  'password_changed',
  'contact_changed',
  'card_credential_reissued',
  'card_credential_revoked',
  'withdrawal_lock_on',
  'withdrawal_lock_off_requested',
]);
export type SecurityEventKind = z.infer<typeof SecurityEventKind>;

export const SecurityEventsResponse = z
  .object({
    events: z.array(
      z.object({
        kind: SecurityEventKind,
        at: z.iso.datetime(),
        ip: z.string().nullable().meta({ description: 'Masked: 10.1.x.x' }),
        device: z.string().nullable().meta({ example: 'Chrome · Android' }),
      }),
    ),
  })
  .meta({ id: 'SecurityEventsResponse' });

export const PasswordResetRequestBody = z
  .object({ identifier: z.string().trim().min(3).max(254), channel: z.enum(['email', 'sms']) })
  .meta({ id: 'PasswordResetRequestBody' });

export const PasswordResetConfirmBody = z
  .union([
    z.object({ token: z.string().min(20).max(200), newPassword: z.string().min(1).max(1024) }),
    z.object({
      identifier: z.string().trim().min(3).max(254),
      code: z
        .string()
        .trim()
        .regex(/^\d{6}$/, 'six digits'),
      newPassword: z.string().min(1).max(1024),
    }),
  ])
  .meta({
    id: 'PasswordResetConfirmBody',
    description: 'Either the token from the e-mailed link, or the identifier and the SMS code',
  });

export const SessionsResponse = z
  .object({
    sessions: z.array(
      z.object({
        id: z.uuid(),
        current: z.boolean(),
        device: z.string().nullable(),
        ip: z.string().nullable(),
        createdAt: z.iso.datetime(),
        lastSeenAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'SessionsResponse' });

/** Where a step-up code goes: the account's phone (the usual) or e-mail. */
export const StepUpCodeBody = z.object({ channel: z.enum(['sms', 'email']) }).meta({ id: 'StepUpCodeBody' });

export const StepUpStatus = z
  .object({
    /** Until when sensitive actions go through without asking again; null when not stepped up. */
    steppedUpUntil: z.iso.datetime().nullable(),
    hasPasskey: z.boolean(),
  })
  .meta({ id: 'StepUpStatus' });
export type StepUpStatus = z.infer<typeof StepUpStatus>;

export const ChangePasswordBody = z
  .object({ newPassword: z.string().min(1).max(1024) })
  .meta({ id: 'ChangePasswordBody' });

/** The account's sign-in addresses, masked. */
export const ContactResponse = z
  .object({ maskedEmail: z.string().nullable(), maskedPhone: z.string().nullable() })
  .meta({ id: 'ContactResponse' });
export type ContactResponse = z.infer<typeof ContactResponse>;

export const ContactChangeBody = z
  .object({
    channel: z.enum(['email', 'sms']),
    value: z
      .string()
      .trim()
      .min(3)
      .max(254)
      .meta({ description: 'The new e-mail, or the new mobile number' }),
  })
  .meta({ id: 'ContactChangeBody' });

export const ContactChangeStarted = z
  .object({
    changeId: z.uuid(),
    sentTo: z.string().meta({ description: 'The new address, masked' }),
    codesExpireAt: z.iso.datetime(),
    resendAvailableAt: z.iso.datetime(),
  })
  .meta({ id: 'ContactChangeStarted' });
export type ContactChangeStarted = z.infer<typeof ContactChangeStarted>;

export const ContactConfirmBody = z
  .object({
    changeId: z.uuid(),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'six digits'),
  })
  .meta({ id: 'ContactConfirmBody' });
