/**
 * The claim state machine of DESIGN.md §5: the happy paths (straight-through in the app, an officer
 * with an interview, a failed payout retried or reversed), every kind of refusal with its detail, each
 * state's holder and SLA clock, and the reason catalogue in two languages. Property tests drive random
 * sequences of requests — most of them drawn from the moves allowed at that point, so that runs get
 * deep — and check that only moves of the table apply, terminal states have no exit, `paid` is entered
 * only from `paying` after `approved → paying`, and nothing is ever paid twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_REASON_CODES, claimReasonMessage, isClaimReasonCode } from './reasons.ts';
import {
  CLAIM_OWNER_NAMES,
  CLAIM_STATE_NAMES,
  CLAIM_STATE_OWNERS,
  CLAIM_STATES,
  type ClaimState,
  claimDue,
  claimStateSla,
  isTerminalClaimState,
  TERMINAL_CLAIM_STATES,
} from './states.ts';
import {
  CLAIM_ACTORS,
  CLAIM_TRANSITIONS,
  type ClaimActor,
  type ClaimEvent,
  type ClaimStatus,
  newClaim,
  transition,
  transitionsFrom,
} from './transitions.ts';

const t0 = new Date('2026-11-23T03:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

type Step = [to: ClaimState, actor: ClaimActor, reasonCode?: string];

function walk(steps: Step[]): { claim: ClaimStatus; events: ClaimEvent[] } {
  let claim = newClaim(t0);
  const events: ClaimEvent[] = [];
  steps.forEach(([to, actor, reasonCode], i) => {
    const r = transition(claim, { to, actor, reasonCode, at: later(i + 1) });
    if (!r.ok) throw new Error(`${claim.state} → ${to}: ${r.error} (${r.detail})`);
    claim = r.value.claim;
    events.push(r.value.event);
  });
  return { claim, events };
}

describe('claim transitions', () => {
  it('straight-through in the app: submitted, approved by the system, paid by the bank', () => {
    const { claim, events } = walk([
      ['submitted', 'participant'],
      ['approved', 'system', 'stp_all_checks_passed'],
      ['paying', 'system'],
      ['paid', 'bank'],
    ]);
    expect(claim).toEqual({ state: 'paid', since: later(4), reasonCode: null });
    expect(events.map((e) => `${e.from}→${e.to}`)).toEqual([
      'draft→submitted',
      'submitted→approved',
      'approved→paying',
      'paying→paid',
    ]);
    expect(events[1]).toEqual({
      from: 'submitted',
      to: 'approved',
      actor: 'system',
      reasonCode: 'stp_all_checks_passed',
      at: later(2),
    });
  });

  it('above the cap: an officer verifies, interviews, returns for a fix, then approves', () => {
    const { claim } = walk([
      ['submitted', 'participant'],
      ['verifying', 'system', 'above_in_app_cap'],
      ['interview', 'officer', 'interview_required'],
      ['returned_for_fix', 'officer', 'documents_incomplete'],
      ['submitted', 'participant'],
      ['verifying', 'system', 'documents_to_check'],
      ['approved', 'supervisor'],
    ]);
    expect(claim.state).toBe('approved');
  });

  it('a failed payout is retried through paying, or reversed to the balance', () => {
    const paid = walk([
      ['submitted', 'participant'],
      ['approved', 'system', 'stp_all_checks_passed'],
      ['paying', 'system'],
      ['payout_failed', 'bank', 'bank_timeout'],
      ['retrying', 'system'],
      ['paying', 'system'],
      ['paid', 'bank'],
    ]);
    expect(paid.claim.state).toBe('paid');
    const reversed = walk([
      ['submitted', 'participant'],
      ['approved', 'system', 'stp_all_checks_passed'],
      ['paying', 'system'],
      ['payout_failed', 'bank', 'bank_account_closed'],
      ['reversed', 'officer', 'bank_account_closed'],
    ]);
    expect(reversed.claim).toMatchObject({ state: 'reversed', reasonCode: 'bank_account_closed' });
  });

  it('refuses precisely, naming what would be accepted', () => {
    const submitted = walk([['submitted', 'participant']]).claim;
    const at = later(10);
    expect(transition(submitted, { to: 'paid', actor: 'bank', at })).toEqual({
      ok: false,
      error: 'claim_transition_not_allowed',
      detail: 'approved,verifying,rejected,cancelled',
    });
    expect(
      transition(submitted, { to: 'approved', actor: 'officer', reasonCode: 'stp_all_checks_passed', at }),
    ).toEqual({
      ok: false,
      error: 'claim_actor_not_allowed',
      detail: 'system',
    });
    expect(transition(submitted, { to: 'approved', actor: 'system', at })).toEqual({
      ok: false,
      error: 'claim_reason_required',
      detail: 'stp_all_checks_passed',
    });
    expect(
      transition(submitted, { to: 'approved', actor: 'system', reasonCode: 'above_in_app_cap', at }),
    ).toEqual({
      ok: false,
      error: 'claim_reason_not_allowed',
      detail: 'stp_all_checks_passed',
    });
    expect(transition(submitted, { to: 'approved', actor: 'system', reasonCode: 'because', at })).toEqual({
      ok: false,
      error: 'claim_reason_unknown',
      detail: 'because',
    });
    // A move that takes no reason refuses one.
    expect(
      transition(newClaim(t0), { to: 'submitted', actor: 'participant', reasonCode: 'member_cancelled', at }),
    ).toEqual({ ok: false, error: 'claim_reason_not_allowed', detail: '' });
    expect(
      transition(submitted, {
        to: 'cancelled',
        actor: 'participant',
        reasonCode: 'member_cancelled',
        at: t0,
      }),
    ).toEqual({
      ok: false,
      error: 'claim_time_went_back',
      detail: later(1).toISOString(),
    });
    const paid = walk([
      ['submitted', 'participant'],
      ['approved', 'system', 'stp_all_checks_passed'],
      ['paying', 'system'],
      ['paid', 'bank'],
    ]).claim;
    expect(transition(paid, { to: 'paying', actor: 'system', at })).toEqual({
      ok: false,
      error: 'claim_state_terminal',
      detail: 'paid',
    });
  });

  it('each actor gives only its own reasons: the system closes a returned claim for the deadline', () => {
    const returned: ClaimStatus = {
      state: 'returned_for_fix',
      since: t0,
      reasonCode: 'documents_incomplete',
    };
    const cancel = (actor: ClaimActor, reasonCode: string) =>
      transition(returned, { to: 'cancelled', actor, reasonCode, at: later(1) });
    expect(cancel('system', 'fix_deadline_passed')).toMatchObject({ ok: true });
    expect(cancel('participant', 'member_cancelled')).toMatchObject({ ok: true });
    expect(cancel('system', 'member_cancelled')).toEqual({
      ok: false,
      error: 'claim_reason_not_allowed',
      detail: 'fix_deadline_passed',
    });
    expect(cancel('participant', 'fix_deadline_passed')).toEqual({
      ok: false,
      error: 'claim_reason_not_allowed',
      detail: 'member_cancelled',
    });
  });

  it('the member may cancel until the claim is approved, never after', () => {
    for (const state of ['draft', 'submitted', 'verifying', 'interview', 'returned_for_fix'] as const) {
      const r = transition(
        { state, since: t0, reasonCode: null },
        {
          to: 'cancelled',
          actor: 'participant',
          reasonCode: 'member_cancelled',
          at: t0,
        },
      );
      expect(r.ok).toBe(true);
    }
    for (const state of ['approved', 'paying', 'payout_failed', 'retrying'] as const) {
      const r = transition(
        { state, since: t0, reasonCode: null },
        {
          to: 'cancelled',
          actor: 'participant',
          reasonCode: 'member_cancelled',
          at: t0,
        },
      );
      expect(r).toMatchObject({ ok: false, error: 'claim_transition_not_allowed' });
    }
  });

  it('the table is consistent: no move out of a terminal state, reasons from the catalogue, no duplicates', () => {
    const keys = CLAIM_TRANSITIONS.map((r) => `${r.from}→${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of CLAIM_TRANSITIONS) {
      expect(isTerminalClaimState(r.from)).toBe(false);
      expect(r.from).not.toBe(r.to);
      expect(r.actors.length).toBeGreaterThan(0);
      expect(r.reasonRequired).toBe(r.reasons.length > 0);
      for (const code of r.reasons) expect(isClaimReasonCode(code)).toBe(true);
      for (const [actor, codes] of Object.entries(r.reasonsByActor ?? {})) {
        expect(r.actors).toContain(actor);
        for (const code of codes) expect(r.reasons).toContain(code);
      }
    }
    for (const state of TERMINAL_CLAIM_STATES) expect(transitionsFrom(state)).toEqual([]);
    // Every state is reachable from draft, and every non-terminal state has a way out.
    const reached = new Set<ClaimState>(['draft']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const r of CLAIM_TRANSITIONS) {
        if (reached.has(r.from) && !reached.has(r.to)) {
          reached.add(r.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...CLAIM_STATES].sort());
    for (const state of CLAIM_STATES) {
      expect(transitionsFrom(state).length === 0).toBe(isTerminalClaimState(state));
    }
    // Money leaves only from approved (or a retry) into paying; paid only from paying, by the bank.
    expect(CLAIM_TRANSITIONS.filter((r) => r.to === 'paying').map((r) => r.from)).toEqual([
      'approved',
      'retrying',
    ]);
    expect(CLAIM_TRANSITIONS.filter((r) => r.to === 'paid')).toEqual([
      { from: 'paying', to: 'paid', actors: ['bank'], reasonRequired: false, reasons: [] },
    ]);
  });
});

describe('claim states: holder and SLA', () => {
  it('names the holder of every state, none once finished', () => {
    for (const state of CLAIM_STATES) {
      expect(CLAIM_STATE_OWNERS[state] === 'none').toBe(isTerminalClaimState(state));
      expect(CLAIM_STATE_NAMES[state].id).not.toBe('');
      expect(CLAIM_OWNER_NAMES[CLAIM_STATE_OWNERS[state]].en).not.toBe('');
    }
    expect(CLAIM_STATE_OWNERS).toMatchObject({
      draft: 'participant',
      verifying: 'branch',
      paying: 'bank',
      returned_for_fix: 'participant',
    });
  });

  it('gives each live state a clock, with the published figures not illustrative', () => {
    const on = '2026-11-23' as Parameters<typeof claimStateSla>[1];
    expect(claimStateSla('approved', on)).toMatchObject({
      sla: { unit: 'working_days', amount: 1 },
      illustrative: false,
    });
    expect(claimStateSla('verifying', on)).toMatchObject({
      sla: { unit: 'working_days', amount: 5 },
      illustrative: false,
    });
    expect(claimStateSla('interview', on).illustrative).toBe(true);
    for (const state of CLAIM_STATES) {
      const { sla, source } = claimStateSla(state, on);
      expect(sla === null).toBe(isTerminalClaimState(state) || state === 'draft');
      expect(source.length).toBeGreaterThan(5);
    }
  });

  it('counts working days in Jakarta, skipping the weekend, and hours on the clock', () => {
    // Friday 27 Nov 2026, 16:00 WIB: verification due by the end of Friday 4 Dec.
    const friday = new Date('2026-11-27T09:00:00Z');
    expect(claimDue('verifying', friday, 'Asia/Jakarta')).toMatchObject({
      kind: 'end_of_day',
      date: '2026-12-04',
    });
    // Thursday 16:30Z is still Thursday (23:30) in Jakarta but already Friday (01:30) in Jayapura,
    // so the next working day differs by zone.
    const late = new Date('2026-11-26T16:30:00Z');
    expect(claimDue('approved', late, 'Asia/Jakarta')).toMatchObject({ date: '2026-11-27' });
    expect(claimDue('approved', late, 'Asia/Jayapura')).toMatchObject({ date: '2026-11-30' });
    expect(claimDue('submitted', friday, 'Asia/Jakarta')).toMatchObject({
      kind: 'instant',
      at: new Date('2026-11-27T10:00:00Z'),
      illustrative: true,
    });
    expect(claimDue('paid', friday, 'Asia/Jakarta')).toBeNull();
    expect(claimDue('draft', friday, 'Asia/Jakarta')).toBeNull();
  });
});

describe('claim reasons', () => {
  it.each(CLAIM_REASON_CODES)('%s says why in Indonesian and English', (code) => {
    expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
    expect(claimReasonMessage(code, 'id').length).toBeGreaterThan(20);
    expect(claimReasonMessage(code, 'en').length).toBeGreaterThan(20);
    expect(claimReasonMessage(code, 'id')).not.toBe(claimReasonMessage(code, 'en'));
  });

  it('uses every reason of the catalogue in some move', () => {
    const used = new Set(CLAIM_TRANSITIONS.flatMap((r) => r.reasons));
    expect(CLAIM_REASON_CODES.filter((c) => !used.has(c))).toEqual([]);
  });
});

type Request = {
  allowed: boolean;
  pick: number;
  to: ClaimState;
  actor: ClaimActor;
  reason: string | null;
  minutes: number;
};

const request: fc.Arbitrary<Request> = fc.record({
  // Mostly a move the flow would make, so that runs get deep; sometimes anything at all.
  allowed: fc.constantFrom(true, true, true, false),
  pick: fc.nat(),
  to: fc.constantFrom(...CLAIM_STATES),
  actor: fc.constantFrom(...CLAIM_ACTORS),
  reason: fc.option(fc.constantFrom(...CLAIM_REASON_CODES, 'not_a_reason'), { nil: null }),
  // Now and then a clock that runs backwards.
  minutes: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 600 }) },
    { weight: 1, arbitrary: fc.integer({ min: -60, max: -1 }) },
  ),
});

/** Most of the time, turn the random request into one the table allows from `state` (as a real flow would). */
function shape(
  state: ClaimState,
  r: Request,
): { to: ClaimState; actor: ClaimActor; reasonCode: string | null } {
  const moves = transitionsFrom(state);
  if (!r.allowed || moves.length === 0) return { to: r.to, actor: r.actor, reasonCode: r.reason };
  // Ending early (cancel, reject, reverse) only one time in four, so that many runs reach a payout.
  const onward = moves.filter((m) => m.to === 'paid' || !isTerminalClaimState(m.to));
  const pool = r.pick % 4 === 0 || onward.length === 0 ? moves : onward;
  const move = pool[Math.floor(r.pick / 4) % pool.length]!;
  const actor = move.actors[r.pick % move.actors.length]!;
  const reasons = move.reasonsByActor?.[actor] ?? move.reasons;
  const reasonCode = move.reasonRequired ? reasons[r.pick % reasons.length]! : null;
  return { to: move.to, actor, reasonCode };
}

