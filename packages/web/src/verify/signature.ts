/**
 * The signature check of the verify page, in the browser: WebCrypto's Ed25519 through jose where the
 * browser has it (Chrome 137+, recent Safari and Firefox), else a JavaScript Ed25519 (@noble/ed25519,
 * RFC 8032 strict, SHA-512 from @noble/hashes), so older Android phones and pages served over plain
 * http on a clinic's network, where WebCrypto is absent, verify too.
 */

import { decodeBase64Url } from '@jmo/core/card-credential/payload';
import type { CardPublicKey, CardSignatureCheck } from '@jmo/core/card-credential/verify';
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { compactVerify, errors, importJWK } from 'jose';

ed.hashes.sha512 = sha512;

export type SignatureEngine = 'webcrypto' | 'javascript';

let probe: Promise<boolean> | undefined;

/** Whether this browser's WebCrypto verifies Ed25519 (asked once). */
export function hasWebCryptoEd25519(): Promise<boolean> {
  probe ??= (async () => {
    try {
      if (!globalThis.crypto?.subtle) return false;
      await globalThis.crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
      return true;
    } catch {
      return false;
    }
  })();
  return probe;
}

export async function checkWithWebCrypto(token: string, key: CardPublicKey): Promise<boolean> {
  try {
    const publicKey = await importJWK({ kty: key.kty, crv: key.crv, x: key.x }, 'EdDSA');
    await compactVerify(token, publicKey, { algorithms: ['EdDSA'] });
    return true;
  } catch (error) {
    if (error instanceof errors.JOSEError && !(error instanceof errors.JOSENotSupported)) return false;
    throw error;
  }
}

export function checkWithJavaScript(token: string, key: CardPublicKey): boolean {
  const [header = '', payload = '', signaturePart = ''] = token.split('.');
  const signature = decodeBase64Url(signaturePart);
  const publicKey = decodeBase64Url(key.x);
  if (signature?.length !== 64 || publicKey?.length !== 32) return false;
  try {
    return ed.verify(signature, new TextEncoder().encode(`${header}.${payload}`), publicKey, {
      zip215: false,
    });
  } catch {
    return false;
  }
}

export async function signatureEngine(): Promise<SignatureEngine> {
  return (await hasWebCryptoEd25519()) ? 'webcrypto' : 'javascript';
}

export const checkSignatureInBrowser: CardSignatureCheck = async (token, key) =>
  (await hasWebCryptoEd25519()) ? checkWithWebCrypto(token, key) : checkWithJavaScript(token, key);
