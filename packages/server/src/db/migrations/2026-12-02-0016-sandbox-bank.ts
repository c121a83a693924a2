import { type Kysely, sql } from 'kysely';

/**
 * The sandbox bank's accounts (adapters/bank/sandbox.ts): what the account-name inquiry answers.
 * The account number is PII: encrypted, found by its blind index within a bank. Rows have their own
 * id so the payouts that come with claims can name the account they credit. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sandbox_bank_accounts (
      id uuid PRIMARY KEY,
      bank_code text NOT NULL CHECK (bank_code ~ '^[0-9]{3}$'),
      account_number_enc bytea NOT NULL,
      account_number_index bytea NOT NULL,
      holder_name text NOT NULL CHECK (char_length(holder_name) BETWEEN 1 AND 100),
      status text NOT NULL CHECK (status IN ('active', 'closed')),
      created_at timestamptz NOT NULL,
      UNIQUE (bank_code, account_number_index)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sandbox_bank_accounts`.execute(db);
}
