import { z } from 'zod';

/** Money on the wire: whole rupiah as a string of digits ("5500000"); JSON cannot carry a bigint. */
export const MoneyString = z
  .string()
  .regex(/^-?\d{1,19}$/)
  .meta({ description: 'Whole rupiah as a string of digits', example: '5500000' });

export const CalendarDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: 'Calendar date (Asia/Jakarta), YYYY-MM-DD', example: '2026-11-23' });

export const PeriodString = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .meta({ description: 'Contribution period, YYYY-MM', example: '2026-10' });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          code: z.string().optional().meta({ description: 'Why this field was refused, as a stable code' }),
        }),
      )
      .optional(),
    retryAt: z.iso.datetime().optional().meta({ description: 'When trying again will be allowed' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details with a stable `code`' });
