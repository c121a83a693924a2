/**
 * The moves of a claim between states (DESIGN.md §5) as one table, and `transition`, the pure
 * function that applies one or says precisely why it may not: the claim is finished, the move does
 * not exist, the actor may not make it, a reason is missing or not one the move accepts, or the time
 * runs backwards. The server stores the returned event with the new state in one transaction.
 *
 * Straight-through processing is one row: the system approves a submitted claim only with the reason
 * `stp_all_checks_passed`; any other outcome of the automated checks sends it to an officer
 * (`verifying`) with the failed check as the reason. Money leaves only through `approved → paying`;
 * a failed payout is retried through `paying` again or reversed to the balance, so `paid` is always
 * entered from `paying` and, being terminal, at most once.
 */
import { err, ok, type Result } from '../result.ts';
import { type ClaimReasonCode, isClaimReasonCode } from './reasons.ts';
import { type ClaimState, isTerminalClaimState } from './states.ts';

export const CLAIM_ACTORS = ['system', 'participant', 'officer', 'supervisor', 'bank'] as const;
export type ClaimActor = (typeof CLAIM_ACTORS)[number];

export type ClaimTransitionRule = {
  readonly from: ClaimState;
  readonly to: ClaimState;
  readonly actors: readonly ClaimActor[];
  /** True when the move must say why, with one of `reasons`. */
  readonly reasonRequired: boolean;
  /** The reasons the move accepts; empty when it takes none. */
  readonly reasons: readonly ClaimReasonCode[];
  /** Where an actor may give only some of `reasons` (the system cannot cancel "at the member's request"). */
  readonly reasonsByActor?: Readonly<Partial<Record<ClaimActor, readonly ClaimReasonCode[]>>>;
};

const row = (
  from: ClaimState,
  to: ClaimState,
  actors: readonly ClaimActor[],
  reasons: readonly ClaimReasonCode[] = [],
): ClaimTransitionRule => ({ from, to, actors, reasonRequired: reasons.length > 0, reasons });

const CANCEL: readonly ClaimReasonCode[] = ['member_cancelled'];
const TO_OFFICER: readonly ClaimReasonCode[] = [
  'above_in_app_cap',
  'face_mismatch',
  'data_not_updated',
  'bank_holder_mismatch',
  'automated_check_unavailable',
  'documents_to_check',
];
const NOT_ELIGIBLE: readonly ClaimReasonCode[] = [
  'membership_still_active',
  'waiting_period_not_over',
  'duplicate_claim',
];
const TO_FIX: readonly ClaimReasonCode[] = [
  'documents_incomplete',
  'document_unreadable',
  'bank_holder_mismatch',
  'bank_account_closed',
];
const BANK_FAILURE: readonly ClaimReasonCode[] = [
  'bank_account_closed',
  'bank_account_not_found',
  'bank_timeout',
  'bank_rejected',
];
const OFFICERS: readonly ClaimActor[] = ['officer', 'supervisor'];

/** Every allowed move. Anything not listed is refused. */
export const CLAIM_TRANSITIONS: readonly ClaimTransitionRule[] = Object.freeze([
  row('draft', 'submitted', ['participant', 'officer']),
  row('draft', 'cancelled', ['participant'], CANCEL),
  row('submitted', 'approved', ['system'], ['stp_all_checks_passed']),
  row('submitted', 'verifying', ['system'], TO_OFFICER),
  row('submitted', 'rejected', ['system'], NOT_ELIGIBLE),
  row('submitted', 'cancelled', ['participant'], CANCEL),
  row('verifying', 'interview', OFFICERS, ['interview_required']),
  row('verifying', 'approved', OFFICERS),
  row('verifying', 'returned_for_fix', OFFICERS, TO_FIX),
  row('verifying', 'rejected', OFFICERS, [...NOT_ELIGIBLE, 'face_mismatch', 'fraud_suspected']),
  row('verifying', 'cancelled', ['participant'], CANCEL),
  row('interview', 'approved', OFFICERS),
  row('interview', 'returned_for_fix', OFFICERS, ['documents_incomplete', 'document_unreadable']),
  row('interview', 'rejected', OFFICERS, ['identity_not_confirmed', 'face_mismatch', 'fraud_suspected']),
  row('interview', 'cancelled', ['participant'], CANCEL),
  row('returned_for_fix', 'submitted', ['participant', 'officer']),
  {
    ...row(
      'returned_for_fix',
      'cancelled',
      ['participant', 'system'],
      ['member_cancelled', 'fix_deadline_passed'],
    ),
    reasonsByActor: { participant: ['member_cancelled'], system: ['fix_deadline_passed'] },
  },
  row('approved', 'paying', ['system']),
  row('paying', 'paid', ['bank']),
  row('paying', 'payout_failed', ['bank', 'system'], BANK_FAILURE),
  row('payout_failed', 'retrying', ['system', 'officer']),
  row(
    'payout_failed',
    'reversed',
    ['system', ...OFFICERS],
    ['bank_account_closed', 'bank_account_not_found', 'bank_rejected', 'retries_exhausted'],
  ),
  row('retrying', 'paying', ['system']),
]);

