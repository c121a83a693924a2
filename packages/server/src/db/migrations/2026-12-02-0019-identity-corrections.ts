import { type Kysely, sql } from 'kysely';

/**
 * Identity corrections: a member asks for their name or birth date to be corrected to the KTP's,
 * with photos of the KTP or family card (KK) as evidence (re-encoded, in the encrypted document
 * store; the row keeps the key). The requested values, the member's explanation and the officer's
 * reason are encrypted. One open request per person; due in working days like the data-update
 * review. The member's in-app notices gain the decision of a correction. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE identity_corrections (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES people(id),
      requested_by uuid NOT NULL REFERENCES user_accounts(id),
      fields text[] NOT NULL
        CHECK (cardinality(fields) BETWEEN 1 AND 2 AND fields <@ ARRAY['fullName', 'birthDate']::text[]),
      -- JSON { fullName?, birthDate? } as on the KTP.
      requested_enc bytea NOT NULL,
      explanation_enc bytea NOT NULL,
      status text NOT NULL CHECK (status IN ('open', 'approved', 'rejected')),
      due_on date NOT NULL,
      sla_working_days integer NOT NULL,
      holder_staff_id uuid REFERENCES staff_accounts(id),
      decision_reason_enc bytea,
      decided_by uuid REFERENCES staff_accounts(id),
      decided_at timestamptz,
      created_at timestamptz NOT NULL,
      CHECK ((status = 'open') = (decided_at IS NULL)),
      CHECK ((decided_at IS NULL) = (decided_by IS NULL)),
      CHECK (status <> 'rejected' OR decision_reason_enc IS NOT NULL)
    );
    CREATE UNIQUE INDEX identity_corrections_open_idx ON identity_corrections (person_id)
      WHERE status = 'open';
    CREATE INDEX identity_corrections_person_idx ON identity_corrections (person_id, created_at DESC);
    CREATE INDEX identity_corrections_queue_idx ON identity_corrections (due_on, created_at)
      WHERE status = 'open';

    -- Uploaded before the request that cites them; a piece belongs to one request at most.
    CREATE TABLE identity_evidence (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES people(id),
      correction_id uuid REFERENCES identity_corrections(id),
      kind text NOT NULL CHECK (kind IN ('ktp', 'kk')),
      document_key text NOT NULL,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX identity_evidence_person_idx ON identity_evidence (person_id, created_at);
    CREATE INDEX identity_evidence_correction_idx ON identity_evidence (correction_id);

    ALTER TABLE member_notifications DROP CONSTRAINT member_notifications_kind_check;
    ALTER TABLE member_notifications ADD CONSTRAINT member_notifications_kind_check
      CHECK (kind IN ('employer_unpaid', 'wage_dropped', 'identity_correction'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM member_notifications WHERE kind = 'identity_correction';
    ALTER TABLE member_notifications DROP CONSTRAINT member_notifications_kind_check;
    ALTER TABLE member_notifications ADD CONSTRAINT member_notifications_kind_check
      CHECK (kind IN ('employer_unpaid', 'wage_dropped'));
    DROP TABLE identity_evidence, identity_corrections;
  `.execute(db);
}
