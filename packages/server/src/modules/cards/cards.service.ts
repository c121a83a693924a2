/**
 * A member's cards and balances, read from the ledger as of today (in the configured time zone),
 * and adding cards to the account ("Tambah Kartu Peserta"). Ownership: a member only ever reaches
 * the cards their account holds, and can add only cards registered under their own NIK and name.
 */
import {
  assert,
  buildYearStatement,
  type CalendarDate,
  type Card,
  CardsResponse,
  dateInZone,
  err,
  type FoundCardsResponse,
  idReasonMessage,
  type Locale,
  type Movement,
  maskKpj,
  namesMatch,
  ok,
  type Period,
  parseKpj,
  type Result,
  type Rupiah,
  type StatementResponse,
  statementYears,
  sum,
  toWire,
} from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { recordSecurityEvent } from '../accounts/security-events.ts';
import { type DataUpdateStatuses, dataUpdateStatuses } from '../data-update/status.service.ts';
import { monthlyMovements } from '../ledger/ledger.repository.ts';
import { findPersonProfile } from '../people/people.service.ts';
import {
  type CardRow,
  type CardWithBalances,
  findCardByKpj,
  findCardHolder,
  findCards,
  findCardsWithBalances,
  findContributionsPaid,
  linkCards,
} from './cards.repository.ts';

/** Who is asking: the signed-in account and its person. */
export interface CardHolder {
  userId: string;
  personId: string;
}

export function today(deps: Pick<Deps, 'clock' | 'config'>): CalendarDate {
  return dateInZone(deps.clock.now(), deps.config.timeZone);
}

/**
 * The member's cards with balances as of today, with their JSON: from the card cache while nothing
 * behind it changed, so a repeat read costs neither a query nor a serialization.
 */
export async function listCards(
  deps: Deps,
  holder: CardHolder,
): Promise<{ response: CardsResponse; json: string }> {
  const asOf = today(deps);
  const load = async () => {
    const response = await readCards(deps, holder, asOf);
    // Serialized as the route's schema would (unknown keys dropped), once per load.
    return { userId: holder.userId, response, json: JSON.stringify(CardsResponse.parse(response)) };
  };
  return (await deps.caches.cards.read(`${holder.userId}|${asOf}`, (entry) => entry.userId, load)) ?? load();
}

async function readCards(deps: Deps, holder: CardHolder, asOf: string): Promise<CardsResponse> {
  const [cards, updates] = await Promise.all([
    findCardsWithBalances(deps.db, { inAccountOf: holder.userId }, asOf),
    dataUpdateStatuses(deps, holder.personId),
  ]);
  return {
    asOf,
    totalJhtBalance: toWire(sum(cards.map((c) => c.balance))),
    cards: cards.map((c) => toCard(c, updates)),
  };
}

/**
 * Cards registered under the member's NIK that no account holds yet: JMO offers to add them so no
 * balance is forgotten. A card whose registered name differs is listed too, flagged, because the
 * member must know it exists even though they cannot add it before the name is corrected.
 */
export async function foundCards(deps: Deps, holder: CardHolder): Promise<FoundCardsResponse> {
  const [{ fullName }, cards, updates] = await Promise.all([
    findPersonProfile(deps, holder.personId),
    findCardsWithBalances(deps.db, { notInAnyAccount: true, personId: holder.personId }, today(deps)),
    dataUpdateStatuses(deps, holder.personId),
  ]);
  return {
    cards: cards.map((c) => ({
      ...toCard(c, updates),
      nameMatches: c.nameOnCard === null || namesMatch(c.nameOnCard, fullName),
    })),
  };
}

export type AddCardError =
  | 'invalid_request'
  | 'kpj_not_found'
  | 'card_already_in_account'
  | 'kpj_linked_elsewhere'
  | 'kpj_other_nik'
  | 'card_name_mismatch';

/**
 * "Tambah Kartu Peserta": put a card in the member's account by its KPJ number. The card must be
 * registered under the member's NIK (the same person) and name, and not be held by another
 * account.
 */
export async function addCard(
  deps: Deps,
  holder: CardHolder,
  input: { kpj: string; via: 'number' | 'discovery' },
  context: { ip: string; locale: Locale },
): Promise<Outcome<Card, AddCardError>> {
  const parsed = parseKpj(input.kpj);
  if (!parsed.ok) {
    return {
      ok: false,
      error: 'invalid_request',
      errors: [{ path: 'kpj', message: idReasonMessage(parsed.error, context.locale) }],
    };
  }
  const kpj = parsed.value.kpj;
  const outcome = await deps.db.transaction().execute(async (trx): Promise<AddCardError | CardRow> => {
    const card = await findCardByKpj(trx, kpj);
    if (!card) return 'kpj_not_found';
    if (card.holderUserId === holder.userId) return 'card_already_in_account';
    if (card.holderUserId !== null) return 'kpj_linked_elsewhere';
    if (card.personId !== holder.personId) return 'kpj_other_nik';
    if (card.nameOnCard !== null && !namesMatch(card.nameOnCard, card.personName))
      return 'card_name_mismatch';
    // Two requests for the same card at once: the primary key lets one in; the other finds it held.
    const linked = await linkCards(trx, holder.userId, [card.membershipId], input.via, deps.clock.now());
    if (linked === 0) return 'kpj_linked_elsewhere';
    const [row] = await findCards(trx, { inAccountOf: holder.userId, kpj });
    return row!;
  });
  if (typeof outcome === 'string') return { ok: false, error: outcome };
  await recordSecurityEvent(deps, {
    kind: 'card_linked',
    userId: holder.userId,
    ip: context.ip,
    detail: { kpj: maskKpj(kpj), via: input.via },
  });
  const [card] = await findCardsWithBalances(deps.db, { inAccountOf: holder.userId, kpj }, today(deps));
  return { ok: true, value: toCard(card!, await dataUpdateStatuses(deps, holder.personId)) };
}

