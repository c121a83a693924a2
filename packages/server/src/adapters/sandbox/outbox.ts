/**
 * The sandbox outbox: where the sandbox mailer and SMS sender put what they would have sent, and
 * where `/sandbox/inbox` and tests read it back. One table for both channels (migration 0002).
 * Sandbox only: production never writes or reads it (see config.ts).
 */
import { parsePhone } from '@jmo/core';
import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Clock } from '../../lib/deps.ts';

export type Channel = 'email' | 'sms';

export interface SandboxMessage {
  id: string;
  channel: Channel;
  /** The address or E.164 number it was sent to, as the service gave it. */
  to: string;
  /** E-mail only. */
  subject: string | null;
  /** The plain text (the e-mail's text part, or the SMS). */
  body: string;
  createdAt: Date;
}

export interface OutboxDeps {
  db: Database;
  clock: Clock;
  newId: () => string;
}

export async function captureMessage(
  deps: OutboxDeps,
  message: { channel: Channel; to: string; subject: string | null; body: string },
): Promise<SandboxMessage> {
  const row = {
    id: deps.newId(),
    channel: message.channel,
    recipient: message.to,
    subject: message.subject,
    body: message.body,
    created_at: deps.clock.now(),
  };
  await deps.db.insertInto('sandbox_messages').values(row).execute();
  return toMessage(row);
}

export const MAX_LIST_LIMIT = 200;

export interface MessageFilter {
  /** An e-mail address (any case) or a phone number in any form `parsePhone` reads. */
  to?: string | undefined;
  channel?: Channel | undefined;
  /** At most MAX_LIST_LIMIT; 50 by default. */
  limit?: number | undefined;
}

/** Captured messages, newest first. */
export async function listMessages(db: Database, filter: MessageFilter = {}): Promise<SandboxMessage[]> {
  const limit = Math.min(Math.max(1, filter.limit ?? 50), MAX_LIST_LIMIT);
  let query = db
    .selectFrom('sandbox_messages')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit);
  const to = filter.to === undefined ? '' : recipientKey(filter.to);
  if (to !== '') query = query.where(sql<string>`lower(recipient)`, '=', to);
  if (filter.channel) query = query.where('channel', '=', filter.channel);
  const rows = await query.execute();
  return rows.map(toMessage);
}

/**
 * What a recipient filter matches: e-mail addresses case-insensitively, and an Indonesian mobile
 * number typed in any form (`0812-…`, `62812…`) as its E.164 form.
 */
export function recipientKey(to: string): string {
  const trimmed = to.trim();
  if (trimmed === '' || trimmed.includes('@')) return trimmed.toLowerCase();
  const phone = parsePhone(trimmed);
  return phone.ok ? phone.value.e164 : trimmed.replace(/[\s().-]/g, '');
}

function toMessage(row: {
  id: string;
  channel: Channel;
  recipient: string;
  subject: string | null;
  body: string;
  created_at: Date;
}): SandboxMessage {
  return {
    id: row.id,
    channel: row.channel,
    to: row.recipient,
    subject: row.subject,
    body: row.body,
    createdAt: new Date(row.created_at),
  };
}
