import { z } from 'zod';
import { CalendarDateString } from './common.ts';

export const RegistrationBody = z
  .object({
    segment: z.enum(['PU', 'BPU', 'PMI']).meta({
      description: 'PU wage earner, BPU informal worker, PMI migrant worker',
    }),
    nik: z
      .string()
      .trim()
      .min(1)
      .max(32)
      .meta({ description: 'NIK, 16 digits as on the KTP', example: '3174015708900001' }),
    fullName: z.string().trim().min(1).max(120).meta({ description: 'Full name exactly as on the KTP' }),
    birthDate: CalendarDateString,
    email: z.string().trim().min(3).max(254),
    phone: z.string().trim().min(8).max(20).meta({ description: 'Indonesian mobile, 08… or +628…' }),
    password: z.string().min(1).max(1024),
    locale: z.enum(['id', 'en']).default('id'),
  })
  .meta({ id: 'RegistrationBody' });
export type RegistrationBody = z.infer<typeof RegistrationBody>;

export const RegistrationPending = z
  .object({
    registrationId: z.uuid(),
    maskedEmail: z.string(),
    maskedPhone: z.string(),
    codesExpireAt: z.iso.datetime(),
    resendAvailableAt: z.iso.datetime(),
  })
  .meta({
    id: 'RegistrationPending',
    description: 'Codes were sent to both the e-mail and the mobile number',
  });
export type RegistrationPending = z.infer<typeof RegistrationPending>;

export const RegistrationParams = z.object({ registrationId: z.uuid() });

export const VerifyRegistrationBody = z
  .object({
    emailCode: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'six digits'),
    smsCode: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'six digits'),
  })
  .meta({ id: 'VerifyRegistrationBody' });

export const ResendBody = z.object({ channel: z.enum(['email', 'sms']) }).meta({ id: 'ResendBody' });
