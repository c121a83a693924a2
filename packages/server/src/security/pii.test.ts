/**
 * PII at rest: encryption round-trips, never repeats a ciphertext, detects tampering; indexes are
 * keyed; the ciphertext's first byte picks the key, so earlier key generations stay readable.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPiiCipher, PiiDecryptionError, resolvePiiKeys } from './pii.ts';

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

  it('round-trips binary PII byte for byte, in the same envelope', () => {
    const pii = createPiiCipher(keys());
    const photo = randomBytes(4096);
    const sealed = pii.encryptBytes(photo);
    expect(sealed[0]).toBe(pii.keyId);
    expect(pii.decryptBytes(sealed).equals(photo)).toBe(true);
    // Text and bytes share the envelope: a text ciphertext opens as its UTF-8 bytes.
    expect(pii.decryptBytes(pii.encrypt('Siti')).toString('utf8')).toBe('Siti');
    sealed[sealed.length - 1]! ^= 1;
    expect(() => pii.decryptBytes(sealed)).toThrow(PiiDecryptionError);
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

  describe('key ids', () => {
    const keyA = Buffer.alloc(32, 7);
    // Written by the cipher before key ids existed (version byte 1), key A: must read forever.
    const writtenBeforeRotation = Buffer.from(
      'AYFav5yqHg1H1VNWc4nlBCoUVVthmmWwEXCBQiNFXgzG/ZijZBUV0l1nbO0a',
      'base64',
    );

    it('reads a ciphertext written before key ids existed as key id 1', () => {
      expect(
        createPiiCipher({ encryptionKey: keyA, indexKey: randomBytes(32) }).decrypt(writtenBeforeRotation),
      ).toBe('3174015708900001');
    });

    it('encrypts under the current id and still decrypts what earlier ids wrote', () => {
      const rotated = createPiiCipher({
        ...keys(),
        keyId: 2,
        previousKeys: [{ id: 1, encryptionKey: keyA }],
      });
      expect(rotated.keyId).toBe(2);
      expect(rotated.decrypt(writtenBeforeRotation)).toBe('3174015708900001');
      const fresh = rotated.encrypt('rina@example.id');
      expect(fresh[0]).toBe(2);
      expect(rotated.decrypt(fresh)).toBe('rina@example.id');
    });

    it('names an unknown key id instead of guessing', () => {
      const other = createPiiCipher({ ...keys(), keyId: 3 });
      const attempt = () => other.decrypt(writtenBeforeRotation);
      expect(attempt).toThrow(PiiDecryptionError);
      expect(attempt).toThrow(/key id 1, which is not configured/);
    });

    it('refuses the wrong key for an id, a ciphertext moved to another id, and a truncated one', () => {
      const wrongKeyForOne = createPiiCipher({
        ...keys(),
        keyId: 2,
        previousKeys: [{ id: 1, encryptionKey: randomBytes(32) }],
      });
      expect(() => wrongKeyForOne.decrypt(writtenBeforeRotation)).toThrow(/key id 1 failed authentication/);

      const both = createPiiCipher({ ...keys(), keyId: 2, previousKeys: [{ id: 1, encryptionKey: keyA }] });
      const relabelled = Buffer.from(writtenBeforeRotation);
      relabelled[0] = 2;
      expect(() => both.decrypt(relabelled)).toThrow(/key id 2 failed authentication/);
      expect(() => both.decrypt(writtenBeforeRotation.subarray(0, 20))).toThrow(/too short/);
    });

    it('refuses key ids outside 1–255 and a previous id given twice or equal to the current one', () => {
      expect(() => createPiiCipher({ ...keys(), keyId: 0 })).toThrow(/1 to 255/);
      expect(() => createPiiCipher({ ...keys(), keyId: 256 })).toThrow(/1 to 255/);
      const previous = { id: 1, encryptionKey: randomBytes(32) };
      expect(() => createPiiCipher({ ...keys(), keyId: 1, previousKeys: [previous] })).toThrow(/used twice/);
      expect(() => createPiiCipher({ ...keys(), keyId: 2, previousKeys: [previous, previous] })).toThrow(
        /used twice/,
      );
    });
  });

  it('takes the configured key id and previous keys over generated development keys', () => {
    const configured = resolvePiiKeys({
      piiKey: randomBytes(32),
      indexKey: randomBytes(32),
      keyId: 4,
      previousKeys: [{ id: 3, encryptionKey: randomBytes(32) }],
      dataDir: path.join(os.tmpdir(), 'jmo-keys-unused'),
    });
    expect(configured.keyId).toBe(4);
    expect(configured.previousKeys?.map((k) => k.id)).toEqual([3]);
    expect(configured.generatedAt).toBeUndefined();
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
