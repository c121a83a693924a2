import { type Kysely, sql } from 'kysely';

/**
 * The JHT claim's eligibility remedies and the member's safety controls:
 *
 * - `withdrawal_locks`: one row per account; on since when, and a turning-off that takes effect
 *   only at `pending_off_at` (the delay is configuration).
 * - `leave_report_requests`: a member asks the employer of a card to report the leaving; the
 *   employer sees the open ones in the portal; reporting the leaver resolves them. One open request
 *   per card.
 * - `jht_claim_reminders`: "remind me on the day I can claim"; the background job sends the due
 *   ones (an in-app notice of kind `jht_claim_reminder`, e-mail and SMS) and stamps `sent_at`. The
 *   notice kind is allowed by migration 0024, which runs after the claims' 0023 (that one rewrites
 *   the kinds' check).
 *
 * The bank cooling-off needs no table: the bank account lives in the person's data, and every change
 * of it is a version in `person_data_versions` (data update, migration 0018) whose before and after
 * tell a first account from a change. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE withdrawal_locks (
      user_id uuid PRIMARY KEY REFERENCES user_accounts(id),
      locked boolean NOT NULL,
      since timestamptz,
      pending_off_at timestamptz,
      updated_at timestamptz NOT NULL,
      CHECK (locked = (since IS NOT NULL)),
      CHECK (locked OR pending_off_at IS NULL)
    );

    CREATE TABLE leave_report_requests (
      id uuid PRIMARY KEY,
      membership_id uuid NOT NULL REFERENCES memberships(id),
      employer_id uuid NOT NULL REFERENCES employers(id),
      requested_by uuid NOT NULL REFERENCES user_accounts(id),
      created_at timestamptz NOT NULL,
      resolved_at timestamptz,
      resolution text CHECK (resolution IN ('leaver_reported')),
      CHECK ((resolved_at IS NULL) = (resolution IS NULL))
    );
    CREATE UNIQUE INDEX leave_report_requests_open_idx ON leave_report_requests (membership_id)
      WHERE resolved_at IS NULL;
    CREATE INDEX leave_report_requests_employer_idx ON leave_report_requests (employer_id, created_at)
      WHERE resolved_at IS NULL;
    CREATE INDEX leave_report_requests_membership_idx ON leave_report_requests (membership_id, created_at DESC);

    CREATE TABLE jht_claim_reminders (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES user_accounts(id),
      membership_id uuid NOT NULL REFERENCES memberships(id),
      remind_on date NOT NULL,
      created_at timestamptz NOT NULL,
      sent_at timestamptz,
      UNIQUE (user_id, membership_id, remind_on)
    );
    CREATE INDEX jht_claim_reminders_due_idx ON jht_claim_reminders (remind_on) WHERE sent_at IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE jht_claim_reminders, leave_report_requests, withdrawal_locks;
  `.execute(db);
}
