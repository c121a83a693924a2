/**
 * The one door through which a claim changes state: core's `transition` decides whether the move is
 * allowed (state, actor, reason, time), and the new state and its event are written together in the
 * caller's transaction, on a claim row the caller has locked. Events are numbered per claim, so two
 * writers that raced past the lock could not both record the next move (primary key).
 */
import {
  type ClaimActor,
  type ClaimReasonCode,
  type ClaimState,
  type ClaimTransitionRefusal,
  isClaimState,
  transition,
} from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import type { ClaimRow } from './claims.repository.ts';

export interface Move {
  to: ClaimState;
  actor: ClaimActor;
  reason?: ClaimReasonCode | string | null;
  /** The officer or supervisor making the move. */
  staffId?: string | null;
}

export function claimState(row: Pick<ClaimRow, 'state'>): ClaimState {
  if (!isClaimState(row.state)) throw new Error(`claim in an unknown state: ${row.state}`);
  return row.state;
}

export async function moveClaim(
  trx: Executor,
  deps: Pick<Deps, 'clock'>,
  claim: ClaimRow,
  move: Move,
): Promise<Outcome<ClaimRow, ClaimTransitionRefusal>> {
  // A move recorded in the same millisecond as the last (straight-through processing) keeps order.
  const now = deps.clock.now();
  const at = now.getTime() < claim.state_since.getTime() ? claim.state_since : now;
  const applied = transition(
    { state: claimState(claim), since: claim.state_since, reasonCode: (claim.state_reason ?? null) as never },
    { to: move.to, actor: move.actor, reasonCode: move.reason ?? null, at },
  );
  if (!applied.ok)
    return { ok: false, error: applied.error, ...(applied.detail ? { detail: applied.detail } : {}) };
  const { claim: next, event } = applied.value;
  const updated = await trx
    .updateTable('claims')
    .set({
      state: next.state,
      state_reason: next.reasonCode,
      state_since: next.since,
      updated_at: now,
      ...(move.staffId ? { holder_staff_id: move.staffId } : {}),
    })
    .where('id', '=', claim.id)
    .where('state', '=', claim.state)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw new Error(`claim ${claim.id} changed under a lock`);
  const last = await trx
    .selectFrom('claim_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('claim_id', '=', claim.id)
    .executeTakeFirst();
  await trx
    .insertInto('claim_events')
    .values({
      claim_id: claim.id,
      seq: Number(last?.seq ?? 0) + 1,
      from_state: event.from,
      to_state: event.to,
      reason: event.reasonCode,
      actor: event.actor,
      staff_id: move.staffId ?? null,
      at: event.at,
    })
    .execute();
  return { ok: true, value: updated };
}

/** Records the claim's first event (the draft) when it is made. */
export async function recordCreated(trx: Executor, claim: ClaimRow): Promise<void> {
  await trx
    .insertInto('claim_events')
    .values({
      claim_id: claim.id,
      seq: 1,
      from_state: null,
      to_state: claim.state,
      reason: null,
      actor: 'participant',
      staff_id: null,
      at: claim.created_at,
    })
    .execute();
}
