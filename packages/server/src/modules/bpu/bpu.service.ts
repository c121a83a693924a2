/**
 * BPU self-service: an informal worker joins (a KPJ card of segment BPU with the programs they
 * chose), sees their cover (core `bpuCoverage`) and pays month by month through an invoice with a
 * virtual account, like an employer does. The declared income is kept as the card's "wage" in
 * `wage_reports`, from the month it applies; a changed plan applies from the next month to be paid.
 */
import {
  type BpuMembership,
  type BpuResponse,
  bpuContributionDueDate,
  bpuCoverage,
  bpuIncomeBrackets,
  type CalendarDate,
  computeBpuContributions,
  type Invoice,
  type Locale,
  type Period,
  type Program,
  periodOfDate,
  type Rupiah,
  toWire,
} from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import type { FieldError, Outcome } from '../../lib/outcome.ts';
import { type CardHolder, today } from '../cards/cards.service.ts';
import { nextKpj, wagesInForce } from '../employer/employer.repository.ts';
import { accruedFor, createInvoice, invoiceRows, toInvoice } from '../invoices/invoices.service.ts';

export type BpuError =
  | 'invalid_request'
  | 'bpu_already_member'
  | 'card_not_found'
  | 'bpu_paid_ahead_limit'
  | 'invoice_already_issued'
  | 'service_unavailable';

/** A plan from the wire, checked against this month's brackets and the BPU program rules. */
function checkPlan(
  input: { declaredIncome: string | number; programs: readonly Program[] },
  period: Period,
  locale: Locale,
): { income: Rupiah; programs: Program[] } | FieldError[] {
  const income = BigInt(input.declaredIncome) as Rupiah;
  const computed = computeBpuContributions({ period, declaredIncome: income, programs: input.programs });
  if (computed.ok) return { income, programs: [...new Set(input.programs)].sort() as Program[] };
  const en = locale === 'en';
  if (computed.error === 'bpu_income_not_a_bracket') {
    const near = [computed.nearest.below, computed.nearest.above]
      .filter((x) => x !== null)
      .map((x) => `Rp${x}`);
    return [
      {
        path: 'declaredIncome',
        message: en
          ? `Choose one of the income brackets${near.length ? `; the nearest are ${near.join(' and ')}` : ''}.`
          : `Pilih salah satu golongan penghasilan${near.length ? `; yang terdekat ${near.join(' dan ')}` : ''}.`,
      },
    ];
  }
  return [
    {
      path: 'programs',
      message:
        computed.error === 'bpu_mandatory_programs_missing'
          ? en
            ? 'JKK and JKM always go together; JHT may be added.'
            : 'JKK dan JKM selalu diambil bersama; JHT boleh ditambahkan.'
          : en
            ? 'Informal workers can choose JKK, JKM and JHT only.'
            : 'Pekerja bukan penerima upah hanya dapat memilih JKK, JKM, dan JHT.',
    },
  ];
}

/** Join BPU: a new KPJ card for the member's person, its programs, and the declared income from this month. */
export async function joinBpu(
  deps: Deps,
  holder: CardHolder,
  input: { declaredIncome: string | number; programs: readonly Program[] },
  locale: Locale,
): Promise<Outcome<BpuMembership, BpuError>> {
  const asOf = today(deps);
  const period = periodOfDate(asOf);
  const plan = checkPlan(input, period, locale);
  if (Array.isArray(plan)) return { ok: false, error: 'invalid_request', errors: plan };
  const joined = await deps.db.transaction().execute(async (trx) => {
    // One active BPU card per person: lock the person so two requests cannot both create one.
    await trx
      .selectFrom('people')
      .select('id')
      .where('id', '=', holder.personId)
      .forUpdate()
      .executeTakeFirst();
    const existing = await trx
      .selectFrom('memberships')
      .select('kpj')
      .where('person_id', '=', holder.personId)
      .where('segment', '=', 'BPU')
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (existing) return { error: 'bpu_already_member' as const, kpj: existing.kpj };
    const membershipId = deps.newId();
    const kpj = await nextKpj(trx);
    await trx
      .insertInto('memberships')
      .values({
        id: membershipId,
        person_id: holder.personId,
        kpj,
        segment: 'BPU',
        employer_id: null,
        status: 'active',
        joined_on: asOf,
        left_on: null,
        leaving_reason: null,
        name_on_card: null,
      })
      .execute();
    await trx
      .insertInto('membership_programs')
      .values(plan.programs.map((program) => ({ membership_id: membershipId, program, enrolled_on: asOf })))
      .execute();
    await trx
      .insertInto('wage_reports')
      .values({
        membership_id: membershipId,
        period,
        wage: plan.income,
        reported_at: deps.clock.now(),
        reported_by: null,
      })
      .execute();
    await trx
      .insertInto('account_cards')
      .values({
        membership_id: membershipId,
        user_id: holder.userId,
        linked_at: deps.clock.now(),
        linked_via: 'joined',
      })
      .execute();
    return { kpj };
  });
  if ('error' in joined) return { ok: false, error: 'bpu_already_member', detail: joined.kpj };
  const membership = (await bpuMemberships(deps, holder)).memberships.find((m) => m.kpj === joined.kpj);
  return { ok: true, value: membership! };
}

