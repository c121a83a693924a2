import { parseEmail, parsePhone } from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import type { PiiCipher } from '../../security/pii.ts';

/**
 * An e-mail or mobile number as typed, turned into the blind index we look accounts up by.
 * E-mail addresses are indexed fully lower-cased: people do not expect sign-in to be case-sensitive.
 */
export function lookupIndexFor(
  pii: PiiCipher,
  identifier: string,
): { column: 'email_index' | 'phone_index'; index: Buffer } | null {
  if (identifier.includes('@')) {
    const email = parseEmail(identifier);
    return email.ok
      ? { column: 'email_index', index: pii.blindIndex('email', email.value.email.toLowerCase()) }
      : null;
  }
  const phone = parsePhone(identifier);
  return phone.ok ? { column: 'phone_index', index: pii.blindIndex('phone', phone.value.e164) } : null;
}

/** The account an e-mail or mobile number belongs to, with its contact data and the holder's name. */
export async function findAccountByIdentifier(deps: Pick<Deps, 'db' | 'pii'>, identifier: string) {
  const lookup = lookupIndexFor(deps.pii, identifier);
  if (!lookup) return undefined;
  return deps.db
    .selectFrom('user_accounts as u')
    .innerJoin('people as p', 'p.id', 'u.person_id')
    .select([
      'u.id',
      'u.locale',
      'u.email_enc',
      'u.email_index',
      'u.phone_enc',
      'u.phone_index',
      'p.full_name',
    ])
    .where(`u.${lookup.column}`, '=', lookup.index)
    .executeTakeFirst();
}
