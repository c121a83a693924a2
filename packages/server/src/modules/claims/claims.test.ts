/**
 * The member's JHT claim through HTTP: a draft once per idempotency key and at most one open claim
 * per card, the conditions enforced, the selfie re-verified, step-up before sending, straight-through
 * approval with the tax explained and the payout ordered, a failed face check sent to an officer who
 * decides with a reason, cancellation, tracking and the notices that follow every change.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentTo } from '../../testing/outbox.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { NOT_MATCHING, officer, openScriptedApp, PASS, type Script } from '../data-update/test-support.ts';
import { type Claimant, claimant, claimCalls, stepUp, TWELVE_MONTHS } from './test-support.ts';

let t: TestApp;
let script: Script;
let api: ReturnType<typeof claimCalls>;

beforeAll(async () => {
  ({ t, script } = await openScriptedApp());
  t.clock.set('2026-11-23T03:00:00Z');
  api = claimCalls(t);
});
afterAll(() => t.close());

async function draft(c: Claimant, key = randomUUID()) {
  const res = await api.start(c, key);
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, key };
}

async function ledgerBalance(accountId: string): Promise<bigint> {
  const row = await t.deps.db
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.sum<string>('amount').as('total'))
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return BigInt(row?.total ?? 0);
}

describe('starting a JHT claim', () => {
  it('makes a draft with what it would pay today, once per idempotency key', async () => {
    const c = await claimant(t);
    const key = randomUUID();
    const first = await api.start(c, key);
    expect(first.statusCode, first.body).toBe(201);
    const claim = first.json();
    expect(claim).toMatchObject({
      state: 'draft',
      stateName: 'Draf',
      owner: 'participant',
      kpj: c.kpj,
      reason: 'resigned',
      reference: expect.stringMatching(/^JHT-2026-\d{6}$/),
      amounts: { balance: TWELVE_MONTHS.toString(), tax: '0', net: TWELVE_MONTHS.toString(), hasNpwp: false },
      bank: { bankCode: '002', himbara: true, accountNumberMasked: expect.stringMatching(/\d{4}$/) },
      face: { status: 'not_taken' },
    });
    expect(claim.bank.accountNumberMasked).not.toContain(c.bankAccount.slice(0, 6));
    const again = await api.start(c, key);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(claim.id);
  });

  it('makes one claim from N identical requests at once', async () => {
    const c = await claimant(t);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 8 }, () => api.start(c, key)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    const rows = await t.deps.db
      .selectFrom('claims')
      .select('id')
      .where('membership_id', '=', c.membershipId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('takes a changed reason on the same key while the claim is a draft', async () => {
    const c = await claimant(t);
    const { id, key } = await draft(c);
    const res = await api.start(c, key, 'terminated');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, reason: 'terminated' });
  });

  it('resumes the draft when the member starts again with a new key, taking the new reason', async () => {
    const c = await claimant(t);
    const { id } = await draft(c);
    const res = await api.call(
      'POST',
      `/api/v1/me/cards/${c.kpj}/jht-claims`,
      c.cookie,
      { reason: 'terminated' },
      { 'idempotency-key': randomUUID() },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, reason: 'terminated' });
  });

  it('refuses a card still active, with what to do', async () => {
    const c = await claimant(t, { status: 'active' });
    const res = await api.start(c);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'claim_not_eligible',
      detail: expect.stringMatching(/pemberi kerja/i),
    });
  });

  it('refuses before the waiting month after the leaving date is over', async () => {
    const c = await claimant(t, { leftOn: '2026-11-01' });
    const res = await api.start(c);
    expect(res.json()).toMatchObject({ code: 'claim_not_eligible' });
  });

  it('refuses a member whose data update is not done', async () => {
    const c = await claimant(t, { dataUpdated: false });
    expect((await api.start(c)).json()).toMatchObject({ code: 'claim_not_eligible' });
  });

  it("does not reach another member's card or claim", async () => {
    const owner = await claimant(t);
    const other = await claimant(t);
    const { id } = await draft(owner);
    expect((await api.start({ ...other, kpj: owner.kpj })).statusCode).toBe(404);
    expect((await api.detail(other, id)).statusCode).toBe(404);
    expect((await api.submit(other, id, randomUUID())).statusCode).toBe(404);
    expect((await api.selfie(other, id)).statusCode).toBe(404);
  });

  it('validates the idempotency key and the body', async () => {
    const c = await claimant(t);
    const noKey = await api.call('POST', `/api/v1/me/cards/${c.kpj}/jht-claims`, c.cookie, {
      reason: 'resigned',
    });
    expect(noKey.statusCode).toBe(400);
    const badReason = await api.call(
      'POST',
      `/api/v1/me/cards/${c.kpj}/jht-claims`,
      c.cookie,
      { reason: 'bored' },
      { 'idempotency-key': randomUUID() },
    );
    expect(badReason.statusCode).toBe(400);
  });
});

describe('sending the claim', () => {
  it('needs the selfie, then a step-up; then approves straight through and orders the payout', async () => {
    script.face = [PASS];
    const c = await claimant(t);
    const { id, key } = await draft(c);
    expect((await api.submit(c, id, key)).json()).toMatchObject({ code: 'step_up_required' });
    await stepUp(t, c);
    expect((await api.submit(c, id, key)).json()).toMatchObject({ code: 'claim_selfie_required' });

    const selfie = await api.selfie(c, id);
    expect(selfie.statusCode, selfie.body).toBe(200);
    expect(selfie.json()).toMatchObject({ outcome: 'passed', claim: { face: { status: 'passed' } } });

    const sent = await api.submit(c, id, key);
    expect(sent.statusCode, sent.body).toBe(200);
    const claim = sent.json();
    expect(claim).toMatchObject({
      state: 'paying',
      owner: 'bank',
      ownerName: 'Bank',
      net: TWELVE_MONTHS.toString(),
      // Within the in-app cap the final rate's first bracket (0% up to Rp50 jt) is all there is.
      amounts: { regime: 'final', tax: '0', lines: [expect.objectContaining({ rateBp: 0 })] },
      canCancel: false,
    });
    expect(claim.timeline.map((e: { state: string }) => e.state)).toEqual([
      'draft',
      'submitted',
      'approved',
      'paying',
    ]);
    expect(claim.timeline[2]).toMatchObject({ reason: 'stp_all_checks_passed', actor: 'system' });

    // The money left the JHT account for the payout clearing, in the same commit.
    expect(await ledgerBalance(c.accountId)).toBe(0n);
    const payout = await t.deps.db
      .selectFrom('payouts')
      .selectAll()
      .where('source_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(payout.amount).toBe(TWELVE_MONTHS);

    // A replay (double click) answers with the claim as it is; nothing more is ordered.
    const replay = await api.submit(c, id, key);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().state).toBe('paying');
    // From another tab, with a fresh key: still the same claim, nothing sent again.
    expect((await api.submit(c, id, randomUUID())).json()).toMatchObject({ id, state: 'paying' });
    expect(
      await t.deps.db.selectFrom('payouts').select('id').where('source_id', '=', id).execute(),
    ).toHaveLength(1);

    // The member heard where the claim went, in the app, by e-mail and by SMS.
    const sms = await sentTo(t.deps, c.phone, 'sms');
    expect(sms.some((m) => m.body.includes(claim.reference) && m.body.includes('Sedang dibayarkan'))).toBe(
      true,
    );
    expect((await sentTo(t.deps, c.email, 'email')).some((m) => m.body.includes(claim.reference))).toBe(true);
    const notices = await api.call('GET', '/api/v1/me/notifications', c.cookie);
    expect(notices.json().notifications).toContainEqual(
      expect.objectContaining({ kind: 'claim_status', detail: expect.objectContaining({ state: 'paying' }) }),
    );
  });

  it('sends a face the check could not confirm to an officer, who approves it', async () => {
    script.face = [NOT_MATCHING];
    const c = await claimant(t);
    const { id, key } = await draft(c);
    let last = await api.selfie(c, id);
    for (let i = 0; i < 5 && last.statusCode === 422; i++) {
      expect(last.json().detail).toMatch(/Sisa \d percobaan/);
      last = await api.selfie(c, id);
    }
    expect(last.statusCode).toBe(202);
    expect(last.json().outcome).toBe('referred');
    await stepUp(t, c);
    const sent = (await api.submit(c, id, key)).json();
    expect(sent).toMatchObject({ state: 'verifying', owner: 'branch', reasonCode: 'face_mismatch' });
    expect(sent.due).toEqual(expect.objectContaining({ date: expect.stringMatching(/^2026-/) }));
    expect(await ledgerBalance(c.accountId)).toBe(TWELVE_MONTHS);

    const o = await officer(t);
    const queue = await api.call('GET', '/api/v1/console/claims', o.cookie);
    expect(queue.json().items).toContainEqual(expect.objectContaining({ id, reasonCode: 'face_mismatch' }));
    const opened = await api.call('GET', `/api/v1/console/claims/${id}`, o.cookie);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ hasSelfie: true, memberName: 'Agus Pratama' });
    expect(
      opened
        .json()
        .decisions.map((d: { decision: string }) => d.decision)
        .sort(),
    ).toEqual(['approve', 'interview', 'reject', 'return']);
    const reads = await t.deps.db
      .selectFrom('pii_reads')
      .select('purpose')
      .where('person_id', '=', c.personId)
      .execute();
    expect(reads.map((r) => r.purpose)).toContain('claim_review');

    const approved = await api.call('POST', `/api/v1/console/claims/${id}/decision`, o.cookie, {
      decision: 'approve',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().claim).toMatchObject({ state: 'paying' });
    expect(await ledgerBalance(c.accountId)).toBe(0n);
    // Decided once: a second decision finds nothing in the queue.
    const twice = await api.call('POST', `/api/v1/console/claims/${id}/decision`, o.cookie, {
      decision: 'approve',
    });
    expect(twice.json()).toMatchObject({ code: 'claim_not_in_queue' });
  });

  it('lets an officer reject with a reason the member reads, and refuses a reason the move does not take', async () => {
    script.face = [NOT_MATCHING];
    const c = await claimant(t);
    const { id, key } = await draft(c);
    for (let i = 0; i < 6 && (await api.selfie(c, id)).statusCode === 422; i++) {}
    await stepUp(t, c);
    await api.submit(c, id, key);
    const o = await officer(t);
    const wrong = await api.call('POST', `/api/v1/console/claims/${id}/decision`, o.cookie, {
      decision: 'reject',
      reason: 'bank_timeout',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'claim_decision_invalid' });
    const missing = await api.call('POST', `/api/v1/console/claims/${id}/decision`, o.cookie, {
      decision: 'reject',
    });
    expect(missing.json()).toMatchObject({ code: 'claim_decision_invalid' });
    const rejected = await api.call('POST', `/api/v1/console/claims/${id}/decision`, o.cookie, {
      decision: 'reject',
      reason: 'fraud_suspected',
    });
    expect(rejected.json().claim).toMatchObject({ state: 'rejected', owner: 'none' });
    const seen = (await api.detail(c, id)).json();
    expect(seen.reasonText).toMatch(/pemalsuan/);
    expect(await ledgerBalance(c.accountId)).toBe(TWELVE_MONTHS);
    // A finished claim frees the card for a new one.
    expect((await api.start(c)).statusCode).toBe(201);
  });

  it('keeps participants out of the console', async () => {
    const c = await claimant(t);
    expect((await api.call('GET', '/api/v1/console/claims', c.cookie)).statusCode).toBe(403);
  });
});

describe('cancelling and tracking', () => {
  it('cancels a draft and lists the claims newest first', async () => {
    const c = await claimant(t);
    const { id } = await draft(c);
    const cancelled = await api.call('POST', `/api/v1/me/claims/${id}/cancel`, c.cookie);
    expect(cancelled.json()).toMatchObject({
      state: 'cancelled',
      reasonCode: 'member_cancelled',
      canCancel: false,
    });
    const again = await api.call('POST', `/api/v1/me/claims/${id}/cancel`, c.cookie);
    expect(again.json()).toMatchObject({ code: 'claim_not_editable' });
    const { id: second } = await draft(c);
    const list = (await api.call('GET', '/api/v1/me/claims', c.cookie)).json();
    expect(list.claims.map((x: { id: string }) => x.id)).toEqual([second, id]);
  });

  it('speaks English when asked', async () => {
    const c = await claimant(t);
    const { id } = await draft(c);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/me/claims/${id}`,
      headers: { cookie: c.cookie, 'accept-language': 'en' },
    });
    expect(res.json()).toMatchObject({ stateName: 'Draft', ownerName: 'You' });
  });
});
