/**
 * Monthly invoices (tagihan iuran): issued by an employer for a period from the wages in force and
 * the dated contribution rules in core, paid into a virtual account, and — once paid — posted to
 * the ledger exactly once. A payment after the due date leaves a fine (2% a month per program,
 * core `latePenalty`) that is billed with the payer's next invoice, as the regulations say.
 */
import {
  assert,
  type CalendarDate,
  computePuContributions,
  contributionDueDate,
  dateInZone,
  FIRST_PU_PERIOD,
  findBank,
  type Invoice,
  type InvoiceDetail,
  type InvoicesResponse,
  type JkkRiskGroup,
  latePenalty,
  type Period,
  periodOfDate,
  type Rupiah,
  sum,
  toWire,
} from '@jmo/core';
import { type Selectable, sql } from 'kysely';
import { PaymentsUnavailableError } from '../../adapters/payments/port.ts';
import type { Executor } from '../../db/database.ts';
import type { InvoicesTable, Program } from '../../db/schema.ts';
import type { StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { today } from '../cards/cards.service.ts';
import { findWorkers, wagesInForce } from '../employer/employer.repository.ts';
import { activeIn } from '../employer/employer.service.ts';
import { postPostings } from '../ledger/ledger.repository.ts';
import { ensureContributionFunds, findPostingResumePoint, postInvoiceChunk } from './posting.repository.ts';

/** Workers posted in one transaction; an invoice with more is posted by the job, chunk by chunk. */
export const INLINE_POSTING_MAX_WORKERS = 2000;
export const POSTING_CHUNK_WORKERS = 5000;

type InvoiceRow = Selectable<InvoicesTable>;

export type IssueInvoiceError =
  | 'forbidden'
  | 'period_in_future'
  | 'period_not_covered'
  | 'invoice_already_issued'
  | 'no_workers_to_invoice'
  | 'wages_missing'
  | 'service_unavailable';

/**
 * Issue the employer's invoice for `period`: one line per active worker and enrolled program, from
 * the wage in force. Workers whose month is already paid (history brought in from elsewhere) are
 * left out, so nobody pays a month twice.
 */
export async function issueEmployerInvoice(
  deps: Deps,
  staff: StaffPrincipal,
  periodInput: string,
): Promise<Outcome<InvoiceDetail, IssueInvoiceError>> {
  if (staff.role !== 'employer' || !staff.employerId) return { ok: false, error: 'forbidden' };
  const employerId = staff.employerId;
  const period = periodInput as Period;
  const asOf = today(deps);
  if (period > periodOfDate(asOf)) return { ok: false, error: 'period_in_future' };
  const due = contributionDueDate(period);
  if (period < FIRST_PU_PERIOD || !due.ok) return { ok: false, error: 'period_not_covered' };
  const dueDate = due.value.dueDate;
  const existing = await deps.db
    .selectFrom('invoices')
    .select('number')
    .where('employer_id', '=', employerId)
    .where('period', '=', period)
    .executeTakeFirst();
  if (existing) return { ok: false, error: 'invoice_already_issued', detail: existing.number };

  const employer = await deps.db
    .selectFrom('employers')
    .select(['npp', 'name', 'jkk_risk_group'])
    .where('id', '=', employerId)
    .executeTakeFirstOrThrow();
  const alreadyPaid = new Set(
    (
      await deps.db
        .selectFrom('contributions as c')
        .innerJoin('memberships as m', 'm.id', 'c.membership_id')
        .select('c.membership_id')
        .where('m.employer_id', '=', employerId)
        .where('c.period', '=', period)
        .execute()
    ).map((r) => r.membership_id),
  );
  const workers = (await findWorkers(deps.db, employerId, { limit: 1_000_000 })).filter(
    (w) => activeIn(w, period) && !alreadyPaid.has(w.membershipId),
  );
  if (workers.length === 0) return { ok: false, error: 'no_workers_to_invoice' };
  const wages = await wagesInForce(
    deps.db,
    workers.map((w) => w.membershipId),
    period,
  );
  const missing = workers.filter((w) => !wages.has(w.membershipId));
  if (missing.length > 0)
    return {
      ok: false,
      error: 'wages_missing',
      errors: missing.slice(0, 50).map((w) => ({ path: `wages.${w.kpj}`, message: w.fullName })),
    };

  const lines = workers.flatMap((w) => {
    const computed = computePuContributions({
      period,
      wage: wages.get(w.membershipId)!,
      jkkRiskGroup: employer.jkk_risk_group as JkkRiskGroup,
    });
    if (!computed.ok) throw new Error(`contribution rules refused ${period}: ${computed.error}`);
    return computed.value.items
      .filter((item) => w.programs.includes(item.program as Program))
      .map((item) => ({
        membership_id: w.membershipId,
        program: item.program as Program,
        wage: wages.get(w.membershipId)!,
        base: item.base,
        employer_amount: item.employer,
        worker_amount: item.worker,
        booked_to_jkp: item.bookedToJkp?.amount ?? (0n as Rupiah),
      }));
  });
  const contributionsTotal = sum(lines.map((l) => (l.employer_amount + l.worker_amount) as Rupiah));
  const number = `TAG-${employer.npp}-${period.replace('-', '')}`;

  const unbilled = await deps.db
    .selectFrom('late_penalties as lp')
    .innerJoin('invoices as i', 'i.id', 'lp.late_invoice_id')
    .select(['lp.late_invoice_id', 'lp.program', 'lp.amount'])
    .where('i.employer_id', '=', employerId)
    .where('lp.billed_invoice_id', 'is', null)
    .execute();
  const penaltiesTotal = sum(unbilled.map((p) => p.amount as Rupiah));

  const created = await createInvoice(deps, {
    payer: { employerId },
    holderName: employer.name,
    number,
    period,
    dueDate,
    lines,
    contributionsTotal,
    penalties: { total: penaltiesTotal, lateInvoiceIds: unbilled.map((p) => p.late_invoice_id) },
  });
  if (created !== 'created')
    return { ok: false, error: created, ...(created === 'invoice_already_issued' ? { detail: number } : {}) };
  return invoiceDetail(deps, staff, number) as Promise<Outcome<InvoiceDetail, IssueInvoiceError>>;
}

export interface NewInvoiceLine {
  membership_id: string;
  program: Program;
  wage: Rupiah;
  base: Rupiah;
  employer_amount: Rupiah;
  worker_amount: Rupiah;
  booked_to_jkp: Rupiah;
}

/**
 * Open the virtual account, then store the invoice with its lines (and mark the fines it bills),
 * in one transaction. The VA comes first because it is the outside world's; if storing then fails
 * (a concurrent request issued the same period), the VA is simply never paid.
 */
export async function createInvoice(
  deps: Deps,
  input: {
    payer: { employerId: string } | { membershipId: string };
    holderName: string;
    number: string;
    period: Period;
    dueDate: CalendarDate;
    lines: readonly NewInvoiceLine[];
    contributionsTotal: Rupiah;
    penalties?: { total: Rupiah; lateInvoiceIds: readonly string[] };
  },
): Promise<'created' | 'invoice_already_issued' | 'service_unavailable'> {
  const penaltiesTotal = input.penalties?.total ?? (0n as Rupiah);
  const total = (input.contributionsTotal + penaltiesTotal) as Rupiah;
  let va: { vaNumber: string; bankCode: string };
  try {
    va = await deps.payments.openVirtualAccount({
      reference: input.number,
      holderName: input.holderName,
      amount: total,
    });
  } catch (error) {
    if (error instanceof PaymentsUnavailableError) return 'service_unavailable';
    throw error;
  }
  const id = deps.newId();
  return deps.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('invoices')
      .values({
        id,
        number: input.number,
        employer_id: 'employerId' in input.payer ? input.payer.employerId : null,
        membership_id: 'membershipId' in input.payer ? input.payer.membershipId : null,
        period: input.period,
        status: 'unpaid',
        issued_at: deps.clock.now(),
        due_on: input.dueDate,
        contributions_total: input.contributionsTotal,
        penalties_total: penaltiesTotal,
        total,
        va_number: va.vaNumber,
        va_bank_code: va.bankCode,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return 'invoice_already_issued' as const;
    for (let i = 0; i < input.lines.length; i += 2000) {
      await trx
        .insertInto('invoice_lines')
        .values(input.lines.slice(i, i + 2000).map((l) => ({ ...l, invoice_id: id })))
        .execute();
    }
    const late = input.penalties?.lateInvoiceIds ?? [];
    if (late.length > 0) {
      await trx
        .updateTable('late_penalties')
        .set({ billed_invoice_id: id })
        .where('late_invoice_id', 'in', [...late])
        .where('billed_invoice_id', 'is', null)
        .execute();
    }
    return 'created' as const;
  });
}

export function toInvoice(
  row: InvoiceRow & { workers: number },
  asOf: CalendarDate,
  accrued: Rupiah,
  monthsLate: number,
): Invoice {
  return {
    number: row.number,
    period: row.period,
    status: row.status,
    issuedAt: row.issued_at.toISOString(),
    dueOn: row.due_on,
    workers: row.workers,
    contributionsTotal: toWire(row.contributions_total as Rupiah),
    penaltiesTotal: toWire(row.penalties_total as Rupiah),
    total: toWire(row.total as Rupiah),
    virtualAccount: {
      bankCode: row.va_bank_code,
      bankName: findBank(row.va_bank_code)?.shortName ?? row.va_bank_code,
      number: row.va_number,
    },
    paidAt: row.paid_at ? row.paid_at.toISOString() : null,
    paidOn: row.paid_on,
    overdue: row.status === 'unpaid' && asOf > row.due_on,
    monthsLate,
    accruedPenalty: toWire(accrued),
  };
}

/** Contribution per program of an invoice's lines, the base of a fine. */
async function amountsByProgram(db: Executor, invoiceId: string): Promise<Partial<Record<Program, Rupiah>>> {
  const rows = await db
    .selectFrom('invoice_lines')
    .select(['program', sql<bigint>`sum(employer_amount + worker_amount)::int8`.as('amount')])
    .where('invoice_id', '=', invoiceId)
    .groupBy('program')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.program, r.amount as Rupiah]));
}

