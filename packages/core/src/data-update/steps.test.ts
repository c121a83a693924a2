/**
 * The data update's state machine: steps only in the app's order, a step out of order refused with
 * the step to do first, confirming updates at once only when every automated check passed, and the
 * officer's decisions. Property tests run random sequences of member and officer actions and check
 * that nothing reaches "updated" without every step done and every check passed (or approved).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allChecksPassed,
  type CheckResult,
  checkStepAllowed,
  completeStep,
  confirmDataUpdate,
  DATA_UPDATE_STEPS,
  type DataUpdateState,
  type DataUpdateStep,
  decideReview,
  isReviewOpen,
  NEW_DATA_UPDATE,
  nextStep,
  reopenSteps,
} from './steps.ts';

const CHECKS: Partial<Record<DataUpdateStep, CheckResult>> = {
  face: 'passed',
  contact: 'passed',
  tax_bank: 'passed',
};

function walk(until: DataUpdateStep, face: CheckResult = 'passed'): DataUpdateState {
  let state = NEW_DATA_UPDATE;
  for (const step of DATA_UPDATE_STEPS) {
    if (step === until) break;
    state = completeStep(state, step, step === 'face' ? face : CHECKS[step]);
  }
  return state;
}

describe('data update steps', () => {
  it('goes through the steps in the app order', () => {
    let state = NEW_DATA_UPDATE;
    expect(nextStep(state)).toBe('membership');
    state = completeStep(state, 'membership');
    expect(nextStep(state)).toBe('confirm');
    expect(walk('review').completed).toEqual(DATA_UPDATE_STEPS.slice(0, -1));
    expect(nextStep(walk('review'))).toBe('review');
  });

  it('refuses a step out of order and names the step to do first', () => {
    const state = walk('face');
    expect(checkStepAllowed(state, 'tax_bank')).toEqual({
      ok: false,
      error: 'step_out_of_order',
      detail: 'face',
    });
    expect(checkStepAllowed(NEW_DATA_UPDATE, 'review')).toEqual({
      ok: false,
      error: 'step_out_of_order',
      detail: 'membership',
    });
    expect(checkStepAllowed(state, 'membership').ok).toBe(true);
    expect(checkStepAllowed(state, 'face').ok).toBe(true);
  });

  it('lets an earlier step be submitted again, and then asks for the review again', () => {
    const confirmed = confirmDataUpdate(walk('review'));
    expect(confirmed.ok).toBe(true);
    const returned = { ...walk('review'), completed: [...DATA_UPDATE_STEPS] };
    const again = completeStep({ ...returned, status: 'draft' }, 'contact', 'passed');
    expect(again.completed).not.toContain('review');
    expect(nextStep(again)).toBe('review');
  });

  it('updates at once when every check passed, else waits for an officer', () => {
    const passed = confirmDataUpdate(walk('review'));
    expect(passed.ok && passed.value.outcome).toBe('updated');
    expect(passed.ok && passed.value.state.status).toBe('updated');
    const referred = confirmDataUpdate(walk('review', 'referred'));
    expect(referred.ok && referred.value.outcome).toBe('in_review');
    expect(confirmDataUpdate(walk('additional'))).toEqual({
      ok: false,
      error: 'step_out_of_order',
      detail: 'additional',
    });
  });

  it('refuses every change while an officer reviews the case', () => {
    const inReview = (confirmDataUpdate(walk('review', 'referred')) as { value: { state: DataUpdateState } })
      .value.state;
    for (const step of DATA_UPDATE_STEPS)
      expect(checkStepAllowed(inReview, step)).toMatchObject({ error: 'data_update_in_review' });
    expect(confirmDataUpdate(inReview)).toMatchObject({ ok: false, error: 'data_update_in_review' });
  });

  it('starts a new round from membership once updated', () => {
    const updated = (confirmDataUpdate(walk('review')) as { value: { state: DataUpdateState } }).value.state;
    expect(checkStepAllowed(updated, 'contact')).toMatchObject({
      error: 'step_out_of_order',
      detail: 'membership',
    });
    const next = completeStep(updated, 'membership');
    expect(next).toEqual({ status: 'draft', completed: ['membership'], checks: {} });
  });

  it('an officer approves a referred case (applied) or returns it with steps to redo', () => {
    const inReview = (confirmDataUpdate(walk('review', 'referred')) as { value: { state: DataUpdateState } })
      .value.state;
    expect(isReviewOpen(inReview)).toBe(true);
    const approved = decideReview(inReview, { decision: 'approve' });
    expect(approved).toMatchObject({ ok: true, value: { applies: true, state: { status: 'updated' } } });
    expect(approved.ok && approved.value.state.checks.face).toBe('approved');

    const returned = decideReview(inReview, { decision: 'return', steps: ['population'] });
    expect(returned.ok && returned.value.state.status).toBe('returned');
    expect(returned.ok && nextStep(returned.value.state)).toBe('population');
    // The officer saw the selfie and did not ask for a new one.
    expect(returned.ok && returned.value.state.checks.face).toBe('approved');
    expect(decideReview(walk('review'), { decision: 'approve' })).toEqual({
      ok: false,
      error: 'review_already_decided',
    });
  });

  it('an officer decides a face check referred while the member is still entering data', () => {
    const draft = walk('contact', 'referred');
    expect(isReviewOpen(draft)).toBe(true);
    const approved = decideReview(draft, { decision: 'approve' });
    expect(approved).toMatchObject({ ok: true, value: { applies: false, state: { status: 'draft' } } });
    expect(approved.ok && approved.value.state.checks.face).toBe('approved');
    const again = decideReview(draft, { decision: 'return', steps: [] });
    expect(again.ok && nextStep(again.value.state)).toBe('face');
    expect(again.ok && again.value.state.checks.face).toBeUndefined();
  });

  it('reopening forgets the reopened steps and their checks', () => {
    const state = reopenSteps(walk('review'), ['tax_bank']);
    expect(state.completed).not.toContain('tax_bank');
    expect(state.checks.bank).toBeUndefined();
    expect(allChecksPassed(state)).toBe(false);
  });
});

type Action =
  | { kind: 'submit'; step: DataUpdateStep; check: CheckResult }
  | { kind: 'submit_next'; check: CheckResult }
  | { kind: 'confirm' }
  | { kind: 'approve' }
  | { kind: 'return'; steps: DataUpdateStep[] };

const step = fc.constantFrom(...DATA_UPDATE_STEPS);
const check = fc.constantFrom<CheckResult>('passed', 'passed', 'referred');
const memberAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('submit' as const), step, check }) },
  // Mostly the step the app shows next, so that many runs get all the way to a confirmation.
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('submit_next' as const), check }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'confirm' as const }) },
);
const officerAction: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: 'approve' as const }),
  fc.record({ kind: fc.constant('return' as const), steps: fc.uniqueArray(step, { maxLength: 3 }) }),
);

/** One action through the machine; refused actions leave the state as it was (as the server does). */
function act(state: DataUpdateState, action: Action, onAllowedSubmit?: (before: DataUpdateState) => void) {
  switch (action.kind) {
    case 'submit_next': {
      const next = nextStep(state) ?? 'membership';
      if (next === 'review') return act(state, { kind: 'confirm' }, onAllowedSubmit);
      return act(state, { kind: 'submit', step: next, check: action.check }, onAllowedSubmit);
    }
    case 'submit': {
      if (action.step === 'review' || !checkStepAllowed(state, action.step).ok) return state;
      onAllowedSubmit?.(state);
      // Only the face check can end unpassed; contact and bank complete only when they pass.
      const check = action.step === 'face' ? action.check : action.step in CHECKS ? 'passed' : undefined;
      return completeStep(state, action.step, check);
    }
    case 'confirm': {
      const r = confirmDataUpdate(state);
      return r.ok ? r.value.state : state;
    }
    case 'approve': {
      const r = decideReview(state, { decision: 'approve' });
      return r.ok ? r.value.state : state;
    }
    case 'return': {
      const r = decideReview(state, { decision: 'return', steps: action.steps });
      return r.ok ? r.value.state : state;
    }
  }
}

