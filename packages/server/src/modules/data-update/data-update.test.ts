/**
 * The member's data update through HTTP against a real database, with a scripted face matcher and
 * bank: the whole wizard with every check automatic ends "updated" at once with a version; each bad
 * input of the issue gets its own specific answer while what was saved stays and nothing appears as
 * updated; a changed phone is confirmed by a code to the new number; the other card's entries are
 * offered for reuse; heirs are validated and versioned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastSentTo } from '../../testing/outbox.ts';
import type { TestApp } from '../../testing/test-app.ts';
import {
  additional,
  calls,
  jpeg,
  memberWithCard,
  NOT_MATCHING,
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
  selfie = await jpeg(720, 960, undefined, true);
});
afterAll(() => t.close());

type Member = Awaited<ReturnType<typeof memberWithCard>>;

/** Through the steps from `from` to before `until`, each answered as the happy path would. */
async function walk(m: Member, until: string, from = 'membership') {
  const steps: [string, () => Promise<{ statusCode: number; body: string }>][] = [
    ['membership', () => api.step(m, 'membership')],
    ['confirm', () => api.step(m, 'confirm', { dataCorrect: true })],
    ['face', () => api.face(m, selfie)],
    ['contact', () => api.step(m, 'contact', { phone: m.phone, email: m.email })],
    [
      'tax_bank',
      () =>
        api.step(m, 'tax_bank', { npwp: '01.312.166.0-091.000', bankCode: '002', accountNumber: m.account }),
    ],
    ['population', () => api.step(m, 'population', population)],
    ['additional', () => api.step(m, 'additional', additional)],
  ];
  const start = steps.findIndex(([step]) => step === from);
  for (const [step, call] of steps.slice(start)) {
    if (step === until) return;
    script.face = [PASS];
    const res = await call();
    expect(res.statusCode, `${step}: ${res.body}`).toBe(200);
  }
}

const cardsOf = async (m: Member) =>
  (await api.json('GET', '/api/v1/me/cards', m.cookie)).json().cards as { kpj: string; dataUpdate: object }[];