/** The fine an unpaid invoice would carry if it were paid on `asOf`. */
export async function accruedFor(db: Executor, row: InvoiceRow, asOf: CalendarDate) {
  // Informal workers' contributions carry no fine (rules/bpu-payment.ts).
  if (row.status !== 'unpaid' || asOf <= row.due_on || row.membership_id !== null)
    return { amount: 0n as Rupiah, monthsLate: 0 };
  const fine = latePenalty({
    period: row.period as Period,
    amountsByProgram: await amountsByProgram(db, row.id),
    paidOn: asOf,
  });
  assert(fine.ok, `no penalty rule for the issued invoice ${row.number}`);
  return { amount: fine.value.total, monthsLate: fine.value.monthsLate };
}

export async function invoiceRows(
  db: Executor,
  where: { employerId?: string; membershipId?: string; number?: string },
) {
  let query = db
    .selectFrom('invoices as i')
    .selectAll('i')
    .select(
      sql<number>`(SELECT count(DISTINCT l.membership_id) FROM invoice_lines l WHERE l.invoice_id = i.id)::int`.as(
        'workers',
      ),
    );
  if (where.employerId) query = query.where('i.employer_id', '=', where.employerId);
  if (where.membershipId) query = query.where('i.membership_id', '=', where.membershipId);
  if (where.number) query = query.where('i.number', '=', where.number);
  return query.orderBy('i.period', 'desc').limit(240).execute();
}

