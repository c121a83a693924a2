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
