import { type Kysely, sql } from 'kysely';

/**
 * Accounts: the sandbox population registry, pending registrations, one-time verification codes
 * (only their hashes), and an append-only log of security events. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sandbox_registry (
      nik_index bytea PRIMARY KEY,
      nik_enc bytea NOT NULL,
      full_name text NOT NULL,
      birth_date date NOT NULL,
      sex text NOT NULL CHECK (sex IN ('M', 'F')),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE registrations (
      id uuid PRIMARY KEY,
      segment text NOT NULL CHECK (segment IN ('PU', 'BPU', 'PMI')),
      nik_enc bytea NOT NULL,
      nik_index bytea NOT NULL,
      full_name text NOT NULL,
      birth_date date NOT NULL,
      sex text NOT NULL CHECK (sex IN ('M', 'F')),
      email_enc bytea NOT NULL,
      email_index bytea NOT NULL,
      phone_enc bytea NOT NULL,
      phone_index bytea NOT NULL,
      password_hash text NOT NULL,
      locale text NOT NULL CHECK (locale IN ('id', 'en')),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      completed_at timestamptz
    );
    CREATE INDEX registrations_nik_idx ON registrations (nik_index);

    CREATE TABLE verification_codes (
      id uuid PRIMARY KEY,
      purpose text NOT NULL CHECK (purpose IN ('registration')),
      subject_id uuid NOT NULL,
      channel text NOT NULL CHECK (channel IN ('email', 'sms')),
      code_hash bytea NOT NULL,
      sent_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      consumed_at timestamptz
    );
    CREATE INDEX verification_codes_subject_idx ON verification_codes (purpose, subject_id, channel, sent_at DESC);

    CREATE TABLE security_events (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      user_id uuid REFERENCES user_accounts(id),
      ip text,
      detail jsonb NOT NULL DEFAULT '{}',
      recorded_at timestamptz NOT NULL
    );
    CREATE INDEX security_events_user_idx ON security_events (user_id, recorded_at DESC);
    CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER security_events_append_only BEFORE UPDATE OR DELETE ON security_events
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE security_events, verification_codes, registrations, sandbox_registry;
    DROP FUNCTION refuse_change;
  `.execute(db);
}