export async function listEmployerInvoices(deps: Deps, staff: StaffPrincipal): Promise<InvoicesResponse> {
  const asOf = today(deps);
  if (staff.role !== 'employer' || !staff.employerId) return { asOf, invoices: [] };
  const rows = await invoiceRows(deps.db, { employerId: staff.employerId });
  const invoices = [];
  for (const row of rows) {
    const accrued = await accruedFor(deps.db, row, asOf);
    invoices.push(toInvoice(row, asOf, accrued.amount, accrued.monthsLate));
  }
  return { asOf, invoices };
}

export async function invoiceDetail(
  deps: Deps,
  staff: StaffPrincipal,
  number: string,
): Promise<Outcome<InvoiceDetail, 'invoice_not_found'>> {
  if (staff.role !== 'employer' || !staff.employerId) return { ok: false, error: 'invoice_not_found' };
  const [row] = await invoiceRows(deps.db, { employerId: staff.employerId, number });
  if (!row) return { ok: false, error: 'invoice_not_found' };
  const asOf = today(deps);
  const employer = await deps.db
    .selectFrom('employers')
    .select(['npp', 'name', 'jkk_risk_group'])
    .where('id', '=', staff.employerId)
    .executeTakeFirstOrThrow();
  const lineRows = await deps.db
    .selectFrom('invoice_lines as l')
    .innerJoin('memberships as m', 'm.id', 'l.membership_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select([
      'm.kpj',
      sql<string>`coalesce(m.name_on_card, p.full_name)`.as('full_name'),
      'l.program',
      'l.wage',
      'l.base',
      'l.employer_amount',
      'l.worker_amount',
      'l.booked_to_jkp',
    ])
    .where('l.invoice_id', '=', row.id)
    .orderBy('full_name')
    .orderBy('m.kpj')
    .execute();
  const byWorker = new Map<string, typeof lineRows>();
  for (const l of lineRows) byWorker.set(l.kpj, [...(byWorker.get(l.kpj) ?? []), l]);
  const order: Program[] = ['JHT', 'JP', 'JKK', 'JKM', 'JKP'];
  const computed = computePuContributions({
    period: row.period as Period,
    wage: 1_000_000n as Rupiah,
    jkkRiskGroup: employer.jkk_risk_group as JkkRiskGroup,
  });
  const sources = new Map(computed.ok ? computed.value.items.map((i) => [i.program, i.source]) : []);
  const penalties = await deps.db
    .selectFrom('late_penalties as lp')
    .innerJoin('invoices as late', 'late.id', 'lp.late_invoice_id')
    .select(['late.number', 'lp.program', 'lp.months_late', 'lp.contribution', 'lp.amount', 'lp.source'])
    .where('lp.billed_invoice_id', '=', row.id)
    .orderBy('late.number')
    .execute();
  const accrued = await accruedFor(deps.db, row, asOf);
  return {
    ok: true,
    value: {
      ...toInvoice(row, asOf, accrued.amount, accrued.monthsLate),
      employer: { npp: employer.npp, name: employer.name, jkkRiskGroup: employer.jkk_risk_group },
      lines: [...byWorker.entries()].map(([kpj, items]) => {
        items.sort((a, b) => order.indexOf(a.program) - order.indexOf(b.program));
        const employerPart = sum(items.map((i) => i.employer_amount as Rupiah));
        const workerPart = sum(items.map((i) => i.worker_amount as Rupiah));
        return {
          kpj,
          fullName: items[0]!.full_name,
          wage: toWire(items[0]!.wage as Rupiah),
          items: items.map((i) => ({
            program: i.program,
            base: toWire(i.base as Rupiah),
            employer: toWire(i.employer_amount as Rupiah),
            worker: toWire(i.worker_amount as Rupiah),
            bookedToJkp: toWire(i.booked_to_jkp as Rupiah),
          })),
          employer: toWire(employerPart),
          worker: toWire(workerPart),
          total: toWire((employerPart + workerPart) as Rupiah),
        };
      }),
      penalties: penalties.map((p) => ({
        lateInvoice: p.number,
        program: p.program,
        monthsLate: p.months_late,
        contribution: toWire(p.contribution as Rupiah),
        amount: toWire(p.amount as Rupiah),
        source: p.source,
      })),
      programs: order.flatMap((program) => {
        const items = lineRows.filter((l) => l.program === program);
        if (items.length === 0) return [];
        const employerPart = sum(items.map((i) => i.employer_amount as Rupiah));
        const workerPart = sum(items.map((i) => i.worker_amount as Rupiah));
        return [
          {
            program,
            employer: toWire(employerPart),
            worker: toWire(workerPart),
            total: toWire((employerPart + workerPart) as Rupiah),
            source: sources.get(program) ?? '',
          },
        ];
      }),
    },
  };
}