/** The moves out of a state (empty for a terminal one). */
export function transitionsFrom(state: ClaimState): readonly ClaimTransitionRule[] {
  return CLAIM_TRANSITIONS.filter((r) => r.from === state);
}

export function findTransition(from: ClaimState, to: ClaimState): ClaimTransitionRule | undefined {
  return CLAIM_TRANSITIONS.find((r) => r.from === from && r.to === to);
}

/** Where a claim is, since when, and why. */
export type ClaimStatus = {
  readonly state: ClaimState;
  /** The instant it entered the state. */
  readonly since: Date;
  readonly reasonCode: ClaimReasonCode | null;
};

export type ClaimTransitionRequest = {
  readonly to: ClaimState;
  readonly actor: ClaimActor;
  /** A code of the catalogue (`reasons.ts`); a string so that input from outside can be refused. */
  readonly reasonCode?: string | null;
  readonly at: Date;
};

/** What the server records for every applied move (a `claim_events` row). */
export type ClaimEvent = {
  readonly from: ClaimState;
  readonly to: ClaimState;
  readonly actor: ClaimActor;
  readonly reasonCode: ClaimReasonCode | null;
  readonly at: Date;
};

export type ClaimTransitionRefusal =
  | 'claim_state_terminal'
  | 'claim_transition_not_allowed'
  | 'claim_actor_not_allowed'
  | 'claim_reason_required'
  | 'claim_reason_unknown'
  | 'claim_reason_not_allowed'
  | 'claim_time_went_back';

/**
 * Apply one move. Refusals carry a detail naming what would be accepted: the states reachable from
 * here, the actors of the move, or its reasons (comma-separated codes).
 */
export function transition(
  claim: ClaimStatus,
  request: ClaimTransitionRequest,
): Result<{ readonly claim: ClaimStatus; readonly event: ClaimEvent }, ClaimTransitionRefusal> {
  const { to, actor, at } = request;
  const reasonCode = request.reasonCode ?? null;
  if (isTerminalClaimState(claim.state)) return err('claim_state_terminal', claim.state);
  const rule = findTransition(claim.state, to);
  if (!rule) {
    return err(
      'claim_transition_not_allowed',
      transitionsFrom(claim.state)
        .map((r) => r.to)
        .join(','),
    );
  }
  if (!rule.actors.includes(actor)) return err('claim_actor_not_allowed', rule.actors.join(','));
  const reasons = rule.reasonsByActor?.[actor] ?? rule.reasons;
  if (reasonCode === null) {
    if (rule.reasonRequired) return err('claim_reason_required', reasons.join(','));
  } else {
    if (!isClaimReasonCode(reasonCode)) return err('claim_reason_unknown', reasonCode);
    if (!reasons.includes(reasonCode)) return err('claim_reason_not_allowed', reasons.join(','));
  }
  if (at.getTime() < claim.since.getTime()) return err('claim_time_went_back', claim.since.toISOString());
  const code = reasonCode as ClaimReasonCode | null;
  return ok({
    claim: { state: to, since: at, reasonCode: code },
    event: { from: claim.state, to, actor, reasonCode: code, at },
  });
}

/** A claim as it starts: a draft the member is filling in. */
export function newClaim(at: Date): ClaimStatus {
  return { state: 'draft', since: at, reasonCode: null };
}
