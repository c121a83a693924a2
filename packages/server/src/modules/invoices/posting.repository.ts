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
 */
export async function postInvoiceChunk(
  db: Executor,
  chunk: PostingChunk,
): Promise<{ posted: number; lastMembershipId: string | null }> {
  const after = chunk.afterMembershipId ?? '00000000-0000-0000-0000-000000000000';
  // The workers of this chunk with their amounts per destination account.
  const { rows: workers } = await sql<{ membership_id: string }>`
    SELECT DISTINCT l.membership_id FROM invoice_lines l
    WHERE l.invoice_id = ${chunk.invoiceId} AND l.membership_id > ${after}::uuid
    ORDER BY l.membership_id LIMIT ${chunk.limit}
  `.execute(db);
  if (workers.length === 0) return { posted: 0, lastMembershipId: null };
  const last = workers[workers.length - 1]!.membership_id;

  // Member accounts (JHT and JP) that do not exist yet.
  await sql`
    INSERT INTO ledger_accounts (id, code, kind, membership_id)
    SELECT jmo_uuidv7(), 'member:' || lower(l.program) || ':' || m.kpj, 'member_' || lower(l.program), m.id
    FROM invoice_lines l JOIN memberships m ON m.id = l.membership_id
    WHERE l.invoice_id = ${chunk.invoiceId} AND l.membership_id > ${after}::uuid AND l.membership_id <= ${last}::uuid
      AND l.program IN ('JHT', 'JP') AND l.employer_amount + l.worker_amount > 0
    ON CONFLICT DO NOTHING
  `.execute(db);

  const { rows } = await sql<{ posted: string }>`
    WITH w AS (
      SELECT l.membership_id, m.kpj, i.period, i.paid_on, i.number,
        sum(CASE WHEN l.program = 'JHT' THEN l.employer_amount + l.worker_amount ELSE 0 END)::int8 AS jht,
        sum(CASE WHEN l.program = 'JP' THEN l.employer_amount + l.worker_amount ELSE 0 END)::int8 AS jp,
        sum(CASE WHEN l.program = 'JKK' THEN l.employer_amount + l.worker_amount - l.booked_to_jkp ELSE 0 END)::int8 AS jkk,
        sum(CASE WHEN l.program = 'JKM' THEN l.employer_amount + l.worker_amount - l.booked_to_jkp ELSE 0 END)::int8 AS jkm,
        (sum(CASE WHEN l.program = 'JKP' THEN l.employer_amount + l.worker_amount ELSE 0 END)
          + sum(CASE WHEN l.program <> 'JKP' THEN l.booked_to_jkp ELSE 0 END))::int8 AS jkp,
        sum(l.employer_amount + l.worker_amount)::int8 AS total
      FROM invoice_lines l
      JOIN memberships m ON m.id = l.membership_id
      JOIN invoices i ON i.id = l.invoice_id
      WHERE l.invoice_id = ${chunk.invoiceId} AND l.membership_id > ${after}::uuid AND l.membership_id <= ${last}::uuid
        AND i.status = 'paid'
      GROUP BY l.membership_id, m.kpj, i.period, i.paid_on, i.number
      HAVING sum(l.employer_amount + l.worker_amount) > 0
    ),
    fresh AS (
      INSERT INTO ledger_postings (id, source_key, kind, occurred_on, memo)
      SELECT jmo_uuidv7(), 'contribution:' || w.kpj || ':' || w.period, 'contribution', w.paid_on, w.number FROM w
      ON CONFLICT (source_key) DO NOTHING
      RETURNING id, source_key
    ),
    e AS (
      SELECT w.kpj, w.period, 'member:jht:' || w.kpj AS code, w.jht AS amount FROM w
      UNION ALL SELECT w.kpj, w.period, 'member:jp:' || w.kpj, w.jp FROM w
      UNION ALL SELECT w.kpj, w.period, 'fund:jkk', w.jkk FROM w
      UNION ALL SELECT w.kpj, w.period, 'fund:jkm', w.jkm FROM w
      UNION ALL SELECT w.kpj, w.period, 'fund:jkp', w.jkp FROM w
      UNION ALL SELECT w.kpj, w.period, 'fund:contributions', -w.total FROM w
    ),
    entries AS (
      INSERT INTO ledger_entries (posting_id, account_id, amount)
      SELECT f.id, a.id, e.amount
      FROM e
      JOIN fresh f ON f.source_key = 'contribution:' || e.kpj || ':' || e.period
      JOIN ledger_accounts a ON a.code = e.code
      WHERE e.amount <> 0
      RETURNING posting_id
    ),
    contribution_rows AS (
      INSERT INTO contributions (membership_id, period, reported_wage, jht_employer, jht_worker, jp_employer,
        jp_worker, paid_on, posting_id, invoice_id)
      SELECT l.membership_id, i.period, max(l.wage),
        sum(CASE WHEN l.program = 'JHT' THEN l.employer_amount ELSE 0 END),
        sum(CASE WHEN l.program = 'JHT' THEN l.worker_amount ELSE 0 END),
        sum(CASE WHEN l.program = 'JP' THEN l.employer_amount ELSE 0 END),
        sum(CASE WHEN l.program = 'JP' THEN l.worker_amount ELSE 0 END),
        i.paid_on, f.id, i.id
      FROM invoice_lines l
      JOIN invoices i ON i.id = l.invoice_id
      JOIN memberships m ON m.id = l.membership_id
      JOIN fresh f ON f.source_key = 'contribution:' || m.kpj || ':' || i.period
      WHERE l.invoice_id = ${chunk.invoiceId} AND l.membership_id > ${after}::uuid AND l.membership_id <= ${last}::uuid
      GROUP BY l.membership_id, i.period, i.paid_on, f.id, i.id
      RETURNING posting_id
    )
    SELECT (SELECT count(*) FROM fresh)::text AS posted,
      (SELECT count(*) FROM entries)::text AS entries,
      (SELECT count(*) FROM contribution_rows)::text AS contribution_rows
  `.execute(db);
  return { posted: Number(rows[0]!.posted), lastMembershipId: last };
}
