/**
 * The officers' side of the data update: the queue (masked, oldest SLA first), a case opened in
 * clear (recorded in `pii_reads` with the purpose `data_update_review`, in the same transaction; the
 * first officer to open a case holds it), the selfie and reference photo (each view recorded too),
 * and the decision: approve applies the update with the officer as the version's author, return
 * sends it back with reason codes the member reads.
 */
import {
  applyEntries,
  type DataUpdateCase,
  type DataUpdateDecisionBody,
  type DataUpdateQueueResponse,
  dateInZone,
  decideReview,
  diffPersonData,
  maskNik,
  returnReasons,
  stepsToRedo,
} from '@jmo/core';
import type { StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { currentContact } from '../accounts/contact.service.ts';
import { notify } from '../accounts/notify.ts';
import { recordPiiRead } from '../console/console.service.ts';
import { registryPhotoForReview } from '../face-check/face-check.ts';
import { findPersonIdentity } from '../people/people.service.ts';
import { currentPersonData, openPayload, personDataView, saveState, stateOf } from './data-update.model.ts';
import {
  closeReview,
  findDataUpdate,
  findFaceCheck,
  findOpenReview,
  listFaceChecks,
  openReviews,
  takeReview,
} from './data-update.repository.ts';
import { applyUpdate, versionsOf } from './history.ts';
import { decisionNotice } from './messages.ts';
import { imageContentType } from './selfie-image.ts';

const today = (deps: Deps) => dateInZone(deps.clock.now(), deps.config.timeZone);

export async function reviewQueue(deps: Deps): Promise<DataUpdateQueueResponse> {
  const rows = await openReviews(deps.db);
  const now = today(deps);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      kpj: r.kpj,
      fullName: r.full_name,
      maskedNik: maskNik(deps.pii.decrypt(r.nik_enc)),
      openedAt: r.opened_at.toISOString(),
      dueOn: r.due_on,
      overdue: r.due_on < now,
      holder: r.holder_name,
      failedFaceAttempts: Number(r.failed_face ?? 0),
      lastFaceProblem: r.last_problem ?? null,
    })),
  };
}

