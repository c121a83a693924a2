import { type Kysely, sql } from 'kysely';

/**
 * The in-app notice of a JHT claim reminder (migration 0021's `jht_claim_reminders`): kind
 * `jht_claim_reminder`. Its own migration, after the claims' 0023, which rewrites the kinds' check
 * (with `claim_status`): a change in 0021 would be undone by it. Frozen in time.
 */
const KINDS = ['employer_unpaid', 'wage_dropped', 'identity_correction', 'claim_status'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE member_notifications DROP CONSTRAINT member_notifications_kind_check;
    ALTER TABLE member_notifications ADD CONSTRAINT member_notifications_kind_check
      CHECK (kind IN (${sql.join([...KINDS, 'jht_claim_reminder'].map((k) => sql.lit(k)))}));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM member_notifications WHERE kind = 'jht_claim_reminder';
    ALTER TABLE member_notifications DROP CONSTRAINT member_notifications_kind_check;
    ALTER TABLE member_notifications ADD CONSTRAINT member_notifications_kind_check
      CHECK (kind IN (${sql.join(KINDS.map((k) => sql.lit(k)))}));
  `.execute(db);
}
