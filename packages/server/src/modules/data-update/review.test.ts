/**
 * The human path through HTTP: a face check that fails on every attempt of the day goes to the
 * officers' queue with its SLA, the member sees who holds it and until when and goes on with the
 * other steps; "Konfirmasi" then waits for the officer ("in_review"); the officer opens the case
 * (an audited read the member can see), looks at both photos and approves, and the data is updated
 * with the officer as the version's author. A return with a reason shows the member the reason and
 * the step to redo, and they finish from there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentTo } from '../../testing/outbox.ts';
import type { TestApp } from '../../testing/test-app.ts';
import {
  additional,
  calls,
  jpeg,
  memberWithCard,
  NOT_MATCHING,
  officer,
  openScriptedApp,
  PASS,
  population,
  type Script,
} from './test-support.ts';

let t: TestApp;
let script: Script;
let api: ReturnType<typeof calls>;
let selfie: Buffer;

beforeAll(async () => {
  ({ t, script } = await openScriptedApp());
  api = calls(t);
  selfie = await jpeg(720, 960);
});
afterAll(() => t.close());

type Member = Awaited<ReturnType<typeof memberWithCard>>;
const console_ = (o: { cookie: string }, method: 'GET' | 'POST', url: string, payload?: object) =>
  api.json(method, `/api/v1/console/data-updates${url}`, o.cookie, payload);

/** Up to the face step, then the day's three failed selfies: the case goes to the queue. */
async function failFaceThrice(m: Member) {
  expect((await api.step(m, 'membership')).statusCode).toBe(200);
  expect((await api.step(m, 'confirm', { dataCorrect: true })).statusCode).toBe(200);
  script.face = [NOT_MATCHING];
  expect((await api.face(m, selfie)).json()).toMatchObject({
    code: 'face_not_matching',
    detail: 'Sisa 2 percobaan hari ini.',
  });
  expect((await api.face(m, selfie)).json()).toMatchObject({
    code: 'face_not_matching',
    detail: 'Sisa 1 percobaan hari ini.',
  });
  const last = await api.face(m, selfie);
  expect(last.statusCode).toBe(202);
  return last.json();
}

async function finishSteps(m: Member) {
  expect((await api.step(m, 'contact', { phone: m.phone, email: m.email })).statusCode).toBe(200);
  expect(
    (await api.step(m, 'tax_bank', { npwp: null, bankCode: '002', accountNumber: m.account })).statusCode,
  ).toBe(200);
  expect((await api.step(m, 'population', population)).statusCode).toBe(200);
  expect((await api.step(m, 'additional', additional)).statusCode).toBe(200);
}

