/**
 * The data update ("pengkinian data") of one KPJ card as a pure state machine, in the app's order:
 *
 *     membership (shown) → confirm ("Sudah") → face → contact → tax_bank → population
 *       → additional → review ── confirm ──► updated            (every automated check passed)
 *                                       └──► in_review ──► updated (an officer approves)
 *                                                     └──► returned (an officer returns it with reasons)
 *
 * A step may be submitted once every step before it is done; earlier steps may be submitted again
 * (the member goes back to fix something), and any submission makes the review step due again. Three
 * steps carry an automated check: the face match, the contact (a code to each new address) and the
 * bank account (holder-name inquiry). The face check alone can end without passing — after the
 * day's last failed attempt it is `referred` to an officer — so only a referred or returned case
 * needs a human; everything else is either done automatically or refused with a reason.
 */
import { assert, err, ok, type Result } from '../result.ts';

export const DATA_UPDATE_STEPS = [
  'membership',
  'confirm',
  'face',
  'contact',
  'tax_bank',
  'population',
  'additional',
  'review',
] as const;
export type DataUpdateStep = (typeof DATA_UPDATE_STEPS)[number];

/** Steps the member submits with `PUT …/steps/{step}`; the face step takes a selfie, review is "Konfirmasi". */
export const FORM_STEPS = [
  'membership',
  'confirm',
  'contact',
  'tax_bank',
  'population',
  'additional',
] as const;
export type FormStep = (typeof FORM_STEPS)[number];

export const DATA_UPDATE_STATUSES = ['draft', 'in_review', 'returned', 'updated'] as const;
export type DataUpdateStatus = (typeof DATA_UPDATE_STATUSES)[number];

export const AUTOMATED_CHECKS = ['face', 'contact', 'bank'] as const;
export type AutomatedCheck = (typeof AUTOMATED_CHECKS)[number];

/**
 * `passed`: the automation said yes. `referred`: it could not (face attempts used up, no usable
 * reference photo) and an officer must look. `approved`: an officer looked and accepted.
 */
export type CheckResult = 'passed' | 'referred' | 'approved';

export type DataUpdateState = {
  readonly status: DataUpdateStatus;
  /** Done steps, always in the order of `DATA_UPDATE_STEPS`. */
  readonly completed: readonly DataUpdateStep[];
  readonly checks: Readonly<Partial<Record<AutomatedCheck, CheckResult>>>;
};

export const NEW_DATA_UPDATE: DataUpdateState = Object.freeze({ status: 'draft', completed: [], checks: {} });

/** The check a step's completion carries. */
export const CHECK_OF_STEP: Readonly<Partial<Record<DataUpdateStep, AutomatedCheck>>> = {
  face: 'face',
  contact: 'contact',
  tax_bank: 'bank',
};

const order = (step: DataUpdateStep): number => DATA_UPDATE_STEPS.indexOf(step);
const sorted = (steps: Iterable<DataUpdateStep>): DataUpdateStep[] =>
  [...new Set(steps)].sort((a, b) => order(a) - order(b));

/** The first step not done yet, or null when every step (review included) is done. */
export function nextStep(state: DataUpdateState): DataUpdateStep | null {
  return DATA_UPDATE_STEPS.find((s) => !state.completed.includes(s)) ?? null;
}

export function isStepDone(state: DataUpdateState, step: DataUpdateStep): boolean {
  return state.completed.includes(step);
}

export type StepRefusal = 'step_out_of_order' | 'data_update_in_review';

/**
 * May the member submit `step` now? Refused while an officer reviews the case, and for a step whose
 * earlier steps are not all done (the refusal's detail names the step to do first). Once updated,
 * only `membership` may be submitted: it starts the next round.
 */
export function checkStepAllowed(state: DataUpdateState, step: DataUpdateStep): Result<void, StepRefusal> {
  if (state.status === 'in_review') return err('data_update_in_review');
  if (state.status === 'updated')
    return step === 'membership' ? ok(undefined) : err('step_out_of_order', 'membership');
  if (step === 'review') {
    const missing = DATA_UPDATE_STEPS.slice(0, -1).find((s) => !state.completed.includes(s));
    return missing ? err('step_out_of_order', missing) : ok(undefined);
  }
  const missing = DATA_UPDATE_STEPS.slice(0, order(step)).find((s) => !state.completed.includes(s));
  return missing ? err('step_out_of_order', missing) : ok(undefined);
}

