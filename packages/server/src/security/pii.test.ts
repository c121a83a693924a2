/** PII at rest: encryption round-trips, never repeats a ciphertext, detects tampering; indexes are keyed. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPiiCipher, resolvePiiKeys } from './pii.ts';

const keys = () => ({ encryptionKey: randomBytes(32), indexKey: randomBytes(32) });

describe('PII cipher', () => {
  it('round-trips and never produces the same ciphertext twice', () => {
    const pii = createPiiCipher(keys());
    const a = pii.encrypt('3174015708900001');
    const b = pii.encrypt('3174015708900001');
    expect(a.equals(b)).toBe(false);
    expect(a.toString('latin1')).not.toContain('3174015708900001');
    expect(pii.decrypt(a)).toBe('3174015708900001');
  });

  it('refuses a tampered ciphertext', () => {
    const pii = createPiiCipher(keys());
    const c = pii.encrypt('+6281234567890');
    c[c.length - 1]! ^= 1;
    expect(() => pii.decrypt(c)).toThrow();
  });

  it('gives equal blind indexes for equal values under one key only', () => {
    const k = keys();
    const one = createPiiCipher(k);
    const again = createPiiCipher(k);
    const other = createPiiCipher(keys());
    expect(one.blindIndex('nik', 'x').equals(again.blindIndex('nik', 'x'))).toBe(true);
    expect(one.blindIndex('nik', 'x').equals(one.blindIndex('email', 'x'))).toBe(false);
    expect(one.blindIndex('nik', 'x').equals(other.blindIndex('nik', 'x'))).toBe(false);
  });

  it('generates development keys once into the data folder and reuses them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-keys-'));
    const first = resolvePiiKeys({ piiKey: undefined, indexKey: undefined, dataDir: dir });
    const second = resolvePiiKeys({ piiKey: undefined, indexKey: undefined, dataDir: dir });
    expect(first.generatedAt).toBeDefined();
    expect(second.generatedAt).toBeUndefined();
    expect(second.encryptionKey.equals(first.encryptionKey)).toBe(true);
    expect(fs.statSync(path.join(dir, 'dev-keys.json')).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });
});
