/**
 * PII at rest: AES-256-GCM for the value and a keyed blind index (HMAC-SHA-256) for exact look-ups,
 * so a database dump reveals neither NIKs nor contact data. Ciphertext layout:
 * key id (1 byte) ‖ IV (12) ‖ auth tag (16) ‖ ciphertext.
 *
 * Keys come in generations: a key id names one pair (encryption key, index key). `encrypt` and
 * `blindIndex` use the current pair only; `decrypt` picks the encryption key by the ciphertext's first
 * byte, so earlier generations stay readable until `npm run keys:rotate` has re-encrypted their rows
 * and recomputed the rows' blind indexes in the same update (ADR 0005). Earlier index keys are never
 * needed: a row's indexes are recomputed from its plaintext, and its key id says whether they are
 * current. Keys that were never rotated are id 1, the only version written before rotation existed.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;
/** The id of a key pair before any rotation (and of generated development keys). */
export const FIRST_KEY_ID = 1;

export interface PiiKeys {
  encryptionKey: Buffer;
  indexKey: Buffer;
  /** Id of this pair, written as the first byte of every ciphertext (1–255); defaults to 1. */
  keyId?: number;
  /** Encryption keys of earlier generations: only to decrypt rows keys:rotate has not reached yet. */
  previousKeys?: readonly PreviousPiiKey[];
}

export interface PreviousPiiKey {
  id: number;
  encryptionKey: Buffer;
}

export type BlindIndexKind = 'nik' | 'email' | 'phone' | 'code' | 'bank_account';

export interface PiiCipher {
  /** The id every new ciphertext carries. */
  readonly keyId: number;
  encrypt(plaintext: string): Buffer;
  decrypt(ciphertext: Buffer): string;
  /** The same envelope for binary PII (selfies, reference photos, uploaded documents). */
  encryptBytes(plaintext: Uint8Array): Buffer;
  decryptBytes(ciphertext: Buffer): Buffer;
  /** Deterministic keyed digest of a normalised value; equal inputs give equal indexes. */
  blindIndex(kind: BlindIndexKind, normalised: string): Buffer;
}

/** A ciphertext that cannot be read: never carries the plaintext or the key, only the key id. */
export class PiiDecryptionError extends Error {
  constructor(
    readonly reason: 'malformed' | 'unknown_key_id' | 'authentication_failed',
    readonly keyId: number | undefined,
  ) {
    super(
      reason === 'malformed'
        ? 'PII ciphertext is too short to be one'
        : reason === 'unknown_key_id'
          ? `PII ciphertext was written under key id ${keyId}, which is not configured (JMO_PII_KEY_ID / JMO_PII_KEY_PREVIOUS)`
          : `PII ciphertext under key id ${keyId} failed authentication: it was altered, or the key configured for id ${keyId} is not the one that wrote it`,
    );
  }
}

export function isValidKeyId(id: number): boolean {
  return Number.isInteger(id) && id >= 1 && id <= 255;
}

export function createPiiCipher(keys: PiiKeys): PiiCipher {
  const keyId = keys.keyId ?? FIRST_KEY_ID;
  if (!isValidKeyId(keyId)) throw new Error('PII key id must be an integer from 1 to 255');
  if (keys.encryptionKey.length !== 32 || keys.indexKey.length !== 32)
    throw new Error('PII keys must be 32 bytes');
  const encryptionKeys = new Map<number, Buffer>([[keyId, keys.encryptionKey]]);
  for (const previous of keys.previousKeys ?? []) {
    if (!isValidKeyId(previous.id) || encryptionKeys.has(previous.id))
      throw new Error(`previous PII key id ${previous.id} is invalid or used twice`);
    if (previous.encryptionKey.length !== 32) throw new Error('PII keys must be 32 bytes');
    encryptionKeys.set(previous.id, previous.encryptionKey);
  }
  function encryptBytes(plaintext: Uint8Array): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([Buffer.from([keyId]), iv, cipher.getAuthTag(), body]);
  }
  function decryptBytes(ciphertext: Buffer): Buffer {
    if (ciphertext.length < HEADER_BYTES) throw new PiiDecryptionError('malformed', undefined);
    const id = ciphertext[0]!;
    const key = encryptionKeys.get(id);
    if (!key) throw new PiiDecryptionError('unknown_key_id', id);
    const decipher = createDecipheriv('aes-256-gcm', key, ciphertext.subarray(1, 1 + IV_BYTES));
    decipher.setAuthTag(ciphertext.subarray(1 + IV_BYTES, HEADER_BYTES));
    try {
      return Buffer.concat([decipher.update(ciphertext.subarray(HEADER_BYTES)), decipher.final()]);
    } catch {
      throw new PiiDecryptionError('authentication_failed', id);
    }
  }
  return {
    keyId,
    encrypt: (plaintext) => encryptBytes(Buffer.from(plaintext, 'utf8')),
    decrypt: (ciphertext) => decryptBytes(ciphertext).toString('utf8'),
    encryptBytes,
    decryptBytes,
    blindIndex(kind, normalised) {
      return createHmac('sha256', keys.indexKey).update(`${kind}:${normalised}`).digest();
    },
  };
}

/** A fresh key pair for operators (`npm run keys:rotate -- --generate`), base64 as configured. */
export function generatePiiKeyPair(): { piiKey: string; indexKey: string } {
  return { piiKey: randomBytes(32).toString('base64'), indexKey: randomBytes(32).toString('base64') };
}

/**
 * Keys from configuration, or — outside production — a development key pair (id 1) generated once
 * into the data folder (mode 0600) so a restart can still read what it wrote.
 */
export function resolvePiiKeys(opts: {
  piiKey: Buffer | undefined;
  indexKey: Buffer | undefined;
  keyId?: number;
  previousKeys?: readonly PreviousPiiKey[];
  dataDir: string;
}): PiiKeys & { generatedAt?: string } {
  if (opts.piiKey && opts.indexKey)
    return {
      encryptionKey: opts.piiKey,
      indexKey: opts.indexKey,
      keyId: opts.keyId ?? FIRST_KEY_ID,
      previousKeys: opts.previousKeys ?? [],
    };
  const file = path.join(opts.dataDir, 'dev-keys.json');
  if (fs.existsSync(file)) {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { piiKey: string; indexKey: string };
    return {
      encryptionKey: Buffer.from(saved.piiKey, 'base64'),
      indexKey: Buffer.from(saved.indexKey, 'base64'),
    };
  }
  const keys = { encryptionKey: randomBytes(32), indexKey: randomBytes(32) };
  fs.mkdirSync(opts.dataDir, { recursive: true });
  fs.writeFileSync(
    file,
    JSON.stringify({
      note: 'Development keys for PII encryption. Never use in production: set JMO_PII_KEY and JMO_INDEX_KEY.',
      piiKey: keys.encryptionKey.toString('base64'),
      indexKey: keys.indexKey.toString('base64'),
    }),
    { mode: 0o600 },
  );
  return { ...keys, generatedAt: file };
}
