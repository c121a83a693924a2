/**
 * Staff: employer users, officers and supervisors of a branch office, and administrators; their
 * sign-in, the officer console's member look-up (every read of personal data is logged with its
 * purpose), and what a member sees of those reads.
 */
import { z } from 'zod';
import { MembershipStatus, Segment } from './cards.ts';
import { CalendarDateString } from './common.ts';

export const StaffRole = z.enum(['employer', 'officer', 'supervisor', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

export const StaffLoginBody = z
  .object({
    email: z.string().trim().min(3).max(254),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'StaffLoginBody' });

export const StaffMe = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    role: StaffRole,
    branch: z.object({ code: z.string(), name: z.string() }).nullable(),
    employer: z.object({ npp: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: 'StaffMe' });
export type StaffMe = z.infer<typeof StaffMe>;

export const StaffListResponse = z.object({ staff: z.array(StaffMe.extend({ disabled: z.boolean() })) });

export const NewStaffBody = z
  .object({
    fullName: z.string().trim().min(2).max(120),
    email: z.string().trim().min(3).max(254),
    password: z.string().min(1).max(1024),
    role: StaffRole,
    branchCode: z.string().max(20).optional(),
    employerNpp: z.string().max(20).optional(),
  })
  .meta({ id: 'NewStaffBody' });
export type NewStaffBody = z.infer<typeof NewStaffBody>;

export const StaffChangeBody = z
  .object({
    role: StaffRole.optional(),
    branchCode: z.string().max(20).nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .meta({ id: 'StaffChangeBody' });
export type StaffChangeBody = z.infer<typeof StaffChangeBody>;

/** Why an officer opens a member's personal data; recorded with every read and shown to the member. */
export const ReadPurpose = z.enum([
  'member_request',
  'account_recovery',
  'data_update_review',
  'claim_review',
  'complaint',
]);
export type ReadPurpose = z.infer<typeof ReadPurpose>;

export const MemberSearchQuery = z
  .object({
    nik: z.string().max(32).optional(),
    kpj: z.string().max(32).optional(),
  })
  .refine((q) => (q.nik ? 1 : 0) + (q.kpj ? 1 : 0) === 1, { message: 'give exactly one of nik and kpj' });

export const MemberSearchResponse = z
  .object({
    members: z.array(
      z.object({
        personId: z.uuid(),
        fullName: z.string(),
        maskedNik: z.string(),
        hasAccount: z.boolean(),
        cards: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'MemberSearchResponse' });

export const MemberRecord = z
  .object({
    personId: z.uuid(),
    fullName: z.string(),
    nik: z.string(),
    birthDate: CalendarDateString,
    email: z.string().nullable(),
    phone: z.string().nullable(),
    cards: z.array(
      z.object({
        kpj: z.string(),
        segment: Segment,
        status: MembershipStatus,
        employer: z.string().nullable(),
        joinedOn: CalendarDateString,
        leftOn: CalendarDateString.nullable(),
      }),
    ),
  })
  .meta({ id: 'MemberRecord' });

/** The personal-data fields an officer's read reveals in clear. */
export const PII_FIELDS = ['nik', 'birth_date', 'email', 'phone'] as const;

export const DataAccessResponse = z
  .object({
    reads: z.array(
      z.object({
        at: z.iso.datetime(),
        reader: z.string().meta({ description: "The officer's name" }),
        role: StaffRole,
        branch: z.string().nullable(),
        purpose: ReadPurpose,
        fields: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'DataAccessResponse' });
export type DataAccessResponse = z.infer<typeof DataAccessResponse>;

export const PiiReadsResponse = z
  .object({
    reads: z.array(
      z.object({
        at: z.iso.datetime(),
        reader: z.string(),
        branch: z.string().nullable(),
        personId: z.uuid(),
        purpose: ReadPurpose,
        fields: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'PiiReadsResponse' });

export const RecoveryQueueResponse = z
  .object({
    requests: z.array(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        submittedAt: z.iso.datetime(),
        dueOn: CalendarDateString,
        overdue: z.boolean(),
        fullName: z.string(),
        maskedNik: z.string(),
        kpj: z.string(),
        matchesAccount: z.boolean().meta({ description: 'Whether the KPJ and NIK pointed at an account' }),
      }),
    ),
  })
  .meta({ id: 'RecoveryQueueResponse' });

export const RecoveryRequestRecord = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    submittedAt: z.iso.datetime(),
    dueOn: CalendarDateString,
    kpj: z.string(),
    nik: z.string(),
    fullName: z.string(),
    birthDate: CalendarDateString,
    newEmail: z.string(),
    newPhone: z.string(),
    note: z.string(),
    matchesAccount: z.boolean(),
  })
  .meta({ id: 'RecoveryRequestRecord' });

export const RecoveryDecisionBody = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('approve') }),
    z.object({ decision: z.literal('reject'), reason: z.string().trim().min(5).max(500) }),
  ])
  .meta({ id: 'RecoveryDecisionBody' });