describe('claim transitions (properties)', () => {
  it('only moves of the table apply; terminal states have no exit; paid only via approved → paying, once', () => {
    let deepRuns = 0;
    let paidRuns = 0;
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 40 }), (requests) => {
        let claim = newClaim(t0);
        let now = t0.getTime();
        const path: ClaimState[] = ['draft'];
        let paidCount = 0;
        for (const r of requests) {
          now += r.minutes * 60_000;
          const wanted = shape(claim.state, r);
          const at = new Date(now);
          const result = transition(claim, { ...wanted, at });
          const move = CLAIM_TRANSITIONS.find((m) => m.from === claim.state && m.to === wanted.to);
          if (isTerminalClaimState(claim.state)) {
            expect(result).toMatchObject({ ok: false, error: 'claim_state_terminal' });
          }
          if (!result.ok) continue; // refused: the claim stays as it was
          // Applied: the move exists, the actor is one of its actors, the reason fits, time moves on.
          expect(move).toBeDefined();
          expect(move!.actors).toContain(wanted.actor);
          if (move!.reasonRequired)
            expect(move!.reasonsByActor?.[wanted.actor] ?? move!.reasons).toContain(wanted.reasonCode);
          else expect(wanted.reasonCode).toBeNull();
          expect(at.getTime()).toBeGreaterThanOrEqual(claim.since.getTime());
          expect(result.value.event).toMatchObject({ from: claim.state, to: wanted.to, actor: wanted.actor });
          if (wanted.to === 'paid') {
            paidCount++;
            expect(claim.state).toBe('paying');
            const firstPaying = path.indexOf('paying');
            expect(firstPaying).toBeGreaterThan(0);
            expect(path[firstPaying - 1]).toBe('approved');
          }
          claim = result.value.claim;
          path.push(claim.state);
        }
        expect(paidCount).toBeLessThanOrEqual(1);
        if (path.length > 5) deepRuns++;
        if (paidCount === 1) paidRuns++;
      }),
      { numRuns: 500 },
    );
    expect(deepRuns).toBeGreaterThan(50);
    expect(paidRuns).toBeGreaterThan(10);
  });
});