interface BpuCardRow {
  membershipId: string;
  kpj: string;
  joinedOn: string;
  programs: Program[];
}

async function bpuCards(deps: Deps, holder: CardHolder, kpj?: string): Promise<BpuCardRow[]> {
  let query = deps.db
    .selectFrom('memberships as m')
    .innerJoin('account_cards as ac', 'ac.membership_id', 'm.id')
    .select(['m.id', 'm.kpj', 'm.joined_on'])
    .where('ac.user_id', '=', holder.userId)
    .where('m.segment', '=', 'BPU')
    .where('m.status', '=', 'active');
  if (kpj) query = query.where('m.kpj', '=', kpj);
  const rows = await query.orderBy('m.joined_on', 'desc').execute();
  const programs = rows.length
    ? await deps.db
        .selectFrom('membership_programs')
        .select(['membership_id', 'program'])
        .where(
          'membership_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((r) => ({
    membershipId: r.id,
    kpj: r.kpj,
    joinedOn: r.joined_on,
    programs: programs
      .filter((p) => p.membership_id === r.id)
      .map((p) => p.program as Program)
      .sort(),
  }));
}

export async function bpuMemberships(deps: Deps, holder: CardHolder): Promise<BpuResponse> {
  const asOf = today(deps);
  const cards = await bpuCards(deps, holder);
  const memberships: BpuMembership[] = [];
  for (const card of cards) memberships.push(await describe(deps, card, asOf));
  return {
    asOf,
    memberships,
    brackets: bpuIncomeBrackets(periodOfDate(asOf)).map((b) => ({
      income: toWire(b.income),
      illustrative: b.illustrative,
    })),
  };
}

async function describe(deps: Deps, card: BpuCardRow, asOf: CalendarDate): Promise<BpuMembership> {
  const paid = await deps.db
    .selectFrom('contributions')
    .select('period')
    .where('membership_id', '=', card.membershipId)
    .execute();
  const coverage = bpuCoverage({
    firstPeriod: periodOfDate(card.joinedOn as CalendarDate),
    paidPeriods: new Set(paid.map((p) => p.period)),
    asOf,
  });
  const income = (await wagesInForce(deps.db, [card.membershipId], coverage.nextPeriod)).get(
    card.membershipId,
  )!;
  const computed = computeBpuContributions({
    period: coverage.nextPeriod,
    declaredIncome: income,
    programs: card.programs,
  });
  const items = computed.ok
    ? computed.value.items.map((i) => ({
        program: i.program,
        amount: toWire(i.total),
        source: i.source,
        illustrative: i.illustrative,
      }))
    : [];
  const invoices = await invoiceRows(deps.db, { membershipId: card.membershipId });
  const toWireInvoice = async (row: (typeof invoices)[number]): Promise<Invoice> => {
    const accrued = await accruedFor(deps.db, row, asOf);
    return toInvoice(row, asOf, accrued.amount, accrued.monthsLate);
  };
  const open = invoices.find((i) => i.status === 'unpaid' && i.period === coverage.nextPeriod);
  const paidInvoices = [];
  for (const row of invoices.filter((i) => i.status === 'paid').slice(0, 12))
    paidInvoices.push(await toWireInvoice(row));
  return {
    kpj: card.kpj,
    joinedOn: card.joinedOn,
    declaredIncome: toWire(income),
    programs: card.programs,
    monthly: { items, total: computed.ok ? toWire(computed.value.total) : '0' },
    coverage,
    openInvoice: open ? await toWireInvoice(open) : null,
    paidInvoices,
  };
}

