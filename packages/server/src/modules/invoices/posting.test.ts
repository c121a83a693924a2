/**
 * The posting job on a real database: a paid invoice too big to post inline is posted chunk by
 * chunk; a crash between chunks loses nothing and the next run finishes without posting anyone
 * twice; running it again adds no entries. Every posting sums to zero and the money received equals
 * the invoice's contributions.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCard, createEmployer, createPerson } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { runPostingJob } from './invoices.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const WORKERS = 12;

async function paidInvoiceOfUnposted() {
  const employer = await createEmployer(t.deps);
  const invoiceId = t.deps.newId();
  const cards = [];
  for (let i = 0; i < WORKERS; i++) {
    const person = await createPerson(t.deps, { nik: `3174011508${String(900_000 + i)}` });
    cards.push(await createCard(t.deps, { personId: person.personId, employerId: employer.id }));
  }
  const lines = cards.flatMap((c, i) =>
    [
      { program: 'JHT' as const, employer: 185_000n + BigInt(i), worker: 100_000n },
      { program: 'JP' as const, employer: 100_000n, worker: 50_000n },
      { program: 'JKK' as const, employer: 12_000n, worker: 0n, booked: 7_000n },
      { program: 'JKM' as const, employer: 15_000n, worker: 0n },
    ].map((l) => ({
      invoice_id: invoiceId,
      membership_id: c.membershipId,
      program: l.program,
      wage: 5_000_000n,
      base: 5_000_000n,
      employer_amount: l.employer,
      worker_amount: l.worker,
      booked_to_jkp: l.booked ?? 0n,
    })),
  );
  const total = lines.reduce((s, l) => s + l.employer_amount + l.worker_amount, 0n);
  await t.deps.db
    .insertInto('invoices')
    .values({
      id: invoiceId,
      number: `TAG-${employer.npp}-202610`,
      employer_id: employer.id,
      membership_id: null,
      period: '2026-10',
      status: 'paid',
      issued_at: new Date('2026-11-01T00:00:00Z'),
      due_on: '2026-11-16',
      contributions_total: total,
      penalties_total: 0n,
      total,
      va_number: `98800${String(Math.floor(Math.random() * 1e11)).padStart(11, '0')}`,
      va_bank_code: '009',
      paid_at: new Date('2026-11-10T03:00:00Z'),
      paid_on: '2026-11-10',
      payment_id: `SBX-${invoiceId}`,
    })
    .execute();
  await t.deps.db.insertInto('invoice_lines').values(lines).execute();
  return { invoiceId, cards, total };
}

const counts = async () => {
  const { rows } = await sql<{ postings: string; entries: string; contributions: string }>`
    SELECT (SELECT count(*) FROM ledger_postings)::text AS postings, (SELECT count(*) FROM ledger_entries)::text AS entries,
      (SELECT count(*) FROM contributions)::text AS contributions`.execute(t.deps.db);
  return rows[0]!;
};

describe('runPostingJob', () => {
  it('survives a crash between chunks, finishes on the next run, and posts each worker once', async () => {
    const { invoiceId, cards, total } = await paidInvoiceOfUnposted();
    let chunks = 0;
    await expect(
      runPostingJob(t.deps, {
        chunkWorkers: 5,
        onChunk: () => {
          if (++chunks === 2) throw new Error('the worker crashed');
        },
      }),
    ).rejects.toThrow('the worker crashed');
    const midway = await t.deps.db
      .selectFrom('contributions')
      .select('membership_id')
      .where('invoice_id', '=', invoiceId)
      .execute();
    expect(midway).toHaveLength(10);

    const resumed = await runPostingJob(t.deps, { chunkWorkers: 5 });
    expect(resumed).toEqual({ invoices: 1, postings: 2 });
    const posted = await t.deps.db
      .selectFrom('contributions')
      .selectAll()
      .where('invoice_id', '=', invoiceId)
      .execute();
    expect(posted).toHaveLength(WORKERS);
    expect(posted.find((c) => c.membership_id === cards[0]!.membershipId)).toMatchObject({
      jht_employer: 185_000n,
      jht_worker: 100_000n,
      jp_employer: 100_000n,
      jp_worker: 50_000n,
      paid_on: '2026-11-10',
    });
    const invoice = await t.deps.db
      .selectFrom('invoices')
      .select('posted_at')
      .where('id', '=', invoiceId)
      .executeTakeFirstOrThrow();
    expect(invoice.posted_at).not.toBeNull();

    const before = await counts();
    expect(await runPostingJob(t.deps)).toEqual({ invoices: 0, postings: 0 });
    expect(await counts()).toEqual(before);

    const { rows } = await sql<{ code: string; sum: string }>`
      SELECT a.code, sum(e.amount)::text AS sum FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
      WHERE a.code LIKE 'fund:%' GROUP BY a.code ORDER BY a.code`.execute(t.deps.db);
    expect(Object.fromEntries(rows.map((r) => [r.code, r.sum]))).toEqual({
      'fund:contributions': `-${total}`,
      'fund:jkk': String(WORKERS * 5_000),
      'fund:jkm': String(WORKERS * 15_000),
      'fund:jkp': String(WORKERS * 7_000),
    });
    const unbalanced = await sql<{ n: string }>`
      SELECT count(*)::text AS n FROM (SELECT posting_id FROM ledger_entries GROUP BY posting_id HAVING sum(amount) <> 0) x`.execute(
      t.deps.db,
    );
    expect(unbalanced.rows[0]!.n).toBe('0');

    // The contribution rows are the record of those postings: they stay as written, and a row
    // naming a posting or an invoice that does not exist is refused (checked per statement).
    await expect(
      t.deps.db
        .updateTable('contributions')
        .set({ reported_wage: 1n })
        .where('invoice_id', '=', invoiceId)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.deps.db.deleteFrom('contributions').execute()).rejects.toThrow(/append-only/);
    const nowhere = '019ab000-0000-7000-8000-00000000dead';
    const row = { ...posted[0]!, period: '2026-01' };
    await expect(
      t.deps.db
        .insertInto('contributions')
        .values({ ...row, posting_id: nowhere })
        .execute(),
    ).rejects.toThrow(/posting .* does not exist/);
    const spare = t.deps.newId();
    await t.deps.db
      .insertInto('ledger_postings')
      .values({
        id: spare,
        source_key: 'test:spare',
        kind: 'transfer',
        occurred_on: '2026-01-15',
        memo: null,
      })
      .execute();
    await expect(
      t.deps.db
        .insertInto('contributions')
        .values({ ...row, posting_id: spare, invoice_id: nowhere })
        .execute(),
    ).rejects.toThrow(/invoice .* does not exist/);
  });
});
