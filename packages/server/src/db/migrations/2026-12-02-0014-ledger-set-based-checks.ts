import { type Kysely, sql } from 'kysely';

/**
 * Ledger entries' references checked once per statement instead of once per row. A foreign key is
 * a trigger per inserted row (a query each); the monthly posting job inserts millions of entries,
 * and those per-row checks were about half its time (bench/src/posting.bench.ts). The statement
 * trigger that already proves every posting sums to zero now also proves, over the statement's new
 * rows as a set, that every entry names an existing posting and account.
 *
 * What a foreign key also gave, a referenced row that cannot disappear, holds by other means:
 * postings were already append-only (no UPDATE, DELETE or TRUNCATE), and accounts now are too
 * (an account may be closed in the future by a flag, never deleted: its history is the ledger).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_posting_id_fkey;
    ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_account_id_fkey;

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

    CREATE FUNCTION ledger_accounts_kept() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'ledger accounts are never deleted' USING ERRCODE = 'restrict_violation';
    END $$;
    CREATE TRIGGER ledger_accounts_no_delete BEFORE DELETE ON ledger_accounts
      FOR EACH ROW EXECUTE FUNCTION ledger_accounts_kept();
    CREATE TRIGGER ledger_accounts_no_truncate BEFORE TRUNCATE ON ledger_accounts
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_accounts_kept();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER ledger_accounts_no_truncate ON ledger_accounts;
    DROP TRIGGER ledger_accounts_no_delete ON ledger_accounts;
    DROP FUNCTION ledger_accounts_kept;
    CREATE OR REPLACE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE unbalanced uuid;
    BEGIN
      SELECT posting_id INTO unbalanced FROM new_entries GROUP BY posting_id HAVING sum(amount) <> 0 LIMIT 1;
      IF unbalanced IS NOT NULL THEN
        RAISE EXCEPTION 'ledger posting % does not sum to zero', unbalanced USING ERRCODE = 'check_violation';
      END IF;
      RETURN NULL;
    END $$;
    ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_posting_id_fkey
      FOREIGN KEY (posting_id) REFERENCES ledger_postings(id);
    ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_account_id_fkey
      FOREIGN KEY (account_id) REFERENCES ledger_accounts(id);
  `.execute(db);
}
