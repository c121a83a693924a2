import type { Database } from '../../db/database.ts';

export interface CardRow {
  membershipId: string;
  kpj: string;
  segment: 'PU' | 'BPU' | 'PMI';
  status: 'active' | 'nonactive';
  joinedOn: string;
  leftOn: string | null;
  employer: { npp: string; name: string } | null;
  jhtAccountId: string | null;
  lastPaymentDate: string | null;
}

/** A person's KPJ cards (newest first), each with its JHT ledger account and last payment date. */
export async function findCardsOfPerson(db: Database, personId: string, kpj?: string): Promise<CardRow[]> {
  let query = db
    .selectFrom('memberships as m')
    .leftJoin('employers as e', 'e.id', 'm.employer_id')
    .leftJoin('ledger_accounts as a', (join) =>
      join.onRef('a.membership_id', '=', 'm.id').on('a.kind', '=', 'member_jht'),
    )
    .select((eb) => [
      'm.id',
      'm.kpj',
      'm.segment',
      'm.status',
      'm.joined_on',
      'm.left_on',
      'e.npp',
      'e.name as employer_name',
      'a.id as account_id',
      eb
        .selectFrom('contributions as c')
        .select((c) => c.fn.max('c.paid_on').as('paid_on'))
        .whereRef('c.membership_id', '=', 'm.id')
        .as('last_paid_on'),
    ])
    .where('m.person_id', '=', personId);
  if (kpj !== undefined) query = query.where('m.kpj', '=', kpj);
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
    lastPaymentDate: r.last_paid_on ?? null,
  }));
}

export async function findContributionsPaid(db: Database, membershipId: string) {
  return db
    .selectFrom('contributions')
    .select(['period', 'reported_wage', 'paid_on'])
    .where('membership_id', '=', membershipId)
    .orderBy('period')
    .execute();
}
