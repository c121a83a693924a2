/**
 * The posting job on a real database: a paid invoice too big to post inline is posted chunk by
 * chunk; a run that dies after its first chunk is resumed by the next one with nothing missing and
 * nothing posted twice, and running the month again (the job, or every chunk from the first
 * worker) adds nothing. Amounts come from core's `computePuContributions`, as an issued invoice's
 * lines do; the expected balances are summed from those lines here.
 */
import { computePuContributions, type Period, type Rupiah } from '@jmo/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCard, createEmployer, createPerson } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { runPostingJob } from './invoices.service.ts';
import { findPostingResumePoint, postInvoiceChunk } from './posting.repository.ts';

const PERIOD = '2026-10' as Period;
const WAGES = [4_900_000n, 5_500_000n, 7_250_000n, 12_000_000n, 15_000_000n, 6_100_000n, 9_800_000n];

let t: TestApp;
let invoiceId: string;
const workers: { membershipId: string; kpj: string; jht: bigint; jp: bigint }[] = [];
const expected = { total: 0n, jkk: 0n, jkm: 0n, jkp: 0n };

beforeAll(async () => {
  t = await openTestApp({ now: '2026-11-10T03:00:00Z' });
  const employer = await createEmployer(t.deps, 'PT Besar Sekali');
  invoiceId = t.deps.newId();
  const lines = [];
  for (const wage of WAGES) {
    const { personId } = await createPerson(t.deps);
    const card = await createCard(t.deps, { personId, employerId: employer.id });
    const computed = computePuContributions({ period: PERIOD, wage: wage as Rupiah, jkkRiskGroup: 2 });
    if (!computed.ok) throw new Error(computed.error);
    const amount = (program: string) => {
      const item = computed.value.items.find((i) => i.program === program)!;
      return { whole: item.employer + item.worker, booked: item.bookedToJkp?.amount ?? 0n };
    };
    workers.push({ ...card, jht: amount('JHT').whole, jp: amount('JP').whole });
    expected.jkk += amount('JKK').whole - amount('JKK').booked;
    expected.jkm += amount('JKM').whole - amount('JKM').booked;
    expected.jkp += amount('JKP').whole + amount('JKK').booked + amount('JKM').booked;
    for (const item of computed.value.items) {
      expected.total += item.employer + item.worker;
      lines.push({
        invoice_id: invoiceId,
        membership_id: card.membershipId,
        program: item.program,
        wage: wage as Rupiah,
        base: item.base,
        employer_amount: item.employer,
        worker_amount: item.worker,
        booked_to_jkp: item.bookedToJkp?.amount ?? (0n as Rupiah),
      });
    }
  }
  // Paid and not posted: what `applyInvoicePayment` leaves for the job when an invoice has more
  // workers than it posts inline.
  await t.deps.db
    .insertInto('invoices')
    .values({
      id: invoiceId,
      number: `TAG-${employer.npp}-202610`,
      employer_id: employer.id,
      membership_id: null,
      period: PERIOD,
      status: 'paid',
      issued_at: new Date('2026-11-01T03:00:00Z'),
      due_on: '2026-11-16',
      contributions_total: expected.total as Rupiah,
      penalties_total: 0n as Rupiah,
      total: expected.total as Rupiah,
      va_number: '8808000000000001',
      va_bank_code: '008',
      paid_at: new Date('2026-11-10T03:00:00Z'),
      paid_on: '2026-11-10',
      payment_id: 'TEST-PAYMENT-1',
    })
    .execute();
  await t.deps.db.insertInto('invoice_lines').values(lines).execute();
});
afterAll(() => t.close());

const balanceOf = async (
  where: { code: string } | { membershipId: string; kind: 'member_jht' | 'member_jp' },
) => {
  let query = t.deps.db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(sql<bigint>`coalesce(sum(e.amount), 0)::int8`.as('sum'));
  query =
    'code' in where
      ? query.where('a.code', '=', where.code)
      : query.where('a.membership_id', '=', where.membershipId).where('a.kind', '=', where.kind);
  return (await query.executeTakeFirstOrThrow()).sum;
};

