/** The file document store keeps only ciphertext on disk and reads back exactly what was stored. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPiiCipher } from '../../security/pii.ts';
import { createFileDocumentStore } from './file-store.ts';

describe('file document store', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jmo-docs-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const pii = createPiiCipher({ encryptionKey: randomBytes(32), indexKey: randomBytes(32) });

  it('stores encrypted bytes and reads them back', async () => {
    const store = createFileDocumentStore(dir, pii);
    const photo = Buffer.concat([Buffer.from('\xff\xd8\xff selfie of Siti', 'latin1'), randomBytes(2048)]);
    const key = await store.put('selfie', photo);
    expect(key).toMatch(/^selfie\//);
    const onDisk = fs.readFileSync(path.join(dir, key));
    expect(onDisk.includes(Buffer.from('selfie of Siti'))).toBe(false);
    expect((await store.get(key))?.equals(photo)).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'selfie')).some((f) => f.endsWith('.part'))).toBe(false);
  });

  it('answers null for a missing key and for a key that is not one of its own', async () => {
    const store = createFileDocumentStore(dir, pii);
    expect(await store.get('selfie/0190a5d6-0000-7000-8000-000000000000')).toBeNull();
    fs.writeFileSync(path.join(dir, 'secret'), 'x');
    expect(await store.get('../secret')).toBeNull();
    expect(await store.get('selfie/../../secret')).toBeNull();
  });

  it('deletes, and deleting twice is fine', async () => {
    const store = createFileDocumentStore(dir, pii);
    const key = await store.put('identity_evidence', randomBytes(100));
    await store.delete(key);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
  });

  it('refuses a file another key wrote', async () => {
    const key = await createFileDocumentStore(dir, pii).put('selfie', randomBytes(64));
    const other = createFileDocumentStore(
      dir,
      createPiiCipher({ encryptionKey: randomBytes(32), indexKey: randomBytes(32) }),
    );
    await expect(other.get(key)).rejects.toThrow();
  });
});