describe('data update steps (properties)', () => {
  let reachedUpdated = 0;

  it('no sequence of member submissions reaches "updated" without every step done and every check passed', () => {
    fc.assert(
      fc.property(fc.array(memberAction, { minLength: 10, maxLength: 60 }), (actions) => {
        let state = NEW_DATA_UPDATE;
        for (const action of actions) {
          const before = state;
          state = act(state, action);
          if (state.status === 'updated' && before.status !== 'updated') {
            reachedUpdated++;
            expect(state.completed).toEqual([...DATA_UPDATE_STEPS]);
            expect(allChecksPassed(state)).toBe(true);
            expect(Object.values(state.checks).every((c) => c === 'passed')).toBe(true);
          }
        }
      }),
    );
    // The property is not vacuous: a good share of the random runs did reach an update.
    expect(reachedUpdated).toBeGreaterThan(10);
  });

  it('with officers too: "updated" always has every step done and every check passed or approved', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 4, arbitrary: memberAction }, { weight: 1, arbitrary: officerAction }), {
          maxLength: 60,
        }),
        (actions) => {
          let state = NEW_DATA_UPDATE;
          for (const action of actions) {
            state = act(state, action, (before) => {
              // Every accepted submission had all earlier steps done.
              const submitted = action.kind === 'submit' ? action.step : (nextStep(before) ?? 'membership');
              if (before.status === 'updated') return;
              const earlier = DATA_UPDATE_STEPS.slice(0, DATA_UPDATE_STEPS.indexOf(submitted));
              expect(earlier.every((s) => before.completed.includes(s))).toBe(true);
            });
            if (state.status === 'updated') {
              expect(state.completed).toEqual([...DATA_UPDATE_STEPS]);
              expect(allChecksPassed(state)).toBe(true);
            }
            // Completed steps stay in order without repeats.
            const indexes = state.completed.map((s) => DATA_UPDATE_STEPS.indexOf(s));
            expect(indexes).toEqual([...new Set(indexes)].sort((a, b) => a - b));
          }
        },
      ),
    );
  });
});