describe('the whole wizard with every check automatic', () => {
  it('resumes step by step, and "Konfirmasi" updates the data at once with a version', async () => {
    const m = await memberWithCard(t, script);
    const fresh = await api.get(m);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toMatchObject({
      status: 'not_started',
      currentStep: 'membership',
      membership: { kpj: m.kpj, fullName: 'Rina Kartika', maskedNik: `************${m.nik.slice(-4)}` },
      region: { provinceCode: '31', districtCode: '317401', provinceName: 'Daerah Khusus Ibukota Jakarta' },
      current: { phone: m.phone, email: m.email, npwp: null, bank: null },
    });
    expect(await cardsOf(m)).toEqual([
      expect.objectContaining({ dataUpdate: { status: 'not_started', required: true } }),
    ]);

    await walk(m, 'face');
    const face = await api.face(m, selfie);
    expect(face.statusCode).toBe(200);
    expect(face.json()).toMatchObject({
      outcome: 'passed',
      dataUpdate: { checks: { face: 'passed' }, currentStep: 'contact' },
    });
    // The stored selfie is re-encoded without its metadata (no GPS note, no owner's name).
    const stored = await t.deps.db
      .selectFrom('face_checks')
      .select('selfie_key')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const bytes = await t.deps.documents.get(stored.selfie_key);
    const { default: sharp } = await import('sharp');
    const meta = await sharp(bytes!).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(bytes!.includes(Buffer.from('Phone of Rina'))).toBe(false);

    const resumed = (await api.get(m)).json();
    expect(resumed.steps.map((s: { state: string }) => s.state)).toEqual([
      'done',
      'done',
      'done',
      'current',
      'todo',
      'todo',
      'todo',
      'todo',
    ]);

    expect((await api.step(m, 'contact', { phone: m.phone, email: m.email })).statusCode).toBe(200);
    const bank = await api.step(m, 'tax_bank', {
      npwp: '01.312.166.0-091.000',
      bankCode: '002',
      accountNumber: m.account,
    });
    expect(bank.statusCode).toBe(200);
    expect(bank.json().entered.taxBank).toEqual({
      npwp: { value: '0013121660091000', formatted: '01.312.166.0-091.000' },
      bank: {
        code: '002',
        bankName: 'Bank Rakyat Indonesia',
        isStateOwned: true,
        accountNumber: m.account,
        holderName: 'RINA KARTIKA',
      },
      verified: true,
    });
    expect((await api.step(m, 'population', population)).json().entered.population.address).toMatchObject({
      rt: '004',
      districtCode: '317401',
      districtName: expect.any(String),
      provinceName: 'Daerah Khusus Ibukota Jakarta',
    });
    const last = await api.step(m, 'additional', additional);
    expect(last.json()).toMatchObject({ currentStep: 'review', status: 'draft' });

    const confirmed = await api.confirm(m);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'updated', currentStep: null, review: null });
    expect(confirmed.json().current).toMatchObject({
      npwp: { value: '0013121660091000' },
      bank: { accountNumber: m.account },
      familyCardNumber: population.familyCardNumber,
      emergencyContact: { name: 'Budi Santoso', phone: '+6281311112222' },
    });

    const versions = (await api.json('GET', '/api/v1/me/data-versions', m.cookie)).json().versions;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, author: { kind: 'member', name: null }, kpj: m.kpj });
    const fields = versions[0].changes.map((c: { field: string }) => c.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'npwp',
        'bank.accountNumber',
        'familyCardNumber',
        'address.postalCode',
        'emergencyContact.phone',
      ]),
    );
    expect(fields).not.toContain('phone');
    expect(await cardsOf(m)).toEqual([
      expect.objectContaining({ dataUpdate: { status: 'updated', required: false } }),
    ]);

    // Once updated, only the first step starts a new round.
    expect((await api.step(m, 'contact', { phone: m.phone, email: m.email })).json()).toMatchObject({
      code: 'step_out_of_order',
    });
    const again = await api.step(m, 'membership');
    expect(again.json()).toMatchObject({ status: 'draft', round: 2, currentStep: 'confirm' });
  });

  it('confirms a new phone number with a code sent to that number, without a step-up right after the face check', async () => {
    const m = await memberWithCard(t, script);
    await walk(m, 'contact');
    const started = await api.step(m, 'contact', { phone: '0857 1234 5678', email: m.email });
    expect(started.statusCode).toBe(202);
    const pending = started.json().contactVerification;
    expect(pending).toEqual([
      expect.objectContaining({ channel: 'sms', sentTo: expect.stringMatching(/5678$/) }),
    ]);
    expect(started.json().currentStep).toBe('contact');
    // Going on before the code is entered is out of order.
    expect(
      (await api.step(m, 'tax_bank', { npwp: null, bankCode: '002', accountNumber: m.account })).statusCode,
    ).toBe(409);

    const sms = await lastSentTo(t.deps, '+6285712345678', 'sms');
    const code = /\b(\d{6})\b/.exec(sms.body)![1]!;
    const wrong = await api.verifyContact(m, {
      changeId: pending[0].changeId,
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.json().code).toBe('code_invalid');
    const verified = await api.verifyContact(m, { changeId: pending[0].changeId, code });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({
      checks: { contact: 'passed' },
      currentStep: 'tax_bank',
      current: { phone: '+6285712345678' },
    });
    // The old number heard of it.
    expect((await lastSentTo(t.deps, m.phone, 'sms')).body).toMatch(/./);

    await walk(m, 'review', 'tax_bank');
    expect((await api.confirm(m)).json().status).toBe('updated');
    const [version] = (await api.json('GET', '/api/v1/me/data-versions', m.cookie)).json().versions;
    expect(version.changes).toContainEqual({ field: 'phone', before: m.phone, after: '+6285712345678' });
  });

  it('asks for a step-up to change an address when the face check is not fresh', async () => {
    const m = await memberWithCard(t, script);
    await walk(m, 'contact');
    // The session stays alive (a request slides it); the face check passed 31 minutes ago.
    t.clock.set('2026-11-23T03:20:00Z');
    await api.get(m);
    t.clock.set('2026-11-23T03:31:00Z');
    try {
      const res = await api.step(m, 'contact', { phone: m.phone, email: 'baru@contoh.id' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('step_up_required');
    } finally {
      t.clock.set('2026-11-23T03:00:00Z');
    }
  });

  it('offers what the member entered for their other card instead of asking to retype it', async () => {
    const m = await memberWithCard(t, script, { cards: 2 });
    await walk(m, 'population');
    const other = (await api.get(m, m.kpjs[1])).json();
    expect(other.status).toBe('not_started');
    expect(other.offered).toMatchObject({
      fromKpj: m.kpj,
      entries: {
        taxBank: { bank: { accountNumber: m.account }, verified: true },
        contact: { phone: m.phone },
      },
    });
  });
});

describe('two "Konfirmasi" at once', () => {
  it('update once: one version, the other answer refused', async () => {
    const m = await memberWithCard(t, script);
    await walk(m, 'review');
    const answers = await Promise.all([api.confirm(m), api.confirm(m), api.confirm(m)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409]);
    expect((await api.json('GET', '/api/v1/me/data-versions', m.cookie)).json().versions).toHaveLength(1);
  });
});

describe('bad input: a specific answer, partial progress kept, nothing half-saved as updated', () => {
  let m: Member;
  beforeAll(async () => {
    m = await memberWithCard(t, script);
    await walk(m, 'tax_bank');
  });

  const taxBank = (body: object) =>
    api.step(m, 'tax_bank', {
      npwp: '01.312.166.0-091.000',
      bankCode: '002',
      accountNumber: m.account,
      ...body,
    });

  it('a wrong-format NPWP', async () => {
    const res = await taxBank({ npwp: '01.312.166.1-091.000' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'data_update_step_invalid',
      errors: [
        { path: 'npwp', code: 'npwp_bad_check_digit', message: expect.stringMatching(/angka pemeriksa/) },
      ],
    });
    const english = await api.step(
      m,
      'tax_bank',
      { npwp: '12345', bankCode: '002', accountNumber: m.account },
      m.kpj,
      'en',
    );
    expect(english.json().errors).toEqual([
      {
        path: 'npwp',
        code: 'npwp_wrong_length',
        message: 'An NPWP has 15 digits (old format) or 16 digits (new format).',
      },
    ]);
  });

  it('a wrong account number', async () => {
    const res = await taxBank({ bankCode: '009', accountNumber: '12345' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: 'accountNumber', code: 'account_wrong_length_for_bank' }),
    ]);
    const missing = await taxBank({ accountNumber: '999999999999' });
    expect(missing.json()).toMatchObject({ status: 422, code: 'bank_account_not_found' });
  });

  it("a bank account in someone else's name, without saying whose it is", async () => {
    script.accounts.set('555566667777', { status: 'active', holderName: 'BUDI SANTOSO' });
    const res = await taxBank({ accountNumber: '555566667777' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'bank_holder_mismatch',
      title: expect.stringMatching(/bukan atas nama Anda/),
      detail: expect.stringMatching(/atas nama orang lain/),
    });
    expect(res.body).not.toMatch(/BUDI/);
  });

  it('a bank that does not answer: 503, and what was typed is kept for next time', async () => {
    script.accounts.set('111122223333', 'unavailable');
    const res = await taxBank({ accountNumber: '111122223333' });
    expect(res.statusCode).toBe(503);
    expect(res.json().code).toBe('bank_unavailable');
    const view = (await api.get(m)).json();
    expect(view.entered.taxBank).toMatchObject({
      bank: { accountNumber: '111122223333', holderName: null },
      verified: false,
    });
    expect(view).toMatchObject({ currentStep: 'tax_bank', status: 'draft' });
  });

  it('a step skipped by calling the API directly, and an early "Konfirmasi"', async () => {
    const res = await api.step(m, 'additional', additional);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'step_out_of_order',
      detail: expect.stringMatching(/tax_bank/),
    });
    const early = await api.confirm(m);
    expect(early.json()).toMatchObject({ status: 409, code: 'step_out_of_order' });
    const fresh = await memberWithCard(t, script);
    const skipped = await api.face(fresh, selfie);
    expect(skipped.json()).toMatchObject({
      code: 'step_out_of_order',
      detail: expect.stringMatching(/membership/),
    });
    expect(
      await t.deps.db
        .selectFrom('data_updates')
        .select('id')
        .where('person_id', '=', fresh.personId)
        .execute(),
    ).toEqual([]);
  });

  it('a step sent to the wrong place, or with a malformed body', async () => {
    expect((await api.step(m, 'face', {})).json()).toMatchObject({
      code: 'invalid_request',
      errors: [{ path: 'params.step' }],
    });
    expect((await api.step(m, 'contact', { phone: 12 })).json()).toMatchObject({ code: 'invalid_request' });
  });

  it("another member's card is not found, whatever the route", async () => {
    const other = await memberWithCard(t, script);
    expect((await api.get(m, other.kpj)).json()).toMatchObject({ status: 404, code: 'card_not_found' });
    expect((await api.step(m, 'membership', {}, other.kpj)).statusCode).toBe(404);
    expect((await api.face(m, selfie, 'image/jpeg', other.kpj)).statusCode).toBe(404);
    expect((await api.confirm(m, other.kpj)).statusCode).toBe(404);
    expect(
      await t.deps.db
        .selectFrom('data_updates')
        .select('id')
        .where('person_id', '=', other.personId)
        .execute(),
    ).toEqual([]);
  });

  it('left all of it as a draft: the steps done stay done, nothing is updated or versioned', async () => {
    const view = (await api.get(m)).json();
    expect(view).toMatchObject({ status: 'draft', currentStep: 'tax_bank', completedAt: null });
    expect(
      view.steps.filter((s: { state: string }) => s.state === 'done').map((s: { step: string }) => s.step),
    ).toEqual(['membership', 'confirm', 'face', 'contact']);
    expect(view.current.bank).toBeNull();
    expect((await api.json('GET', '/api/v1/me/data-versions', m.cookie)).json().versions).toEqual([]);
    expect(await cardsOf(m)).toEqual([
      expect.objectContaining({ dataUpdate: { status: 'draft', required: true } }),
    ]);
  });
});

