/**
 * Password hashing with argon2id (OWASP's recommended parameters: m=19 MiB, t=2, p=1).
 * The full NIST SP 800-63B policy (block-list, throttling) comes with the accounts issue.
 */
import { hash, verify } from '@node-rs/argon2';

// 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random string: verified against when an account does not exist, so timing says nothing. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('jmo-no-such-account-timing-equaliser');
  return dummyHash;
}
