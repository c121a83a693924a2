/**
 * One verdict for a card credential, the same on the server (`POST /card-credentials/verify`) and in
 * the clinic's browser (`/verify`, offline too): the caller brings the published public keys, the
 * revocation list it has, the instant to judge at, and the signature check of its platform (jose on
 * the server, WebCrypto or a JS Ed25519 in the browser). Nothing here reads a clock or does crypto.
 */
import {
  CARD_CREDENTIAL_TYP,
  CARD_TOKEN_MAX_LENGTH,
  type CardCredentialPayload,
  decodeJsonSegment,
  parseCardCredentialPayload,
} from './payload.ts';

export const CARD_VERIFICATION_OUTCOMES = [
  'valid',
  'expired',
  'revoked',
  'signature_invalid',
  'unknown_key',
  'malformed',
] as const;
export type CardVerificationOutcome = (typeof CARD_VERIFICATION_OUTCOMES)[number];

/** An Ed25519 public key as published in the JWKS (RFC 8037). */
export interface CardPublicKey {
  kty: 'OKP';
  crv: 'Ed25519';
  /** The 32-byte public key, base64url. */
  x: string;
  kid: string;
  alg?: 'EdDSA';
  use?: 'sig';
}

/** Whether `token`'s signature is the one `key` makes; false for any signature that does not verify. */
export type CardSignatureCheck = (token: string, key: CardPublicKey) => Promise<boolean>;

export type CardVerification =
  | { outcome: 'valid' | 'expired'; kid: string; payload: CardCredentialPayload }
  | { outcome: 'revoked'; kid: string; payload: CardCredentialPayload; revokedAt: string }
  | { outcome: 'signature_invalid' | 'unknown_key'; kid: string | null }
  | { outcome: 'malformed' };

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export async function verifyCardCredential(
  token: string,
  context: {
    keys: readonly CardPublicKey[];
    /** When the credential with this id was revoked (ISO instant), or undefined when it was not. */
    revokedAt: (jti: string) => string | undefined;
    asOf: Date;
    checkSignature: CardSignatureCheck;
  },
): Promise<CardVerification> {
  if (token.length > CARD_TOKEN_MAX_LENGTH || !COMPACT_JWS.test(token)) return { outcome: 'malformed' };
  const [headerPart = '', payloadPart = ''] = token.split('.');
  const header = decodeJsonSegment(headerPart);
  if (!header || typeof header !== 'object' || Array.isArray(header)) return { outcome: 'malformed' };
  const { alg, kid, typ, crit } = header as Record<string, unknown>;
  if (typ !== CARD_CREDENTIAL_TYP || typeof kid !== 'string' || kid === '') return { outcome: 'malformed' };
  // Our typ with another algorithm (`none`, HS256 with the public key as secret…) is a forgery.
  if (alg !== 'EdDSA' || crit !== undefined) return { outcome: 'signature_invalid', kid };
  const key = context.keys.find((k) => k.kid === kid);
  if (!key) return { outcome: 'unknown_key', kid };
  if (!(await context.checkSignature(token, key))) return { outcome: 'signature_invalid', kid };
  // Signed by us: a payload we cannot read is from a newer (or broken) issuer, never trusted.
  const payload = parseCardCredentialPayload(decodeJsonSegment(payloadPart));
  if (!payload) return { outcome: 'malformed' };
  const revokedAt = context.revokedAt(payload.jti);
  if (revokedAt !== undefined) return { outcome: 'revoked', kid, payload, revokedAt };
  if (payload.exp * 1000 <= context.asOf.getTime()) return { outcome: 'expired', kid, payload };
  return { outcome: 'valid', kid, payload };
}

/** The payload of a token without checking anything: only for showing the member their own card. */
export function readCardCredentialPayload(token: string): CardCredentialPayload | null {
  if (!COMPACT_JWS.test(token)) return null;
  return parseCardCredentialPayload(decodeJsonSegment(token.split('.')[1] ?? ''));
}
