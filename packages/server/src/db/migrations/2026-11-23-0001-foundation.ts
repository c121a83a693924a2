import { type Kysely, sql } from 'kysely';

/**
 * Foundation schema: people, employers, memberships (KPJ cards), user accounts and sessions, and a
 * double-entry ledger. Frozen in time: never edited after it lands, never imports app code.
 *
 * Ledger conventions: an entry's `amount` is signed, positive credits the account and negative
 * debits it; the entries of one posting sum to zero (checked by a statement-level trigger, so a
 * posting's entries are inserted in one statement); postings and entries are append-only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE employers (
      id uuid PRIMARY KEY,
      npp text NOT NULL UNIQUE CHECK (npp ~ '^[0-9]{8}$'),
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE people (
      id uuid PRIMARY KEY,
      nik_enc bytea NOT NULL,
      nik_index bytea NOT NULL UNIQUE,
      full_name text NOT NULL,
      birth_date date NOT NULL,
      sex text NOT NULL CHECK (sex IN ('M', 'F')),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE memberships (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES people(id),
      kpj text NOT NULL UNIQUE CHECK (kpj ~ '^[0-9]{11}$'),
      segment text NOT NULL CHECK (segment IN ('PU', 'BPU', 'PMI')),
      employer_id uuid REFERENCES employers(id),
      status text NOT NULL CHECK (status IN ('active', 'nonactive')),
      joined_on date NOT NULL,
      left_on date,
      leaving_reason text CHECK (leaving_reason IN ('resigned', 'terminated', 'contract_ended', 'lapsed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (segment <> 'PU' OR employer_id IS NOT NULL),
      CHECK (left_on IS NULL OR left_on >= joined_on),
      CHECK (status = 'active' OR left_on IS NOT NULL)
    );
    CREATE INDEX memberships_person_idx ON memberships (person_id);
    CREATE INDEX memberships_employer_idx ON memberships (employer_id);

    CREATE TABLE user_accounts (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL UNIQUE REFERENCES people(id),
      email_enc bytea,
      email_index bytea UNIQUE,
      phone_enc bytea,
      phone_index bytea UNIQUE,
      password_hash text NOT NULL,
      locale text NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en')),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (email_index IS NOT NULL OR phone_index IS NOT NULL)
    );

    CREATE TABLE sessions (
      token_hash bytea PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES user_accounts(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      idle_expires_at timestamptz NOT NULL,
      absolute_expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user_idx ON sessions (user_id);

    CREATE TABLE ledger_accounts (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('member_jht', 'fund_contributions', 'fund_development_return')),
      membership_id uuid REFERENCES memberships(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind LIKE 'member_%') = (membership_id IS NOT NULL)),
      UNIQUE (membership_id, kind)
    );

    CREATE TABLE ledger_postings (
      id uuid PRIMARY KEY,
      source_key text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('contribution', 'development_return', 'transfer', 'reversal')),
      occurred_on date NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      memo text
    );

    CREATE TABLE ledger_entries (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      posting_id uuid NOT NULL REFERENCES ledger_postings(id),
      account_id uuid NOT NULL REFERENCES ledger_accounts(id),
      amount bigint NOT NULL CHECK (amount <> 0)
    );
    CREATE INDEX ledger_entries_account_idx ON ledger_entries (account_id, posting_id);
    CREATE INDEX ledger_entries_posting_idx ON ledger_entries (posting_id);

    -- Wage reported and contribution paid for one card and month; the money itself is the posting.
    CREATE TABLE contributions (
      membership_id uuid NOT NULL REFERENCES memberships(id),
      period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      reported_wage bigint NOT NULL CHECK (reported_wage >= 0),
      jht_employer bigint NOT NULL CHECK (jht_employer >= 0),
      jht_worker bigint NOT NULL CHECK (jht_worker >= 0),
      paid_on date NOT NULL,
      posting_id uuid NOT NULL UNIQUE REFERENCES ledger_postings(id),
      PRIMARY KEY (membership_id, period)
    );

    CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE unbalanced uuid;
    BEGIN
      SELECT posting_id INTO unbalanced FROM new_entries GROUP BY posting_id HAVING sum(amount) <> 0 LIMIT 1;
      IF unbalanced IS NOT NULL THEN
        RAISE EXCEPTION 'ledger posting % does not sum to zero', unbalanced USING ERRCODE = 'check_violation';
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
      REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_check_balanced();

    CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
    CREATE TRIGGER ledger_postings_append_only BEFORE UPDATE OR DELETE ON ledger_postings
      FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
    CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
    CREATE TRIGGER ledger_postings_no_truncate BEFORE TRUNCATE ON ledger_postings
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE contributions, ledger_entries, ledger_postings, ledger_accounts, sessions, user_accounts,
      memberships, people, employers;
    DROP FUNCTION ledger_check_balanced, ledger_append_only;
  `.execute(db);
}
