import { type Kysely, sql } from 'kysely';

/**
 * Signed-in devices (sessions get a public id, a device label and the address they started from)
 * and password recovery (single-use e-mail links, stored as hashes; SMS codes use
 * verification_codes). Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE sessions
      ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
      ADD COLUMN device_label text,
      ADD COLUMN ip text;

    CREATE TABLE password_reset_tokens (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES user_accounts(id) ON DELETE CASCADE,
      token_hash bytea NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    );

    ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_check;
    ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_check
      CHECK (purpose IN ('registration', 'unblock', 'password_reset'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE password_reset_tokens;
    ALTER TABLE sessions DROP COLUMN id, DROP COLUMN device_label, DROP COLUMN ip;
    ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_check;
    ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_check
      CHECK (purpose IN ('registration', 'unblock'));
  `.execute(db);
}
