/**
 * The keys of digital membership cards: one Ed25519 key signs (its private part never leaves the
 * server), and every public key that may still have signed a card in force verifies — the current
 * one and, during a rotation, earlier ones (`JMO_CARD_VERIFY_KEYS_PREVIOUS`). The public keys are
 * published as a JWKS for clinics and integrators.
 *
 * Outside production an unset key is generated once into the data folder (mode 0600), like the PII
 * development keys (security/pii.ts), so cards issued before a restart still verify after it.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CardPublicKey } from '@jmo/core';
import type { Config } from '../config.ts';

export interface CardKeyRing {
  signing: { kid: string; privateKey: KeyObject };
  /** Every key that verifies, the signing key's first; what the JWKS publishes. */
  publicKeys: readonly Required<CardPublicKey>[];
}

/** The raw 32-byte public key of an Ed25519 key, base64url (the JWK's `x`). */
function publicX(key: KeyObject): string {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string')
    throw new Error('card signing key must be Ed25519');
  return jwk.x;
}

/** A default key id: the first 16 characters of the RFC 7638 thumbprint of the public key. */
export function cardKeyThumbprintId(x: string): string {
  const canonical = JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x });
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

const publicKeyOf = (kid: string, x: string): Required<CardPublicKey> => ({
  kty: 'OKP',
  crv: 'Ed25519',
  x,
  kid,
  alg: 'EdDSA',
  use: 'sig',
});

export function createCardKeyRing(opts: {
  privateKey: KeyObject;
  kid?: string | undefined;
  previous?: readonly { kid: string; x: string }[];
}): CardKeyRing {
  const x = publicX(opts.privateKey);
  const kid = opts.kid ?? cardKeyThumbprintId(x);
  const previous = (opts.previous ?? []).filter((k) => k.x !== x);
  if (previous.some((k) => k.kid === kid)) throw new Error(`card key id ${kid} is used twice`);
  return {
    signing: { kid, privateKey: opts.privateKey },
    publicKeys: [publicKeyOf(kid, x), ...previous.map((k) => publicKeyOf(k.kid, k.x))],
  };
}

/** A fresh signing key for operators (`npm run card-keys:generate`), as configured. */
export function generateCardSigningKey(): { privateKey: string; kid: string; x: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const x = publicX(privateKey);
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    kid: cardKeyThumbprintId(x),
    x,
  };
}

export const DEV_CARD_KEY_FILE = 'card-signing-key.json';

/**
 * The configured key, or — outside production, where config.ts demands one — a development key
 * generated once into the data folder.
 */
export function resolveCardKeyRing(opts: {
  card: Config['card'];
  dataDir: string;
}): CardKeyRing & { generatedAt?: string } {
  const previous = opts.card.previousVerifyKeys;
  if (opts.card.signingKey)
    return createCardKeyRing({ privateKey: opts.card.signingKey, kid: opts.card.signingKeyId, previous });
  const file = path.join(opts.dataDir, DEV_CARD_KEY_FILE);
  if (fs.existsSync(file)) {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { kid: string; privateKey: string };
    const privateKey = createPrivateKey({
      key: Buffer.from(saved.privateKey, 'base64'),
      format: 'der',
      type: 'pkcs8',
    });
    return createCardKeyRing({ privateKey, kid: saved.kid, previous });
  }
  const generated = generateCardSigningKey();
  fs.mkdirSync(opts.dataDir, { recursive: true });
  fs.writeFileSync(
    file,
    JSON.stringify({
      note: 'Development key that signs digital cards. Never use in production: set JMO_CARD_SIGNING_KEY.',
      kid: generated.kid,
      privateKey: generated.privateKey,
    }),
    { mode: 0o600 },
  );
  const privateKey = createPrivateKey({
    key: Buffer.from(generated.privateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  return { ...createCardKeyRing({ privateKey, kid: generated.kid, previous }), generatedAt: file };
}
