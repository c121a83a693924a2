/**
 * The officers' side of claims: the queue of claims the automated checks sent to a person (oldest
 * first, with the SLA of the state), one case with the member's data in clear (the read recorded
 * with the purpose `claim_review` before anything is answered), the photos side by side, and the
 * decisions the state machine allows: approve (the payout is ordered in the same transaction),
 * reject, return for a fix, or call for an interview — each with a reason code the member reads.
 */
import {
  CLAIM_DECISIONS,
  type ClaimActor,
  type ClaimDecisionBody,
  type ClaimState,
  type ConsoleClaimCase,
  type ConsoleClaimQueue,
  findTransition,
  type Locale,
  maskNik,
} from '@jmo/core';
import type { StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { today } from '../cards/cards.service.ts';
import { recordPiiRead } from '../console/console.service.ts';
import { imageContentType } from '../data-update/selfie-image.ts';
import { registryPhotoForReview } from '../face-check/face-check.ts';
import { findPersonIdentity } from '../people/people.service.ts';
import { claimState, moveClaim } from './claim-moves.ts';
import { sendClaimNotices } from './claim-notices.ts';
import { PayoutsRefused, startPayout } from './claim-payout.ts';
import { findClaim, listEvents, listFaceChecks, openQueue } from './claims.repository.ts';
import { detailView, dueView, openBank } from './claims.view.ts';

type Decision = (typeof CLAIM_DECISIONS)[number];

const TARGET: Record<Decision, ClaimState> = {
  approve: 'approved',
  reject: 'rejected',
  return: 'returned_for_fix',
  interview: 'interview',
};

function actorOf(staff: StaffPrincipal): ClaimActor {
  return staff.role === 'supervisor' ? 'supervisor' : 'officer';
}

export async function claimQueue(deps: Deps): Promise<ConsoleClaimQueue> {
  const rows = await openQueue(deps.db);
  const now = deps.clock.now();
  const day = today(deps);
  return {
    items: rows.map((r) => {
      const due = dueView(deps, r);
      const overdue = due ? (due.at ? new Date(due.at) < now : due.date! < day) : false;
      return {
        id: r.id,
        reference: r.reference,
        memberName: r.full_name,
        kpj: r.kpj,
        state: claimState(r),
        reasonCode: r.state_reason,
        since: r.state_since.toISOString(),
        due,
        overdue,
        gross: r.gross !== null ? r.gross.toString() : null,
      };
    }),
  };
}

function decisionsFor(state: ClaimState, actor: ClaimActor): ConsoleClaimCase['decisions'] {
  return CLAIM_DECISIONS.flatMap((decision) => {
    const rule = findTransition(state, TARGET[decision]);
    if (!rule?.actors.includes(actor)) return [];
    const reasons = rule.reasonsByActor?.[actor] ?? rule.reasons;
    return [{ decision, reasons: [...reasons], reasonRequired: rule.reasonRequired }];
  });
}

export async function openClaimCase(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
  locale: Locale,
): Promise<Outcome<ConsoleClaimCase, 'claim_not_found'>> {
  const row = await findClaim(deps.db, { id });
  if (!row) return { ok: false, error: 'claim_not_found' };
  const [identity, membership, events, checks] = await Promise.all([
    findPersonIdentity(deps, row.person_id),
    deps.db
      .selectFrom('memberships')
      .select('kpj')
      .where('id', '=', row.membership_id)
      .executeTakeFirstOrThrow(),
    listEvents(deps.db, [row.id]),
    listFaceChecks(deps.db, row.id),
  ]);
  // Nothing leaves before the read is recorded.
  await recordPiiRead(deps.db, deps, staff, {
    personId: row.person_id,
    fields: ['nik', 'birth_date', 'bank_account', 'npwp'],
    purpose: 'claim_review',
  });
  const amounts = row.tax_detail ? JSON.parse(row.tax_detail) : null;
  const claim = detailView(
    deps,
    {
      row,
      kpj: membership.kpj,
      events,
      amounts,
      bank: openBank(deps, row.bank_enc),
      faceAttemptsLeft: 0,
    },
    locale,
  );
  return {
    ok: true,
    value: {
      claim,
      memberName: identity.fullName,
      birthDate: identity.birthDate,
      nikMasked: maskNik(identity.nik),
      decisions: decisionsFor(claimState(row), actorOf(staff)),
      hasSelfie: checks.length > 0,
    },
  };
}

export async function claimPhoto(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
  which: 'selfie' | 'reference',
): Promise<Outcome<{ bytes: Buffer; contentType: string }, 'claim_not_found'>> {
  const row = await findClaim(deps.db, { id });
  if (!row) return { ok: false, error: 'claim_not_found' };
  let bytes: Buffer | null = null;
  if (which === 'selfie') {
    const last = (await listFaceChecks(deps.db, row.id)).at(-1);
    bytes = last ? await deps.documents.get(last.selfie_key) : null;
  } else {
    bytes = await registryPhotoForReview(deps, row.person_id);
  }
  if (!bytes) return { ok: false, error: 'claim_not_found' };
  await recordPiiRead(deps.db, deps, staff, {
    personId: row.person_id,
    fields: [which === 'selfie' ? 'selfie' : 'reference_photo'],
    purpose: 'claim_review',
  });
  return { ok: true, value: { bytes, contentType: await imageContentType(bytes) } };
}

export async function decideClaim(
  deps: Deps,
  staff: StaffPrincipal,
  id: string,
  body: ClaimDecisionBody,
  locale: Locale,
): Promise<
  Outcome<
    ConsoleClaimCase,
    'claim_not_found' | 'claim_not_in_queue' | 'claim_decision_invalid' | 'payouts_unavailable'
  >
> {
  const actor = actorOf(staff);
  const result = await deps.db
    .transaction()
    .execute(async (trx) => {
      const locked = await findClaim(trx, { id }, { forUpdate: true });
      if (!locked) return { ok: false as const, error: 'claim_not_found' as const };
      const state = claimState(locked);
      if (state !== 'verifying' && state !== 'interview')
        return { ok: false as const, error: 'claim_not_in_queue' as const };
      const moved = await moveClaim(trx, deps, locked, {
        to: TARGET[body.decision],
        actor,
        reason: body.reason ?? null,
        staffId: staff.staffId,
      });
      if (!moved.ok)
        return {
          ok: false as const,
          error: 'claim_decision_invalid' as const,
          ...(moved.detail ? { detail: moved.detail } : {}),
        };
      if (body.decision === 'approve')
        await startPayout(trx, deps, moved.value, { actor, staffId: staff.staffId });
      return { ok: true as const };
    })
    .catch((error: unknown) => {
      if (error instanceof PayoutsRefused)
        return { ok: false as const, error: 'payouts_unavailable' as const };
      throw error;
    });
  if (!result.ok) return result;
  await sendClaimNotices(deps, { claimId: id });
  return openClaimCase(deps, staff, id, locale);
}
