/**
 * Identity corrections: a member whose name or birth date is wrong in our data (it differs from the
 * KTP, the registry or what the employer registered) asks for the KTP's value with photos of the KTP
 * or family card as evidence; an officer compares them with the registry and decides. Approval
 * changes the person in one transaction with a version in their history (the officer as author);
 * the member is told in the app, by e-mail and by SMS. Reuses the data update's pieces: image
 * re-encoding, the encrypted document store, the review SLA in working days, the version history and
 * the console's audited reads.
 */
import {
  dateInZone,
  type EvidenceKind,
  type EvidenceUploadResponse,
  type IdentityCorrectionBody,
  type IdentityCorrectionCase,
  type IdentityCorrectionDecisionBody,
  type IdentityCorrectionDecisionResponse,
  type IdentityCorrectionQueueResponse,
  type IdentityCorrectionsResponse,
  type IdentityCorrectionView,
  type IdentityField,
  type Locale,
  maskNik,
  normaliseName,
  type RequestedIdentity,
  reviewDueDate,
} from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { Principal, StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { currentContact } from '../accounts/contact.service.ts';
import { notify } from '../accounts/notify.ts';
import { recordPiiRead } from '../console/console.service.ts';
import { recordSideVersion } from '../data-update/history.ts';
import { imageContentType, normaliseImage } from '../data-update/selfie-image.ts';
import { findPersonIdentity } from '../people/people.service.ts';
import { correctionNotice } from './messages.ts';

const today = (deps: Deps) => dateInZone(deps.clock.now(), deps.config.timeZone);

/** The name as the KTP prints it: upper case, single spaces (what the people table holds). */
const ktpName = (name: string) => name.normalize('NFC').toUpperCase().replace(/\s+/g, ' ').trim();

function isRealPastDate(date: string, todayIs: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().slice(0, 10) === date &&
    date < todayIs &&
    date >= '1900-01-01'
  );
}

// ── Member ───────────────────────────────────────────────────────────────────────────────────────

export async function uploadEvidence(
  deps: Deps,
  principal: Principal,
  kind: EvidenceKind,
  body: Uint8Array,
): Promise<Outcome<EvidenceUploadResponse, 'identity_evidence_not_an_image'>> {
  const image = await normaliseImage(body);
  if (!image) return { ok: false, error: 'identity_evidence_not_an_image' };
  const key = await deps.documents.put('identity_evidence', image.bytes);
  const id = deps.newId();
  await deps.db
    .insertInto('identity_evidence')
    .values({
      id,
      person_id: principal.personId,
      correction_id: null,
      kind,
      document_key: key,
      created_at: deps.clock.now(),
    })
    .execute();
  return { ok: true, value: { id, kind, width: image.width, height: image.height } };
}

type CreateError =
  | 'identity_correction_no_evidence'
  | 'identity_correction_same_value'
  | 'identity_correction_already_open'
  | 'identity_evidence_not_found'
  | 'invalid_request';

