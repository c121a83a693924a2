/**
 * Queries behind the employer portal: an employer's workers with their programs and latest wage,
 * the wage in force for a period, and KPJ numbers from the `kpj_serial` sequence.
 */
import { issueKpj, type Rupiah } from '@jmo/core';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Program } from '../../db/schema.ts';
import { textArray } from '../cards/cards.repository.ts';

export interface WorkerRow {
  membershipId: string;
  personId: string;
  kpj: string;
  fullName: string;
  nikEnc: Buffer;
  status: 'active' | 'nonactive';
  joinedOn: string;
  leftOn: string | null;
  leavingReason: 'resigned' | 'terminated' | 'contract_ended' | 'lapsed' | null;
  programs: Program[];
  wage: Rupiah | null;
  wageFrom: string | null;
}

/** The employer's workers (its own only), by name; `kpj` narrows to one card. */
export async function findWorkers(
  db: Executor,
  employerId: string,
  filter: { kpj?: string; kpjs?: readonly string[]; limit?: number } = {},
): Promise<WorkerRow[]> {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select([
      'm.id',
      'm.person_id',
      'm.kpj',
      'm.status',
      'm.joined_on',
      'm.left_on',
      'm.leaving_reason',
      sql<string>`coalesce(m.name_on_card, p.full_name)`.as('full_name'),
      'p.nik_enc',
      sql<
        Program[]
      >`coalesce((SELECT array_agg(mp.program ORDER BY mp.program) FROM membership_programs mp WHERE mp.membership_id = m.id), '{}')`.as(
        'programs',
      ),
      sql<
        bigint | null
      >`(SELECT w.wage FROM wage_reports w WHERE w.membership_id = m.id ORDER BY w.period DESC LIMIT 1)`.as(
        'wage',
      ),
      sql<
        string | null
      >`(SELECT w.period FROM wage_reports w WHERE w.membership_id = m.id ORDER BY w.period DESC LIMIT 1)`.as(
        'wage_from',
      ),
    ])
    .where('m.employer_id', '=', employerId)
    .where('m.segment', '=', 'PU');
  if (filter.kpj) query = query.where('m.kpj', '=', filter.kpj);
  if (filter.kpjs) query = query.where('m.kpj', 'in', filter.kpjs.length > 0 ? [...filter.kpjs] : ['']);
  const rows = await query
    .orderBy('full_name')
    .orderBy('m.kpj')
    .limit(filter.limit ?? 5000)
    .execute();
  return rows.map((r) => ({
    membershipId: r.id,
    personId: r.person_id,
    kpj: r.kpj,
    fullName: r.full_name,
    nikEnc: r.nik_enc,
    status: r.status,
    joinedOn: r.joined_on,
    leftOn: r.left_on,
    leavingReason: r.leaving_reason,
    programs: textArray(r.programs) as Program[],
    wage: r.wage === null ? null : (r.wage as Rupiah),
    wageFrom: r.wage_from,
  }));
}

/** The next KPJ number JMO issues: a serial from the database sequence and core's check digit. */
export async function nextKpj(db: Executor): Promise<string> {
  const { rows } = await sql<{ serial: string }>`SELECT nextval('kpj_serial')::text AS serial`.execute(db);
  return issueKpj(BigInt(rows[0]!.serial));
}

/** The wage in force for each card in `period`: its latest report at or before the period. */
export async function wagesInForce(
  db: Executor,
  membershipIds: readonly string[],
  period: string,
): Promise<Map<string, Rupiah>> {
  if (membershipIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('wage_reports as w')
    .select(['w.membership_id', 'w.wage'])
    .distinctOn('w.membership_id')
    .where('w.membership_id', 'in', [...membershipIds])
    .where('w.period', '<=', period)
    .orderBy('w.membership_id')
    .orderBy('w.period', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.membership_id, r.wage as Rupiah]));
}
