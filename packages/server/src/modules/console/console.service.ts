/**
 * The officer console's reads of members' personal data, and what stays visible of them: every read
 * that reveals personal data in clear is written to `pii_reads` (append-only) with its purpose, in
 * the same transaction as the read, so no read goes unrecorded. Members see their own reads;
 * supervisors see their branch's; admins see all.
 */
import { maskNik, parseKpj, parseNik, type ReadPurpose } from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';

/** Find members by NIK or KPJ. Shows only masked data: opening one is the audited read. */
export async function searchMembers(
  deps: Deps,
  query: { nik?: string | undefined; kpj?: string | undefined },
) {
  let personIds: string[] = [];
  if (query.nik) {
    const nik = parseNik(query.nik, {
      asOfYear: deps.clock.now().getUTCFullYear(),
      requireKnownDistrict: false,
    });
    if (!nik.ok) return { members: [] };
    const row = await deps.db
      .selectFrom('people')
      .select('id')
      .where('nik_index', '=', deps.pii.blindIndex('nik', nik.value.nik))
      .executeTakeFirst();
    personIds = row ? [row.id] : [];
  } else if (query.kpj) {
    const kpj = parseKpj(query.kpj);
    if (!kpj.ok) return { members: [] };
    const row = await deps.db
      .selectFrom('memberships')
      .select('person_id')
      .where('kpj', '=', kpj.value.kpj)
      .executeTakeFirst();
    personIds = row ? [row.person_id] : [];
  }
  if (personIds.length === 0) return { members: [] };
  const rows = await deps.db
    .selectFrom('people as p')
    .leftJoin('user_accounts as u', 'u.person_id', 'p.id')
    .select((eb) => [
      'p.id',
      'p.full_name',
      'p.nik_enc',
      'u.id as user_id',
      eb
        .selectFrom('memberships as m')
        .select((m) => m.fn.countAll<string>().as('n'))
        .whereRef('m.person_id', '=', 'p.id')
        .as('cards'),
    ])
    .where('p.id', 'in', personIds)
    .execute();
  return {
    members: rows.map((r) => ({
      personId: r.id,
      fullName: r.full_name,
      maskedNik: maskNik(deps.pii.decrypt(r.nik_enc)),
      hasAccount: r.user_id !== null,
      cards: Number(r.cards ?? 0),
    })),
  };
}

/**
 * The audit of one read of a person's data in clear, written by the officer's request that reveals
 * it, in the caller's transaction (so a read that fails leaves no record, and no read goes unrecorded).
 */
export async function recordPiiRead(
  db: Executor,
  deps: Pick<Deps, 'newId' | 'clock'>,
  staff: StaffPrincipal,
  read: { personId: string; fields: string[]; purpose: ReadPurpose },
): Promise<void> {
  await db
    .insertInto('pii_reads')
    .values({
      id: deps.newId(),
      staff_id: staff.staffId,
      branch_code: staff.branchCode,
      person_id: read.personId,
      fields: read.fields,
      purpose: read.purpose,
      read_at: deps.clock.now(),
    })
    .execute();
}

/** Open a member's record with personal data in clear, recording the read and its purpose. */
export async function readMember(deps: Deps, staff: StaffPrincipal, personId: string, purpose: ReadPurpose) {
  return deps.db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom('people as p')
      .leftJoin('user_accounts as u', 'u.person_id', 'p.id')
      .select(['p.id', 'p.full_name', 'p.nik_enc', 'p.birth_date', 'u.email_enc', 'u.phone_enc'])
      .where('p.id', '=', personId)
      .executeTakeFirst();
    if (!person) return { ok: false as const, error: 'not_found' as const };
    await recordPiiRead(trx, deps, staff, {
      personId,
      fields: ['nik', 'birth_date', 'email', 'phone'],
      purpose,
    });
    const cards = await trx
      .selectFrom('memberships as m')
      .leftJoin('employers as e', 'e.id', 'm.employer_id')
      .select(['m.kpj', 'm.segment', 'm.status', 'm.joined_on', 'm.left_on', 'e.name as employer'])
      .where('m.person_id', '=', personId)
      .orderBy('m.joined_on', 'desc')
      .execute();
    return {
      ok: true as const,
      value: {
        personId: person.id,
        fullName: person.full_name,
        nik: deps.pii.decrypt(person.nik_enc),
        birthDate: person.birth_date,
        email: person.email_enc ? deps.pii.decrypt(person.email_enc) : null,
        phone: person.phone_enc ? deps.pii.decrypt(person.phone_enc) : null,
        cards: cards.map((c) => ({
          kpj: c.kpj,
          segment: c.segment,
          status: c.status,
          employer: c.employer,
          joinedOn: c.joined_on,
          leftOn: c.left_on,
        })),
      },
    };
  });
}

const readsQuery = (deps: Deps) =>
  deps.db
    .selectFrom('pii_reads as r')
    .innerJoin('staff_accounts as s', 's.id', 'r.staff_id')
    .leftJoin('branches as b', 'b.code', 'r.branch_code')
    .select([
      'r.read_at',
      'r.person_id',
      'r.purpose',
      'r.fields',
      's.full_name',
      's.role',
      'b.name as branch',
    ])
    .orderBy('r.read_at', 'desc')
    .limit(200);

/** "Siapa yang melihat data saya": every officer's read of the member's personal data. */
export async function dataAccessOf(deps: Deps, personId: string) {
  const rows = await readsQuery(deps).where('r.person_id', '=', personId).execute();
  return {
    reads: rows.map((r) => ({
      at: r.read_at.toISOString(),
      reader: r.full_name,
      role: r.role,
      branch: r.branch,
      purpose: r.purpose as ReadPurpose,
      fields: r.fields,
    })),
  };
}

/** The audit of reads: a supervisor sees their own branch's, an admin everyone's. */
export async function piiReadsFor(deps: Deps, staff: StaffPrincipal) {
  let query = readsQuery(deps);
  if (staff.role !== 'admin') query = query.where('r.branch_code', '=', staff.branchCode);
  const rows = await query.execute();
  return {
    reads: rows.map((r) => ({
      at: r.read_at.toISOString(),
      reader: r.full_name,
      branch: r.branch,
      personId: r.person_id,
      purpose: r.purpose as ReadPurpose,
      fields: r.fields,
    })),
  };
}

/** An employer user's workers: only their own employer's, with the NIK masked. */