describe('a face check that keeps failing reaches an officer', () => {
  let m: Member;
  let caseId: string;

  it('after the last attempt of the day the case is queued with its SLA, and the member goes on', async () => {
    m = await memberWithCard(t, script, { fullName: 'Agus Salim' });
    const referred = await failFaceThrice(m);
    expect(referred).toMatchObject({
      outcome: 'referred',
      dataUpdate: {
        status: 'draft',
        checks: { face: 'referred' },
        currentStep: 'contact',
        face: { failedToday: 3, attemptsLeft: 0, last: { outcome: 'referred', problem: 'similarity_low' } },
        // Monday 23 November 2026 + 3 working days.
        review: {
          kind: 'face_check',
          dueOn: '2026-11-26',
          slaWorkingDays: 3,
          slaIllustrative: true,
          holder: { kind: 'queue' },
        },
      },
    });
    expect(referred.dataUpdate.review.slaSource).toMatch(/no published agency figure/);
    // No need to try again: the selfie is with an officer.
    expect((await api.face(m, selfie)).json()).toMatchObject({
      status: 409,
      code: 'face_check_with_officer',
    });
  });

  it('shows in the queue, masked, oldest SLA first', async () => {
    const o = await officer(t);
    const queue = await console_(o, 'GET', '');
    expect(queue.statusCode).toBe(200);
    const item = queue.json().items.find((i: { kpj: string }) => i.kpj === m.kpj);
    expect(item).toMatchObject({
      kind: 'face_check',
      status: 'draft',
      fullName: 'Agus Salim',
      maskedNik: `************${m.nik.slice(-4)}`,
      dueOn: '2026-11-26',
      overdue: false,
      holder: null,
      failedFaceAttempts: 3,
      lastFaceProblem: 'similarity_low',
    });
    expect(queue.body).not.toContain(m.nik);
    caseId = item.id;
  });

  it('"Konfirmasi" then waits for the officer, and nothing is updated yet', async () => {
    await finishSteps(m);
    const confirmed = await api.confirm(m);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({
      status: 'in_review',
      review: { kind: 'data_update', holder: { kind: 'queue' } },
    });
    expect((await api.step(m, 'population', population)).json()).toMatchObject({
      status: 409,
      code: 'data_update_in_review',
    });
    expect((await api.json('GET', '/api/v1/me/data-versions', m.cookie)).json().versions).toEqual([]);
    const cards = (await api.json('GET', '/api/v1/me/cards', m.cookie)).json().cards;
    expect(cards[0].dataUpdate).toEqual({ status: 'in_review', required: true });
  });

  it('the officer opens the case (audited, and now holds it) and sees both photos', async () => {
    const o = await officer(t, 'officer', 'Rudi Verifikator');
    const opened = await console_(o, 'GET', `/${caseId}`);
    expect(opened.statusCode).toBe(200);
    const body = opened.json();
    expect(body).toMatchObject({
      status: 'in_review',
      kind: 'data_update',
      person: { nik: m.nik, fullName: 'Agus Salim' },
      thresholds: { match: 0.7, liveness: 0.35 },
      review: { holder: 'Rudi Verifikator', dueOn: '2026-11-26' },
      after: { bank: { accountNumber: m.account }, familyCardNumber: population.familyCardNumber },
      before: { bank: null },
    });
    expect(body.faceAttempts).toHaveLength(3);
    expect(body.faceAttempts[0]).toMatchObject({
      outcome: 'failed',
      similarity: 0.41,
      liveness: 0.8,
      millis: 398,
    });
    expect(body.changes).toContainEqual({ field: 'bank.accountNumber', before: null, after: m.account });

    const photo = await console_(o, 'GET', `/${caseId}/photos/selfie?attempt=${body.faceAttempts[1].id}`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['cache-control']).toBe('no-store');
    expect(photo.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect((await console_(o, 'GET', `/${caseId}/photos/reference`)).statusCode).toBe(200);

    // The member sees who holds the case, and who read their data and why.
    const view = (await api.get(m)).json();
    expect(view.review.holder).toEqual({
      kind: 'officer',
      name: 'Rudi Verifikator',
      branch: 'Kantor Cabang JKT-SLB',
    });
    const reads = (await api.json('GET', '/api/v1/me/data-access', m.cookie)).json().reads;
    expect(reads.map((r: { purpose: string; fields: string[] }) => [r.purpose, r.fields[0]])).toEqual(
      expect.arrayContaining([
        ['data_update_review', 'nik'],
        ['data_update_review', 'selfie'],
        ['data_update_review', 'reference_photo'],
      ]),
    );
  });

  it('approval updates the data at once, versioned with the officer as author; the member is told', async () => {
    const o = await officer(t, 'supervisor', 'Sri Penyelia');
    const approved = await console_(o, 'POST', `/${caseId}/decision`, { decision: 'approve' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toEqual({ status: 'updated', applied: true });
    const view = (await api.get(m)).json();
    expect(view).toMatchObject({ status: 'updated', review: null, checks: { face: 'approved' } });
    expect(view.current.bank).toMatchObject({ accountNumber: m.account, holderName: 'AGUS SALIM' });
    const [version] = (await api.json('GET', '/api/v1/me/data-versions', m.cookie)).json().versions;
    expect(version).toMatchObject({
      version: 1,
      author: { kind: 'officer', name: 'Sri Penyelia' },
      kpj: m.kpj,
    });
    expect((await sentTo(t.deps, m.email, 'email'))[0]?.subject).toBe('Pengkinian data JMO Anda selesai');
    expect((await console_(o, 'POST', `/${caseId}/decision`, { decision: 'approve' })).json()).toMatchObject({
      status: 409,
      code: 'review_already_decided',
    });
    const queue = (await console_(o, 'GET', '')).json().items;
    expect(queue.find((i: { id: string }) => i.id === caseId)).toBeUndefined();
  });
});

describe('an officer returns a case with a reason', () => {
  it('the member reads the reason, redoes that step and finishes; the officer saw the selfie, so it stands', async () => {
    const m = await memberWithCard(t, script, { fullName: 'Wulan Sari' });
    await failFaceThrice(m);
    await finishSteps(m);
    expect((await api.confirm(m)).json().status).toBe('in_review');
    const o = await officer(t);
    const caseId = (await console_(o, 'GET', ''))
      .json()
      .items.find((i: { kpj: string }) => i.kpj === m.kpj).id;

    const returned = await console_(o, 'POST', `/${caseId}/decision`, {
      decision: 'return',
      reasons: ['address_incomplete'],
      note: 'Nomor rumah tidak ada di alamat.',
    });
    expect(returned.json()).toEqual({ status: 'returned', applied: false });

    const view = (await api.get(m)).json();
    expect(view).toMatchObject({
      status: 'returned',
      currentStep: 'population',
      review: null,
      returned: {
        reasons: [
          {
            code: 'address_incomplete',
            step: 'population',
            message: expect.stringMatching(/Alamat belum lengkap/),
          },
        ],
        note: 'Nomor rumah tidak ada di alamat.',
      },
    });
    expect((await sentTo(t.deps, m.email, 'email'))[0]?.body).toMatch(/Alamat belum lengkap/);
    // The steps not named stay done; the one named is entered again.
    expect(view.steps.find((s: { step: string }) => s.step === 'tax_bank').state).toBe('done');
    const fixed = await api.step(m, 'population', {
      ...population,
      address: { ...population.address, street: 'Jl. Melati No. 5A' },
    });
    expect(fixed.json()).toMatchObject({
      currentStep: 'review',
      returned: { note: 'Nomor rumah tidak ada di alamat.' },
    });
    const confirmed = await api.confirm(m);
    expect(confirmed.json()).toMatchObject({ status: 'updated', returned: null });
    const [version] = (await api.json('GET', '/api/v1/me/data-versions', m.cookie)).json().versions;
    expect(version.author.kind).toBe('member');
    expect(version.changes).toContainEqual({
      field: 'address.street',
      before: null,
      after: 'Jl. Melati No. 5A',
    });
  });

  it('a return of a queued face check asks for a new selfie with fresh attempts', async () => {
    const m = await memberWithCard(t, script);
    await failFaceThrice(m);
    const o = await officer(t);
    const caseId = (await console_(o, 'GET', ''))
      .json()
      .items.find((i: { kpj: string }) => i.kpj === m.kpj).id;
    t.clock.set('2026-11-23T03:25:00Z');
    try {
      const res = await console_(o, 'POST', `/${caseId}/decision`, {
        decision: 'return',
        reasons: ['selfie_unclear'],
      });
      expect(res.json()).toEqual({ status: 'draft', applied: false });
      const view = (await api.get(m)).json();
      expect(view).toMatchObject({
        currentStep: 'face',
        checks: { face: null },
        face: { failedToday: 0, attemptsLeft: 3 },
        returned: { reasons: [{ code: 'selfie_unclear', step: 'face' }] },
      });
      script.face = [PASS];
      expect((await api.face(m, selfie)).json()).toMatchObject({
        outcome: 'passed',
        dataUpdate: { currentStep: 'contact' },
      });
    } finally {
      t.clock.set('2026-11-23T03:00:00Z');
    }
  });

  it('with no reference photo in the registry, the first selfie goes straight to an officer', async () => {
    const m = await memberWithCard(t, script);
    script.noReference.add(m.nik);
    await api.step(m, 'membership');
    await api.step(m, 'confirm', { dataCorrect: true });
    const before = script.faceCalls;
    const res = await api.face(m, selfie);
    expect(res.statusCode).toBe(202);
    expect(res.json().dataUpdate).toMatchObject({
      checks: { face: 'referred' },
      face: { last: { problem: 'reference_unusable' } },
    });
    expect(script.faceCalls).toBe(before);
  });
});

describe('console access', () => {
  it('is for officers and supervisors only, and an unknown case is not found', async () => {
    const m = await memberWithCard(t, script);
    expect((await api.json('GET', '/api/v1/console/data-updates', m.cookie)).statusCode).toBe(403);
    const o = await officer(t);
    expect((await console_(o, 'GET', '/0190b3a4-7c1e-7d2a-8f00-000000000001')).statusCode).toBe(404);
    expect(
      (await console_(o, 'POST', '/0190b3a4-7c1e-7d2a-8f00-000000000001/decision', { decision: 'approve' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await console_(o, 'POST', '/0190b3a4-7c1e-7d2a-8f00-000000000001/decision', {
          decision: 'return',
          reasons: [],
        })
      ).statusCode,
    ).toBe(400);
  });
});
