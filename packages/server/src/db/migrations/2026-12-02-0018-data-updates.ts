import { type Kysely, sql } from 'kysely';

/**
 * The data update ("pengkinian data"): one per KPJ card, its draft encrypted (it holds NPWP, bank
 * account, phone and address); the face checks of its selfies (scores, the selfie's key in the
 * document store); the officer reviews with their SLA and holder; the person's current data
 * (encrypted) and its append-only version history; and the heirs a person nominates. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE person_profiles (
      person_id uuid PRIMARY KEY REFERENCES people(id),
      data_enc bytea NOT NULL,
      -- Counts the person's versions (data updates and heir nominations); 0 before the first.
      version integer NOT NULL CHECK (version >= 0),
      updated_at timestamptz NOT NULL
    );

    CREATE TABLE data_updates (
      id uuid PRIMARY KEY,
      membership_id uuid NOT NULL UNIQUE REFERENCES memberships(id),
      person_id uuid NOT NULL REFERENCES people(id),
      status text NOT NULL CHECK (status IN ('draft', 'in_review', 'returned', 'updated')),
      round integer NOT NULL DEFAULT 1 CHECK (round >= 1),
      completed_steps text[] NOT NULL DEFAULT '{}',
      current_step text CHECK (current_step IN ('membership', 'confirm', 'face', 'contact', 'tax_bank',
                                                'population', 'additional', 'review')),
      checks jsonb NOT NULL DEFAULT '{}',
      payload_enc bytea NOT NULL,
      face_attempts_since timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      submitted_at timestamptz,
      completed_at timestamptz,
      CHECK ((status = 'updated') = (completed_at IS NOT NULL))
    );
    CREATE INDEX data_updates_person_idx ON data_updates (person_id);

    CREATE TABLE face_checks (
      id uuid PRIMARY KEY,
      data_update_id uuid NOT NULL REFERENCES data_updates(id),
      round integer NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('passed', 'failed', 'referred')),
      problem text,
      similarity double precision,
      liveness double precision,
      millis integer,
      selfie_key text NOT NULL,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX face_checks_update_idx ON face_checks (data_update_id, created_at);

    CREATE TABLE data_update_reviews (
      id uuid PRIMARY KEY,
      data_update_id uuid NOT NULL REFERENCES data_updates(id),
      round integer NOT NULL,
      kind text NOT NULL CHECK (kind IN ('face_check', 'data_update')),
      opened_at timestamptz NOT NULL,
      due_on date NOT NULL,
      sla_working_days integer NOT NULL,
      holder_staff_id uuid REFERENCES staff_accounts(id),
      decision text CHECK (decision IN ('approve', 'return')),
      reasons text[] NOT NULL DEFAULT '{}',
      note_enc bytea,
      decided_by uuid REFERENCES staff_accounts(id),
      decided_at timestamptz,
      CHECK ((decision IS NULL) = (decided_at IS NULL)),
      CHECK ((decision IS NULL) = (decided_by IS NULL))
    );
    -- At most one open review per data update; the queue reads the open ones, soonest due first.
    CREATE UNIQUE INDEX data_update_reviews_open_idx ON data_update_reviews (data_update_id)
      WHERE decided_at IS NULL;
    CREATE INDEX data_update_reviews_queue_idx ON data_update_reviews (due_on, opened_at)
      WHERE decided_at IS NULL;

    CREATE TABLE person_data_versions (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES people(id),
      version integer NOT NULL CHECK (version >= 1),
      data_update_id uuid REFERENCES data_updates(id),
      author_kind text NOT NULL CHECK (author_kind IN ('member', 'officer', 'system')),
      author_user_id uuid REFERENCES user_accounts(id),
      author_staff_id uuid REFERENCES staff_accounts(id),
      fields text[] NOT NULL,
      changes_enc bytea NOT NULL,
      recorded_at timestamptz NOT NULL,
      UNIQUE (person_id, version),
      CHECK (author_kind <> 'member' OR author_user_id IS NOT NULL),
      CHECK (author_kind <> 'officer' OR author_staff_id IS NOT NULL)
    );

    -- What changed, when and by whom never changes; only key rotation may re-seal the values.
    CREATE FUNCTION person_data_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'person_data_versions is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF (to_jsonb(NEW) - 'changes_enc') IS DISTINCT FROM (to_jsonb(OLD) - 'changes_enc') THEN
        RAISE EXCEPTION 'person_data_versions %: only the ciphertext may be re-sealed', OLD.id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER person_data_versions_guard BEFORE UPDATE OR DELETE ON person_data_versions
      FOR EACH ROW EXECUTE FUNCTION person_data_versions_guard();
    CREATE TRIGGER person_data_versions_no_truncate BEFORE TRUNCATE ON person_data_versions
      FOR EACH STATEMENT EXECUTE FUNCTION person_data_versions_guard();

    CREATE TABLE person_beneficiaries (
      person_id uuid PRIMARY KEY REFERENCES people(id),
      data_enc bytea NOT NULL,
      updated_at timestamptz NOT NULL
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE person_beneficiaries;
    DROP TRIGGER person_data_versions_no_truncate ON person_data_versions;
    DROP TRIGGER person_data_versions_guard ON person_data_versions;
    DROP TABLE person_data_versions;
    DROP FUNCTION person_data_versions_guard;
    DROP TABLE data_update_reviews, face_checks, data_updates, person_profiles;
  `.execute(db);
}
