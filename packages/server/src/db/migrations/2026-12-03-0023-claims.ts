import { type Kysely, sql } from 'kysely';

/**
 * Claims (DESIGN.md §5): one row per claim with its current state, and an append-only event per move
 * of the core state machine (`core/claims/transitions.ts`), numbered per claim so two writers cannot
 * both record "the next" move. A member's idempotency key is unique per account, so N identical
 * submissions make one claim; a card has at most one claim that is not finished. The amounts are
 * fixed at submission, with the tax lines that explain them; the bank account is a snapshot of the
 * data update's, encrypted. Selfies taken for a claim are kept like the data update's (document
 * store key). Each event is announced to the member once (`notified_at`). The ledger gains
 * `fund_tax_withheld` (PPh 21 withheld from payouts). Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE SEQUENCE claim_reference_seq;

    CREATE TABLE claims (
      id uuid PRIMARY KEY,
      reference text NOT NULL UNIQUE,
      program text NOT NULL CHECK (program = 'JHT'),
      channel text NOT NULL CHECK (channel IN ('app', 'lapak_asik', 'branch')),
      user_id uuid NOT NULL REFERENCES user_accounts(id),
      person_id uuid NOT NULL REFERENCES people(id),
      membership_id uuid NOT NULL REFERENCES memberships(id),
      leaving_reason text NOT NULL CHECK (leaving_reason IN ('resigned', 'terminated')),
      idempotency_key text NOT NULL,
      state text NOT NULL,
      state_reason text,
      state_since timestamptz NOT NULL,
      face_status text NOT NULL DEFAULT 'not_taken'
        CHECK (face_status IN ('not_taken', 'passed', 'failed', 'referred')),
      balance bigint CHECK (balance >= 0),
      gross bigint CHECK (gross >= 0),
      tax bigint CHECK (tax >= 0),
      net bigint CHECK (net >= 0),
      has_npwp boolean,
      -- JSON: the core tax computation (regime, lines with their sources) behind the amounts.
      tax_detail text,
      bank_enc bytea,
      payout_id uuid,
      holder_staff_id uuid REFERENCES staff_accounts(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      submitted_at timestamptz,
      UNIQUE (user_id, idempotency_key),
      CHECK (gross IS NULL OR gross = tax + net)
    );
    CREATE UNIQUE INDEX claims_one_open_per_card ON claims (membership_id)
      WHERE state NOT IN ('paid', 'rejected', 'cancelled', 'reversed');
    CREATE INDEX claims_user_idx ON claims (user_id, created_at DESC);
    CREATE INDEX claims_queue_idx ON claims (state_since) WHERE state IN ('verifying', 'interview');

    CREATE TABLE claim_events (
      claim_id uuid NOT NULL REFERENCES claims(id),
      seq integer NOT NULL,
      from_state text,
      to_state text NOT NULL,
      reason text,
      actor text NOT NULL CHECK (actor IN ('system', 'participant', 'officer', 'supervisor', 'bank')),
      staff_id uuid REFERENCES staff_accounts(id),
      at timestamptz NOT NULL,
      notified_at timestamptz,
      PRIMARY KEY (claim_id, seq)
    );
    CREATE INDEX claim_events_unnotified_idx ON claim_events (at) WHERE notified_at IS NULL;

    CREATE FUNCTION claim_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'claim_events is append-only';
      END IF;
      IF (NEW.claim_id, NEW.seq, NEW.from_state, NEW.to_state, NEW.reason, NEW.actor, NEW.staff_id, NEW.at)
           IS DISTINCT FROM
         (OLD.claim_id, OLD.seq, OLD.from_state, OLD.to_state, OLD.reason, OLD.actor, OLD.staff_id, OLD.at) THEN
        RAISE EXCEPTION 'claim_events is append-only (only notified_at may be set)';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER claim_events_append_only BEFORE UPDATE OR DELETE ON claim_events
      FOR EACH ROW EXECUTE FUNCTION claim_events_append_only();

    CREATE TABLE claim_face_checks (
      id uuid PRIMARY KEY,
      claim_id uuid NOT NULL REFERENCES claims(id),
      outcome text NOT NULL CHECK (outcome IN ('passed', 'failed', 'referred')),
      problem text,
      similarity real,
      liveness real,
      millis integer,
      selfie_key text NOT NULL,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX claim_face_checks_claim_idx ON claim_face_checks (claim_id, created_at);

    ALTER TABLE member_notifications DROP CONSTRAINT member_notifications_kind_check;
    ALTER TABLE member_notifications ADD CONSTRAINT member_notifications_kind_check
      CHECK (kind IN ('employer_unpaid', 'wage_dropped', 'identity_correction', 'claim_status'));

    -- PPh 21 withheld from claims until it is paid over to the tax office.
    ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check;
    ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN (
      'member_jht', 'member_jp', 'fund_contributions', 'fund_development_return',
      'fund_jkk', 'fund_jkm', 'fund_jkp', 'fund_penalties',
      'fund_payout_clearing', 'fund_bank_settlement', 'fund_tax_withheld'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check;
    ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN (
      'member_jht', 'member_jp', 'fund_contributions', 'fund_development_return',
      'fund_jkk', 'fund_jkm', 'fund_jkp', 'fund_penalties',
      'fund_payout_clearing', 'fund_bank_settlement'));
    DELETE FROM member_notifications WHERE kind = 'claim_status';
    ALTER TABLE member_notifications DROP CONSTRAINT member_notifications_kind_check;
    ALTER TABLE member_notifications ADD CONSTRAINT member_notifications_kind_check
      CHECK (kind IN ('employer_unpaid', 'wage_dropped', 'identity_correction'));
    DROP TABLE claim_face_checks, claim_events, claims;
    DROP FUNCTION claim_events_append_only();
    DROP SEQUENCE claim_reference_seq;
  `.execute(db);
}
