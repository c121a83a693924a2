/**
 * A member's cards and balances, read from the ledger as of today (in the configured time zone).
 * Ownership: a member only ever reaches the cards of their own person.
 */
import {
  buildYearStatement,
  type CalendarDate,
  type CardsResponse,
  dateInZone,
  err,
  type Movement,
  ok,
  type Period,
  type Result,
  type Rupiah,
  type StatementResponse,
  statementYears,
  sum,
  toWire,
} from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';
import { balancesAsOf, monthlyMovements } from '../ledger/ledger.repository.ts';
import { findCardsOfPerson, findContributionsPaid } from './cards.repository.ts';

export function today(deps: Pick<Deps, 'clock' | 'config'>): CalendarDate {
  return dateInZone(deps.clock.now(), deps.config.timeZone);
}

export async function listCards(deps: Deps, personId: string): Promise<CardsResponse> {
  const asOf = today(deps);
  const cards = await findCardsOfPerson(deps.db, personId);
  const accountIds = cards.flatMap((c) => (c.jhtAccountId ? [c.jhtAccountId] : []));
  const balances = await balancesAsOf(deps.db, accountIds, asOf);
  const balanceOf = (id: string | null) => (id ? (balances.get(id) ?? (0n as Rupiah)) : (0n as Rupiah));
  return {
    asOf,
    totalJhtBalance: toWire(sum(cards.map((c) => balanceOf(c.jhtAccountId)))),
    cards: cards.map((c) => ({
      kpj: c.kpj,
      segment: c.segment,
      status: c.status,
      employer: c.employer,
      joinedOn: c.joinedOn,
      leftOn: c.leftOn,
      jhtBalance: toWire(balanceOf(c.jhtAccountId)),
      lastPaymentDate: c.lastPaymentDate,
    })),
  };
}

export async function cardStatement(
  deps: Deps,
  personId: string,
  kpj: string,
  year: number | undefined,
): Promise<Result<StatementResponse, 'card_not_found'>> {
  const [card] = await findCardsOfPerson(deps.db, personId, kpj);
  if (!card) return err('card_not_found');
  const asOf = today(deps);
  const movements: Movement[] = card.jhtAccountId
    ? (await monthlyMovements(deps.db, card.jhtAccountId, asOf)).map((m) => ({
        ...m,
        period: m.period as Period,
      }))
    : [];
  const years = statementYears(movements, asOf);
  const chosenYear = year ?? years[0]!;
  const contributions = (await findContributionsPaid(deps.db, card.membershipId)).map((c) => ({
    period: c.period as Period,
    reportedWage: c.reported_wage as Rupiah,
    paidOn: c.paid_on as CalendarDate,
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
    months: statement.lines.map((l) => ({
      period: l.period,
      opening: toWire(l.opening),
      contributions: toWire(l.contributions),
      developmentReturn: toWire(l.developmentReturn),
      closing: toWire(l.closing),
      reportedWage: l.reportedWage === null ? null : toWire(l.reportedWage),
      lastPaymentDate: l.lastPaymentDate,
    })),
  });
}
