import { type Kysely, sql } from 'kysely';

/**
 * The sandbox outbox: e-mail and SMS that the sandbox adapters capture instead of sending, kept in
 * the database so they survive a restart and every instance sees them (the inbox at
 * `/sandbox/inbox`). Rows hold verification codes and addresses; production never writes here (its
 * mail goes out over SMTP, and the sandbox adapters and routes are refused by configuration there).
 * Frozen in time: never edited after it lands, never imports app code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sandbox_messages (
      id uuid PRIMARY KEY,
      channel text NOT NULL CHECK (channel IN ('email', 'sms')),
      recipient text NOT NULL CHECK (recipient <> ''),
      subject text,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((channel = 'email') = (subject IS NOT NULL))
    );
    CREATE INDEX sandbox_messages_newest_idx ON sandbox_messages (created_at DESC, id DESC);
    CREATE INDEX sandbox_messages_recipient_idx
      ON sandbox_messages (lower(recipient), created_at DESC, id DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sandbox_messages;`.execute(db);
}
