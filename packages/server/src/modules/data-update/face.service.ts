/**
 * The face step: a selfie (re-encoded, metadata stripped, stored encrypted) against the registry's
 * reference photo through the face port; the scores judged by core with the configured thresholds.
 * A failure answers with the advice for its cause; the day's last failed attempt (or a reference
 * photo that cannot be used) sends the case to the officers' queue with its SLA, and the member goes
 * on with the other steps meanwhile. Every attempt is recorded with its scores and the selfie's key.
 */
import {
  checkStepAllowed,
  completeStep,
  type DataUpdateView,
  FACE_FAILURE_CODES,
  faceAttemptOutcome,
  isStepDone,
  type Locale,
  type StepRefusal,
  stepToDoFirst,
} from '@jmo/core';
import type { Principal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { attemptsLeftDetail, checkSelfieAgainstRegistry } from '../face-check/face-check.ts';
import {
  buildView,
  failedToday,
  lockOrCreate,
  memberContext,
  openPayload,
  saveState,
  stateOf,
} from './data-update.model.ts';
import { findDataUpdate, insertFaceCheck, listFaceChecks } from './data-update.repository.ts';
import { queueForReview } from './data-update.service.ts';

type FaceFailureCode = (typeof FACE_FAILURE_CODES)[keyof typeof FACE_FAILURE_CODES];

export type SelfieError =
  | 'card_not_found'
  | StepRefusal
  | 'face_check_already_passed'
  | 'face_check_with_officer'
  | 'selfie_not_an_image'
  | 'face_check_unavailable'
  | FaceFailureCode;

export async function submitSelfie(
  deps: Deps,
  principal: Principal,
  kpj: string,
  selfie: Uint8Array,
  locale: Locale,
): Promise<Outcome<{ outcome: 'passed' | 'referred'; dataUpdate: DataUpdateView }, SelfieError>> {
  const ctx = await memberContext(deps, principal, kpj);
  if (!ctx) return { ok: false, error: 'card_not_found' };
  const row = await findDataUpdate(deps.db, { membershipId: ctx.card.membershipId });
  const state = stateOf(row);
  const allowed = checkStepAllowed(state, 'face');
  if (!allowed.ok)
    return {
      ok: false,
      error: allowed.error,
      ...(allowed.detail ? { detail: stepToDoFirst(allowed.detail as never, locale) } : {}),
    };
  if (state.checks.face === 'referred') return { ok: false, error: 'face_check_with_officer' };
  if (isStepDone(state, 'face')) return { ok: false, error: 'face_check_already_passed' };

  const checked = await checkSelfieAgainstRegistry(deps, ctx.identity.nik, selfie);
  if (!checked.ok) return checked;
  const { measurement, judgement } = checked.value;
  const selfieKey = await deps.documents.put('selfie', checked.value.selfie);

  const recorded = await deps.db.transaction().execute(async (trx) => {
    const locked = await lockOrCreate(trx, deps, ctx);
    const fresh = stateOf(locked);
    const stillAllowed = checkStepAllowed(fresh, 'face');
    if (!stillAllowed.ok) return { ok: false as const, error: stillAllowed.error };
    if (fresh.checks.face === 'referred')
      return { ok: false as const, error: 'face_check_with_officer' as const };
    if (isStepDone(fresh, 'face')) return { ok: false as const, error: 'face_check_already_passed' as const };
    const failed = failedToday(deps, locked, await listFaceChecks(trx, locked.id, locked.round));
    const outcome = faceAttemptOutcome(judgement, failed, deps.config.face.maxAttemptsPerDay);
    await insertFaceCheck(trx, {
      id: deps.newId(),
      data_update_id: locked.id,
      round: locked.round,
      outcome: outcome.outcome === 'retry' ? 'failed' : outcome.outcome,
      problem: outcome.outcome === 'passed' ? null : outcome.failure,
      similarity: measurement.ok ? measurement.similarity : null,
      liveness: measurement.ok ? measurement.liveness : null,
      millis: measurement.ok ? Math.round(measurement.millis) : null,
      selfie_key: selfieKey,
      created_at: deps.clock.now(),
    });
    if (outcome.outcome === 'retry') return { ok: true as const, value: { outcome, row: locked } };
    const next = completeStep(fresh, 'face', outcome.outcome === 'passed' ? 'passed' : 'referred');
    if (outcome.outcome === 'referred')
      await queueForReview(trx, deps, locked.id, locked.round, 'face_check');
    await saveState(trx, deps, locked, next, openPayload(deps, locked));
    return { ok: true as const, value: { outcome, row: locked } };
  });
  if (!recorded.ok) {
    await deps.documents.delete(selfieKey);
    return { ok: false, error: recorded.error };
  }
  const { outcome } = recorded.value;
  if (outcome.outcome === 'retry') {
    return {
      ok: false,
      error: FACE_FAILURE_CODES[outcome.failure],
      detail: attemptsLeftDetail(outcome.attemptsLeft, locale),
    };
  }
  const after = await findDataUpdate(deps.db, { id: recorded.value.row.id });
  return {
    ok: true,
    value: {
      outcome: outcome.outcome === 'passed' ? 'passed' : 'referred',
      dataUpdate: await buildView(deps, ctx, after, locale),
    },
  };
}
