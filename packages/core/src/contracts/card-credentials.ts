/**
 * Request and response shapes of the digital membership card: the member's credential (with its QR
 * and PDF), the published keys and revocation list, verification, and revocation by staff.
 */
import { z } from 'zod';
import { CARD_PROGRAMS, CARD_TOKEN_MAX_LENGTH } from '../card-credential/payload.ts';
import { CARD_VERIFICATION_OUTCOMES } from '../card-credential/verify.ts';
import { MembershipStatus, Segment } from './cards.ts';

export const CardCredentialPayloadSchema = z
  .object({
    v: z.literal(1),
    jti: z.string(),
    iat: z.number().int().meta({ description: 'Issued at, seconds since the epoch' }),
    exp: z.number().int().meta({ description: 'Valid until, seconds since the epoch' }),
    kpj: z.string(),
    name: z.string().meta({ description: 'The name as on the card' }),
    nik: z
      .string()
      .meta({ description: 'NIK masked but for its last four digits', example: '************0001' }),
    segment: Segment,
    status: MembershipStatus,
    programs: z.array(z.enum(CARD_PROGRAMS)),
    employer: z.string().nullable(),
  })
  .meta({ id: 'CardCredentialPayload' });

export const CardCredentialResponse = z
  .object({
    id: z.string().meta({ description: 'Credential id (the JWS `jti`)' }),
    issuedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    token: z.string().meta({ description: 'Compact JWS (EdDSA, Ed25519) as in the QR code' }),
    verifyUrl: z.string().meta({ description: 'What the QR code holds: PUBLIC_URL/verify#<token>' }),
    qrSvg: z.string().meta({ description: 'The QR code of verifyUrl as an SVG document' }),
    payload: CardCredentialPayloadSchema,
    outdated: z.boolean().meta({
      description:
        'The card changed since issue (status, name, employer, programs): a reissue shows clinics the current facts',
    }),
  })
  .meta({ id: 'CardCredentialResponse' });
export type CardCredentialResponse = z.infer<typeof CardCredentialResponse>;

export const CardPublicKeySchema = z
  .object({
    kty: z.literal('OKP'),
    crv: z.literal('Ed25519'),
    x: z.string(),
    kid: z.string(),
    alg: z.literal('EdDSA'),
    use: z.literal('sig'),
  })
  .meta({ id: 'CardPublicKey' });

export const CardKeysResponse = z
  .object({ keys: z.array(CardPublicKeySchema) })
  .meta({ id: 'CardKeysResponse', description: 'JWKS (RFC 7517) of the keys that sign digital cards' });
export type CardKeysResponse = z.infer<typeof CardKeysResponse>;

export const CardRevocationListResponse = z
  .object({
    generatedAt: z.iso.datetime(),
    revoked: z.array(z.object({ id: z.string(), revokedAt: z.iso.datetime() })),
  })
  .meta({
    id: 'CardRevocationListResponse',
    description: 'Revoked credentials that have not expired yet (an expired one fails anyway)',
  });
export type CardRevocationListResponse = z.infer<typeof CardRevocationListResponse>;

export const CardVerifyBody = z
  .object({
    token: z
      .string()
      .min(1)
      .max(CARD_TOKEN_MAX_LENGTH + 512)
      .meta({ description: 'The JWS, or the QR code URL ending in #<JWS>' }),
  })
  .meta({ id: 'CardVerifyBody' });

export const CardVerifyResponse = z
  .object({
    outcome: z.enum(CARD_VERIFICATION_OUTCOMES),
    tone: z.enum(['ok', 'warning', 'bad']),
    title: z.string(),
    action: z.string().meta({ description: 'What the clinic should do' }),
    credential: CardCredentialPayloadSchema.nullable(),
    revokedAt: z.iso.datetime().nullable(),
    checkedAt: z.iso.datetime(),
  })
  .meta({ id: 'CardVerifyResponse' });
export type CardVerifyResponse = z.infer<typeof CardVerifyResponse>;

export const CardRevocationReason = z.enum(['lost', 'misuse', 'data_corrected', 'other']);
export type CardRevocationReason = z.infer<typeof CardRevocationReason>;

export const CardRevokeBody = z
  .object({
    reason: CardRevocationReason,
    note: z.string().trim().max(500).optional(),
  })
  .meta({ id: 'CardRevokeBody' });

export const StaffCardCredential = z
  .object({
    id: z.string(),
    kpj: z.string(),
    kid: z.string(),
    issuedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    revokedReason: z.enum(['reissued', 'lost', 'misuse', 'data_corrected', 'other']).nullable(),
  })
  .meta({ id: 'StaffCardCredential' });

export const StaffCardCredentialsResponse = z
  .object({ credentials: z.array(StaffCardCredential) })
  .meta({ id: 'StaffCardCredentialsResponse' });
