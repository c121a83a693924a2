import { type Kysely, sql } from 'kysely';

/**
 * Cards belong to an account only once linked ("Tambah Kartu Peserta"): a person's memberships
 * exist before the person has an app account (the employer registered them), and a card can sit in
 * one account only. `name_on_card` is the name the employer registered with the card when it differs
 * from the person's name (a typo the member must have corrected before linking). Existing accounts
 * keep every card of their person. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE memberships ADD COLUMN name_on_card text;

    CREATE TABLE account_cards (
      membership_id uuid PRIMARY KEY REFERENCES memberships(id),
      user_id uuid NOT NULL REFERENCES user_accounts(id) ON DELETE CASCADE,
      linked_at timestamptz NOT NULL DEFAULT now(),
      linked_via text NOT NULL
        CHECK (linked_via IN ('number', 'discovery', 'import', 'migration', 'demo'))
    );
    CREATE INDEX account_cards_user_idx ON account_cards (user_id);

    INSERT INTO account_cards (membership_id, user_id, linked_via)
      SELECT m.id, u.id, 'migration'
      FROM memberships m JOIN user_accounts u ON u.person_id = m.person_id;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE account_cards;
    ALTER TABLE memberships DROP COLUMN name_on_card;
  `.execute(db);
}