/** Unpaid invoices past their due date, and the fines they have accrued by `asOf`. */
export async function arrearsOf(
  deps: Deps,
  payer: { employerId: string } | { membershipId: string },
  asOf: CalendarDate,
): Promise<{ invoices: number; total: Rupiah; accruedPenalty: Rupiah; oldestPeriod: string | null }> {
  const rows = (await invoiceRows(deps.db, payer)).filter((r) => r.status === 'unpaid' && asOf > r.due_on);
  let accruedPenalty = 0n as Rupiah;
  for (const row of rows)
    accruedPenalty = (accruedPenalty + (await accruedFor(deps.db, row, asOf)).amount) as Rupiah;
  return {
    invoices: rows.length,
    total: sum(rows.map((r) => r.total as Rupiah)),
    accruedPenalty,
    oldestPeriod: rows.map((r) => r.period).sort()[0] ?? null,
  };
}

export type PaymentOutcome = 'applied' | 'unknown_va' | 'already_paid' | 'amount_mismatch';

/**
 * Apply a payment to the invoice whose VA it names, inside the caller's transaction (the payment
 * callback's): mark it paid, record a fine when paid after the due date, post its penalties, and
 * post its contributions when it is small enough to post inline (else the posting job does).
 */
export async function applyInvoicePayment(
  deps: Deps,
  trx: Executor,
  payment: { paymentId: string; vaNumber: string; amount: Rupiah; paidAt: Date },
): Promise<PaymentOutcome> {
  const invoice = await trx
    .selectFrom('invoices')
    .selectAll()
    .where('va_number', '=', payment.vaNumber)
    .forUpdate()
    .executeTakeFirst();
  if (!invoice) return 'unknown_va';
  if (invoice.status === 'paid') return 'already_paid';
  if ((invoice.total as Rupiah) !== payment.amount) return 'amount_mismatch';
  const paidOn = dateInZone(payment.paidAt, deps.config.timeZone);
  await trx
    .updateTable('invoices')
    .set({ status: 'paid', paid_at: payment.paidAt, paid_on: paidOn, payment_id: payment.paymentId })
    .where('id', '=', invoice.id)
    .execute();
  await ensureContributionFunds(trx, deps.newId);

  if (paidOn > invoice.due_on && invoice.employer_id !== null) {
    const fine = latePenalty({
      period: invoice.period as Period,
      amountsByProgram: await amountsByProgram(trx, invoice.id),
      paidOn,
    });
    assert(fine.ok, `no penalty rule for the issued invoice ${invoice.number}`);
    const lines = fine.value.lines.filter((l) => l.penalty > 0n);
    if (lines.length > 0) {
      await trx
        .insertInto('late_penalties')
        .values(
          lines.map((l) => ({
            late_invoice_id: invoice.id,
            program: l.program as Program,
            months_late: fine.value.monthsLate,
            contribution: l.contribution,
            amount: l.penalty,
            source: l.source,
            created_at: deps.clock.now(),
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  if ((invoice.penalties_total as Rupiah) > 0n) {
    const funds = await trx
      .selectFrom('ledger_accounts')
      .select(['id', 'code'])
      .where('code', 'in', ['fund:penalties', 'fund:contributions'])
      .execute();
    const fund = (code: string) => funds.find((f) => f.code === code)!.id;
    await postPostings(trx, [
      {
        id: deps.newId(),
        sourceKey: `penalty:${invoice.number}`,
        kind: 'penalty',
        occurredOn: paidOn,
        memo: invoice.number,
        entries: [
          { accountId: fund('fund:penalties'), amount: invoice.penalties_total as Rupiah },
          { accountId: fund('fund:contributions'), amount: -(invoice.penalties_total as Rupiah) as Rupiah },
        ],
      },
    ]);
  }
  const { workers } = await trx
    .selectFrom('invoice_lines')
    .select(sql<number>`count(DISTINCT membership_id)::int`.as('workers'))
    .where('invoice_id', '=', invoice.id)
    .executeTakeFirstOrThrow();
  if (workers <= INLINE_POSTING_MAX_WORKERS) {
    await postWholeInvoice(trx, invoice.id);
    await trx
      .updateTable('invoices')
      .set({ posted_at: deps.clock.now() })
      .where('id', '=', invoice.id)
      .execute();
  }
  return 'applied';
}

async function postWholeInvoice(db: Executor, invoiceId: string): Promise<number> {
  let posted = 0;
  let after: string | undefined;
  for (;;) {
    const chunk = await postInvoiceChunk(db, {
      invoiceId,
      limit: POSTING_CHUNK_WORKERS,
      ...(after ? { afterMembershipId: after } : {}),
    });
    if (chunk.lastMembershipId === null) return posted;
    posted += chunk.posted;
    after = chunk.lastMembershipId;
  }
}

/**
 * The posting job: every paid invoice not fully posted yet (too big to post inline, or interrupted),
 * chunk by chunk, each chunk in its own transaction. A crash loses at most the chunk in flight,
 * which the next run posts; nothing is posted twice, even by two jobs at once (source keys).
 */
export async function runPostingJob(
  deps: Deps,
  options: { chunkWorkers?: number; onChunk?: (posted: number) => void } = {},
): Promise<{ invoices: number; postings: number }> {
  const chunkWorkers = options.chunkWorkers ?? POSTING_CHUNK_WORKERS;
  let invoices = 0;
  let postings = 0;
  await ensureContributionFunds(deps.db, deps.newId);
  const pending = await deps.db
    .selectFrom('invoices')
    .select('id')
    .where('status', '=', 'paid')
    .where('posted_at', 'is', null)
    .orderBy('paid_at')
    .execute();
  for (const { id } of pending) {
    // Resume where a previous run of this invoice stopped (none: from its first worker).
    const resumed = await findPostingResumePoint(deps.db, id);
    let after = resumed.done ? undefined : resumed.afterMembershipId;
    while (!resumed.done) {
      const chunk = await deps.db.transaction().execute((trx) =>
        postInvoiceChunk(trx, {
          invoiceId: id,
          limit: chunkWorkers,
          ...(after ? { afterMembershipId: after } : {}),
        }),
      );
      if (chunk.lastMembershipId === null) break;
      postings += chunk.posted;
      after = chunk.lastMembershipId;
      options.onChunk?.(chunk.posted);
    }
    await deps.db.updateTable('invoices').set({ posted_at: deps.clock.now() }).where('id', '=', id).execute();
    invoices++;
  }
  return { invoices, postings };
}
