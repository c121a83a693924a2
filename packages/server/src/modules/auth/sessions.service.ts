/**
 * The member's signed-in devices: every live session with its device and last activity, and
 * signing out one of them or all but the current one.
 */
import type { Deps } from '../../lib/deps.ts';
import { maskIp } from '../accounts/security-events.ts';

export async function listSessions(deps: Deps, userId: string, currentTokenHash: Buffer) {
  const now = deps.clock.now();
  const rows = await deps.db
    .selectFrom('sessions')
    .select(['id', 'token_hash', 'device_label', 'ip', 'created_at', 'last_seen_at'])
    .where('user_id', '=', userId)
    .where('idle_expires_at', '>', now)
    .where('absolute_expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    current: r.token_hash.equals(currentTokenHash),
    device: r.device_label,
    ip: r.ip ? maskIp(r.ip) : null,
    createdAt: r.created_at.toISOString(),
    lastSeenAt: r.last_seen_at.toISOString(),
  }));
}

/** Sign one session out; only the member's own. Returns whether it was the current one. */
export async function endSession(
  deps: Deps,
  userId: string,
  sessionId: string,
  currentTokenHash: Buffer,
): Promise<{ found: boolean; wasCurrent: boolean }> {
  const ended = await deps.db
    .deleteFrom('sessions')
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .returning('token_hash')
    .executeTakeFirst();
  return { found: ended !== undefined, wasCurrent: ended?.token_hash.equals(currentTokenHash) ?? false };
}

export async function endOtherSessions(
  deps: Deps,
  userId: string,
  currentTokenHash: Buffer,
): Promise<number> {
  const ended = await deps.db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('token_hash', '!=', currentTokenHash)
    .executeTakeFirst();
  return Number(ended.numDeletedRows);
}
