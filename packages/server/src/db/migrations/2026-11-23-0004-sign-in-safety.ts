import { type Kysely, sql } from 'kysely';

/**
 * Sign-in safety: throttling per identifier (blind index of the e-mail or phone typed, so unknown
 * identifiers are throttled alike), devices already seen per account (for new-device alerts), and
 * verification codes for self-unblocking. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE login_throttles (
      identifier_index bytea PRIMARY KEY,
      failures integer NOT NULL CHECK (failures >= 0),
      last_failure_at timestamptz,
      blocked_until timestamptz
    );

    CREATE TABLE known_devices (
      user_id uuid NOT NULL REFERENCES user_accounts(id) ON DELETE CASCADE,
      device_hash bytea NOT NULL,
      label text,
      first_seen_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, device_hash)
    );

    ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_check;
    ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_check
      CHECK (purpose IN ('registration', 'unblock'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE known_devices, login_throttles;
    ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_check;
    ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_check CHECK (purpose IN ('registration'));
  `.execute(db);
}