export async function createCorrection(
  deps: Deps,
  principal: Principal,
  body: IdentityCorrectionBody,
): Promise<Outcome<IdentityCorrectionView, CreateError>> {
  const evidenceIds = [...new Set(body.evidenceIds)];
  if (evidenceIds.length === 0) return { ok: false, error: 'identity_correction_no_evidence' };
  const person = await findPersonIdentity(deps, principal.personId);
  const requested: RequestedIdentity = {};
  for (const field of body.fields) {
    if (field === 'fullName') {
      const name = ktpName(body.values.fullName!);
      if (normaliseName(name) === normaliseName(person.fullName)) return same('values.fullName');
      requested.fullName = name;
    } else {
      const date = body.values.birthDate!;
      if (!isRealPastDate(date, today(deps)))
        return {
          ok: false,
          error: 'invalid_request',
          errors: [{ path: 'values.birthDate', message: 'not a real birth date' }],
        };
      if (date === person.birthDate) return same('values.birthDate');
      requested.birthDate = date;
    }
  }
  const now = deps.clock.now();
  const due = reviewDueDate(dateInZone(now, deps.config.timeZone));
  const id = deps.newId();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom('identity_corrections')
      .select('id')
      .where('person_id', '=', principal.personId)
      .where('status', '=', 'open')
      .forUpdate()
      .executeTakeFirst();
    if (open) return { ok: false as const, error: 'identity_correction_already_open' as const };
    const pieces = await trx
      .selectFrom('identity_evidence')
      .select(['id', 'kind'])
      .where('id', 'in', evidenceIds)
      .where('person_id', '=', principal.personId)
      .where('correction_id', 'is', null)
      .forUpdate()
      .execute();
    if (pieces.length !== evidenceIds.length)
      return { ok: false as const, error: 'identity_evidence_not_found' as const };
    await trx
      .insertInto('identity_corrections')
      .values({
        id,
        person_id: principal.personId,
        requested_by: principal.userId,
        fields: body.fields,
        requested_enc: deps.pii.encrypt(JSON.stringify(requested)),
        explanation_enc: deps.pii.encrypt(body.explanation),
        status: 'open',
        due_on: due.dueOn,
        sla_working_days: due.workingDays,
        created_at: now,
      })
      // Two requests racing: the partial unique index lets one in.
      .onConflict((oc) => oc.column('person_id').where('status', '=', 'open').doNothing())
      .execute();
    const inserted = await trx
      .selectFrom('identity_corrections')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!inserted) return { ok: false as const, error: 'identity_correction_already_open' as const };
    await trx
      .updateTable('identity_evidence')
      .set({ correction_id: id })
      .where('id', 'in', evidenceIds)
      .execute();
    return { ok: true as const };
  });
  if (!outcome.ok) return outcome;
  const view = (await listOf(deps, deps.db, principal.personId)).find((r) => r.id === id)!;
  return { ok: true, value: view };
}

function same(path: string) {
  return {
    ok: false as const,
    error: 'identity_correction_same_value' as const,
    errors: [{ path, message: 'same as the current value' }],
  };
}

async function listOf(deps: Deps, db: Executor, personId: string): Promise<IdentityCorrectionView[]> {
  const rows = await db
    .selectFrom('identity_corrections as c')
    .leftJoin('staff_accounts as s', 's.id', 'c.holder_staff_id')
    .select([
      'c.id',
      'c.status',
      'c.fields',
      'c.requested_enc',
      'c.created_at',
      'c.due_on',
      'c.decision_reason_enc',
      'c.decided_at',
      's.full_name as holder',
    ])
    .where('c.person_id', '=', personId)
    .orderBy('c.created_at', 'desc')
    .execute();
  const evidence = rows.length
    ? await db
        .selectFrom('identity_evidence')
        .select(['id', 'kind', 'correction_id'])
        .where(
          'correction_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('created_at')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    fields: r.fields,
    values: JSON.parse(deps.pii.decrypt(r.requested_enc)) as RequestedIdentity,
    createdAt: r.created_at.toISOString(),
    dueOn: r.due_on,
    holder: r.holder,
    decisionReason: r.decision_reason_enc ? deps.pii.decrypt(r.decision_reason_enc) : null,
    decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
    evidence: evidence.filter((e) => e.correction_id === r.id).map((e) => ({ id: e.id, kind: e.kind })),
  }));
}

export async function listCorrections(
  deps: Deps,
  principal: Principal,
): Promise<IdentityCorrectionsResponse> {
  const person = await findPersonIdentity(deps, principal.personId);
  return {
    current: { fullName: person.fullName, birthDate: person.birthDate },
    requests: await listOf(deps, deps.db, principal.personId),
  };
}

// ── Officers ─────────────────────────────────────────────────────────────────────────────────────

