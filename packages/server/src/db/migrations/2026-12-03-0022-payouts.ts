import { type Kysely, sql } from 'kysely';

/**
 * Payouts (modules/payouts): the transactional outbox through which a claim's money leaves, one row
 * per source (`UNIQUE (source_kind, source_id)`), its append-only event log, and the sandbox bank's
 * transfers (adapters/bank/sandbox.ts), durable like its accounts. Two fund accounts join the
 * ledger: `fund_payout_clearing` (money debited from a member, not yet at the bank) and
 * `fund_bank_settlement` (what the banks confirmed paid). Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check;
    ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN (
      'member_jht', 'member_jp', 'fund_contributions', 'fund_development_return',
      'fund_jkk', 'fund_jkm', 'fund_jkp', 'fund_penalties',
      'fund_payout_clearing', 'fund_bank_settlement'));

    CREATE TABLE payouts (
      id uuid PRIMARY KEY,
      source_kind text NOT NULL CHECK (source_kind ~ '^[a-z][a-z0-9_]{0,39}$'),
      source_id text NOT NULL CHECK (char_length(source_id) BETWEEN 1 AND 200),
      user_id uuid NOT NULL REFERENCES user_accounts(id),
      ledger_account_id uuid NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      bank_code text NOT NULL CHECK (bank_code ~ '^[0-9]{3}$'),
      account_number_enc bytea NOT NULL,
      holder_name_enc bytea NOT NULL,
      state text NOT NULL CHECK (state IN ('pending', 'sent', 'paid', 'failed', 'retrying', 'reversed')),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      next_attempt_at timestamptz,
      lease_owner text,
      lease_token bigint NOT NULL DEFAULT 0,
      lease_until timestamptz,
      bank_reference text,
      last_reason text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (source_kind, source_id),
      CHECK ((state IN ('paid', 'reversed')) = (next_attempt_at IS NULL))
    );
    CREATE INDEX payouts_due_idx ON payouts (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
    CREATE INDEX payouts_user_idx ON payouts (user_id);

    CREATE TABLE payout_events (
      id uuid PRIMARY KEY,
      payout_id uuid NOT NULL REFERENCES payouts(id),
      state text NOT NULL CHECK (state IN ('pending', 'sent', 'paid', 'failed', 'retrying', 'reversed', 'anomaly')),
      reason_code text,
      detail text,
      at timestamptz NOT NULL
    );
    CREATE INDEX payout_events_payout_idx ON payout_events (payout_id, at);

    CREATE FUNCTION payout_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'payout events are append-only: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
    END $$;
    CREATE TRIGGER payout_events_no_change BEFORE UPDATE OR DELETE ON payout_events
      FOR EACH ROW EXECUTE FUNCTION payout_events_append_only();
    CREATE TRIGGER payout_events_no_truncate BEFORE TRUNCATE ON payout_events
      FOR EACH STATEMENT EXECUTE FUNCTION payout_events_append_only();

    -- The sandbox bank's side: one transfer per payout id (its idempotency key), the latest attempt.
    CREATE TABLE sandbox_bank_transfers (
      payout_id uuid PRIMARY KEY,
      reference text NOT NULL UNIQUE,
      bank_code text NOT NULL CHECK (bank_code ~ '^[0-9]{3}$'),
      account_number_enc bytea NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      status text NOT NULL CHECK (status IN ('accepted', 'settled', 'failed')),
      failure_reason text CHECK (failure_reason IN ('closed', 'not_found', 'rejected')),
      disburse_calls integer NOT NULL DEFAULT 1,
      accepted_at timestamptz NOT NULL,
      settle_at timestamptz NOT NULL,
      settled_at timestamptz,
      callback_due boolean NOT NULL DEFAULT false,
      callbacks_sent integer NOT NULL DEFAULT 0
    );
    CREATE INDEX sandbox_bank_transfers_settle_idx ON sandbox_bank_transfers (settle_at) WHERE status = 'accepted';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE sandbox_bank_transfers, payout_events, payouts;
    DROP FUNCTION payout_events_append_only;
    ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check;
    ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN (
      'member_jht', 'member_jp', 'fund_contributions', 'fund_development_return',
      'fund_jkk', 'fund_jkm', 'fund_jkp', 'fund_penalties'));
  `.execute(db);
}
