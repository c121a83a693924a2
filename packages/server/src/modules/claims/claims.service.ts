/**
 * The member's JHT claim in the app, from the draft to the money:
 *
 * - start: a draft per card, made once per idempotency key (N identical requests, one claim) and at
 *   most one unfinished claim per card (a unique index, so concurrent starts cannot make two);
 * - selfie: the face re-verified against the registry photo; the day's last failed attempt refers
 *   the face to an officer instead of leaving the member stuck;
 * - submit (after step-up): the conditions checked again, the amounts fixed with their tax lines and
 *   the bank account snapshotted; every automated check passing → approved straight through and the
 *   payout ordered in the same transaction; otherwise the officers' queue with the failed check as
 *   the reason. A replay of a submitted claim's key answers with the claim as it is.
 */
import {
  type CalendarDate,
  type ClaimDetail,
  type ClaimReasonCode,
  type ClaimSelfieResponse,
  type ClaimSummary,
  computeJhtPayoutTax,
  dateInZone,
  FACE_FAILURE_CODES,
  faceAttemptOutcome,
  type JhtClaimReason,
  type JhtPayoutTax,
  jhtClaimBlockerMessage,
  jhtSafetyBlockerMessage,
  type Locale,
  type Rupiah,
} from '@jmo/core';
import type { Executor } from '../../db/database.ts';
import type { Principal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { isSteppedUp } from '../auth/step-up.service.ts';
import { today } from '../cards/cards.service.ts';
import { currentPersonData } from '../data-update/data-update.model.ts';
import { attemptsLeftDetail, checkSelfieAgainstRegistry } from '../face-check/face-check.ts';
import { type JhtClaimEligibility, jhtClaimEligibility } from '../jht-claim/jht-claim.service.ts';
import { findPersonIdentity } from '../people/people.service.ts';
import { moveClaim, recordCreated } from './claim-moves.ts';
import { sendClaimNotices } from './claim-notices.ts';
import { PayoutsRefused, startPayout } from './claim-payout.ts';
import {
  type ClaimRow,
  findClaim,
  findClaimByKey,
  findOpenClaimOfCard,
  insertClaim,
  listClaimsOfUser,
  listEvents,
  listFaceChecks,
  nextClaimReference,
} from './claims.repository.ts';
import { amountsView, type ClaimBank, detailView, openBank, sealBank, summaryView } from './claims.view.ts';

export type StartError =
  | 'card_not_found'
  | 'claim_not_eligible'
  | 'claim_already_open'
  | 'idempotency_key_reused';

export type SelfieError =
  | 'claim_not_found'
  | 'claim_not_editable'
  | 'face_check_already_passed'
  | 'face_check_with_officer'
  | 'selfie_not_an_image'
  | 'face_check_unavailable'
  | (typeof FACE_FAILURE_CODES)[keyof typeof FACE_FAILURE_CODES];

export type SubmitError =
  | 'step_up_required'
  | 'claim_not_found'
  | 'claim_selfie_required'
  | 'claim_not_eligible'
  | 'claim_bank_missing'
  | 'payouts_unavailable';

// ── What the claim is checked against ────────────────────────────────────────────────────────────

/** The card's three in-app conditions and the member's safety controls (modules/jht-claim). */
async function checkCard(deps: Deps, principal: Principal, kpj: string): Promise<JhtClaimEligibility | null> {
  const result = await jhtClaimEligibility(deps, { userId: principal.userId, kpj });
  return result.ok ? result.value : null;
}

/** What stops the claim and what to do about it, in the member's words. */
function firstBlocker(check: JhtClaimEligibility, deps: Deps, locale: Locale): string {
  const blocked = check.eligibility.conditions.find((c) => !c.ok);
  if (blocked?.blocker) return jhtClaimBlockerMessage(blocked.blocker, { cap: check.cap }, locale);
  const safety = check.safety.blockers[0];
  return safety ? jhtSafetyBlockerMessage(safety, locale, deps.config.timeZone) : '';
}

async function kpjOf(db: Executor, membershipId: string): Promise<string> {
  const row = await db
    .selectFrom('memberships')
    .select('kpj')
    .where('id', '=', membershipId)
    .executeTakeFirstOrThrow();
  return row.kpj;
}

async function bankAndNpwp(
  deps: Deps,
  db: Executor,
  principal: Principal,
): Promise<{ bank: ClaimBank | null; hasNpwp: boolean }> {
  const data = await currentPersonData(deps, db, { userId: principal.userId, personId: principal.personId });
  return {
    bank:
      data.bank?.holderName && data.bank.accountNumber
        ? {
            bankCode: data.bank.code,
            accountNumber: data.bank.accountNumber,
            holderName: data.bank.holderName,
          }
        : null,
    hasNpwp: Boolean(data.npwp),
  };
}

function taxOf(balance: Rupiah, hasNpwp: boolean, asOf: CalendarDate): JhtPayoutTax {
  const result = computeJhtPayoutTax({ balance, kind: 'full', hasNpwp, asOf });
  if (!result.ok) throw new Error(`tax of a JHT balance failed: ${result.error}`);
  return result.value;
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────

export async function claimDetail(
  deps: Deps,
  principal: Principal,
  row: ClaimRow,
  locale: Locale,
): Promise<ClaimDetail> {
  const [kpj, events, checks] = await Promise.all([
    kpjOf(deps.db, row.membership_id),
    listEvents(deps.db, [row.id]),
    listFaceChecks(deps.db, row.id),
  ]);
  let amounts = row.gross !== null ? (JSON.parse(row.tax_detail!) as ReturnType<typeof amountsView>) : null;
  let bank = openBank(deps, row.bank_enc);
  if (row.state === 'draft' || row.state === 'returned_for_fix') {
    // Not fixed yet: what the claim would pay today, to the account the data update holds now.
    const [check, own] = await Promise.all([
      checkCard(deps, principal, kpj),
      bankAndNpwp(deps, deps.db, principal),
    ]);
    if (check) amounts = amountsView(taxOf(check.balance, own.hasNpwp, check.asOf));
    bank = own.bank;
  }
  return detailView(
    deps,
    { row, kpj, events, amounts, bank, faceAttemptsLeft: faceAttemptsLeft(deps, checks) },
    locale,
  );
}

function failedToday(deps: Deps, checks: readonly { outcome: string; created_at: Date }[]): number {
  const day = today(deps);
  return checks.filter(
    (c) => c.outcome !== 'passed' && dateInZone(c.created_at, deps.config.timeZone) === day,
  ).length;
}

function faceAttemptsLeft(deps: Deps, checks: readonly { outcome: string; created_at: Date }[]): number {
  return Math.max(0, deps.config.face.maxAttemptsPerDay - failedToday(deps, checks));
}

export async function listOwnClaims(
  deps: Deps,
  principal: Principal,
  locale: Locale,
): Promise<{ claims: ClaimSummary[] }> {
  const rows = await listClaimsOfUser(deps.db, principal.userId);
  const kpjs = new Map<string, string>();
  for (const r of rows)
    if (!kpjs.has(r.membership_id)) kpjs.set(r.membership_id, await kpjOf(deps.db, r.membership_id));
  return { claims: rows.map((r) => summaryView(deps, r, kpjs.get(r.membership_id)!, locale)) };
}

export async function ownClaim(
  deps: Deps,
  principal: Principal,
  id: string,
  locale: Locale,
): Promise<Outcome<ClaimDetail, 'claim_not_found'>> {
  const row = await findClaim(deps.db, { id, userId: principal.userId });
  if (!row) return { ok: false, error: 'claim_not_found' };
  return { ok: true, value: await claimDetail(deps, principal, row, locale) };
}

// ── Start ────────────────────────────────────────────────────────────────────────────────────────

/** A draft with the reason the member chose last (anything past a draft keeps its reason). */
async function withReason(deps: Deps, claim: ClaimRow, reason: JhtClaimReason): Promise<ClaimRow> {
  if (claim.state !== 'draft' || claim.leaving_reason === reason) return claim;
  const updated = await deps.db
    .updateTable('claims')
    .set({ leaving_reason: reason, updated_at: deps.clock.now() })
    .where('id', '=', claim.id)
    .where('state', '=', 'draft')
    .returningAll()
    .executeTakeFirst();
  return updated ?? claim;
}

export async function startJhtClaim(
  deps: Deps,
  principal: Principal,
  input: { kpj: string; reason: JhtClaimReason; idempotencyKey: string },
  locale: Locale,
): Promise<Outcome<{ created: boolean; claim: ClaimDetail }, StartError>> {
  const replay = await findClaimByKey(deps.db, principal.userId, input.idempotencyKey);
  if (replay) {
    if ((await kpjOf(deps.db, replay.membership_id)) !== input.kpj)
      return { ok: false, error: 'idempotency_key_reused' };
    // The member went back and chose another reason: a draft takes it.
    const row = await withReason(deps, replay, input.reason);
    return { ok: true, value: { created: false, claim: await claimDetail(deps, principal, row, locale) } };
  }
  const check = await checkCard(deps, principal, input.kpj);
  if (!check) return { ok: false, error: 'card_not_found' };
  if (!check.canClaimInApp)
    return { ok: false, error: 'claim_not_eligible', detail: firstBlocker(check, deps, locale) };

  const now = deps.clock.now();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const open = await findOpenClaimOfCard(trx, check.card.membershipId);
    if (open) return open;
    const row: ClaimRow = {
      id: deps.newId(),
      reference: await nextClaimReference(trx, check.asOf.slice(0, 4)),
      program: 'JHT',
      channel: 'app',
      user_id: principal.userId,
      person_id: principal.personId,
      membership_id: check.card.membershipId,
      leaving_reason: input.reason,
      idempotency_key: input.idempotencyKey,
      state: 'draft',
      state_reason: null,
      state_since: now,
      face_status: 'not_taken',
      balance: null,
      gross: null,
      tax: null,
      net: null,
      has_npwp: null,
      tax_detail: null,
      bank_enc: null,
      payout_id: null,
      holder_staff_id: null,
      created_at: now,
      updated_at: now,
      submitted_at: null,
    };
    if (!(await insertClaim(trx, row))) return null;
    await recordCreated(trx, row);
    return { created: row };
  });

  if (outcome && 'created' in outcome) {
    return {
      ok: true,
      value: { created: true, claim: await claimDetail(deps, principal, outcome.created, locale) },
    };
  }
  // Lost a race (the same key, or another start for the card), or the card has an open claim.
  const again =
    (await findClaimByKey(deps.db, principal.userId, input.idempotencyKey)) ??
    outcome ??
    (await findOpenClaimOfCard(deps.db, check.card.membershipId));
  if (!again) throw new Error('claim insert conflicted with nothing');
  if (again.idempotency_key === input.idempotencyKey)
    return { ok: true, value: { created: false, claim: await claimDetail(deps, principal, again, locale) } };
  if (again.state === 'draft' && again.user_id === principal.userId) {
    // The member started again from the beginning (a new key): carry on with the draft, new reason.
    const updated = await withReason(deps, again, input.reason);
    return {
      ok: true,
      value: { created: false, claim: await claimDetail(deps, principal, updated, locale) },
    };
  }
  return { ok: false, error: 'claim_already_open', detail: again.reference };
}

