/**
 * The append-only log of security events (sign-ins, failures, registrations, recoveries…). Details
 * never hold secrets or PII in clear: ids and outcomes only.
 */
import type { SecurityEventKind } from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';

export async function recordSecurityEvent(
  deps: Pick<Deps, 'db' | 'clock' | 'newId'>,
  event: {
    kind: SecurityEventKind;
    userId?: string;
    /** For events about a staff account (sign-ins, role changes). */
    staffId?: string;
    ip?: string;
    detail?: Record<string, string | number>;
  },
): Promise<void> {
  await deps.db
    .insertInto('security_events')
    .values({
      id: deps.newId(),
      kind: event.kind,
      user_id: event.userId ?? null,
      staff_id: event.staffId ?? null,
      ip: event.ip ?? null,
      detail: JSON.stringify(event.detail ?? {}),
      recorded_at: deps.clock.now(),
    })
    .execute();
}

/** What a member sees of their own security events: kind, time, a masked address, the device. */
export async function listOwnSecurityEvents(deps: Pick<Deps, 'db'>, userId: string, limit = 50) {
  const rows = await deps.db
    .selectFrom('security_events')
    .select(['kind', 'recorded_at', 'ip', 'detail'])
    .where('user_id', '=', userId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc') // UUIDv7: the order events were written within one instant
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    kind: r.kind as SecurityEventKind,
    at: r.recorded_at.toISOString(),
    ip: r.ip ? maskIp(r.ip) : null,
    device: typeof r.detail.device === 'string' ? r.detail.device : null,
  }));
}

/** `10.1.23.4` → `10.1.x.x`; IPv6 keeps its first four groups. Enough to recognise, not to trace. */
export function maskIp(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.\d+\.\d+$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.x.x`;
  return `${ip.split(':').slice(0, 4).join(':')}:…`;
}