/**
 * The state after `step` was submitted and accepted. A step with an automated check needs its result;
 * other steps take none. Submitting anything makes the review due again. Submitting `membership` on
 * an updated case starts a new round from scratch.
 */
export function completeStep(
  state: DataUpdateState,
  step: DataUpdateStep,
  check?: CheckResult,
): DataUpdateState {
  assert(checkStepAllowed(state, step).ok, `step ${step} is not allowed in this state`);
  assert(step !== 'review', 'the review step is completed by confirming');
  const checked = CHECK_OF_STEP[step];
  assert(checked === undefined || check !== undefined, `step ${step} needs the result of its check`);
  assert(checked !== undefined || check === undefined, `step ${step} has no automated check`);
  const base = state.status === 'updated' ? NEW_DATA_UPDATE : state;
  return {
    status: base.status,
    completed: sorted([...base.completed.filter((s) => s !== 'review'), step]),
    checks: checked ? { ...base.checks, [checked]: check } : base.checks,
  };
}

/** The state with `steps` to be done again (and the review), their checks forgotten. */
export function reopenSteps(state: DataUpdateState, steps: readonly DataUpdateStep[]): DataUpdateState {
  const reopened = new Set<DataUpdateStep>([...steps, 'review']);
  const checks = { ...state.checks };
  for (const step of reopened) {
    const check = CHECK_OF_STEP[step];
    if (check) delete checks[check];
  }
  return { ...state, completed: state.completed.filter((s) => !reopened.has(s)), checks };
}

/** Every automated check passed, or an officer approved what did not. */
export function allChecksPassed(state: DataUpdateState): boolean {
  return AUTOMATED_CHECKS.every((c) => state.checks[c] === 'passed' || state.checks[c] === 'approved');
}

export type ConfirmOutcome = 'updated' | 'in_review';

/**
 * "Konfirmasi" on the review step: every other step must be done. With every check passed the data
 * is updated at once; otherwise the case waits for an officer ("sedang diverifikasi").
 */
export function confirmDataUpdate(
  state: DataUpdateState,
): Result<{ state: DataUpdateState; outcome: ConfirmOutcome }, StepRefusal> {
  const allowed = checkStepAllowed(state, 'review');
  if (!allowed.ok) return allowed;
  const outcome: ConfirmOutcome = allChecksPassed(state) ? 'updated' : 'in_review';
  return ok({ state: { ...state, status: outcome, completed: [...DATA_UPDATE_STEPS] }, outcome });
}

/** An officer has something to decide: a submitted case, or a face check referred while still a draft. */
export function isReviewOpen(state: DataUpdateState): boolean {
  return state.status === 'in_review' || state.checks.face === 'referred';
}

export type OfficerDecision =
  | { readonly decision: 'approve' }
  | { readonly decision: 'return'; readonly steps: readonly DataUpdateStep[] };

/**
 * An officer's decision. On a submitted case, approving updates the data (`applies`: the caller
 * writes it, with the officer as author) and returning sends it back with the steps to redo. On a
 * draft whose face check was referred, approving accepts the face (the member goes on and confirms)
 * and returning asks for a new selfie (and any other steps named).
 */
export function decideReview(
  state: DataUpdateState,
  decision: OfficerDecision,
): Result<{ state: DataUpdateState; applies: boolean }, 'review_already_decided'> {
  if (!isReviewOpen(state)) return err('review_already_decided');
  const faceApproved = state.checks.face === 'referred' ? { face: 'approved' as const } : {};
  if (state.status === 'in_review') {
    if (decision.decision === 'approve') {
      return ok({
        state: { ...state, status: 'updated', checks: { ...state.checks, ...faceApproved } },
        applies: true,
      });
    }
    // The officer saw the selfie beside the reference photo: unless they ask for a new one, it stands.
    const seen = { ...state, checks: { ...state.checks, ...faceApproved } };
    return ok({ state: { ...reopenSteps(seen, decision.steps), status: 'returned' }, applies: false });
  }
  if (decision.decision === 'approve') {
    return ok({ state: { ...state, checks: { ...state.checks, ...faceApproved } }, applies: false });
  }
  return ok({ state: reopenSteps(state, ['face', ...decision.steps]), applies: false });
}
