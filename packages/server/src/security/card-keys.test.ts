/**
 * The card signing key: configured (base64 PKCS#8 or PEM, required in production), or generated once
 * into the data folder outside production (mode 0600) and read back after a restart; earlier public
 * keys stay in the published set during a rotation.
 */
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import {
  cardKeyThumbprintId,
  DEV_CARD_KEY_FILE,
  generateCardSigningKey,
  resolveCardKeyRing,
} from './card-keys.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-card-keys-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('card signing keys', () => {
  it('generates a development key into the data folder once, readable only by its owner', () => {
    const first = resolveCardKeyRing({ card: loadConfig({}).card, dataDir: dir });
    const file = path.join(dir, DEV_CARD_KEY_FILE);
    expect(first.generatedAt).toBe(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = resolveCardKeyRing({ card: loadConfig({}).card, dataDir: dir });
    expect(again.generatedAt).toBeUndefined();
    expect(again.signing.kid).toBe(first.signing.kid);
    expect(again.publicKeys).toEqual(first.publicKeys);
  });

  it('takes a configured key as base64 PKCS#8 or PEM, with its id or a thumbprint id', () => {
    const generated = generateCardSigningKey();
    const ring = resolveCardKeyRing({
      card: loadConfig({ JMO_CARD_SIGNING_KEY: generated.privateKey }).card,
      dataDir: dir,
    });
    expect(ring.signing.kid).toBe(generated.kid);
    expect(ring.signing.kid).toBe(cardKeyThumbprintId(generated.x));
    expect(ring.publicKeys[0]).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: generated.x,
      kid: generated.kid,
      alg: 'EdDSA',
      use: 'sig',
    });

    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const fromPem = loadConfig({
      JMO_CARD_SIGNING_KEY: pem.replace(/\n/g, '\\n'),
      JMO_CARD_SIGNING_KEY_ID: 'card-2026',
    });
    expect(resolveCardKeyRing({ card: fromPem.card, dataDir: dir }).signing.kid).toBe('card-2026');
  });

  it('publishes earlier keys after the signing key during a rotation', () => {
    const older = generateCardSigningKey();
    const current = generateCardSigningKey();
    const config = loadConfig({
      JMO_CARD_SIGNING_KEY: current.privateKey,
      JMO_CARD_SIGNING_KEY_ID: 'card-2027',
      JMO_CARD_VERIFY_KEYS_PREVIOUS: `card-2026:${older.x}`,
    });
    const ring = resolveCardKeyRing({ card: config.card, dataDir: dir });
    expect(ring.publicKeys.map((k) => [k.kid, k.x])).toEqual([
      ['card-2027', current.x],
      ['card-2026', older.x],
    ]);
  });

  it('refuses keys that are not Ed25519 private keys, without quoting them', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      format: 'der',
      type: 'pkcs8',
    });
    expect(() => loadConfig({ JMO_CARD_SIGNING_KEY: rsa.toString('base64') })).toThrow(
      /must be an Ed25519 key/,
    );
    try {
      loadConfig({ JMO_CARD_SIGNING_KEY: 'c2VjcmV0LW5vdC1hLWtleQ==' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/JMO_CARD_SIGNING_KEY: must be an Ed25519 private key/);
      expect((error as Error).message).not.toContain('c2VjcmV0');
    }
    expect(() => loadConfig({ JMO_CARD_VERIFY_KEYS_PREVIOUS: 'old:short' })).toThrow(/entry 1 must be/);
    expect(() => loadConfig({ JMO_CARD_SIGNING_KEY_ID: 'x' })).toThrow(/set JMO_CARD_SIGNING_KEY too/);
  });

  it('is required in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JMO_CARD_SIGNING_KEY is required in production/,
    );
  });
});
