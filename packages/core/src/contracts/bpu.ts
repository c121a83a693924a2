/**
 * Informal workers' (BPU) self-service: join with a declared income and programs, see whether the
 * cover is in force and until when, and pay month by month into a virtual account.
 */
import { z } from 'zod';
import { CalendarDateString, MoneyString, PeriodString } from './common.ts';
import { Invoice, ProgramEnum, WageInput } from './employer.ts';

export const BpuPlanBody = z
  .object({
    declaredIncome: WageInput.meta({
      description: 'One of the income brackets (GET /api/v1/me/bpu lists them)',
    }),
    programs: z.array(ProgramEnum).min(1).max(5).meta({ description: 'JKK and JKM always; JHT optional' }),
  })
  .meta({ id: 'BpuPlanBody' });
export type BpuPlanBody = z.infer<typeof BpuPlanBody>;

export const BpuCoverageStatusEnum = z.enum(['active', 'in_arrears', 'lapsed']);

export const BpuMembership = z
  .object({
    kpj: z.string(),
    joinedOn: CalendarDateString,
    declaredIncome: MoneyString,
    programs: z.array(ProgramEnum),
    /** What one month costs now, per program, with each rule's source. */
    monthly: z.object({
      items: z.array(
        z.object({
          program: ProgramEnum,
          amount: MoneyString,
          source: z.string(),
          illustrative: z.boolean(),
        }),
      ),
      total: MoneyString,
    }),
    coverage: z.object({
      status: BpuCoverageStatusEnum,
      coveredUntil: CalendarDateString.nullable(),
      monthsInArrears: z.number().int(),
      lapseAfterUnpaidMonths: z.number().int(),
      nextPeriod: PeriodString,
      nextDueDate: CalendarDateString,
      payAheadUntil: PeriodString,
    }),
    /** The unpaid invoice of the next month, when one was issued. */
    openInvoice: Invoice.nullable(),
    paidInvoices: z.array(Invoice),
  })
  .meta({ id: 'BpuMembership' });
export type BpuMembership = z.infer<typeof BpuMembership>;

export const BpuResponse = z
  .object({
    asOf: CalendarDateString,
    memberships: z.array(BpuMembership),
    /** The declared incomes one may choose this month, with whether each is sourced or ours. */
    brackets: z.array(z.object({ income: MoneyString, illustrative: z.boolean() })),
  })
  .meta({ id: 'BpuResponse' });
export type BpuResponse = z.infer<typeof BpuResponse>;