/**
 * The invoice for the next month to pay (catching up arrears from the oldest; after a lapse, the
 * current month), issued once: asking again returns the same unpaid invoice.
 */
export async function issueBpuInvoice(
  deps: Deps,
  holder: CardHolder,
  kpj: string,
): Promise<Outcome<Invoice, BpuError>> {
  const [card] = await bpuCards(deps, holder, kpj);
  if (!card) return { ok: false, error: 'card_not_found' };
  const asOf = today(deps);
  const state = await describe(deps, card, asOf);
  if (state.openInvoice) return { ok: true, value: state.openInvoice };
  const period = state.coverage.nextPeriod as Period;
  if (period > state.coverage.payAheadUntil) return { ok: false, error: 'bpu_paid_ahead_limit' };
  const income = (await wagesInForce(deps.db, [card.membershipId], period)).get(card.membershipId)!;
  const computed = computeBpuContributions({ period, declaredIncome: income, programs: card.programs });
  if (!computed.ok) throw new Error(`BPU rules refused ${period}: ${computed.error}`);
  const due = bpuContributionDueDate(period);
  if (!due.ok) throw new Error(`no BPU due date for ${period}`);
  const person = await deps.db
    .selectFrom('people')
    .select('full_name')
    .where('id', '=', holder.personId)
    .executeTakeFirstOrThrow();
  const number = `TAG-${kpj}-${period.replace('-', '')}`;
  const created = await createInvoice(deps, {
    payer: { membershipId: card.membershipId },
    holderName: person.full_name,
    number,
    period,
    dueDate: due.value.dueDate,
    lines: computed.value.items.map((i) => ({
      membership_id: card.membershipId,
      program: i.program,
      wage: income,
      base: i.base,
      employer_amount: i.employer,
      worker_amount: i.worker,
      booked_to_jkp: 0n as Rupiah,
    })),
    contributionsTotal: computed.value.total,
  });
  if (created === 'service_unavailable') return { ok: false, error: created };
  const [row] = await invoiceRows(deps.db, { membershipId: card.membershipId, number });
  return { ok: true, value: toInvoice(row!, asOf, 0n as Rupiah, 0) };
}

/** Change the declared income or programs from the next month to be paid on. */
export async function changeBpuPlan(
  deps: Deps,
  holder: CardHolder,
  kpj: string,
  input: { declaredIncome: string | number; programs: readonly Program[] },
  locale: Locale,
): Promise<Outcome<BpuMembership, BpuError>> {
  const [card] = await bpuCards(deps, holder, kpj);
  if (!card) return { ok: false, error: 'card_not_found' };
  const asOf = today(deps);
  const state = await describe(deps, card, asOf);
  if (state.openInvoice)
    return { ok: false, error: 'invoice_already_issued', detail: state.openInvoice.number };
  const from = state.coverage.nextPeriod as Period;
  const plan = checkPlan(input, from, locale);
  if (Array.isArray(plan)) return { ok: false, error: 'invalid_request', errors: plan };
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('wage_reports')
      .values({
        membership_id: card.membershipId,
        period: from,
        wage: plan.income,
        reported_at: deps.clock.now(),
        reported_by: null,
      })
      .onConflict((oc) =>
        oc
          .columns(['membership_id', 'period'])
          .doUpdateSet({ wage: plan.income, reported_at: deps.clock.now() }),
      )
      .execute();
    await trx
      .deleteFrom('membership_programs')
      .where('membership_id', '=', card.membershipId)
      .where('program', 'not in', plan.programs)
      .execute();
    await trx
      .insertInto('membership_programs')
      .values(
        plan.programs.map((program) => ({
          membership_id: card.membershipId,
          program,
          enrolled_on: `${from}-01`,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  });
  const [updated] = await bpuCards(deps, holder, kpj);
  return { ok: true, value: await describe(deps, updated!, asOf) };
}
