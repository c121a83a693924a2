/**
 * The document store on the local file system: one file per document under
 * `<dir>/<kind>/<uuid>`, sealed with the PII cipher (AES-256-GCM, key id first, so key rotation
 * can tell old files), written to a temporary name and renamed so a crash never leaves half a file.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PiiCipher } from '../../security/pii.ts';
import type { DocumentKind, DocumentStore } from './port.ts';

const KINDS: readonly DocumentKind[] = ['selfie', 'identity_evidence'];
const KEY = /^(selfie|identity_evidence)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function createFileDocumentStore(dir: string, pii: PiiCipher): DocumentStore {
  // A key comes from our own rows, but it is checked anyway: it names a path.
  const fileOf = (key: string): string | null => (KEY.test(key) ? path.join(dir, key) : null);
  return {
    async put(kind, bytes) {
      if (!KINDS.includes(kind)) throw new Error(`unknown document kind ${kind}`);
      const key = `${kind}/${randomUUID()}`;
      const file = path.join(dir, key);
      await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = `${file}.part`;
      await fs.writeFile(temporary, pii.encryptBytes(bytes), { mode: 0o600 });
      await fs.rename(temporary, file);
      return key;
    },
    async get(key) {
      const file = fileOf(key);
      if (!file) return null;
      try {
        return pii.decryptBytes(await fs.readFile(file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      const file = fileOf(key);
      if (file) await fs.rm(file, { force: true });
    },
  };
}
