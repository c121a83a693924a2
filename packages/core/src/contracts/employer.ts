/**
 * The employer portal's requests and answers: registering workers, reporting wages and leavers,
 * and the monthly invoices with their virtual accounts. Money is whole rupiah as digit strings.
 */
import { z } from 'zod';
import { CalendarDateString, MoneyString, PeriodString } from './common.ts';

export const ProgramEnum = z.enum(['JHT', 'JP', 'JKK', 'JKM', 'JKP']);

/** A wage as typed in a form or sent by payroll software: digits, or a whole number. */
export const WageInput = z
  .union([z.string().regex(/^\d{1,13}$/, { message: 'whole rupiah, digits only' }), z.number().int().min(0)])
  .meta({
    description: 'Monthly wage in whole rupiah: a string of digits or a safe integer',
    example: '5500000',
  });

export const EmployerProfileResponse = z
  .object({
    npp: z.string(),
    name: z.string(),
    jkkRiskGroup: z.number().int().min(1).max(5),
    activeWorkers: z.number().int(),
    asOf: CalendarDateString,
    arrears: z.object({
      invoices: z.number().int(),
      total: MoneyString,
      /** Fines that would be due if the arrears were paid today (billed with the next invoice). */
      accruedPenalty: MoneyString,
    }),
  })
  .meta({ id: 'EmployerProfileResponse' });
export type EmployerProfileResponse = z.infer<typeof EmployerProfileResponse>;

export const EmployerWorker = z
  .object({
    kpj: z.string(),
    fullName: z.string(),
    maskedNik: z.string(),
    status: z.enum(['active', 'nonactive']),
    joinedOn: CalendarDateString,
    leftOn: CalendarDateString.nullable(),
    leavingReason: z.enum(['resigned', 'terminated', 'contract_ended', 'lapsed']).nullable(),
    programs: z.array(ProgramEnum),
    /** The latest wage reported, and from which period. */
    wage: MoneyString.nullable(),
    wageFrom: PeriodString.nullable(),
  })
  .meta({ id: 'EmployerWorker' });
export type EmployerWorker = z.infer<typeof EmployerWorker>;

export const EmployerWorkersResponse = z
  .object({ workers: z.array(EmployerWorker) })
  .meta({ id: 'EmployerWorkersResponse' });
export type EmployerWorkersResponse = z.infer<typeof EmployerWorkersResponse>;

export const RegisterWorkerBody = z
  .object({
    nik: z.string().max(32),
    fullName: z.string().trim().min(1).max(120),
    birthDate: CalendarDateString,
    startedOn: CalendarDateString.meta({ description: 'First day of work' }),
    wage: WageInput,
  })
  .meta({ id: 'RegisterWorkerBody' });
export type RegisterWorkerBody = z.infer<typeof RegisterWorkerBody>;

export const WageReportBody = z
  .object({
    period: PeriodString,
    wages: z
      .array(z.object({ kpj: z.string().max(32), wage: WageInput }))
      .min(1)
      .max(1000),
  })
  .meta({ id: 'WageReportBody' });
export type WageReportBody = z.infer<typeof WageReportBody>;

export const WageReportResponse = z
  .object({
    period: PeriodString,
    /** Wages recorded or changed by this report. */
    recorded: z.number().int(),
    /** Wages that were already reported with the same amount: nothing changed. */
    unchanged: z.number().int(),
    /** Each worker whose wage for the period is now lower than the one in force before it. */
    drops: z.array(z.object({ kpj: z.string(), previous: MoneyString, wage: MoneyString })),
  })
  .meta({ id: 'WageReportResponse' });
export type WageReportResponse = z.infer<typeof WageReportResponse>;

export const LeaverBody = z
  .object({
    kpj: z.string().max(32),
    leftOn: CalendarDateString.meta({ description: 'Last day of work' }),
    reason: z.enum(['resigned', 'terminated']).meta({
      description: 'resigned (mengundurkan diri) or terminated (PHK)',
    }),
  })
  .meta({ id: 'LeaverBody' });
export type LeaverBody = z.infer<typeof LeaverBody>;

export const IssueInvoiceBody = z.object({ period: PeriodString }).meta({ id: 'IssueInvoiceBody' });

export const InvoiceStatus = z.enum(['unpaid', 'paid']);

export const Invoice = z
  .object({
    number: z.string(),
    period: PeriodString,
    status: InvoiceStatus,
    issuedAt: z.iso.datetime(),
    dueOn: CalendarDateString,
    workers: z.number().int(),
    contributionsTotal: MoneyString,
    penaltiesTotal: MoneyString,
    total: MoneyString,
    virtualAccount: z.object({ bankCode: z.string(), bankName: z.string(), number: z.string() }),
    paidAt: z.iso.datetime().nullable(),
    paidOn: CalendarDateString.nullable(),
    /** Unpaid after its due date, as of today. */
    overdue: z.boolean(),
    /** For an overdue invoice: started months late so far and the fine that has accrued. */
    monthsLate: z.number().int(),
    accruedPenalty: MoneyString,
  })
  .meta({ id: 'Invoice' });
export type Invoice = z.infer<typeof Invoice>;

export const InvoicesResponse = z
  .object({ asOf: CalendarDateString, invoices: z.array(Invoice) })
  .meta({ id: 'InvoicesResponse' });
export type InvoicesResponse = z.infer<typeof InvoicesResponse>;

export const InvoiceLine = z
  .object({
    kpj: z.string(),
    fullName: z.string(),
    wage: MoneyString,
    items: z.array(
      z.object({
        program: ProgramEnum,
        base: MoneyString,
        employer: MoneyString,
        worker: MoneyString,
        bookedToJkp: MoneyString,
      }),
    ),
    employer: MoneyString,
    worker: MoneyString,
    total: MoneyString,
  })
  .meta({ id: 'InvoiceLine' });
export type InvoiceLine = z.infer<typeof InvoiceLine>;

export const InvoicePenalty = z
  .object({
    lateInvoice: z.string(),
    program: ProgramEnum,
    monthsLate: z.number().int(),
    contribution: MoneyString,
    amount: MoneyString,
    source: z.string(),
  })
  .meta({ id: 'InvoicePenalty' });

export const InvoiceDetail = Invoice.extend({
  employer: z.object({ npp: z.string(), name: z.string(), jkkRiskGroup: z.number().int() }),
  lines: z.array(InvoiceLine),
  penalties: z.array(InvoicePenalty),
  /** Totals per program, each with its rule's source. */
  programs: z.array(
    z.object({
      program: ProgramEnum,
      employer: MoneyString,
      worker: MoneyString,
      total: MoneyString,
      source: z.string(),
    }),
  ),
}).meta({ id: 'InvoiceDetail' });
export type InvoiceDetail = z.infer<typeof InvoiceDetail>;

export const InvoiceParams = z.object({ number: z.string().max(40) });

export const NotificationsResponse = z
  .object({
    unread: z.number().int(),
    notifications: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum([
          'employer_unpaid',
          'wage_dropped',
          'identity_correction',
          'claim_status',
          'jht_claim_reminder',
        ]),
        /** Words to show: masked KPJ, period, amounts already formatted as rupiah, employer name. */
        detail: z.record(z.string(), z.string()),
        createdAt: z.iso.datetime(),
        read: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'NotificationsResponse' });
export type NotificationsResponse = z.infer<typeof NotificationsResponse>;
