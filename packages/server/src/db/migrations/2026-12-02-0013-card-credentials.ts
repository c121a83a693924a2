import { type Kysely, sql } from 'kysely';

/**
 * Digital membership cards: every credential issued (a compact JWS signed with the card key), so a
 * member's current one can be shown again and any can be revoked. Revocation is final: a trigger
 * refuses to change a revoked row, to change what was signed, or to delete a row. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE card_credentials (
      id uuid PRIMARY KEY,
      membership_id uuid NOT NULL REFERENCES memberships(id),
      kid text NOT NULL,
      token text NOT NULL,
      issued_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      revoked_reason text CHECK (revoked_reason IN ('reissued', 'lost', 'misuse', 'data_corrected', 'other')),
      revoked_note text CHECK (char_length(revoked_note) <= 500),
      revoked_by uuid REFERENCES staff_accounts(id),
      CHECK (expires_at > issued_at),
      CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL)),
      CHECK (revoked_at IS NOT NULL OR (revoked_by IS NULL AND revoked_note IS NULL))
    );
    CREATE INDEX card_credentials_membership_idx ON card_credentials (membership_id, issued_at DESC);
    CREATE INDEX card_credentials_revoked_idx ON card_credentials (expires_at) WHERE revoked_at IS NOT NULL;

    CREATE FUNCTION card_credentials_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'card_credentials rows are kept: DELETE is not allowed'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF OLD.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'card credential % is revoked: revocation is final', OLD.id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF NEW.id <> OLD.id OR NEW.membership_id <> OLD.membership_id OR NEW.kid <> OLD.kid
         OR NEW.token <> OLD.token OR NEW.issued_at <> OLD.issued_at OR NEW.expires_at <> OLD.expires_at THEN
        RAISE EXCEPTION 'card credential %: what was signed does not change', OLD.id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER card_credentials_guard BEFORE UPDATE OR DELETE ON card_credentials
      FOR EACH ROW EXECUTE FUNCTION card_credentials_guard();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE card_credentials;
    DROP FUNCTION card_credentials_guard;
  `.execute(db);
}
