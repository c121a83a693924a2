import { type Kysely, sql } from 'kysely';

/**
 * Two costs of the monthly posting job that grew with the ledger (bench/src/posting.bench.ts: the
 * job slowed from 8,300 to 6,600 postings a second over a million members):
 *
 * 1. The balanced-posting trigger's existence checks were written as NOT EXISTS, which the planner
 *    may run as an anti join that reads every posting and every account ever made, per statement.
 *    As scalar subqueries they probe the primary key once per distinct posting and account.
 * 2. An entry had a surrogate identity key and a separate posting index: two indexes to maintain
 *    per row where one does. The key is now (posting, account), which also states a rule the code
 *    already kept: an account appears at most once in a posting (its amount is the net movement).
 * 3. A contribution row's three foreign keys (membership, posting, invoice) were three queries per
 *    row; one statement trigger now checks them over the statement's rows as a set, as for entries.
 *    The referenced rows cannot disappear anyway: postings are append-only, and a membership or an
 *    invoice is still referenced by its ledger accounts or invoice lines (foreign keys there).
 *    Contribution rows themselves become append-only, like the postings they record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_pkey;
    ALTER TABLE ledger_entries DROP COLUMN id;
    DROP INDEX ledger_entries_posting_idx;
    ALTER TABLE ledger_entries ADD PRIMARY KEY (posting_id, account_id);

    CREATE OR REPLACE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE missing uuid;
    BEGIN
      SELECT posting_id INTO missing FROM new_entries GROUP BY posting_id HAVING sum(amount) <> 0 LIMIT 1;
      IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger posting % does not sum to zero', missing USING ERRCODE = 'check_violation';
      END IF;
      SELECT n.posting_id INTO missing FROM (SELECT DISTINCT posting_id FROM new_entries) n
        WHERE (SELECT true FROM ledger_postings p WHERE p.id = n.posting_id) IS NULL LIMIT 1;
      IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger entries name posting %, which does not exist', missing
          USING ERRCODE = 'foreign_key_violation';
      END IF;
      SELECT n.account_id INTO missing FROM (SELECT DISTINCT account_id FROM new_entries) n
        WHERE (SELECT true FROM ledger_accounts a WHERE a.id = n.account_id) IS NULL LIMIT 1;
      IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger entries name account %, which does not exist', missing
          USING ERRCODE = 'foreign_key_violation';
      END IF;
      RETURN NULL;
    END $$;

    ALTER TABLE contributions DROP CONSTRAINT contributions_membership_id_fkey;
    ALTER TABLE contributions DROP CONSTRAINT contributions_posting_id_fkey;
    ALTER TABLE contributions DROP CONSTRAINT contributions_invoice_id_fkey;
    CREATE FUNCTION contributions_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE missing uuid;
    BEGIN
      SELECT n.membership_id INTO missing FROM (SELECT DISTINCT membership_id FROM new_rows) n
        WHERE (SELECT true FROM memberships m WHERE m.id = n.membership_id) IS NULL LIMIT 1;
      IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'contribution rows name membership %, which does not exist', missing
          USING ERRCODE = 'foreign_key_violation';
      END IF;
      SELECT n.posting_id INTO missing FROM new_rows n
        WHERE (SELECT true FROM ledger_postings p WHERE p.id = n.posting_id) IS NULL LIMIT 1;
      IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'contribution rows name posting %, which does not exist', missing
          USING ERRCODE = 'foreign_key_violation';
      END IF;
      SELECT n.invoice_id INTO missing FROM (SELECT DISTINCT invoice_id FROM new_rows WHERE invoice_id IS NOT NULL) n
        WHERE (SELECT true FROM invoices i WHERE i.id = n.invoice_id) IS NULL LIMIT 1;
      IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'contribution rows name invoice %, which does not exist', missing
          USING ERRCODE = 'foreign_key_violation';
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER contributions_references AFTER INSERT ON contributions
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION contributions_check_references();
    CREATE TRIGGER contributions_append_only BEFORE UPDATE OR DELETE ON contributions
      FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
    CREATE TRIGGER contributions_no_truncate BEFORE TRUNCATE ON contributions
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER contributions_no_truncate ON contributions;
    DROP TRIGGER contributions_append_only ON contributions;
    DROP TRIGGER contributions_references ON contributions;
    DROP FUNCTION contributions_check_references;
    ALTER TABLE contributions ADD CONSTRAINT contributions_membership_id_fkey
      FOREIGN KEY (membership_id) REFERENCES memberships(id);
    ALTER TABLE contributions ADD CONSTRAINT contributions_posting_id_fkey
      FOREIGN KEY (posting_id) REFERENCES ledger_postings(id);
    ALTER TABLE contributions ADD CONSTRAINT contributions_invoice_id_fkey
      FOREIGN KEY (invoice_id) REFERENCES invoices(id);
    CREATE OR REPLACE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE missing uuid;
    BEGIN
      SELECT posting_id INTO missing FROM new_entries GROUP BY posting_id HAVING sum(amount) <> 0 LIMIT 1;
      IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger posting % does not sum to zero', missing USING ERRCODE = 'check_violation';
      END IF;
      SELECT n.posting_id INTO missing FROM (SELECT DISTINCT posting_id FROM new_entries) n
        WHERE NOT EXISTS (SELECT 1 FROM ledger_postings p WHERE p.id = n.posting_id) LIMIT 1;
      IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger entries name posting %, which does not exist', missing
          USING ERRCODE = 'foreign_key_violation';
      END IF;
      SELECT n.account_id INTO missing FROM (SELECT DISTINCT account_id FROM new_entries) n
        WHERE NOT EXISTS (SELECT 1 FROM ledger_accounts a WHERE a.id = n.account_id) LIMIT 1;
      IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'ledger entries name account %, which does not exist', missing
          USING ERRCODE = 'foreign_key_violation';
      END IF;
      RETURN NULL;
    END $$;
    ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_pkey;
    CREATE INDEX ledger_entries_posting_idx ON ledger_entries (posting_id);
    ALTER TABLE ledger_entries ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
  `.execute(db);
}
