/**
 * Queries of the data update's tables (migration 0017): the update per card, its face checks and
 * reviews, the person's current data and version history, and the heirs. Rows come back as stored
 * (ciphertext included); the service decrypts and maps them.
 */
import { type Selectable, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type {
  DataUpdateReviewsTable,
  DataUpdatesTable,
  FaceChecksTable,
  PersonDataVersionsTable,
} from '../../db/schema.ts';

export type DataUpdateRow = Selectable<DataUpdatesTable>;
export type FaceCheckRow = Selectable<FaceChecksTable>;
export type ReviewRow = Selectable<DataUpdateReviewsTable>;
export type VersionRow = Selectable<PersonDataVersionsTable>;

export async function findDataUpdate(
  db: Executor,
  by: { membershipId: string } | { id: string },
  opts: { forUpdate?: boolean } = {},
): Promise<DataUpdateRow | undefined> {
  let query = db.selectFrom('data_updates').selectAll();
  query = 'id' in by ? query.where('id', '=', by.id) : query.where('membership_id', '=', by.membershipId);
  if (opts.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The person's other cards' updates that are still open (their entries are offered for reuse). */
export async function findOpenUpdatesOfPerson(db: Executor, personId: string, exceptId: string | null) {
  let query = db
    .selectFrom('data_updates as d')
    .innerJoin('memberships as m', 'm.id', 'd.membership_id')
    .select(['d.id', 'd.payload_enc', 'd.updated_at', 'm.kpj'])
    .where('d.person_id', '=', personId)
    .where('d.status', '!=', 'updated')
    .orderBy('d.updated_at', 'desc');
  if (exceptId) query = query.where('d.id', '!=', exceptId);
  return query.execute();
}

/** Status of each of a person's cards' updates (no row: not started). */
export async function statusesOfPerson(db: Executor, personId: string) {
  const rows = await db
    .selectFrom('data_updates')
    .select(['membership_id', 'status'])
    .where('person_id', '=', personId)
    .execute();
  return new Map(rows.map((r) => [r.membership_id, r.status]));
}

export async function insertDataUpdate(
  db: Executor,
  row: Omit<DataUpdateRow, 'checks' | 'round' | 'submitted_at' | 'completed_at'> & {
    checks: Record<string, string>;
    round?: number;
  },
): Promise<void> {
  await db
    .insertInto('data_updates')
    .values({ ...row, checks: JSON.stringify(row.checks), submitted_at: null, completed_at: null })
    .execute();
}

export async function updateDataUpdate(
  db: Executor,
  id: string,
  patch: Partial<Omit<DataUpdateRow, 'id' | 'checks'>> & { checks?: Record<string, string> },
): Promise<void> {
  const { checks, ...rest } = patch;
  await db
    .updateTable('data_updates')
    .set({ ...rest, ...(checks ? { checks: JSON.stringify(checks) } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function insertFaceCheck(db: Executor, row: FaceCheckRow): Promise<void> {
  await db.insertInto('face_checks').values(row).execute();
}

export async function listFaceChecks(db: Executor, dataUpdateId: string, round?: number) {
  let query = db.selectFrom('face_checks').selectAll().where('data_update_id', '=', dataUpdateId);
  if (round !== undefined) query = query.where('round', '=', round);
  return query.orderBy('created_at').orderBy('id').execute();
}

export async function findFaceCheck(db: Executor, dataUpdateId: string, id: string) {
  return db
    .selectFrom('face_checks')
    .selectAll()
    .where('data_update_id', '=', dataUpdateId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertReview(
  db: Executor,
  row: Pick<
    ReviewRow,
    'id' | 'data_update_id' | 'round' | 'kind' | 'opened_at' | 'due_on' | 'sla_working_days'
  >,
): Promise<void> {
  await db.insertInto('data_update_reviews').values(row).execute();
}

export async function findOpenReview(db: Executor, dataUpdateId: string, opts: { forUpdate?: boolean } = {}) {
  let query = db
    .selectFrom('data_update_reviews as r')
    .leftJoin('staff_accounts as s', 's.id', 'r.holder_staff_id')
    .leftJoin('branches as b', 'b.code', 's.branch_code')
    .selectAll('r')
    .select(['s.full_name as holder_name', 'b.name as holder_branch'])
    .where('r.data_update_id', '=', dataUpdateId)
    .where('r.decided_at', 'is', null);
  if (opts.forUpdate) query = query.forUpdate('r');
  return query.executeTakeFirst();
}

/** The last decision of a round (the member sees a return's reasons until they confirm again). */
export async function latestDecidedReview(db: Executor, dataUpdateId: string, round: number) {
  return db
    .selectFrom('data_update_reviews')
    .selectAll()
    .where('data_update_id', '=', dataUpdateId)
    .where('round', '=', round)
    .where('decided_at', 'is not', null)
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function setReviewKind(db: Executor, id: string, kind: ReviewRow['kind']): Promise<void> {
  await db.updateTable('data_update_reviews').set({ kind }).where('id', '=', id).execute();
}

/** The first officer to open a case holds it. */
export async function takeReview(db: Executor, id: string, staffId: string): Promise<void> {
  await db
    .updateTable('data_update_reviews')
    .set({ holder_staff_id: staffId })
    .where('id', '=', id)
    .where('holder_staff_id', 'is', null)
    .execute();
}

export async function closeReview(
  db: Executor,
  id: string,
  decision: {
    decision: 'approve' | 'return';
    reasons: string[];
    noteEnc: Buffer | null;
    staffId: string;
    at: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('data_update_reviews')
    .set({
      decision: decision.decision,
      reasons: decision.reasons,
      note_enc: decision.noteEnc,
      decided_by: decision.staffId,
      decided_at: decision.at,
      holder_staff_id: sql<string>`coalesce(holder_staff_id, ${decision.staffId})`,
    })
    .where('id', '=', id)
    .where('decided_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Open reviews, oldest SLA first, with what the queue shows (the NIK still encrypted). */
export async function openReviews(db: Executor) {
  return db
    .selectFrom('data_update_reviews as r')
    .innerJoin('data_updates as d', 'd.id', 'r.data_update_id')
    .innerJoin('memberships as m', 'm.id', 'd.membership_id')
    .innerJoin('people as p', 'p.id', 'd.person_id')
    .leftJoin('staff_accounts as s', 's.id', 'r.holder_staff_id')
    .select((eb) => [
      'd.id',
      'd.status',
      'r.kind',
      'r.opened_at',
      'r.due_on',
      'm.kpj',
      'p.full_name',
      'p.nik_enc',
      's.full_name as holder_name',
      eb
        .selectFrom('face_checks as f')
        .select((f) => f.fn.countAll<string>().as('n'))
        .whereRef('f.data_update_id', '=', 'd.id')
        .whereRef('f.round', '=', 'd.round')
        .where('f.outcome', '!=', 'passed')
        .as('failed_face'),
      eb
        .selectFrom('face_checks as f')
        .select('f.problem')
        .whereRef('f.data_update_id', '=', 'd.id')
        .orderBy('f.created_at', 'desc')
        .limit(1)
        .as('last_problem'),
    ])
    .where('r.decided_at', 'is', null)
    .orderBy('r.due_on')
    .orderBy('r.opened_at')
    .limit(500)
    .execute();
}

export async function findProfile(db: Executor, personId: string, opts: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('person_profiles').selectAll().where('person_id', '=', personId);
  if (opts.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function saveProfile(
  db: Executor,
  row: { personId: string; dataEnc: Buffer; version: number; at: Date },
): Promise<void> {
  await db
    .insertInto('person_profiles')
    .values({ person_id: row.personId, data_enc: row.dataEnc, version: row.version, updated_at: row.at })
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet({ data_enc: row.dataEnc, version: row.version, updated_at: row.at }),
    )
    .execute();
}

export async function insertVersion(db: Executor, row: VersionRow): Promise<void> {
  await db.insertInto('person_data_versions').values(row).execute();
}

/** Newest first, with each author's name and the card it came from. */
export async function listVersions(db: Executor, personId: string) {
  return db
    .selectFrom('person_data_versions as v')
    .leftJoin('staff_accounts as s', 's.id', 'v.author_staff_id')
    .leftJoin('data_updates as d', 'd.id', 'v.data_update_id')
    .leftJoin('memberships as m', 'm.id', 'd.membership_id')
    .select([
      'v.version',
      'v.recorded_at',
      'v.author_kind',
      'v.changes_enc',
      's.full_name as staff_name',
      'm.kpj',
    ])
    .where('v.person_id', '=', personId)
    .orderBy('v.version', 'desc')
    .limit(100)
    .execute();
}

export async function findBeneficiaries(db: Executor, personId: string) {
  return db
    .selectFrom('person_beneficiaries')
    .selectAll()
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function saveBeneficiaries(db: Executor, personId: string, dataEnc: Buffer, at: Date) {
  await db
    .insertInto('person_beneficiaries')
    .values({ person_id: personId, data_enc: dataEnc, updated_at: at })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ data_enc: dataEnc, updated_at: at }))
    .execute();
}
