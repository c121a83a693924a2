/**
 * The data update ("pengkinian data") on the wire: one wizard per KPJ card, its steps' bodies, the
 * state the member resumes from, the selfie outcome, beneficiaries, the version history, and the
 * officer console's queue, case and decision. Rules live in `core/src/data-update/`.
 */
import { z } from 'zod';
import { BENEFICIARY_RELATIONS } from '../data-update/beneficiaries.ts';
import { RETURN_REASONS } from '../data-update/messages.ts';
import { EMERGENCY_RELATIONS, MARITAL_STATUSES } from '../data-update/person-data.ts';
import { AUTOMATED_CHECKS, DATA_UPDATE_STATUSES, DATA_UPDATE_STEPS } from '../data-update/steps.ts';
import { CalendarDateString } from './common.ts';

export const DataUpdateStepEnum = z.enum(DATA_UPDATE_STEPS);
export const DataUpdateStatusEnum = z.enum(DATA_UPDATE_STATUSES);
export const MaritalStatusEnum = z.enum(MARITAL_STATUSES);
export const EmergencyRelationEnum = z.enum(EMERGENCY_RELATIONS);
export const ReturnReasonEnum = z.enum(RETURN_REASONS);
export const CheckResultEnum = z.enum(['passed', 'referred', 'approved']);

// ── Step bodies (PUT /api/v1/me/cards/{kpj}/data-update/steps/{step}) ────────────────────────────

export const MembershipStepBody = z
  .object({})
  .meta({ id: 'MembershipStepBody', description: 'The membership data was shown; nothing to send' });
export type MembershipStepBody = z.infer<typeof MembershipStepBody>;

export const ConfirmStepBody = z
  .object({
    dataCorrect: z.literal(true).meta({ description: '"Sudah": the membership data shown is right' }),
  })
  .meta({ id: 'ConfirmStepBody' });
export type ConfirmStepBody = z.infer<typeof ConfirmStepBody>;

export const ContactStepBody = z
  .object({
    phone: z.string().max(32).meta({ example: '0812-3456-7890' }),
    email: z.string().max(254).meta({ example: 'siti.rahayu@contoh.id' }),
  })
  .meta({
    id: 'ContactStepBody',
    description: 'A changed number or e-mail is confirmed by a code sent to it',
  });
export type ContactStepBody = z.infer<typeof ContactStepBody>;

export const TaxBankStepBody = z
  .object({
    npwp: z
      .string()
      .max(32)
      .nullable()
      .meta({ description: 'NPWP (15 digits, or 16: your NIK); null or empty when you have none' }),
    bankCode: z.string().max(8).meta({ description: '3-digit clearing code', example: '002' }),
    accountNumber: z.string().max(40),
  })
  .meta({
    id: 'TaxBankStepBody',
    description: "The account must be in the member's own name (bank inquiry)",
  });
export type TaxBankStepBody = z.infer<typeof TaxBankStepBody>;

export const AddressBody = z.object({
  street: z.string().max(200),
  rt: z.string().max(8),
  rw: z.string().max(8),
  village: z.string().max(100).meta({ description: 'Kelurahan or desa' }),
  postalCode: z.string().max(10),
});

export const PopulationStepBody = z
  .object({
    familyCardNumber: z.string().max(32).meta({ description: 'Nomor KK, 16 digits' }),
    address: AddressBody,
    districtCode: z
      .string()
      .max(12)
      .optional()
      .meta({ description: "Six digits; default and normally the NIK's district" }),
    movedFromNikRegion: z
      .boolean()
      .optional()
      .meta({ description: "True when the member lives outside the NIK's district now" }),
  })
  .meta({ id: 'PopulationStepBody' });
export type PopulationStepBody = z.infer<typeof PopulationStepBody>;

export const AdditionalStepBody = z
  .object({
    maritalStatus: MaritalStatusEnum,
    mothersMaidenName: z.string().max(100),
    emergencyContact: z.object({
      name: z.string().max(100),
      relation: EmergencyRelationEnum,
      phone: z.string().max(32),
    }),
  })
  .meta({ id: 'AdditionalStepBody' });
export type AdditionalStepBody = z.infer<typeof AdditionalStepBody>;

export const ContactVerifyBody = z
  .object({ changeId: z.uuid(), code: z.string().regex(/^\d{6}$/) })
  .meta({ id: 'DataUpdateContactVerifyBody' });
export type ContactVerifyBody = z.infer<typeof ContactVerifyBody>;

// ── What the member sees ─────────────────────────────────────────────────────────────────────────

export const BankAccountView = z.object({
  code: z.string(),
  bankName: z.string(),
  isStateOwned: z.boolean().meta({ description: 'Himbara (state bank)' }),
  accountNumber: z.string(),
  /** Null while the bank has not answered the inquiry yet (it was unavailable). */
  holderName: z.string().nullable(),
});