describe('bad selfies', () => {
  let m: Member;
  beforeAll(async () => {
    m = await memberWithCard(t, script);
    await walk(m, 'face');
  });

  it('no face, two faces: the advice for each, and the attempts left today', async () => {
    script.face = [{ ok: false, image: 'selfie', problem: 'no_face' }];
    const none = await api.face(m, selfie);
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'face_not_found', detail: 'Sisa 2 percobaan hari ini.' });
    expect(none.json().title).toMatch(/Wajah tidak terlihat/);
    script.face = [{ ok: false, image: 'selfie', problem: 'several_faces' }];
    const two = await api.face(m, selfie);
    expect(two.json()).toMatchObject({ code: 'face_several_faces', detail: 'Sisa 1 percobaan hari ini.' });
    expect((await api.get(m)).json().face).toMatchObject({
      failedToday: 2,
      attemptsLeft: 1,
      last: { problem: 'several_faces' },
    });
  });

  it('a huge upload (413) and a file that is not an image (415) are refused before any comparison', async () => {
    const before = script.faceCalls;
    const huge = await api.face(m, Buffer.alloc(5_000_001, 1));
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'selfie_too_large', detail: 'Paling besar 5 MB' });
    const text = await api.face(m, 'this is not a photo at all');
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('selfie_not_an_image');
    const pdf = await api.face(m, '%PDF-1.7 …', 'application/pdf');
    expect(pdf.json()).toMatchObject({ status: 415, code: 'selfie_not_an_image' });
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/cards/${m.kpj}/data-update/face`,
      headers: { cookie: m.cookie },
      payload: { image: 'base64…' },
    });
    expect(json.json().code).toBe('selfie_not_an_image');
    expect(script.faceCalls).toBe(before);
    expect((await api.get(m)).json().face.failedToday).toBe(2);
  });

  it('a face matcher that cannot run counts no attempt', async () => {
    script.face = ['unavailable'];
    const res = await api.face(m, selfie);
    expect(res.statusCode).toBe(503);
    expect(res.json().code).toBe('face_check_unavailable');
    expect((await api.get(m)).json().face.failedToday).toBe(2);
  });

  it('a photo of a photo is told to use the real face; low similarity gets the light/angle/glasses advice', async () => {
    const other = await memberWithCard(t, script);
    await walk(other, 'face');
    script.face = [{ ok: true, similarity: 0.95, liveness: 0.1, millis: 300 }];
    const spoof = await api.face(other, selfie);
    expect(spoof.json()).toMatchObject({
      code: 'face_liveness_low',
      title: expect.stringMatching(/wajah Anda sendiri/),
    });
    script.face = [NOT_MATCHING];
    const unlike = await api.face(other, selfie, 'image/jpeg');
    expect(unlike.json().code).toBe('face_not_matching');
    expect(unlike.json().title).toMatch(/terang.*kacamata.*stabil/);
  });
});

describe('beneficiaries', () => {
  it('takes heirs whose shares add up to 100%, refuses others with reasons, and versions each change', async () => {
    const m = await memberWithCard(t, script);
    const empty = await api.json('GET', '/api/v1/me/beneficiaries', m.cookie);
    expect(empty.json()).toEqual({ beneficiaries: [], updatedAt: null });
    const heirs = [
      { fullName: 'Budi Santoso', nik: '3174011203850003', relation: 'spouse', shareBp: 5000 },
      { fullName: 'Ayu Lestari', nik: '3174015209150004', relation: 'child', shareBp: 5000 },
    ];
    const saved = await api.json('PUT', '/api/v1/me/beneficiaries', m.cookie, { beneficiaries: heirs });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().beneficiaries).toEqual([
      { fullName: 'Budi Santoso', maskedNik: '************0003', relation: 'spouse', shareBp: 5000 },
      { fullName: 'Ayu Lestari', maskedNik: '************0004', relation: 'child', shareBp: 5000 },
    ]);
    const bad = await api.json('PUT', '/api/v1/me/beneficiaries', m.cookie, {
      beneficiaries: [
        { ...heirs[0], shareBp: 6000 },
        { ...heirs[1], relation: 'neighbour', nik: m.nik },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'beneficiaries_invalid' });
    expect(bad.json().errors.map((e: { code: string }) => e.code)).toEqual([
      'beneficiary_is_member',
      'beneficiary_relation_invalid',
    ]);
    const versions = (await api.json('GET', '/api/v1/me/data-versions', m.cookie)).json().versions;
    expect(versions).toHaveLength(1);
    expect(versions[0].changes).toContainEqual({
      field: 'beneficiaries.0.nik',
      before: null,
      after: '************0003',
    });
    expect(JSON.stringify(versions)).not.toContain('3174011203850003');
  });
});
