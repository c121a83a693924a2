/**
 * "Lupa akun": a member who no longer knows the e-mail or number of their account proves who they
 * are with a KPJ card number and the NIK, then a code sent to one of the account's channels; or, when
 * both channels are lost, leaves a request that an officer resolves.
 */
import { z } from 'zod';
import { CalendarDateString } from './common.ts';

const Kpj = z.string().trim().min(1).max(32).meta({ description: 'KPJ card number, 11 digits' });
const Nik = z.string().trim().min(1).max(32).meta({ description: 'NIK, 16 digits as on the KTP' });
const RecoveryChannel = z.enum(['email', 'sms']);
const Code = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'six digits');

export const AccountRecoveryLookupBody = z
  .object({ kpj: Kpj, nik: Nik })
  .meta({ id: 'AccountRecoveryLookupBody' });
export type AccountRecoveryLookupBody = z.infer<typeof AccountRecoveryLookupBody>;

export const AccountRecoveryChannels = z
  .object({
    channels: z.array(
      z.object({
        channel: RecoveryChannel,
        masked: z.string().meta({ example: 'b***i@demo.jmo.id' }),
      }),
    ),
  })
  .meta({
    id: 'AccountRecoveryChannels',
    description: 'The channels of the account the KPJ and NIK belong to, masked; empty when it has none',
  });
export type AccountRecoveryChannels = z.infer<typeof AccountRecoveryChannels>;

export const AccountRecoveryCodeBody = z
  .object({ kpj: Kpj, nik: Nik, channel: RecoveryChannel })
  .meta({ id: 'AccountRecoveryCodeBody' });
export type AccountRecoveryCodeBody = z.infer<typeof AccountRecoveryCodeBody>;

export const AccountRecoveryCodeSent = z
  .object({
    channel: RecoveryChannel,
    masked: z.string(),
    codeExpiresAt: z.iso.datetime(),
    resendAvailableAt: z.iso.datetime(),
  })
  .meta({ id: 'AccountRecoveryCodeSent' });
export type AccountRecoveryCodeSent = z.infer<typeof AccountRecoveryCodeSent>;

export const AccountRecoveryVerifyBody = z
  .object({ kpj: Kpj, nik: Nik, channel: RecoveryChannel, code: Code })
  .meta({ id: 'AccountRecoveryVerifyBody' });
export type AccountRecoveryVerifyBody = z.infer<typeof AccountRecoveryVerifyBody>;

export const AccountRecoveryIdentifiers = z
  .object({
    email: z.string().nullable(),
    phone: z.string().nullable().meta({ description: 'E.164 in full, or masked' }),
    shownInFull: RecoveryChannel.meta({
      description:
        'The channel the code went to is shown in full (the member holds it); the other stays masked',
    }),
  })
  .meta({ id: 'AccountRecoveryIdentifiers' });
export type AccountRecoveryIdentifiers = z.infer<typeof AccountRecoveryIdentifiers>;

export const AccountRecoveryPasswordBody = z
  .object({
    kpj: Kpj,
    nik: Nik,
    channel: RecoveryChannel,
    code: Code,
    newPassword: z.string().min(1).max(1024),
  })
  .meta({ id: 'AccountRecoveryPasswordBody' });
export type AccountRecoveryPasswordBody = z.infer<typeof AccountRecoveryPasswordBody>;

export const AccountRecoveryRequestBody = z
  .object({
    kpj: Kpj,
    nik: Nik,
    fullName: z.string().trim().min(1).max(120).meta({ description: 'Full name exactly as on the KTP' }),
    birthDate: CalendarDateString,
    newEmail: z.string().trim().min(3).max(254),
    newPhone: z.string().trim().min(8).max(20).meta({ description: 'Indonesian mobile, 08… or +628…' }),
    note: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .meta({ description: 'What happened to the old e-mail and number, in the member’s words' }),
  })
  .meta({ id: 'AccountRecoveryRequestBody' });
export type AccountRecoveryRequestBody = z.infer<typeof AccountRecoveryRequestBody>;

export const AccountRecoveryRequestReceipt = z
  .object({
    reference: z.string().meta({ example: 'LA-20261123-7K3QXM' }),
    dueOn: CalendarDateString.meta({ description: 'An officer answers by this date' }),
    maskedEmail: z.string().meta({ description: 'Where the reference was e-mailed' }),
  })
  .meta({ id: 'AccountRecoveryRequestReceipt' });
export type AccountRecoveryRequestReceipt = z.infer<typeof AccountRecoveryRequestReceipt>;