export async function correctionQueue(deps: Deps): Promise<IdentityCorrectionQueueResponse> {
  const rows = await deps.db
    .selectFrom('identity_corrections as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .leftJoin('staff_accounts as s', 's.id', 'c.holder_staff_id')
    .select((eb) => [
      'c.id',
      'c.fields',
      'c.created_at',
      'c.due_on',
      'p.full_name',
      'p.nik_enc',
      's.full_name as holder',
      eb
        .selectFrom('identity_evidence as e')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('e.correction_id', '=', 'c.id')
        .as('evidence'),
    ])
    .where('c.status', '=', 'open')
    .orderBy('c.due_on')
    .orderBy('c.created_at')
    .limit(200)
    .execute();
  const now = today(deps);
  return {
    items: rows.map((r) => ({
      id: r.id,
      fields: r.fields,
      fullName: r.full_name,
      maskedNik: maskNik(deps.pii.decrypt(r.nik_enc)),
      createdAt: r.created_at.toISOString(),
      dueOn: r.due_on,
      overdue: r.due_on < now,
      holder: r.holder,
      evidenceCount: Number(r.evidence ?? 0),
    })),
  };
}

export async function openCorrection(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
): Promise<Outcome<IdentityCorrectionCase, 'identity_correction_not_found' | 'service_unavailable'>> {
  const row = await deps.db
    .selectFrom('identity_corrections')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return { ok: false, error: 'identity_correction_not_found' };
  const person = await findPersonIdentity(deps, row.person_id);
  let registry: Awaited<ReturnType<Deps['registry']['findByNik']>>;
  try {
    registry = await deps.registry.findByNik(person.nik);
  } catch {
    return { ok: false, error: 'service_unavailable' };
  }
  const [cards, evidence] = await Promise.all([
    deps.db
      .selectFrom('memberships as m')
      .leftJoin('employers as e', 'e.id', 'm.employer_id')
      .select(['m.kpj', 'm.name_on_card', 'e.name as employer'])
      .where('m.person_id', '=', row.person_id)
      .orderBy('m.joined_on', 'desc')
      .execute(),
    deps.db
      .selectFrom('identity_evidence')
      .select(['id', 'kind', 'created_at'])
      .where('correction_id', '=', id)
      .orderBy('created_at')
      .execute(),
  ]);
  // Nothing leaves before the read is recorded; the first officer to open an open case holds it.
  const holder = await deps.db.transaction().execute(async (trx) => {
    await recordPiiRead(trx, deps, staff, {
      personId: row.person_id,
      fields: ['nik', 'full_name', 'birth_date', 'identity_correction'],
      purpose: 'data_update_review',
    });
    if (row.status === 'open' && !row.holder_staff_id)
      await trx
        .updateTable('identity_corrections')
        .set({ holder_staff_id: staff.staffId })
        .where('id', '=', id)
        .where('holder_staff_id', 'is', null)
        .execute();
    const held = await trx
      .selectFrom('identity_corrections as c')
      .leftJoin('staff_accounts as s', 's.id', 'c.holder_staff_id')
      .select('s.full_name')
      .where('c.id', '=', id)
      .executeTakeFirstOrThrow();
    return held.full_name;
  });
  return {
    ok: true,
    value: {
      id: row.id,
      status: row.status,
      person: {
        personId: row.person_id,
        fullName: person.fullName,
        nik: person.nik,
        birthDate: person.birthDate,
        sex: person.sex,
      },
      registry: registry ? { fullName: registry.fullName, birthDate: registry.birthDate } : null,
      cards: cards.map((c) => ({ kpj: c.kpj, nameOnCard: c.name_on_card, employer: c.employer })),
      fields: row.fields,
      requested: JSON.parse(deps.pii.decrypt(row.requested_enc)) as RequestedIdentity,
      explanation: deps.pii.decrypt(row.explanation_enc),
      evidence: evidence.map((e) => ({ id: e.id, kind: e.kind, uploadedAt: e.created_at.toISOString() })),
      createdAt: row.created_at.toISOString(),
      dueOn: row.due_on,
      overdue: row.status === 'open' && row.due_on < today(deps),
      holder,
      decisionReason: row.decision_reason_enc ? deps.pii.decrypt(row.decision_reason_enc) : null,
    },
  };
}

/** One evidence photo of a case, as bytes; the view is recorded. */
export async function evidenceImage(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
  evidenceId: string,
): Promise<Outcome<{ bytes: Buffer; contentType: string }, 'identity_evidence_not_found'>> {
  const piece = await deps.db
    .selectFrom('identity_evidence')
    .select(['document_key', 'person_id', 'kind'])
    .where('id', '=', evidenceId)
    .where('correction_id', '=', id)
    .executeTakeFirst();
  const bytes = piece ? await deps.documents.get(piece.document_key) : null;
  if (!piece || !bytes) return { ok: false, error: 'identity_evidence_not_found' };
  await recordPiiRead(deps.db, deps, staff, {
    personId: piece.person_id,
    fields: [piece.kind === 'ktp' ? 'ktp_photo' : 'family_card_photo'],
    purpose: 'data_update_review',
  });
  return { ok: true, value: { bytes, contentType: await imageContentType(bytes) } };
}

export async function decideCorrection(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
  body: IdentityCorrectionDecisionBody,
): Promise<
  Outcome<IdentityCorrectionDecisionResponse, 'identity_correction_not_found' | 'review_already_decided'>
> {
  const exists = await deps.db
    .selectFrom('identity_corrections')
    .select(['person_id', 'requested_by'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!exists) return { ok: false, error: 'identity_correction_not_found' };
  const now = deps.clock.now();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('identity_corrections')
      .selectAll()
      .where('id', '=', id)
      .where('status', '=', 'open')
      .forUpdate()
      .executeTakeFirst();
    if (!row) return { ok: false as const, error: 'review_already_decided' as const };
    let version: number | null = null;
    if (body.decision === 'approve') {
      const requested = JSON.parse(deps.pii.decrypt(row.requested_enc)) as RequestedIdentity;
      const person = await trx
        .selectFrom('people')
        .select(['full_name', 'birth_date'])
        .where('id', '=', row.person_id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const before: Partial<Record<IdentityField, string>> = {};
      const after: Partial<Record<IdentityField, string>> = {};
      if (requested.fullName !== undefined) {
        before.fullName = person.full_name;
        after.fullName = requested.fullName;
      }
      if (requested.birthDate !== undefined) {
        before.birthDate = person.birth_date;
        after.birthDate = requested.birthDate;
      }
      await trx
        .updateTable('people')
        .set({
          ...(after.fullName !== undefined ? { full_name: after.fullName } : {}),
          ...(after.birthDate !== undefined ? { birth_date: after.birthDate } : {}),
        })
        .where('id', '=', row.person_id)
        .execute();
      // Cards show coalesce(name_on_card, full_name): the name checked against the KTP now wins
      // over what an employer typed.
      if (after.fullName !== undefined)
        await trx
          .updateTable('memberships')
          .set({ name_on_card: null })
          .where('person_id', '=', row.person_id)
          .execute();
      await recordSideVersion(
        trx,
        deps,
        row.person_id,
        { identity: before },
        { identity: after },
        {
          kind: 'officer',
          staffId: staff.staffId,
        },
      );
      version = (
        await trx
          .selectFrom('person_profiles')
          .select('version')
          .where('person_id', '=', row.person_id)
          .executeTakeFirstOrThrow()
      ).version;
    }
    const status = body.decision === 'approve' ? ('approved' as const) : ('rejected' as const);
    await trx
      .updateTable('identity_corrections')
      .set({
        status,
        decision_reason_enc: body.decision === 'reject' ? deps.pii.encrypt(body.reason) : null,
        decided_by: staff.staffId,
        decided_at: now,
        holder_staff_id: row.holder_staff_id ?? staff.staffId,
      })
      .where('id', '=', id)
      .execute();
    await trx
      .insertInto('member_notifications')
      .values({
        id: deps.newId(),
        person_id: row.person_id,
        kind: 'identity_correction',
        dedupe_key: `identity_correction:${id}`,
        detail: JSON.stringify({ decision: status, fields: row.fields.join(',') }),
        created_at: now,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .execute();
    return { ok: true as const, value: { status, version } };
  });
  if (outcome.ok) {
    const account = await deps.db
      .selectFrom('user_accounts')
      .select(['id', 'locale'])
      .where('id', '=', exists.requested_by)
      .executeTakeFirst();
    if (account) {
      const contact = await currentContact(deps, account.id);
      const locale = account.locale as Locale;
      await notify(
        deps,
        { ...contact, locale },
        correctionNotice(outcome.value.status, body.decision === 'reject' ? body.reason : null, locale),
      );
    }
  }
  return outcome;
}
