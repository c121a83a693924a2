import { type Kysely, sql } from 'kysely';

/**
 * Optional passkey (WebAuthn) sign-in: the members' passkeys (public keys only; the private key
 * never leaves the phone) and the challenges handed to browsers, each single-use, short-lived and
 * bound to what it was issued for (and to the member, when already known). Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE passkeys (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES user_accounts(id) ON DELETE CASCADE,
      credential_id bytea NOT NULL UNIQUE,
      public_key bytea NOT NULL,
      counter bigint NOT NULL CHECK (counter >= 0),
      transports text[] NOT NULL,
      device_label text,
      created_at timestamptz NOT NULL,
      last_used_at timestamptz
    );
    CREATE INDEX passkeys_user_idx ON passkeys (user_id);

    CREATE TABLE webauthn_challenges (
      challenge text PRIMARY KEY,
      purpose text NOT NULL CHECK (purpose IN ('register', 'authenticate', 'step_up')),
      user_id uuid REFERENCES user_accounts(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      -- Only a sign-in starts before anyone is known.
      CONSTRAINT webauthn_challenges_user_known CHECK ((purpose = 'authenticate') = (user_id IS NULL))
    );
    CREATE INDEX webauthn_challenges_expiry_idx ON webauthn_challenges (expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE webauthn_challenges, passkeys;`.execute(db);
}
