/**
 * Posting paid invoices to the ledger, set-based: one statement makes the postings of many workers
 * at once, one more their entries, one more the contribution rows. Each worker's month is one
 * posting keyed `contribution:<kpj>:<period>`: JHT and JP to the worker's own accounts, JKK, JKM
 * and JKP to the program funds (recomposition: the part of JKK/JKM booked to JKP goes to JKP), the
 * whole against `fund:contributions` (the money received). The key makes it happen once: a chunk
 * that runs again after a crash, or a replayed payment, inserts nothing.
 *
 * Runs on both engines (PostgreSQL 15 and PGlite): data-modifying CTEs, `ON CONFLICT DO NOTHING`,
 * and ids from the migration's `jmo_uuidv7()`.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { ensureFundAccount } from '../ledger/ledger.repository.ts';

/** The fund accounts a contribution posting touches, created once. */
export async function ensureContributionFunds(db: Executor, newId: () => string): Promise<void> {
  for (const kind of ['fund_contributions', 'fund_jkk', 'fund_jkm', 'fund_jkp', 'fund_penalties'] as const) {
    await ensureFundAccount(db, kind, newId);
  }
}

export interface PostingChunk {
  invoiceId: string;
  /** Only workers whose membership id is above this one (exclusive), for chunked runs. */
  afterMembershipId?: string;
  /** At most this many workers. */
  limit: number;
}

/**
 * Post the contributions of up to `limit` workers of a paid invoice that are not posted yet, in
 * membership-id order. Returns how many postings were made and the last membership id seen (the
 * cursor for the next chunk; null when the invoice had no more workers).
 *
 * Call it inside a transaction (the chunk's, or the payment's): the accounts, postings, entries
 * and contribution rows of a chunk commit together or not at all.
 *
 * Set-based and linear in the chunk: the invoice lines are read and summed once (`w`, with the
 * posting's id made there), member accounts are found by their (membership, kind) key and fund
 * accounts once per statement, and postings are matched back by id, so the cost of a chunk does
 * not grow with the size of the ledger (bench/src/posting.bench.ts measures it).
 */
