/**
 * Claims on the wire: a member's JHT claim from the draft to the money (the app's "Klaim JHT"), its
 * timeline as "Tracking Klaim" shows it, and the officer console's queue and decisions. The state
 * machine, owners, reason codes and SLAs are core `claims/`; this file only shapes them for HTTP.
 *
 * A claim starts as a draft (`POST /api/v1/me/cards/{kpj}/jht-claims`, with an `Idempotency-Key`
 * header), takes its selfie (`POST /api/v1/me/claims/{id}/selfie`, raw image body), and is submitted
 * (`POST /api/v1/me/claims/{id}/submit`, step-up required, the same key again). Submission runs the
 * automated checks: all passing within the cap → approved and paid straight through; otherwise an
 * officer's queue.
 */
import { z } from 'zod';
import { CLAIM_OWNERS, CLAIM_STATES } from '../claims/states.ts';
import { CalendarDateString, MoneyString } from './common.ts';
import { JhtPayoutLine } from './simulations.ts';

export const ClaimStateEnum = z.enum(CLAIM_STATES);
export const ClaimOwnerEnum = z.enum(CLAIM_OWNERS);

/** Why the member left: the reasons a JHT claim can be made in the app (others go to Lapak Asik). */
export const JHT_CLAIM_REASONS = ['resigned', 'terminated'] as const;
export type JhtClaimReason = (typeof JHT_CLAIM_REASONS)[number];
export const JhtClaimReasonEnum = z.enum(JHT_CLAIM_REASONS).meta({
  description: 'resigned: mengundurkan diri; terminated: PHK (pemutusan hubungan kerja)',
});

/** An idempotency key: what a client generates once per claim it means to make (a UUID will do). */
export const IdempotencyKey = z
  .string()
  .min(16)
  .max(80)
  .regex(/^[A-Za-z0-9_-]+$/)
  .meta({ description: 'Idempotency-Key header: one per claim the member means to make' });

export const StartJhtClaimBody = z
  .object({ reason: JhtClaimReasonEnum })
  .meta({ id: 'StartJhtClaimBody', description: 'Starts (or resumes) the draft JHT claim of a card' });
export type StartJhtClaimBody = z.infer<typeof StartJhtClaimBody>;

export const SubmitJhtClaimBody = z
  .object({
    membershipConfirmed: z.literal(true).meta({ description: '"Sudah": the membership data shown is right' }),
    statementAccepted: z
      .literal(true)
      .meta({ description: '"Saya sudah membaca dan menyetujui…": the statement and the terms' }),
  })
  .meta({ id: 'SubmitJhtClaimBody' });
export type SubmitJhtClaimBody = z.infer<typeof SubmitJhtClaimBody>;

/** Where the money goes: the account from the member's data update, shown masked. */
export const ClaimBankAccount = z
  .object({
    bankCode: z.string(),
    bankName: z.string(),
    accountNumberMasked: z.string().meta({ example: '•••• •••• 7890' }),
    holderName: z.string(),
    himbara: z.boolean().meta({ description: 'A state bank: paid within minutes; others in the next batch' }),
  })
  .meta({ id: 'ClaimBankAccount' });
export type ClaimBankAccount = z.infer<typeof ClaimBankAccount>;

/** What the claim pays: the balance, the tax with a line per bracket, and the net to the account. */
export const ClaimAmounts = z
  .object({
    balance: MoneyString,
    gross: MoneyString,
    tax: MoneyString,
    net: MoneyString,
    hasNpwp: z.boolean(),
    regime: z.enum(['final', 'progressive']),
    lines: z.array(JhtPayoutLine),
  })
  .meta({ id: 'ClaimAmounts' });
export type ClaimAmounts = z.infer<typeof ClaimAmounts>;

/** Due by: an instant (hours-long SLAs) or the end of a working day in Asia/Jakarta. */
export const ClaimDueWire = z
  .object({
    at: z.iso.datetime().nullable(),
    date: CalendarDateString.nullable(),
    illustrative: z.boolean().meta({ description: 'True when the SLA figure is ours, not the agency’s' }),
  })
  .meta({ id: 'ClaimDue' });

export const ClaimTimelineEvent = z
  .object({
    state: ClaimStateEnum,
    stateName: z.string().meta({ description: 'In the request’s language' }),
    at: z.iso.datetime(),
    owner: ClaimOwnerEnum,
    ownerName: z.string(),
    reason: z.string().nullable().meta({ description: 'A core claim reason code' }),
    reasonText: z.string().nullable(),
    actor: z.enum(['system', 'participant', 'officer', 'supervisor', 'bank']),
  })
  .meta({ id: 'ClaimTimelineEvent' });