const toCard = (c: CardWithBalances, updates: DataUpdateStatuses): Card => ({
  kpj: c.kpj,
  segment: c.segment,
  status: c.status,
  employer: c.employer,
  joinedOn: c.joinedOn,
  leftOn: c.leftOn,
  jhtBalance: toWire(c.balance),
  jpBalance: toWire(c.jpBalance),
  programs: c.programs,
  lastPaymentDate: c.lastPaymentDate,
  dataUpdate: updates.of(c.membershipId),
});

export async function cardStatement(
  deps: Deps,
  holder: CardHolder,
  kpj: string,
  year: number | undefined,
): Promise<Result<StatementResponse, 'card_not_found'>> {
  const [card] = await findCards(deps.db, { inAccountOf: holder.userId, kpj });
  if (!card) return err('card_not_found');
  const asOf = today(deps);
  const movements: Movement[] = card.jhtAccountId
    ? (await monthlyMovements(deps.db, card.jhtAccountId, asOf)).map(({ kind, ...m }) => {
        // Fines are the employer's and go to a fund account, never to a member's balance.
        assert(kind !== 'penalty', `a penalty posting reached the JHT account of ${maskKpj(kpj)}`);
        return { ...m, kind, period: m.period as Period };
      })
    : [];
  const years = statementYears(movements, asOf);
  const chosenYear = year ?? years[0]!;
  const contributions = (await findContributionsPaid(deps.db, card.membershipId)).map((c) => ({
    period: c.period as Period,
    reportedWage: c.reported_wage as Rupiah,
    paidOn: c.paid_on as CalendarDate,
    jhtEmployer: c.jht_employer as Rupiah,
    jhtWorker: c.jht_worker as Rupiah,
  }));
  const statement = buildYearStatement({ year: chosenYear, asOf, movements, contributions });
  return ok({
    kpj,
    year: chosenYear,
    years,
    asOf,
    opening: toWire(statement.opening),
    contributions: toWire(statement.contributions),
    developmentReturn: toWire(statement.developmentReturn),
    closing: toWire(statement.closing),
    developmentReturnRate: {
      rateBp: Number(statement.developmentReturnRate.rateBp),
      source: statement.developmentReturnRate.source,
      illustrative: statement.developmentReturnRate.illustrative,
    },
    months: statement.lines.map((l) => ({
      period: l.period,
      opening: toWire(l.opening),
      contributions: toWire(l.contributions),
      developmentReturn: toWire(l.developmentReturn),
      other: toWire(l.other),
      closing: toWire(l.closing),
      reportedWage: l.reportedWage === null ? null : toWire(l.reportedWage),
      lastPaymentDate: l.lastPaymentDate,
      wageChange: l.wageChange,
      explanation: l.explanation,
    })),
  });
}

/**
 * One card in the member's account, or null: how other modules (digital cards) reach a member's own
 * card without reading its tables. With the person's name and masked NIK, as a card shows them.
 */
export async function findOwnCard(
  deps: Deps,
  holder: CardHolder,
  kpj: string,
): Promise<(CardRow & { personName: string; maskedNik: string }) | null> {
  const [card] = await findCards(deps.db, { inAccountOf: holder.userId, kpj });
  if (!card) return null;
  const profile = await findPersonProfile(deps, holder.personId);
  return { ...card, personName: profile.fullName, maskedNik: profile.maskedNik };
}

/** For staff tools: a card's number and the account holding it, by number or membership id. */
export async function findCardForStaff(
  deps: Deps,
  by: { kpj: string } | { membershipId: string },
): Promise<{ membershipId: string; kpj: string; holderUserId: string | null } | null> {
  return (await findCardHolder(deps.db, by)) ?? null;
}

/**
 * One card in the member's account with its JHT balance as of a day, or null (a card of another
 * account is not found, as everywhere): for the JHT claim's eligibility.
 */
export async function findOwnCardWithBalance(
  deps: Deps,
  userId: string,
  kpj: string,
  asOf: CalendarDate,
): Promise<CardWithBalances | null> {
  const [card] = await findCardsWithBalances(deps.db, { inAccountOf: userId, kpj }, asOf);
  return card ?? null;
}