/** The member the case is about, as a principal-like pair for the services that need one. */
async function memberOf(deps: Deps, personId: string) {
  const account = await deps.db
    .selectFrom('user_accounts')
    .select(['id', 'locale'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return account ? { userId: account.id, personId, locale: account.locale } : null;
}

export async function openCase(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
): Promise<Outcome<DataUpdateCase, 'not_found'>> {
  const row = await findDataUpdate(deps.db, { id });
  if (!row) return { ok: false, error: 'not_found' };
  const member = await memberOf(deps, row.person_id);
  const payload = openPayload(deps, row);
  const [identity, membership, checks, versions, before] = await Promise.all([
    findPersonIdentity(deps, row.person_id),
    deps.db
      .selectFrom('memberships')
      .select('kpj')
      .where('id', '=', row.membership_id)
      .executeTakeFirstOrThrow(),
    listFaceChecks(deps.db, row.id),
    versionsOf(deps, deps.db, row.person_id),
    currentPersonData(deps, deps.db, { userId: member?.userId ?? null, personId: row.person_id }),
  ]);
  // Nothing leaves before the read is recorded: the answer is built only once this commits.
  const review = await deps.db.transaction().execute(async (trx) => {
    await recordPiiRead(trx, deps, staff, {
      personId: row.person_id,
      fields: [
        'nik',
        'birth_date',
        'email',
        'phone',
        'npwp',
        'bank_account',
        'family_card',
        'address',
        'emergency_contact',
      ],
      purpose: 'data_update_review',
    });
    const open = await findOpenReview(trx, row.id, { forUpdate: true });
    if (open && !open.holder_staff_id) await takeReview(trx, open.id, staff.staffId);
    return open;
  });
  const after = applyEntries(before, {
    ...payload.entries,
    ...(payload.contactDraft && !payload.entries.contact ? { contact: payload.contactDraft } : {}),
  });
  const holder = review ? (review.holder_name ?? (review.holder_staff_id ? null : staff.fullName)) : null;
  return {
    ok: true,
    value: {
      id: row.id,
      kind: review?.kind ?? null,
      status: row.status,
      round: row.round,
      kpj: membership.kpj,
      person: {
        personId: row.person_id,
        fullName: identity.fullName,
        nik: identity.nik,
        birthDate: identity.birthDate,
        sex: identity.sex,
      },
      before: personDataView(before),
      after: personDataView(after),
      changes: diffPersonData(before, after),
      faceAttempts: checks.map((c) => ({
        id: c.id,
        at: c.created_at.toISOString(),
        outcome: c.outcome,
        problem: c.problem,
        similarity: c.similarity,
        liveness: c.liveness,
        millis: c.millis,
      })),
      thresholds: { match: deps.config.face.matchThreshold, liveness: deps.config.face.livenessThreshold },
      review: review
        ? {
            openedAt: review.opened_at.toISOString(),
            dueOn: review.due_on,
            overdue: review.due_on < today(deps),
            holder,
          }
        : null,
      versions: versions.versions,
    },
  };
}

/** A selfie (the latest, or one attempt) or the registry's reference photo, as bytes; the view is recorded. */
export async function casePhoto(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
  which: 'selfie' | 'reference',
  attemptId: string | undefined,
): Promise<Outcome<{ bytes: Buffer; contentType: string }, 'not_found'>> {
  const row = await findDataUpdate(deps.db, { id });
  if (!row) return { ok: false, error: 'not_found' };
  let bytes: Buffer | null = null;
  if (which === 'selfie') {
    const check = attemptId
      ? await findFaceCheck(deps.db, row.id, attemptId)
      : (await listFaceChecks(deps.db, row.id)).at(-1);
    bytes = check ? await deps.documents.get(check.selfie_key) : null;
  } else {
    bytes = await registryPhotoForReview(deps, row.person_id);
  }
  if (!bytes) return { ok: false, error: 'not_found' };
  await recordPiiRead(deps.db, deps, staff, {
    personId: row.person_id,
    fields: [which === 'selfie' ? 'selfie' : 'reference_photo'],
    purpose: 'data_update_review',
  });
  return { ok: true, value: { bytes, contentType: await imageContentType(bytes) } };
}

export async function decideCase(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
  body: DataUpdateDecisionBody,
): Promise<
  Outcome<
    { status: 'draft' | 'in_review' | 'returned' | 'updated'; applied: boolean },
    'not_found' | 'review_already_decided'
  >
> {
  const exists = await findDataUpdate(deps.db, { id });
  if (!exists) return { ok: false, error: 'not_found' };
  const member = await memberOf(deps, exists.person_id);
  const contactNow = member ? await currentContact(deps, member.userId) : { phone: null, email: null };
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const row = await findDataUpdate(trx, { id }, { forUpdate: true });
    const review = row ? await findOpenReview(trx, id, { forUpdate: true }) : undefined;
    if (!row || !review) return { ok: false as const, error: 'review_already_decided' as const };
    const reasons = body.decision === 'return' ? body.reasons : [];
    const decided = decideReview(
      stateOf(row),
      body.decision === 'approve'
        ? { decision: 'approve' }
        : { decision: 'return', steps: stepsToRedo(reasons) },
    );
    if (!decided.ok) return decided;
    const payload = openPayload(deps, row);
    const now = deps.clock.now();
    if (decided.value.applies) {
      await applyUpdate(
        trx,
        deps,
        { id: row.id, personId: row.person_id, payload, contactNow },
        { kind: 'officer', staffId: staff.staffId },
      );
    }
    const closed = await closeReview(trx, review.id, {
      decision: body.decision,
      reasons,
      noteEnc: body.note ? deps.pii.encrypt(body.note) : null,
      staffId: staff.staffId,
      at: now,
    });
    if (!closed) return { ok: false as const, error: 'review_already_decided' as const };
    const faceReopened =
      row.completed_steps.includes('face') && !decided.value.state.completed.includes('face');
    // A new selfie after a return gets the day's attempts afresh.
    await saveState(
      trx,
      deps,
      row,
      decided.value.state,
      payload,
      faceReopened ? { face_attempts_since: now } : {},
    );
    return {
      ok: true as const,
      value: { status: decided.value.state.status, applied: decided.value.applies },
    };
  });
  if (outcome.ok && member) {
    const account = await currentContact(deps, member.userId);
    const reasons =
      body.decision === 'return' ? body.reasons.map((r) => returnReasons[r][member.locale]) : [];
    await notify(
      deps,
      { ...account, locale: member.locale },
      decisionNotice(body.decision, outcome.value.status, reasons, member.locale),
    );
  }
  return outcome;
}
