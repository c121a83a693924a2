/**
 * The wire shapes of the JHT claim's eligibility screen and the member's safety controls: the three
 * conditions with their blockers and remedies, the withdrawal lock, the bank cooling-off, the
 * request to the employer to report the leaving, and the reminder on the day a claim may be made.
 */
import { z } from 'zod';
import { CalendarDateString, MoneyString } from './common.ts';

export const JhtClaimBlockerWire = z
  .object({
    code: z.enum([
      'no_balance',
      'above_in_app_cap',
      'data_not_updated',
      'leave_not_reported',
      'membership_still_active',
      'leaving_date_unknown',
      'waiting_period',
    ]),
    remedy: z.enum(['check_other_cards', 'lapak_asik', 'update_data', 'ask_employer', 'claimable_from']),
    /** For `claimable_from`: the first day a claim may be made. */
    date: CalendarDateString.optional(),
    /** What it means and what to do, in the caller's language. */
    message: z.string(),
  })
  .meta({ id: 'JhtClaimBlocker' });

export const JhtSafetyBlockerWire = z
  .object({
    code: z.enum(['withdrawal_locked', 'bank_cooling_off']),
    remedy: z.enum(['security_settings', 'wait_until']),
    until: z.iso.datetime().optional(),
    /** `until` as a business date (Asia/Jakarta). */
    untilDate: CalendarDateString.optional(),
    message: z.string(),
  })
  .meta({ id: 'JhtSafetyBlocker' });

export const WithdrawalLockResponse = z
  .object({
    /** In force now (a pending turning-off has not taken effect yet). */
    on: z.boolean(),
    since: z.iso.datetime().nullable(),
    /** When a requested turning-off takes effect; null when none is pending. */
    offAt: z.iso.datetime().nullable(),
    /** Hours between asking to turn the lock off and its taking effect. */
    offDelayHours: z.number().int(),
  })
  .meta({ id: 'WithdrawalLockResponse' });
export type WithdrawalLockResponse = z.infer<typeof WithdrawalLockResponse>;

export const WithdrawalLockBody = z
  .object({
    on: z.boolean().meta({ description: 'true: lock now; false: unlock after the delay (step-up)' }),
  })
  .strict()
  .meta({ id: 'WithdrawalLockBody' });
export type WithdrawalLockBody = z.infer<typeof WithdrawalLockBody>;

export const LeaveReportRequestWire = z
  .object({
    kpj: z.string(),
    employer: z.object({ npp: z.string(), name: z.string() }),
    sentAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    resolution: z.enum(['leaver_reported']).nullable(),
  })
  .meta({ id: 'LeaveReportRequest' });
export type LeaveReportRequestWire = z.infer<typeof LeaveReportRequestWire>;

export const LeaveReportRequestResponse = LeaveReportRequestWire.extend({
  /** False when an open request already existed (nothing new was sent). */
  created: z.boolean(),
}).meta({ id: 'LeaveReportRequestResponse' });
export type LeaveReportRequestResponse = z.infer<typeof LeaveReportRequestResponse>;

export const ClaimReminderWire = z
  .object({
    kpj: z.string(),
    remindOn: CalendarDateString,
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'JhtClaimReminder' });

export const ClaimReminderResponse = ClaimReminderWire.extend({ created: z.boolean() }).meta({
  id: 'JhtClaimReminderResponse',
});
export type ClaimReminderResponse = z.infer<typeof ClaimReminderResponse>;

export const JhtEligibilityResponse = z
  .object({
    asOf: CalendarDateString,
    card: z.object({
      kpj: z.string(),
      status: z.enum(['active', 'nonactive']),
      employer: z.object({ npp: z.string(), name: z.string() }).nullable(),
      leftOn: CalendarDateString.nullable(),
    }),
    balance: MoneyString,
    cap: z.object({ amount: MoneyString, validFrom: CalendarDateString, source: z.string() }),
    waitingPeriod: z.object({ months: z.number().int(), source: z.string() }),
    claimableFrom: CalendarDateString.nullable(),
    /** The three conditions, in the app's order: balance within cap, data updated, membership ended. */
    conditions: z.array(
      z.object({
        condition: z.enum(['balance_within_cap', 'data_updated', 'membership_ended']),
        ok: z.boolean(),
        blocker: JhtClaimBlockerWire.optional(),
      }),
    ),
    eligible: z.boolean().meta({ description: 'The three conditions are met' }),
    safety: z.object({
      withdrawalLock: WithdrawalLockResponse.omit({ offDelayHours: true }),
      bankCoolingOff: z.object({ until: z.iso.datetime(), untilDate: CalendarDateString }).nullable(),
      blockers: z.array(JhtSafetyBlockerWire),
    }),
    canClaimInApp: z.boolean().meta({ description: 'Eligible, and no safety control blocks the claim' }),
    bank: z
      .object({
        bankCode: z.string(),
        bankName: z.string(),
        accountNumberMasked: z.string(),
        holderName: z.string(),
      })
      .nullable(),
    hasNpwp: z.boolean(),
    /** The latest request to the employer to report the leaving, if any. */
    leaveReportRequest: LeaveReportRequestWire.nullable(),
    /** The reminder set for the day a claim may be made, if any. */
    reminder: ClaimReminderWire.nullable(),
  })
  .meta({ id: 'JhtEligibilityResponse' });
export type JhtEligibilityResponse = z.infer<typeof JhtEligibilityResponse>;

export const EmployerLeaveReportRequestsResponse = z
  .object({
    requests: z.array(
      z.object({
        id: z.uuid(),
        kpj: z.string(),
        workerName: z.string(),
        joinedOn: CalendarDateString,
        sentAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'EmployerLeaveReportRequestsResponse' });
export type EmployerLeaveReportRequestsResponse = z.infer<typeof EmployerLeaveReportRequestsResponse>;