const ledgerCounts = async () => {
  const { rows } = await sql<{ postings: string; entries: string; contributions: string }>`
    SELECT (SELECT count(*) FROM ledger_postings WHERE kind = 'contribution')::text AS postings,
      (SELECT count(*) FROM ledger_entries)::text AS entries,
      (SELECT count(*) FROM contributions)::text AS contributions
  `.execute(t.deps.db);
  return rows[0]!;
};

describe('the posting job', () => {
  it('resumes a run that died after its first chunk, posting each worker once', async () => {
    let chunks = 0;
    const crashing = runPostingJob(t.deps, {
      chunkWorkers: 3,
      onChunk: () => {
        chunks++;
        throw new Error('the job process died');
      },
    });
    await expect(crashing).rejects.toThrow('the job process died');
    expect(chunks).toBe(1);
    expect(await ledgerCounts()).toMatchObject({ postings: '3', contributions: '3' });
    const resume = await findPostingResumePoint(t.deps.db, invoiceId);
    const sorted = workers.map((w) => w.membershipId).sort();
    expect(resume).toEqual({ done: false, afterMembershipId: sorted[2] });

    expect(await runPostingJob(t.deps, { chunkWorkers: 3 })).toEqual({ invoices: 1, postings: 4 });
    expect(await findPostingResumePoint(t.deps.db, invoiceId)).toEqual({ done: true });
    const invoice = await t.deps.db
      .selectFrom('invoices')
      .select('posted_at')
      .where('id', '=', invoiceId)
      .executeTakeFirstOrThrow();
    expect(invoice.posted_at).not.toBeNull();

    // Every worker once: their own JHT and JP, the program funds, the whole against the money received.
    expect(await ledgerCounts()).toEqual({
      postings: String(WAGES.length),
      entries: String(WAGES.length * 6),
      contributions: String(WAGES.length),
    });
    for (const w of workers) {
      expect(await balanceOf({ membershipId: w.membershipId, kind: 'member_jht' })).toBe(w.jht);
      expect(await balanceOf({ membershipId: w.membershipId, kind: 'member_jp' })).toBe(w.jp);
      const { rows } = await sql<{ n: string }>`
        SELECT count(*)::text AS n FROM ledger_postings WHERE source_key = ${`contribution:${w.kpj}:${PERIOD}`}
      `.execute(t.deps.db);
      expect(rows[0]!.n).toBe('1');
    }
    expect(await balanceOf({ code: 'fund:contributions' })).toBe(-expected.total);
    expect(await balanceOf({ code: 'fund:jkk' })).toBe(expected.jkk);
    expect(await balanceOf({ code: 'fund:jkm' })).toBe(expected.jkm);
    expect(await balanceOf({ code: 'fund:jkp' })).toBe(expected.jkp);
    const contribution = await t.deps.db
      .selectFrom('contributions')
      .selectAll()
      .where('membership_id', '=', workers[3]!.membershipId)
      .executeTakeFirstOrThrow();
    // 12.000.000: JHT 3.7% + 2%, JP 2% + 1% of the 2026 cap 11.086.300.
    expect(contribution).toMatchObject({
      period: PERIOD,
      reported_wage: 12_000_000n,
      jht_employer: 444_000n,
      jht_worker: 240_000n,
      jp_employer: 221_726n,
      jp_worker: 110_863n,
      paid_on: '2026-11-10',
      invoice_id: invoiceId,
    });
  });

  it('adds nothing when the month runs again, even through every chunk from the first worker', async () => {
    const before = await ledgerCounts();
    expect(await runPostingJob(t.deps, { chunkWorkers: 3 })).toEqual({ invoices: 0, postings: 0 });
    let posted = 0;
    let after: string | undefined;
    for (;;) {
      const chunk = await t.deps.db
        .transaction()
        .execute((trx) =>
          postInvoiceChunk(trx, { invoiceId, limit: 2, ...(after ? { afterMembershipId: after } : {}) }),
        );
      if (chunk.lastMembershipId === null) break;
      posted += chunk.posted;
      after = chunk.lastMembershipId;
    }
    expect(posted).toBe(0);
    expect(await ledgerCounts()).toEqual(before);
    const { rows } = await sql<{ n: string }>`
      SELECT count(*)::text AS n FROM (SELECT posting_id FROM ledger_entries GROUP BY posting_id HAVING sum(amount) <> 0) x
    `.execute(t.deps.db);
    expect(rows[0]!.n).toBe('0');
  });
});