export const AddressView = z.object({
  street: z.string(),
  rt: z.string(),
  rw: z.string(),
  village: z.string(),
  postalCode: z.string(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  regencyName: z.string().nullable(),
  provinceName: z.string().nullable(),
  movedFromNikRegion: z.boolean(),
});

export const EmergencyContactView = z.object({
  name: z.string(),
  relation: EmergencyRelationEnum,
  phone: z.string(),
});

export const PersonDataView = z
  .object({
    phone: z.string().nullable(),
    email: z.string().nullable(),
    npwp: z.object({ value: z.string(), formatted: z.string() }).nullable(),
    bank: BankAccountView.nullable(),
    familyCardNumber: z.string().nullable(),
    address: AddressView.nullable(),
    maritalStatus: MaritalStatusEnum.nullable(),
    mothersMaidenName: z.string().nullable(),
    emergencyContact: EmergencyContactView.nullable(),
  })
  .meta({ id: 'PersonDataView' });
export type PersonDataView = z.infer<typeof PersonDataView>;

export const EntriesView = z
  .object({
    contact: z.object({ phone: z.string(), email: z.string() }).nullable(),
    taxBank: z
      .object({
        npwp: z.object({ value: z.string(), formatted: z.string() }).nullable(),
        bank: BankAccountView,
        verified: z.boolean().meta({ description: "False until the bank confirmed the holder's name" }),
      })
      .nullable(),
    population: z.object({ familyCardNumber: z.string(), address: AddressView }).nullable(),
    additional: z
      .object({
        maritalStatus: MaritalStatusEnum,
        mothersMaidenName: z.string(),
        emergencyContact: EmergencyContactView,
      })
      .nullable(),
  })
  .meta({ id: 'DataUpdateEntries' });
export type EntriesView = z.infer<typeof EntriesView>;

export const ReviewHolder = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue').meta({ description: 'Waiting for the next free officer' }) }),
  z.object({ kind: z.literal('officer'), name: z.string(), branch: z.string().nullable() }),
]);

export const DataUpdateView = z
  .object({
    kpj: z.string(),
    status: z.enum(['not_started', ...DATA_UPDATE_STATUSES]),
    round: z.number().int(),
    currentStep: DataUpdateStepEnum.nullable(),
    steps: z.array(z.object({ step: DataUpdateStepEnum, state: z.enum(['done', 'current', 'todo']) })),
    checks: z.object(
      Object.fromEntries(AUTOMATED_CHECKS.map((c) => [c, CheckResultEnum.nullable()])) as Record<
        (typeof AUTOMATED_CHECKS)[number],
        z.ZodNullable<typeof CheckResultEnum>
      >,
    ),
    membership: z.object({
      kpj: z.string(),
      fullName: z.string(),
      maskedNik: z.string(),
      birthDate: CalendarDateString,
      sex: z.enum(['M', 'F']),
      segment: z.enum(['PU', 'BPU', 'PMI']),
      status: z.enum(['active', 'nonactive']),
      employer: z.object({ npp: z.string(), name: z.string() }).nullable(),
      joinedOn: CalendarDateString,
    }),
    region: z
      .object({
        provinceCode: z.string(),
        provinceName: z.string().nullable(),
        regencyCode: z.string(),
        regencyName: z.string().nullable(),
        districtCode: z.string(),
        districtName: z.string().nullable(),
      })
      .meta({ description: "The NIK's region: the address's default province, regency and district" }),
    current: PersonDataView.meta({ description: "The member's data now: the form's starting values" }),
    entered: EntriesView.meta({ description: 'What this update has entered so far' }),
    offered: z.object({ fromKpj: z.string(), entries: EntriesView }).nullable().meta({
      description: "Entered in the member's other card's update and not yet current: offered for reuse",
    }),
    contactVerification: z.array(
      z.object({
        channel: z.enum(['email', 'sms']),
        changeId: z.uuid(),
        sentTo: z.string(),
        expiresAt: z.iso.datetime(),
      }),
    ),
    face: z.object({
      maxAttemptsPerDay: z.number().int(),
      failedToday: z.number().int(),
      attemptsLeft: z.number().int(),
      last: z
        .object({
          at: z.iso.datetime(),
          outcome: z.enum(['passed', 'failed', 'referred']),
          problem: z.string().nullable(),
        })
        .nullable(),
    }),
    review: z
      .object({
        kind: z.enum(['face_check', 'data_update']),
        openedAt: z.iso.datetime(),
        dueOn: CalendarDateString,
        slaWorkingDays: z.number().int(),
        slaSource: z.string(),
        slaIllustrative: z.boolean(),
        holder: ReviewHolder,
      })
      .nullable()
      .meta({ description: 'An officer has the case: who holds it and until when' }),
    returned: z
      .object({
        at: z.iso.datetime(),
        reasons: z.array(
          z.object({ code: ReturnReasonEnum, step: DataUpdateStepEnum.nullable(), message: z.string() }),
        ),
        note: z.string().nullable(),
      })
      .nullable(),
    completedAt: z.iso.datetime().nullable(),
    noNpwpNote: z.string(),
  })
  .meta({ id: 'DataUpdate' });
export type DataUpdateView = z.infer<typeof DataUpdateView>;

export const FaceAttemptResponse = z
  .object({ outcome: z.enum(['passed', 'referred']), dataUpdate: DataUpdateView })
  .meta({ id: 'FaceAttemptResponse' });
