import { type Kysely, sql } from 'kysely';

/**
 * "Lupa akun": codes with the purpose `account_recovery`; the KPJ + NIK attempts that did not match
 * (or asked an officer for help), counted per NIK and per address to slow guessing down; and the
 * requests of members who lost both their e-mail and their number, which an officer resolves. NIK,
 * contact data and the free text are encrypted like everywhere else. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_check;
    ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_check
      CHECK (purpose IN ('registration', 'unblock', 'password_reset', 'account_recovery'));

    CREATE TABLE account_recovery_attempts (
      id uuid PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('mismatch', 'request')),
      nik_index bytea NOT NULL,
      ip text NOT NULL,
      attempted_at timestamptz NOT NULL
    );
    CREATE INDEX account_recovery_attempts_nik_idx ON account_recovery_attempts (nik_index, attempted_at);
    CREATE INDEX account_recovery_attempts_ip_idx ON account_recovery_attempts (ip, attempted_at);

    CREATE TABLE account_recovery_requests (
      id uuid PRIMARY KEY,
      reference text NOT NULL UNIQUE,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'rejected')),
      kpj text NOT NULL,
      nik_enc bytea NOT NULL,
      nik_index bytea NOT NULL,
      full_name text NOT NULL,
      birth_date date NOT NULL,
      new_email_enc bytea NOT NULL,
      new_phone_enc bytea NOT NULL,
      note_enc bytea NOT NULL,
      locale text NOT NULL CHECK (locale IN ('id', 'en')),
      user_id uuid REFERENCES user_accounts(id) ON DELETE SET NULL,
      ip text,
      submitted_at timestamptz NOT NULL,
      due_on date NOT NULL,
      closed_at timestamptz,
      CHECK ((status = 'open') = (closed_at IS NULL))
    );
    CREATE INDEX account_recovery_requests_open_idx ON account_recovery_requests (status, due_on);
    CREATE INDEX account_recovery_requests_nik_idx ON account_recovery_requests (nik_index);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE account_recovery_requests, account_recovery_attempts;
    DELETE FROM verification_codes WHERE purpose = 'account_recovery';
    ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_check;
    ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_check
      CHECK (purpose IN ('registration', 'unblock', 'password_reset'));
  `.execute(db);
}
