import { type Kysely, sql } from 'kysely';

/**
 * The money engine's tables: what employers report (wages, leavers), what they are billed
 * (invoices with one line per worker and program), how they pay (virtual accounts and the payment
 * callbacks received), late-payment fines, and the programs each card is enrolled in. Frozen in
 * time: never edited after it lands, never imports app code.
 *
 * An invoice is payable by an employer (the PU monthly bill) or by a member for one card (BPU);
 * exactly one of the two. A paid invoice posts to the ledger in the same transaction that marks it
 * paid; the postings' source keys make that happen at most once per card and month.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- UUIDv7 made in SQL, for set-based jobs that insert millions of rows without a round trip per
    -- id (RFC 9562: 48-bit Unix milliseconds, version 7, variant and random bits from a v4 UUID).
    CREATE FUNCTION jmo_uuidv7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
      SELECT encode(
        set_bit(set_bit(
          overlay(uuid_send(gen_random_uuid())
            PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
            FROM 1 FOR 6),
          52, 1), 53, 1),
        'hex')::uuid
    $$;

    ALTER TABLE employers ADD COLUMN jkk_risk_group smallint NOT NULL DEFAULT 2
      CHECK (jkk_risk_group BETWEEN 1 AND 5);

    -- KPJ numbers issued by JMO: serials above every demo or legacy range, check digit added in core.
    CREATE SEQUENCE kpj_serial START 9700000000 MINVALUE 9700000000 MAXVALUE 9999999999 NO CYCLE;

    CREATE TABLE membership_programs (
      membership_id uuid NOT NULL REFERENCES memberships(id),
      program text NOT NULL CHECK (program IN ('JHT', 'JP', 'JKK', 'JKM', 'JKP')),
      enrolled_on date NOT NULL,
      PRIMARY KEY (membership_id, program)
    );
    INSERT INTO membership_programs (membership_id, program, enrolled_on)
      SELECT m.id, p.program, CASE WHEN p.program = 'JKP' THEN greatest(m.joined_on, date '2021-02-02') ELSE m.joined_on END
      FROM memberships m
      JOIN (VALUES ('PU', 'JHT'), ('PU', 'JP'), ('PU', 'JKK'), ('PU', 'JKM'), ('PU', 'JKP'),
                   ('BPU', 'JKK'), ('BPU', 'JKM'), ('BPU', 'JHT'),
                   ('PMI', 'JKK'), ('PMI', 'JKM'), ('PMI', 'JHT')) AS p(segment, program)
        ON p.segment = m.segment
      -- JKP exists from 2 February 2021 (PP 37/2021); a card that ended before it never had it.
      WHERE NOT (p.program = 'JKP' AND m.left_on IS NOT NULL AND m.left_on < date '2021-02-02');

    -- The wage an employer reported for a worker from a period on; it stays until the next report.
    CREATE TABLE wage_reports (
      membership_id uuid NOT NULL REFERENCES memberships(id),
      period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      wage bigint NOT NULL CHECK (wage >= 0),
      reported_at timestamptz NOT NULL,
      reported_by uuid REFERENCES staff_accounts(id),
      PRIMARY KEY (membership_id, period)
    );

    CREATE TABLE invoices (
      id uuid PRIMARY KEY,
      number text NOT NULL UNIQUE,
      employer_id uuid REFERENCES employers(id),
      membership_id uuid REFERENCES memberships(id),
      period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      status text NOT NULL CHECK (status IN ('unpaid', 'paid')),
      issued_at timestamptz NOT NULL,
      due_on date NOT NULL,
      contributions_total bigint NOT NULL CHECK (contributions_total >= 0),
      penalties_total bigint NOT NULL CHECK (penalties_total >= 0),
      total bigint NOT NULL CHECK (total > 0 AND total = contributions_total + penalties_total),
      va_number text NOT NULL UNIQUE,
      va_bank_code text NOT NULL,
      paid_at timestamptz,
      paid_on date,
      payment_id text UNIQUE,
      -- When every line's contribution reached the ledger (inline at payment, or by the posting job).
      posted_at timestamptz,
      CHECK ((employer_id IS NULL) <> (membership_id IS NULL)),
      CHECK (posted_at IS NULL OR status = 'paid'),
      CHECK ((status = 'paid') = (paid_at IS NOT NULL AND paid_on IS NOT NULL AND payment_id IS NOT NULL))
    );
    CREATE UNIQUE INDEX invoices_employer_period_idx ON invoices (employer_id, period) WHERE employer_id IS NOT NULL;
    CREATE UNIQUE INDEX invoices_membership_period_idx ON invoices (membership_id, period) WHERE membership_id IS NOT NULL;
    CREATE INDEX invoices_unpaid_idx ON invoices (due_on) WHERE status = 'unpaid';
    CREATE INDEX invoices_unposted_idx ON invoices (paid_at) WHERE status = 'paid' AND posted_at IS NULL;

    CREATE TABLE invoice_lines (
      invoice_id uuid NOT NULL REFERENCES invoices(id),
      membership_id uuid NOT NULL REFERENCES memberships(id),
      program text NOT NULL CHECK (program IN ('JHT', 'JP', 'JKK', 'JKM', 'JKP')),
      wage bigint NOT NULL CHECK (wage >= 0),
      base bigint NOT NULL CHECK (base >= 0),
      employer_amount bigint NOT NULL CHECK (employer_amount >= 0),
      worker_amount bigint NOT NULL CHECK (worker_amount >= 0),
      -- The part of this program's amount booked to JKP (recomposition: the payer pays no more).
      booked_to_jkp bigint NOT NULL DEFAULT 0 CHECK (booked_to_jkp >= 0 AND booked_to_jkp <= employer_amount + worker_amount),
      PRIMARY KEY (invoice_id, membership_id, program)
    );
    CREATE INDEX invoice_lines_membership_idx ON invoice_lines (membership_id);

    -- A fine for an invoice paid after its due date, billed with the payer's next invoice
    -- (PP 44/2015 art. 22, PP 45/2015 art. 31).
    CREATE TABLE late_penalties (
      late_invoice_id uuid NOT NULL REFERENCES invoices(id),
      program text NOT NULL CHECK (program IN ('JHT', 'JP', 'JKK', 'JKM', 'JKP')),
      months_late integer NOT NULL CHECK (months_late > 0),
      contribution bigint NOT NULL CHECK (contribution > 0),
      amount bigint NOT NULL CHECK (amount > 0),
      source text NOT NULL,
      billed_invoice_id uuid REFERENCES invoices(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (late_invoice_id, program)
    );

    -- Every payment callback received, replays included: the gateway's payment id is the key, so a
    -- replay is recorded once and changes nothing.
    CREATE TABLE payment_callbacks (
      payment_id text PRIMARY KEY,
      va_number text NOT NULL,
      amount bigint NOT NULL,
      paid_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('applied', 'unknown_va', 'already_paid', 'amount_mismatch'))
    );

    -- In-app notices to a person (also sent by e-mail and SMS when they have an account). The key
    -- makes each notice once: the same unpaid month or wage drop is never announced twice.
    CREATE TABLE member_notifications (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES people(id),
      kind text NOT NULL CHECK (kind IN ('employer_unpaid', 'wage_dropped')),
      dedupe_key text NOT NULL UNIQUE,
      detail jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      read_at timestamptz
    );
    CREATE INDEX member_notifications_person_idx ON member_notifications (person_id, created_at DESC);

    -- Sandbox only: the simulated bank's virtual accounts.
    CREATE TABLE sandbox_virtual_accounts (
      va_number text PRIMARY KEY,
      bank_code text NOT NULL,
      reference text NOT NULL,
      holder_name text NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      created_at timestamptz NOT NULL,
      paid_at timestamptz,
      payment_id text UNIQUE
    );

    ALTER TABLE contributions
      ADD COLUMN jp_employer bigint NOT NULL DEFAULT 0 CHECK (jp_employer >= 0),
      ADD COLUMN jp_worker bigint NOT NULL DEFAULT 0 CHECK (jp_worker >= 0),
      ADD COLUMN invoice_id uuid REFERENCES invoices(id);

    -- A card the member opened themself (joining as an informal worker) is in their account from the start.
    ALTER TABLE account_cards DROP CONSTRAINT account_cards_linked_via_check;
    ALTER TABLE account_cards ADD CONSTRAINT account_cards_linked_via_check
      CHECK (linked_via IN ('number', 'discovery', 'import', 'migration', 'demo', 'joined'));

    ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check;
    ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN (
      'member_jht', 'member_jp', 'fund_contributions', 'fund_development_return',
      'fund_jkk', 'fund_jkm', 'fund_jkp', 'fund_penalties'));
    ALTER TABLE ledger_postings DROP CONSTRAINT ledger_postings_kind_check;
    ALTER TABLE ledger_postings ADD CONSTRAINT ledger_postings_kind_check CHECK (kind IN (
      'contribution', 'development_return', 'transfer', 'reversal', 'penalty'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE contributions DROP COLUMN invoice_id, DROP COLUMN jp_worker, DROP COLUMN jp_employer;
    DROP TABLE member_notifications, sandbox_virtual_accounts, payment_callbacks, late_penalties, invoice_lines, invoices,
      wage_reports, membership_programs;
    DROP SEQUENCE kpj_serial;
    DROP FUNCTION jmo_uuidv7;
    ALTER TABLE employers DROP COLUMN jkk_risk_group;
    ALTER TABLE ledger_postings DROP CONSTRAINT ledger_postings_kind_check;
    ALTER TABLE ledger_postings ADD CONSTRAINT ledger_postings_kind_check
      CHECK (kind IN ('contribution', 'development_return', 'transfer', 'reversal'));
    ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check;
    ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check
      CHECK (kind IN ('member_jht', 'fund_contributions', 'fund_development_return'));
  `.execute(db);
}
