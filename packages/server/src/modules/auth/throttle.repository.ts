/** Sign-in throttle state per identifier (blind index of the e-mail or phone typed). */
import { FRESH, type ThrottleState } from '@jmo/core';
import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

export async function readThrottle(db: Executor, identifierIndex: Buffer): Promise<ThrottleState> {
  const row = await db
    .selectFrom('login_throttles')
    .select(['failures', 'last_failure_at', 'blocked_until'])
    .where('identifier_index', '=', identifierIndex)
    .executeTakeFirst();
  return row
    ? { failures: row.failures, lastFailureAt: row.last_failure_at, blockedUntil: row.blocked_until }
    : FRESH;
}

/** Read the state locked for update (creating it first), so concurrent failures all count. */
export async function lockThrottle(trx: Transaction<DB>, identifierIndex: Buffer): Promise<ThrottleState> {
  await trx
    .insertInto('login_throttles')
    .values({ identifier_index: identifierIndex, failures: 0, last_failure_at: null, blocked_until: null })
    .onConflict((oc) => oc.column('identifier_index').doNothing())
    .execute();
  const row = await trx
    .selectFrom('login_throttles')
    .select(['failures', 'last_failure_at', 'blocked_until'])
    .where('identifier_index', '=', identifierIndex)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { failures: row.failures, lastFailureAt: row.last_failure_at, blockedUntil: row.blocked_until };
}

export async function writeThrottle(
  db: Executor,
  identifierIndex: Buffer,
  state: ThrottleState,
): Promise<void> {
  await db
    .updateTable('login_throttles')
    .set({
      failures: state.failures,
      last_failure_at: state.lastFailureAt,
      blocked_until: state.blockedUntil,
    })
    .where('identifier_index', '=', identifierIndex)
    .execute();
}

export async function clearThrottles(db: Executor, identifierIndexes: readonly Buffer[]): Promise<void> {
  if (identifierIndexes.length === 0) return;
  await db.deleteFrom('login_throttles').where('identifier_index', 'in', identifierIndexes).execute();
}
