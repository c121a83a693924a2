/**
 * The identity correction: a member whose name or birth date differs between the KTP, the registry
 * and the employer's data asks for it to be corrected, with photos of the KTP or the family card (KK)
 * as evidence; an officer compares them and approves or rejects with a reason. No branch visit.
 */
import { z } from 'zod';
import { CalendarDateString } from './common.ts';

export const IDENTITY_FIELDS = ['fullName', 'birthDate'] as const;
export const IdentityFieldEnum = z.enum(IDENTITY_FIELDS);
export type IdentityField = z.infer<typeof IdentityFieldEnum>;

export const EVIDENCE_KINDS = ['ktp', 'kk'] as const;
export const EvidenceKindEnum = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindEnum>;

export const IdentityCorrectionStatusEnum = z.enum(['open', 'approved', 'rejected']);
export type IdentityCorrectionStatus = z.infer<typeof IdentityCorrectionStatusEnum>;

// No component id: a query string must stay inline in the OpenAPI document.
export const EvidenceUploadQuery = z.object({
  kind: EvidenceKindEnum.meta({ description: 'KTP or family card (KK)' }),
});

export const EvidenceUploadResponse = z
  .object({ id: z.uuid(), kind: EvidenceKindEnum, width: z.number().int(), height: z.number().int() })
  .meta({ id: 'EvidenceUploadResponse' });
export type EvidenceUploadResponse = z.infer<typeof EvidenceUploadResponse>;

/** The values as printed on the KTP; only the fields being corrected. */
export const RequestedIdentity = z
  .object({
    fullName: z.string().trim().min(2).max(100).optional(),
    birthDate: CalendarDateString.optional(),
  })
  .meta({ id: 'RequestedIdentity' });
export type RequestedIdentity = z.infer<typeof RequestedIdentity>;

export const IdentityCorrectionBody = z
  .object({
    fields: z.array(IdentityFieldEnum).min(1).max(2),
    values: RequestedIdentity,
    explanation: z.string().trim().min(10).max(1000),
    // No minimum here: none at all gets its own problem (identity_correction_no_evidence).
    evidenceIds: z.array(z.uuid()).max(4),
  })
  .refine((b) => new Set(b.fields).size === b.fields.length, { message: 'each field once', path: ['fields'] })
  .refine((b) => b.fields.every((f) => b.values[f] !== undefined), {
    message: 'give the value of each field to correct',
    path: ['values'],
  })
  .meta({ id: 'IdentityCorrectionBody' });
export type IdentityCorrectionBody = z.infer<typeof IdentityCorrectionBody>;

export const IdentityCorrectionView = z
  .object({
    id: z.uuid(),
    status: IdentityCorrectionStatusEnum,
    fields: z.array(IdentityFieldEnum),
    values: RequestedIdentity,
    createdAt: z.iso.datetime(),
    dueOn: CalendarDateString,
    holder: z.string().nullable().meta({ description: 'The officer holding the case, once opened' }),
    decisionReason: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    evidence: z.array(z.object({ id: z.uuid(), kind: EvidenceKindEnum })),
  })
  .meta({ id: 'IdentityCorrectionView' });
export type IdentityCorrectionView = z.infer<typeof IdentityCorrectionView>;

export const IdentityCorrectionsResponse = z
  .object({
    current: z.object({ fullName: z.string(), birthDate: CalendarDateString }),
    requests: z.array(IdentityCorrectionView),
  })
  .meta({ id: 'IdentityCorrectionsResponse' });
export type IdentityCorrectionsResponse = z.infer<typeof IdentityCorrectionsResponse>;

export const IdentityCorrectionQueueResponse = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        fields: z.array(IdentityFieldEnum),
        fullName: z.string(),
        maskedNik: z.string(),
        createdAt: z.iso.datetime(),
        dueOn: CalendarDateString,
        overdue: z.boolean(),
        holder: z.string().nullable(),
        evidenceCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'IdentityCorrectionQueueResponse' });
export type IdentityCorrectionQueueResponse = z.infer<typeof IdentityCorrectionQueueResponse>;

const IdentityValues = z.object({ fullName: z.string(), birthDate: CalendarDateString });

export const IdentityCorrectionCase = z
  .object({
    id: z.uuid(),
    status: IdentityCorrectionStatusEnum,
    person: IdentityValues.extend({ personId: z.uuid(), nik: z.string(), sex: z.enum(['M', 'F']) }),
    registry: IdentityValues.nullable().meta({
      description: 'The population registry for the NIK; null when it has none',
    }),
    cards: z.array(
      z.object({ kpj: z.string(), nameOnCard: z.string().nullable(), employer: z.string().nullable() }),
    ),
    fields: z.array(IdentityFieldEnum),
    requested: RequestedIdentity,
    explanation: z.string(),
    evidence: z.array(z.object({ id: z.uuid(), kind: EvidenceKindEnum, uploadedAt: z.iso.datetime() })),
    createdAt: z.iso.datetime(),
    dueOn: CalendarDateString,
    overdue: z.boolean(),
    holder: z.string().nullable(),
    decisionReason: z.string().nullable(),
  })
  .meta({ id: 'IdentityCorrectionCase' });
export type IdentityCorrectionCase = z.infer<typeof IdentityCorrectionCase>;

export const IdentityCorrectionDecisionBody = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('approve') }),
    z.object({
      decision: z.literal('reject'),
      reason: z.string().trim().min(5).max(500).meta({ description: 'Shown to the member' }),
    }),
  ])
  .meta({ id: 'IdentityCorrectionDecisionBody' });
export type IdentityCorrectionDecisionBody = z.infer<typeof IdentityCorrectionDecisionBody>;

export const IdentityCorrectionDecisionResponse = z
  .object({ status: IdentityCorrectionStatusEnum, version: z.number().int().nullable() })
  .meta({ id: 'IdentityCorrectionDecisionResponse' });
export type IdentityCorrectionDecisionResponse = z.infer<typeof IdentityCorrectionDecisionResponse>;