export type ClaimTimelineEvent = z.infer<typeof ClaimTimelineEvent>;

export const ClaimFaceCheck = z
  .object({
    status: z.enum(['not_taken', 'passed', 'failed', 'referred']),
    attemptsLeft: z.number().int().min(0),
  })
  .meta({ id: 'ClaimFaceCheck' });

export const ClaimSummary = z
  .object({
    id: z.uuid(),
    reference: z
      .string()
      .meta({ description: 'What the member quotes to an officer', example: 'JHT-2026-000123' }),
    program: z.literal('JHT'),
    kpj: z.string(),
    reason: JhtClaimReasonEnum,
    state: ClaimStateEnum,
    stateName: z.string(),
    owner: ClaimOwnerEnum,
    ownerName: z.string(),
    since: z.iso.datetime(),
    due: ClaimDueWire.nullable(),
    net: MoneyString.nullable().meta({ description: 'Known once the claim is submitted' }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ClaimSummary' });
export type ClaimSummary = z.infer<typeof ClaimSummary>;

export const ClaimDetail = ClaimSummary.extend({
  reasonCode: z.string().nullable().meta({ description: 'Why the claim is in its state (core reason code)' }),
  reasonText: z.string().nullable(),
  amounts: ClaimAmounts.nullable(),
  bank: ClaimBankAccount.nullable(),
  face: ClaimFaceCheck,
  timeline: z.array(ClaimTimelineEvent),
  /** What the member can do now (cancel a claim not yet approved; fix a returned one). */
  canCancel: z.boolean(),
}).meta({ id: 'ClaimDetail' });
export type ClaimDetail = z.infer<typeof ClaimDetail>;

export const ClaimList = z.object({ claims: z.array(ClaimSummary) }).meta({ id: 'ClaimList' });
export type ClaimList = z.infer<typeof ClaimList>;

export const ClaimSelfieResponse = z
  .object({
    outcome: z.enum(['passed', 'referred']),
    claim: ClaimDetail,
  })
  .meta({
    id: 'ClaimSelfieResponse',
    description: 'passed, or referred: the attempts are used up and an officer will confirm the face',
  });
export type ClaimSelfieResponse = z.infer<typeof ClaimSelfieResponse>;

// ── Console ─────────────────────────────────────────────────────────────────────────────────────

export const CLAIM_DECISIONS = ['approve', 'reject', 'return', 'interview'] as const;
export const ClaimDecisionBody = z
  .object({
    decision: z.enum(CLAIM_DECISIONS),
    reason: z.string().max(64).optional().meta({ description: 'A core claim reason code the move accepts' }),
    note: z.string().max(1000).optional().meta({ description: 'For the file; never shown to the member' }),
  })
  .meta({ id: 'ClaimDecisionBody' });
export type ClaimDecisionBody = z.infer<typeof ClaimDecisionBody>;

export const ConsoleClaimQueueItem = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    memberName: z.string(),
    kpj: z.string(),
    state: ClaimStateEnum,
    reasonCode: z.string().nullable(),
    since: z.iso.datetime(),
    due: ClaimDueWire.nullable(),
    overdue: z.boolean(),
    gross: MoneyString.nullable(),
  })
  .meta({ id: 'ConsoleClaimQueueItem' });

export const ConsoleClaimQueue = z
  .object({ items: z.array(ConsoleClaimQueueItem) })
  .meta({ id: 'ConsoleClaimQueue' });
export type ConsoleClaimQueue = z.infer<typeof ConsoleClaimQueue>;

export const ConsoleClaimCase = z
  .object({
    claim: ClaimDetail,
    memberName: z.string(),
    birthDate: CalendarDateString,
    nikMasked: z.string(),
    /** Moves the officer may make now, each with the reason codes it accepts. */
    decisions: z.array(
      z.object({
        decision: z.enum(CLAIM_DECISIONS),
        reasons: z.array(z.string()),
        reasonRequired: z.boolean(),
      }),
    ),
    /** The latest selfie and the registry photo, for a face the check could not confirm. */
    hasSelfie: z.boolean(),
  })
  .meta({ id: 'ConsoleClaimCase' });
export type ConsoleClaimCase = z.infer<typeof ConsoleClaimCase>;
