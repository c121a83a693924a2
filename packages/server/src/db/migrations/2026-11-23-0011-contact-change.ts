import { type Kysely, sql } from 'kysely';

/**
 * Changing the account's e-mail or mobile number: started after a step-up, confirmed with a code
 * sent to the new address (so a typo cannot lock the member out). The pending address is stored
 * encrypted until then. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE contact_changes (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES user_accounts(id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN ('email', 'sms')),
      value_enc bytea NOT NULL,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      completed_at timestamptz
    );
    CREATE INDEX contact_changes_user_idx ON contact_changes (user_id, created_at DESC);

    ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_check;
    ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_check
      CHECK (purpose IN ('registration', 'unblock', 'password_reset', 'account_recovery', 'step_up',
                         'contact_change'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM verification_codes WHERE purpose = 'contact_change';
    ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_check;
    ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_check
      CHECK (purpose IN ('registration', 'unblock', 'password_reset', 'account_recovery', 'step_up'));
    DROP TABLE contact_changes;
  `.execute(db);
}