// ── Selfie ───────────────────────────────────────────────────────────────────────────────────────

const EDITABLE = new Set(['draft', 'returned_for_fix']);

export async function submitClaimSelfie(
  deps: Deps,
  principal: Principal,
  id: string,
  selfie: Uint8Array,
  locale: Locale,
): Promise<Outcome<ClaimSelfieResponse, SelfieError>> {
  const row = await findClaim(deps.db, { id, userId: principal.userId });
  if (!row) return { ok: false, error: 'claim_not_found' };
  if (!EDITABLE.has(row.state)) return { ok: false, error: 'claim_not_editable' };
  if (row.face_status === 'passed') return { ok: false, error: 'face_check_already_passed' };
  if (row.face_status === 'referred') return { ok: false, error: 'face_check_with_officer' };

  const identity = await findPersonIdentity(deps, principal.personId);
  const checked = await checkSelfieAgainstRegistry(deps, identity.nik, selfie);
  if (!checked.ok) return checked;
  const { measurement, judgement } = checked.value;
  const selfieKey = await deps.documents.put('selfie', checked.value.selfie);

  const recorded = await deps.db.transaction().execute(async (trx) => {
    const locked = await findClaim(trx, { id, userId: principal.userId }, { forUpdate: true });
    if (!locked || !EDITABLE.has(locked.state))
      return { ok: false as const, error: 'claim_not_editable' as const };
    if (locked.face_status === 'passed')
      return { ok: false as const, error: 'face_check_already_passed' as const };
    if (locked.face_status === 'referred')
      return { ok: false as const, error: 'face_check_with_officer' as const };
    const outcome = faceAttemptOutcome(
      judgement,
      failedToday(deps, await listFaceChecks(trx, id)),
      deps.config.face.maxAttemptsPerDay,
    );
    await trx
      .insertInto('claim_face_checks')
      .values({
        id: deps.newId(),
        claim_id: id,
        outcome: outcome.outcome === 'retry' ? 'failed' : outcome.outcome,
        problem: outcome.outcome === 'passed' ? null : outcome.failure,
        similarity: measurement.ok ? measurement.similarity : null,
        liveness: measurement.ok ? measurement.liveness : null,
        millis: measurement.ok ? Math.round(measurement.millis) : null,
        selfie_key: selfieKey,
        created_at: deps.clock.now(),
      })
      .execute();
    const status = outcome.outcome === 'retry' ? 'failed' : outcome.outcome;
    await trx
      .updateTable('claims')
      .set({ face_status: status, updated_at: deps.clock.now() })
      .where('id', '=', id)
      .execute();
    return { ok: true as const, value: outcome };
  });
  if (!recorded.ok) {
    await deps.documents.delete(selfieKey);
    return recorded;
  }
  const outcome = recorded.value;
  if (outcome.outcome === 'retry')
    return {
      ok: false,
      error: FACE_FAILURE_CODES[outcome.failure],
      detail: attemptsLeftDetail(outcome.attemptsLeft, locale),
    };
  const after = (await findClaim(deps.db, { id }))!;
  return {
    ok: true,
    value: { outcome: outcome.outcome, claim: await claimDetail(deps, principal, after, locale) },
  };
}

