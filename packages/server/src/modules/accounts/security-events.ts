/**
 * The append-only log of security events (sign-ins, failures, registrations, recoveries…). Details
 * never hold secrets or PII in clear: ids and outcomes only.
 */
import type { Deps } from '../../lib/deps.ts';

export type SecurityEventKind = 'registration_started' | 'registered' | 'login_succeeded' | 'login_failed';

export async function recordSecurityEvent(
  deps: Pick<Deps, 'db' | 'clock' | 'newId'>,
  event: { kind: SecurityEventKind; userId?: string; ip?: string; detail?: Record<string, string | number> },
): Promise<void> {
  await deps.db
    .insertInto('security_events')
    .values({
      id: deps.newId(),
      kind: event.kind,
      user_id: event.userId ?? null,
      ip: event.ip ?? null,
      detail: JSON.stringify(event.detail ?? {}),
      recorded_at: deps.clock.now(),
    })
    .execute();
}
