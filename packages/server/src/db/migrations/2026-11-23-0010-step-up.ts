import { type Kysely, sql } from 'kysely';

/**
 * Step-up: before changing the password, contact data or bank account, or submitting a claim, the
 * member proves again that they hold their phone (or e-mail, or passkey). The session that did so
 * is replaced by a new one (a fresh token: rotation on privilege change) marked stepped-up for a few
 * minutes. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE sessions ADD COLUMN stepped_up_until timestamptz;

    ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_check;
    ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_check
      CHECK (purpose IN ('registration', 'unblock', 'password_reset', 'account_recovery', 'step_up'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM verification_codes WHERE purpose = 'step_up';
    ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_check;
    ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_check
      CHECK (purpose IN ('registration', 'unblock', 'password_reset', 'account_recovery'));
    ALTER TABLE sessions DROP COLUMN stepped_up_until;
  `.execute(db);
}
