/**
 * Documents and selfies (binary PII): stored encrypted, addressed by an opaque key kept in the
 * database row that owns the file. DESIGN.md §6: files in the data folder, an S3-compatible
 * adapter for scale.
 */

export type DocumentKind = 'selfie' | 'identity_evidence';

export interface DocumentStore {
  /** Stores the bytes (encrypting them) and returns the key to read them back. */
  put(kind: DocumentKind, bytes: Uint8Array): Promise<string>;
  /** The bytes stored under the key, or null when there is none (never another file's). */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; removing a missing one is not an error (retention jobs may race). */
  delete(key: string): Promise<void>;
}