export type FaceAttemptResponse = z.infer<typeof FaceAttemptResponse>;

/** On a card in `GET /api/v1/me/cards`: whether the member still has to update this card's data. */
export const CardDataUpdate = z
  .object({
    status: z.enum(['not_started', ...DATA_UPDATE_STATUSES]),
    required: z.boolean().meta({ description: 'True until the update is done: the app prompts for it' }),
  })
  .meta({ id: 'CardDataUpdate' });
export type CardDataUpdate = z.infer<typeof CardDataUpdate>;

// ── Version history ──────────────────────────────────────────────────────────────────────────────

export const FieldChangeView = z.object({
  field: z.string().meta({ example: 'bank.accountNumber' }),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const DataVersion = z.object({
  version: z.number().int(),
  at: z.iso.datetime(),
  author: z.object({ kind: z.enum(['member', 'officer', 'system']), name: z.string().nullable() }),
  kpj: z.string().nullable(),
  changes: z.array(FieldChangeView),
});

export const DataVersionsResponse = z
  .object({ versions: z.array(DataVersion) })
  .meta({ id: 'DataVersionsResponse' });
export type DataVersionsResponse = z.infer<typeof DataVersionsResponse>;

// ── Beneficiaries ────────────────────────────────────────────────────────────────────────────────

export const BeneficiariesBody = z
  .object({
    beneficiaries: z
      .array(
        z.object({
          fullName: z.string().max(100),
          nik: z.string().max(32),
          relation: z
            .string()
            .max(32)
            .meta({ description: BENEFICIARY_RELATIONS.join(' | ') }),
          shareBp: z.number().int().meta({ description: 'Share in basis points: 10000 = 100%' }),
        }),
      )
      .max(50),
  })
  .meta({ id: 'BeneficiariesBody' });
export type BeneficiariesBody = z.infer<typeof BeneficiariesBody>;

export const BeneficiariesResponse = z
  .object({
    beneficiaries: z.array(
      z.object({
        fullName: z.string(),
        maskedNik: z.string(),
        relation: z.enum(BENEFICIARY_RELATIONS),
        shareBp: z.number().int(),
      }),
    ),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'BeneficiariesResponse' });
export type BeneficiariesResponse = z.infer<typeof BeneficiariesResponse>;

// ── Officer console ──────────────────────────────────────────────────────────────────────────────

export const DataUpdateQueueResponse = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid().meta({ description: 'The data update' }),
        kind: z.enum(['face_check', 'data_update']),
        status: DataUpdateStatusEnum,
        kpj: z.string(),
        fullName: z.string(),
        maskedNik: z.string(),
        openedAt: z.iso.datetime(),
        dueOn: CalendarDateString,
        overdue: z.boolean(),
        holder: z.string().nullable(),
        failedFaceAttempts: z.number().int(),
        lastFaceProblem: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'DataUpdateQueueResponse' });
export type DataUpdateQueueResponse = z.infer<typeof DataUpdateQueueResponse>;

export const DataUpdateCase = z
  .object({
    id: z.uuid(),
    kind: z.enum(['face_check', 'data_update']).nullable(),
    status: DataUpdateStatusEnum,
    round: z.number().int(),
    kpj: z.string(),
    person: z.object({
      personId: z.uuid(),
      fullName: z.string(),
      nik: z.string(),
      birthDate: CalendarDateString,
      sex: z.enum(['M', 'F']),
    }),
    before: PersonDataView,
    after: PersonDataView,
    changes: z.array(FieldChangeView),
    faceAttempts: z.array(
      z.object({
        id: z.uuid(),
        at: z.iso.datetime(),
        outcome: z.enum(['passed', 'failed', 'referred']),
        problem: z.string().nullable(),
        similarity: z.number().nullable(),
        liveness: z.number().nullable(),
        millis: z.number().int().nullable(),
      }),
    ),
    thresholds: z.object({ match: z.number(), liveness: z.number() }),
    review: z
      .object({
        openedAt: z.iso.datetime(),
        dueOn: CalendarDateString,
        overdue: z.boolean(),
        holder: z.string().nullable(),
      })
      .nullable(),
    versions: z.array(DataVersion),
  })
  .meta({ id: 'DataUpdateCase' });
export type DataUpdateCase = z.infer<typeof DataUpdateCase>;

export const DataUpdateDecisionBody = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('approve'), note: z.string().max(500).optional() }),
    z.object({
      decision: z.literal('return'),
      reasons: z.array(ReturnReasonEnum).min(1).max(8),
      note: z.string().max(500).optional().meta({ description: 'Shown to the member with the reasons' }),
    }),
  ])
  .meta({ id: 'DataUpdateDecisionBody' });
export type DataUpdateDecisionBody = z.infer<typeof DataUpdateDecisionBody>;

export const DataUpdateDecisionResponse = z
  .object({ status: DataUpdateStatusEnum, applied: z.boolean() })
  .meta({ id: 'DataUpdateDecisionResponse' });
export type DataUpdateDecisionResponse = z.infer<typeof DataUpdateDecisionResponse>;