// ── Submit ───────────────────────────────────────────────────────────────────────────────────────

/** The automated checks of a submitted claim: null when all pass, else why an officer must look. */
function automatedCheckFailure(row: ClaimRow): ClaimReasonCode | null {
  if (row.face_status === 'referred') return 'face_mismatch';
  return null;
}

export async function submitJhtClaim(
  deps: Deps,
  principal: Principal,
  input: { id: string; idempotencyKey: string },
  locale: Locale,
): Promise<Outcome<ClaimDetail, SubmitError>> {
  const current = await findClaim(deps.db, { id: input.id, userId: principal.userId });
  if (!current) return { ok: false, error: 'claim_not_found' };
  // A replay (double click, retried request, another tab) of a claim already sent: the claim as it
  // is now. Sending is idempotent by the claim itself, so a fresh key sends nothing twice either.
  if (!EDITABLE.has(current.state))
    return { ok: true, value: await claimDetail(deps, principal, current, locale) };
  if (!(await isSteppedUp(deps, principal))) return { ok: false, error: 'step_up_required' };

  // Read before the transaction: on PGlite a transaction holds the only connection. The payout
  // order re-checks the balance under the account's lock, so nothing spends money twice.
  const kpj = await kpjOf(deps.db, current.membership_id);
  const check = await checkCard(deps, principal, kpj);
  if (!check) return { ok: false, error: 'claim_not_found' };
  if (!check.canClaimInApp)
    return { ok: false, error: 'claim_not_eligible', detail: firstBlocker(check, deps, locale) };
  const own = await bankAndNpwp(deps, deps.db, principal);
  if (!own.bank) return { ok: false, error: 'claim_bank_missing' };
  const bank = own.bank;
  const tax = taxOf(check.balance, own.hasNpwp, check.asOf);

  const result = await deps.db
    .transaction()
    .execute(async (trx): Promise<Outcome<ClaimRow, SubmitError>> => {
      const locked = await findClaim(trx, { id: input.id, userId: principal.userId }, { forUpdate: true });
      if (!locked) return { ok: false, error: 'claim_not_found' };
      if (!EDITABLE.has(locked.state)) return { ok: true, value: locked };
      if (locked.face_status !== 'passed' && locked.face_status !== 'referred')
        return { ok: false, error: 'claim_selfie_required' };
      const fixed = await trx
        .updateTable('claims')
        .set({
          balance: tax.balance,
          gross: tax.gross,
          tax: tax.tax,
          net: tax.net,
          has_npwp: own.hasNpwp,
          tax_detail: JSON.stringify(amountsView(tax)),
          bank_enc: sealBank(deps, bank),
          submitted_at: deps.clock.now(),
        })
        .where('id', '=', locked.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const submitted = await moveClaim(trx, deps, fixed, { to: 'submitted', actor: 'participant' });
      if (!submitted.ok) throw new Error(`submit refused: ${submitted.error}`);
      const failure = automatedCheckFailure(submitted.value);
      if (failure) {
        const queued = await moveClaim(trx, deps, submitted.value, {
          to: 'verifying',
          actor: 'system',
          reason: failure,
        });
        if (!queued.ok) throw new Error(`queueing refused: ${queued.error}`);
        return { ok: true, value: queued.value };
      }
      const approved = await moveClaim(trx, deps, submitted.value, {
        to: 'approved',
        actor: 'system',
        reason: 'stp_all_checks_passed',
      });
      if (!approved.ok) throw new Error(`approval refused: ${approved.error}`);
      return { ok: true, value: await startPayout(trx, deps, approved.value, { actor: 'system' }) };
    })
    .catch((error: unknown) => {
      if (error instanceof PayoutsRefused)
        return { ok: false as const, error: 'payouts_unavailable' as const };
      throw error;
    });
  if (!result.ok) return result;
  await sendClaimNotices(deps, { claimId: result.value.id });
  return { ok: true, value: await claimDetail(deps, principal, result.value, locale) };
}

// ── Cancel ───────────────────────────────────────────────────────────────────────────────────────

export async function cancelOwnClaim(
  deps: Deps,
  principal: Principal,
  id: string,
  locale: Locale,
): Promise<Outcome<ClaimDetail, 'claim_not_found' | 'claim_not_editable'>> {
  const result = await deps.db.transaction().execute(async (trx) => {
    const locked = await findClaim(trx, { id, userId: principal.userId }, { forUpdate: true });
    if (!locked) return { ok: false as const, error: 'claim_not_found' as const };
    const moved = await moveClaim(trx, deps, locked, {
      to: 'cancelled',
      actor: 'participant',
      reason: 'member_cancelled',
    });
    if (!moved.ok) return { ok: false as const, error: 'claim_not_editable' as const };
    return { ok: true as const, value: moved.value };
  });
  if (!result.ok) return result;
  await sendClaimNotices(deps, { claimId: id });
  return { ok: true, value: await claimDetail(deps, principal, result.value, locale) };
}
