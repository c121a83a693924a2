/**
 * The safety controls hold at the claim itself, not only on the eligibility screen: with the
 * withdrawal lock on, a JHT claim cannot be started; a bank account changed after the draft was
 * made refuses the submission with the day the cooling-off ends.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCard, createEmployer } from '../../testing/factories.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { claimant, claimCalls, stepUp } from '../claims/test-support.ts';
import { recordCompletedDataUpdate } from '../data-update/payout-details.service.ts';
import { openScriptedApp, PASS, type Script } from '../data-update/test-support.ts';

let t: TestApp;
let script: Script;
let api: ReturnType<typeof claimCalls>;

beforeAll(async () => {
  ({ t, script } = await openScriptedApp());
  t.clock.set('2026-11-23T03:00:00Z');
  api = claimCalls(t);
});
afterAll(() => t.close());

describe('the safety controls at the claim', () => {
  it('refuses to start a claim while the withdrawal lock is on', async () => {
    const c = await claimant(t);
    const on = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/withdrawal-lock',
      headers: { cookie: c.cookie },
      payload: { on: true },
    });
    expect(on.json().on).toBe(true);
    const started = await api.start(c);
    expect(started.statusCode).toBe(422);
    expect(started.json()).toMatchObject({
      code: 'claim_not_eligible',
      detail: expect.stringMatching(/Kunci pencairan aktif/),
    });
  });

  it('refuses the submission after a bank change, with the day the cooling-off ends', async () => {
    script.face = [PASS];
    const c = await claimant(t);
    const key = randomUUID();
    const started = await api.start(c, key);
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().id as string;
    expect((await api.selfie(c, id)).statusCode).toBe(200);
    await stepUp(t, c);
    const other = await createCard(t.deps, {
      personId: c.personId,
      employerId: (await createEmployer(t.deps, 'PT Lain')).id,
      status: 'nonactive',
      leftOn: '2026-08-31',
    });
    await t.deps.db.transaction().execute((trx) =>
      recordCompletedDataUpdate(trx, t.deps, {
        membershipId: other.membershipId,
        personId: c.personId,
        userId: c.userId,
        npwp: null,
        bank: { code: '009', accountNumber: '0271845599', holderName: 'AGUS PRATAMA' },
      }),
    );
    const sent = await api.submit(c, id, key);
    expect(sent.json()).toMatchObject({
      code: 'claim_not_eligible',
      detail: expect.stringMatching(/mulai 30 November 2026/),
    });
  });
});
