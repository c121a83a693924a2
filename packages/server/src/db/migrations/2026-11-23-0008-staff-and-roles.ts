import { type Kysely, sql } from 'kysely';

/**
 * Roles beyond the participant: employer users, officers and supervisors of a branch office, and
 * administrators, each with their own sign-in (sessions hold either a member or a staff account).
 * Officers' reads of a member's personal data are logged append-only, so the member can see who
 * read their data and when. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE branches (
      code text PRIMARY KEY,
      name text NOT NULL
    );

    CREATE TABLE staff_accounts (
      id uuid PRIMARY KEY,
      role text NOT NULL CHECK (role IN ('employer', 'officer', 'supervisor', 'admin')),
      full_name text NOT NULL,
      email_enc bytea NOT NULL,
      email_index bytea NOT NULL UNIQUE,
      password_hash text NOT NULL,
      branch_code text REFERENCES branches(code),
      employer_id uuid REFERENCES employers(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      disabled_at timestamptz,
      CONSTRAINT staff_employer_only_for_employer_users CHECK ((role = 'employer') = (employer_id IS NOT NULL)),
      CONSTRAINT staff_branch_for_branch_roles
        CHECK ((role IN ('officer', 'supervisor')) = (branch_code IS NOT NULL))
    );

    ALTER TABLE sessions
      ALTER COLUMN user_id DROP NOT NULL,
      ADD COLUMN staff_id uuid REFERENCES staff_accounts(id) ON DELETE CASCADE,
      ADD CONSTRAINT sessions_one_holder CHECK (num_nonnulls(user_id, staff_id) = 1);
    CREATE INDEX sessions_staff_idx ON sessions (staff_id);

    ALTER TABLE security_events ADD COLUMN staff_id uuid REFERENCES staff_accounts(id);
    CREATE INDEX security_events_staff_idx ON security_events (staff_id, recorded_at DESC);

    CREATE TABLE pii_reads (
      id uuid PRIMARY KEY,
      staff_id uuid NOT NULL REFERENCES staff_accounts(id),
      branch_code text REFERENCES branches(code),
      person_id uuid NOT NULL REFERENCES people(id),
      fields text[] NOT NULL,
      purpose text NOT NULL,
      read_at timestamptz NOT NULL
    );
    CREATE INDEX pii_reads_person_idx ON pii_reads (person_id, read_at DESC);
    CREATE INDEX pii_reads_branch_idx ON pii_reads (branch_code, read_at DESC);
    -- Who closed an account-recovery request, and why (shown to the member when rejected).
    ALTER TABLE account_recovery_requests
      ADD COLUMN closed_by uuid REFERENCES staff_accounts(id),
      ADD COLUMN close_reason text;

    CREATE TRIGGER pii_reads_append_only BEFORE UPDATE OR DELETE ON pii_reads
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE pii_reads;
    ALTER TABLE account_recovery_requests DROP COLUMN closed_by, DROP COLUMN close_reason;
    ALTER TABLE security_events DROP COLUMN staff_id;
    DELETE FROM sessions WHERE staff_id IS NOT NULL;
    ALTER TABLE sessions DROP CONSTRAINT sessions_one_holder, DROP COLUMN staff_id,
      ALTER COLUMN user_id SET NOT NULL;
    DROP TABLE staff_accounts, branches;
  `.execute(db);
}
