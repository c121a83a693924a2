/**
 * PII at rest: AES-256-GCM for the value and a keyed blind index (HMAC-SHA-256) for exact look-ups,
 * so a database dump reveals neither NIKs nor contact data. Ciphertext layout:
 * version (1 byte) ‖ IV (12) ‖ auth tag (16) ‖ ciphertext. The version byte leaves room for key
 * rotation (issue 3).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const VERSION = 1;

export interface PiiKeys {
  encryptionKey: Buffer;
  indexKey: Buffer;
}

export interface PiiCipher {
  encrypt(plaintext: string): Buffer;
  decrypt(ciphertext: Buffer): string;
  /** Deterministic keyed digest of a normalised value; equal inputs give equal indexes. */
  blindIndex(kind: 'nik' | 'email' | 'phone' | 'code', normalised: string): Buffer;
}

export function createPiiCipher(keys: PiiKeys): PiiCipher {
  if (keys.encryptionKey.length !== 32 || keys.indexKey.length !== 32)
    throw new Error('PII keys must be 32 bytes');
  return {
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    decrypt(ciphertext) {
      if (ciphertext[0] !== VERSION) throw new Error(`unknown PII ciphertext version ${ciphertext[0]}`);
      const decipher = createDecipheriv('aes-256-gcm', keys.encryptionKey, ciphertext.subarray(1, 13));
      decipher.setAuthTag(ciphertext.subarray(13, 29));
      return Buffer.concat([decipher.update(ciphertext.subarray(29)), decipher.final()]).toString('utf8');
    },
    blindIndex(kind, normalised) {
      return createHmac('sha256', keys.indexKey).update(`${kind}:${normalised}`).digest();
    },
  };
}

/**
 * Keys from configuration, or — outside production — a development key pair generated once into
 * the data folder (mode 0600) so a restart can still read what it wrote.
 */
export function resolvePiiKeys(opts: {
  piiKey: Buffer | undefined;
  indexKey: Buffer | undefined;
  dataDir: string;
}): PiiKeys & { generatedAt?: string } {
  if (opts.piiKey && opts.indexKey) return { encryptionKey: opts.piiKey, indexKey: opts.indexKey };
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
