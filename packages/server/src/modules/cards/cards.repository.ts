import type { Rupiah } from '@jmo/core';
import { sql } from 'kysely';
import type { Database, Executor } from '../../db/database.ts';
import type { AccountCardsTable, Program } from '../../db/schema.ts';

export interface CardRow {
  membershipId: string;
  kpj: string;
  segment: 'PU' | 'BPU' | 'PMI';
  status: 'active' | 'nonactive';
  joinedOn: string;
  leftOn: string | null;
  employer: { npp: string; name: string } | null;
  jhtAccountId: string | null;
  jpAccountId: string | null;
  programs: Program[];
  lastPaymentDate: string | null;
  /** The name registered with the card when it differs from the person's. */
  nameOnCard: string | null;
}

export interface CardWithBalances extends CardRow {
  balance: Rupiah;
  jpBalance: Rupiah;
}

type CardFilter =
  | { inAccountOf: string; kpj?: string }
  /** A person's cards that no account holds yet. */
  | { notInAnyAccount: true; personId: string };

/** Cards (newest first), each with its JHT ledger account and last payment date. */
export async function findCards(db: Executor, filter: CardFilter): Promise<CardRow[]> {
  return (await selectCards(db, filter, null)).map(({ balance: _j, jpBalance: _p, ...card }) => card);
}

/**
 * Cards as `findCards` gives them, with their JHT and JP balances as of a day, in one query: the
 * member's home screen reads this on every visit, so no second round trip for the sums.
 */
export async function findCardsWithBalances(
  db: Executor,
  filter: CardFilter,
  asOf: string,
): Promise<CardWithBalances[]> {
  return selectCards(db, filter, asOf);
}

async function selectCards(
  db: Executor,
  filter: CardFilter,
  asOf: string | null,
): Promise<CardWithBalances[]> {
  const balanceOf = (account: 'a' | 'jp') =>
    sql<bigint>`(SELECT coalesce(sum(le.amount), 0)::int8 FROM ledger_entries le
      JOIN ledger_postings lp ON lp.id = le.posting_id
      WHERE le.account_id = ${sql.ref(`${account}.id`)} AND lp.occurred_on <= ${asOf})`;
  let query = db
    .selectFrom('memberships as m')
    .leftJoin('account_cards as ac', 'ac.membership_id', 'm.id')
    .leftJoin('employers as e', 'e.id', 'm.employer_id')
    .leftJoin('ledger_accounts as a', (join) =>
      join.onRef('a.membership_id', '=', 'm.id').on('a.kind', '=', 'member_jht'),
    )
    .leftJoin('ledger_accounts as jp', (join) =>
      join.onRef('jp.membership_id', '=', 'm.id').on('jp.kind', '=', 'member_jp'),
    )
    .select((eb) => [
      'm.id',
      'm.kpj',
      'm.segment',
      'm.status',
      'm.joined_on',
      'm.left_on',
      'm.name_on_card',
      'e.npp',
      'e.name as employer_name',
      'a.id as account_id',
      'jp.id as jp_account_id',
      sql<
        string[] | string
      >`coalesce((SELECT array_agg(mp.program ORDER BY mp.program) FROM membership_programs mp WHERE mp.membership_id = m.id), '{}')`.as(
        'programs',
      ),
      eb
        .selectFrom('contributions as c')
        .select((c) => c.fn.max('c.paid_on').as('paid_on'))
        .whereRef('c.membership_id', '=', 'm.id')
        .as('last_paid_on'),
    ])
    .$if(asOf !== null, (q) =>
      q.select([balanceOf('a').as('jht_balance'), balanceOf('jp').as('jp_balance')]),
    );
  if ('inAccountOf' in filter) {
    query = query.where('ac.user_id', '=', filter.inAccountOf);
    if (filter.kpj !== undefined) query = query.where('m.kpj', '=', filter.kpj);
  } else {
    query = query.where('m.person_id', '=', filter.personId).where('ac.membership_id', 'is', null);
  }
  const rows = await query.orderBy('m.joined_on', 'desc').execute();
  return rows.map((r) => ({
    membershipId: r.id,
    kpj: r.kpj,
    segment: r.segment,
    status: r.status,
    joinedOn: r.joined_on,
    leftOn: r.left_on,
    employer: r.npp !== null && r.employer_name !== null ? { npp: r.npp, name: r.employer_name } : null,
    jhtAccountId: r.account_id,
    jpAccountId: r.jp_account_id,
    programs: textArray(r.programs) as Program[],
    lastPaymentDate: r.last_paid_on ?? null,
    nameOnCard: r.name_on_card,
    balance: (r.jht_balance ?? 0n) as Rupiah,
    jpBalance: (r.jp_balance ?? 0n) as Rupiah,
  }));
}

/** node-postgres parses text[]; through PGlite's adapter it may arrive as the literal '{A,B}'. */
export function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}

/** A card by its number, with whose it is and which account (if any) holds it. */
export async function findCardByKpj(db: Executor, kpj: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('account_cards as ac', 'ac.membership_id', 'm.id')
    .select([
      'm.id as membershipId',
      'm.person_id as personId',
      'm.name_on_card as nameOnCard',
      'p.full_name as personName',
      'ac.user_id as holderUserId',
    ])
    .where('m.kpj', '=', kpj)
    .executeTakeFirst();
}

/** Put cards in an account. A card already held by any account stays where it is. */
export async function linkCards(
  db: Executor,
  userId: string,
  membershipIds: readonly string[],
  via: AccountCardsTable['linked_via'],
  at: Date,
): Promise<number> {
  if (membershipIds.length === 0) return 0;
  const result = await db
    .insertInto('account_cards')
    .values(
      membershipIds.map((id) => ({ membership_id: id, user_id: userId, linked_via: via, linked_at: at })),
    )
    .onConflict((oc) => oc.column('membership_id').doNothing())
    .returning('membership_id')
    .execute();
  return result.length;
}

export async function findContributionsPaid(db: Database, membershipId: string) {
  return db
    .selectFrom('contributions')
    .select(['period', 'reported_wage', 'paid_on', 'jht_employer', 'jht_worker'])
    .where('membership_id', '=', membershipId)
    .orderBy('period')
    .execute();
}

/** A card's number and the account holding it (if any), by its number or its membership id. */
export async function findCardHolder(db: Database, by: { kpj: string } | { membershipId: string }) {
  const query = db
    .selectFrom('memberships as m')
    .leftJoin('account_cards as ac', 'ac.membership_id', 'm.id')
    .select(['m.id as membershipId', 'm.kpj', 'ac.user_id as holderUserId']);
  return (
    'kpj' in by ? query.where('m.kpj', '=', by.kpj) : query.where('m.id', '=', by.membershipId)
  ).executeTakeFirst();
}
