/**
 * Password hashing with argon2id (OWASP's recommended parameters: m=19 MiB, t=2, p=1).
 * Accounts imported from the predecessor app (BPJSTKU) arrive with bcrypt hashes: those still
 * verify, and `needsRehash` tells sign-in to replace them with argon2id once the password is known.
 */
import { hash, verify } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';

// 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const CURRENT_PREFIX = `$argon2id$v=19$m=${OPTIONS.memoryCost},t=${OPTIONS.timeCost},p=${OPTIONS.parallelism}$`;

/** A bcrypt hash as the legacy app stored it: `$2a$`, `$2b$` or `$2y$`, cost 04–31, 22+31 characters. */
const BCRYPT = /^\$2[aby]\$(0[4-9]|[12]\d|3[01])\$[./A-Za-z0-9]{53}$/;

export const isBcryptHash = (storedHash: string): boolean => BCRYPT.test(storedHash);

/**
 * Passwords are hashed and checked in Unicode NFKC form (the policy in core checks that form), so
 * the same passphrase typed on another keyboard, or pasted, still matches.
 */
export const hashPassword = (password: string): Promise<string> => hash(password.normalize('NFKC'), OPTIONS);

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    if (storedHash.startsWith('$argon2id$')) return await verify(storedHash, password.normalize('NFKC'));
    // Legacy hashes were made from the password exactly as typed.
    if (isBcryptHash(storedHash)) return await bcrypt.compare(password, storedHash);
    return false;
  } catch {
    return false;
  }
}

/** True for anything but argon2id with today's parameters: legacy bcrypt, or weaker argon2id settings. */
export const needsRehash = (storedHash: string): boolean => !storedHash.startsWith(CURRENT_PREFIX);

/** A hash of a random string: verified against when an account does not exist, so timing says nothing. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('jmo-no-such-account-timing-equaliser');
  return dummyHash;
}