export async function postInvoiceChunk(
  db: Executor,
  chunk: PostingChunk,
): Promise<{ posted: number; lastMembershipId: string | null }> {
  const after = chunk.afterMembershipId ?? '00000000-0000-0000-0000-000000000000';
  // The workers of this chunk.
  // The chunk's lines are addressed as the invoice plus a range of the invoice_lines key (invoice,
  // membership). Only that index fits a row comparison, and the equality keeps its estimate to the
  // invoice's own lines: without it the planner read the membership index whole (every line of
  // every invoice) to save sorting one chunk; without the row comparison it sometimes took the
  // membership index through other invoices' lines of those workers.
  const { rows: workers } = await sql<{ membership_id: string }>`
    SELECT DISTINCT l.membership_id FROM invoice_lines l
    WHERE l.invoice_id = ${chunk.invoiceId} AND (l.invoice_id, l.membership_id) > (${chunk.invoiceId}::uuid, ${after}::uuid)
    ORDER BY l.membership_id LIMIT ${chunk.limit}
  `.execute(db);
  if (workers.length === 0) return { posted: 0, lastMembershipId: null };
  const last = workers[workers.length - 1]!.membership_id;

  // The statements below are short and their row estimates are rough: JIT compiling them (which
  // PostgreSQL does above jit_above_cost) costs seconds per chunk and saves nothing. Local to the
  // transaction.
  await sql`SELECT set_config('jit', 'off', true)`.execute(db);
  // Sorting a chunk's lines must not spill to disk.
  await sql`SELECT set_config('work_mem', '32MB', true)`.execute(db);

  // Member accounts (JHT and JP) that do not exist yet (a worker's first month).
  await sql`
    INSERT INTO ledger_accounts (id, code, kind, membership_id)
    SELECT jmo_uuidv7(), 'member:' || lower(l.program) || ':' || m.kpj, 'member_' || lower(l.program), m.id
    FROM invoice_lines l JOIN memberships m ON m.id = l.membership_id
    WHERE l.invoice_id = ${chunk.invoiceId}
        AND (l.invoice_id, l.membership_id) > (${chunk.invoiceId}::uuid, ${after}::uuid)
        AND (l.invoice_id, l.membership_id) <= (${chunk.invoiceId}::uuid, ${last}::uuid)
      AND l.program IN ('JHT', 'JP') AND l.employer_amount + l.worker_amount > 0
      -- Probed per line by key (a scalar subquery never becomes a scan of every account).
      AND (SELECT true FROM ledger_accounts a WHERE a.membership_id = l.membership_id AND a.kind = 'member_' || lower(l.program)) IS NULL
    ON CONFLICT DO NOTHING
  `.execute(db);

  const { rows } = await sql<{ posted: string }>`
    WITH sums AS (
      SELECT l.membership_id,
        sum(CASE WHEN l.program = 'JHT' THEN l.employer_amount + l.worker_amount ELSE 0 END)::int8 AS jht,
        sum(CASE WHEN l.program = 'JP' THEN l.employer_amount + l.worker_amount ELSE 0 END)::int8 AS jp,
        sum(CASE WHEN l.program = 'JKK' THEN l.employer_amount + l.worker_amount - l.booked_to_jkp ELSE 0 END)::int8 AS jkk,
        sum(CASE WHEN l.program = 'JKM' THEN l.employer_amount + l.worker_amount - l.booked_to_jkp ELSE 0 END)::int8 AS jkm,
        (sum(CASE WHEN l.program = 'JKP' THEN l.employer_amount + l.worker_amount ELSE 0 END)
          + sum(CASE WHEN l.program <> 'JKP' THEN l.booked_to_jkp ELSE 0 END))::int8 AS jkp,
        sum(l.employer_amount + l.worker_amount)::int8 AS total,
        max(l.wage) AS reported_wage,
        sum(CASE WHEN l.program = 'JHT' THEN l.employer_amount ELSE 0 END)::int8 AS jht_employer,
        sum(CASE WHEN l.program = 'JHT' THEN l.worker_amount ELSE 0 END)::int8 AS jht_worker,
        sum(CASE WHEN l.program = 'JP' THEN l.employer_amount ELSE 0 END)::int8 AS jp_employer,
        sum(CASE WHEN l.program = 'JP' THEN l.worker_amount ELSE 0 END)::int8 AS jp_worker
      FROM invoice_lines l
      WHERE l.invoice_id = ${chunk.invoiceId}
        AND (l.invoice_id, l.membership_id) > (${chunk.invoiceId}::uuid, ${after}::uuid)
        AND (l.invoice_id, l.membership_id) <= (${chunk.invoiceId}::uuid, ${last}::uuid)
      GROUP BY l.membership_id
      HAVING sum(l.employer_amount + l.worker_amount) > 0
    ),
    w AS MATERIALIZED (
      -- The card number by a key lookup per worker (a scalar subquery, never a scan of all cards).
      SELECT s.*, (SELECT m.kpj FROM memberships m WHERE m.id = s.membership_id) AS kpj,
        i.id AS invoice_id, i.period, i.paid_on, i.number, jmo_uuidv7() AS posting_id
      FROM sums s JOIN invoices i ON i.id = ${chunk.invoiceId} AND i.status = 'paid'
      -- A scalar subquery, not NOT EXISTS: the planner may turn NOT EXISTS into an anti join that
      -- reads and sorts every contribution row ever made, per chunk; this probes the key per worker.
      WHERE (SELECT true FROM contributions c WHERE c.membership_id = s.membership_id AND c.period = i.period) IS NULL
    ),
    -- Workers already posted were left out above (their contribution row commits with the posting).
    -- No ON CONFLICT here on purpose: a posting that exists anyway (a second job on the same chunk at
    -- the same moment) fails the whole chunk on the key, to be retried, rather than being skipped
    -- while its entries went in again.
    posted AS (
      INSERT INTO ledger_postings (id, source_key, kind, occurred_on, memo)
      SELECT w.posting_id, 'contribution:' || w.kpj || ':' || w.period, 'contribution', w.paid_on, w.number FROM w
      RETURNING id
    ),
    entries AS (
      INSERT INTO ledger_entries (posting_id, account_id, amount)
      SELECT p.posting_id, x.account_id, x.amount
      FROM w p
      CROSS JOIN LATERAL (VALUES
        ((SELECT a.id FROM ledger_accounts a WHERE a.membership_id = p.membership_id AND a.kind = 'member_jht'), p.jht),
        ((SELECT a.id FROM ledger_accounts a WHERE a.membership_id = p.membership_id AND a.kind = 'member_jp'), p.jp),
        ((SELECT a.id FROM ledger_accounts a WHERE a.code = 'fund:jkk'), p.jkk),
        ((SELECT a.id FROM ledger_accounts a WHERE a.code = 'fund:jkm'), p.jkm),
        ((SELECT a.id FROM ledger_accounts a WHERE a.code = 'fund:jkp'), p.jkp),
        ((SELECT a.id FROM ledger_accounts a WHERE a.code = 'fund:contributions'), -p.total)
      ) AS x(account_id, amount)
      WHERE x.amount <> 0
      RETURNING posting_id
    ),
    contribution_rows AS (
      INSERT INTO contributions (membership_id, period, reported_wage, jht_employer, jht_worker, jp_employer,
        jp_worker, paid_on, posting_id, invoice_id)
      SELECT p.membership_id, p.period, p.reported_wage, p.jht_employer, p.jht_worker, p.jp_employer,
        p.jp_worker, p.paid_on, p.posting_id, p.invoice_id
      FROM w p
      RETURNING posting_id
    )
    SELECT (SELECT count(*) FROM posted)::text AS posted,
      (SELECT count(*) FROM entries)::text AS entries,
      (SELECT count(*) FROM contribution_rows)::text AS contribution_rows
  `.execute(db);
  return { posted: Number(rows[0]!.posted), lastMembershipId: last };
}

