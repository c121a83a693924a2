/**
 * Signing and checking card credentials with jose: a compact JWS, `alg: EdDSA` (Ed25519), the key's
 * `kid` and our `typ`. The verdict itself (expiry, revocation, what each failure means) is core's
 * `verifyCardCredential`, the same one the verify page runs in the browser.
 */
import {
  CARD_CREDENTIAL_TYP,
  type CardCredentialPayload,
  type CardPublicKey,
  type CardSignatureCheck,
} from '@jmo/core';
import { CompactSign, compactVerify, errors, importJWK } from 'jose';
import type { CardKeyRing } from '../../security/card-keys.ts';

export async function signCardCredential(keys: CardKeyRing, payload: CardCredentialPayload): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid: keys.signing.kid, typ: CARD_CREDENTIAL_TYP })
    .sign(keys.signing.privateKey);
}

/** jose's check of one signature: false when it does not verify, whatever the reason in the token. */
export const checkSignatureWithJose: CardSignatureCheck = async (token: string, key: CardPublicKey) => {
  try {
    const publicKey = await importJWK({ kty: key.kty, crv: key.crv, x: key.x }, 'EdDSA');
    await compactVerify(token, publicKey, { algorithms: ['EdDSA'] });
    return true;
  } catch (error) {
    if (error instanceof errors.JOSEError && !(error instanceof errors.JOSENotSupported)) return false;
    throw error;
  }
};