/**
 * Where the posting of an invoice stands, for a job that resumes it: `done` when every worker's
 * month has its contribution row, else the cursor to continue after (the worker before the first
 * one not posted; undefined to start from the first). Chunks run in membership-id order and each
 * commits whole, so the posted workers are a prefix; resuming at the first gap never skips a worker
 * even if they were not. Probes `contributions` by its primary key, so this costs the invoice's
 * size at most, never the ledger's.
 */
export async function findPostingResumePoint(
  db: Executor,
  invoiceId: string,
): Promise<{ done: true } | { done: false; afterMembershipId: string | undefined }> {
  const { rows } = await sql<{ next: string | null; after: string | null }>`
    WITH next AS (
      SELECT l.membership_id FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
      WHERE l.invoice_id = ${invoiceId}
        -- Probed per line in key order until the first gap (as a scalar subquery: NOT EXISTS may
        -- become an anti join over every contribution row ever made).
        AND (SELECT true FROM contributions c WHERE c.membership_id = l.membership_id AND c.period = i.period) IS NULL
      ORDER BY l.membership_id LIMIT 1
    )
    SELECT (SELECT membership_id FROM next) AS next,
      (SELECT l.membership_id FROM invoice_lines l
       WHERE l.invoice_id = ${invoiceId} AND l.membership_id < (SELECT membership_id FROM next)
       ORDER BY l.membership_id DESC LIMIT 1) AS after
  `.execute(db);
  const row = rows[0]!;
  if (row.next === null) return { done: true };
  return { done: false, afterMembershipId: row.after ?? undefined };
}
