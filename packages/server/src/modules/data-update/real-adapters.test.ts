/**
 * The data update with the real adapters the test app wires (no script): the Human face matcher
 * on faces cut at run time from the pictures its package ships, the sandbox registry holding the
 * reference photo, and the sandbox bank. Another photograph of the same man passes and the update
 * completes (the bank spells the name "MUH. AGUS SALIM"); a photograph of someone else is refused
 * with the advice for a face that does not match, its score recorded for the officer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSandboxBankAccounts } from '../../adapters/bank/sandbox.ts';
import { sampleFace } from '../../adapters/face/sample-faces.ts';
import { addToSandboxRegistry } from '../../adapters/population-registry/sandbox.ts';
import { createCard, createEmployer, createMember } from '../../testing/factories.ts';
import { openTestApp, signIn, type TestApp } from '../../testing/test-app.ts';
import { additional, calls, population } from './test-support.ts';

let t: TestApp;
let api: ReturnType<typeof calls>;

beforeAll(async () => {
  t = await openTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1000' } });
  api = calls(t);
});
afterAll(() => t.close());

async function memberWithReference(nik: string, account: string) {
  const fullName = 'Muhammad Agus Salim';
  await addToSandboxRegistry(t.deps.db, t.deps.pii, [
    {
      nik,
      fullName: fullName.toUpperCase(),
      birthDate: '1990-08-15',
      sex: 'M',
      photo: await sampleFace('man-a-1'),
    },
  ]);
  const member = await createMember(t.deps, { nik, fullName });
  const employer = await createEmployer(t.deps);
  const { kpj } = await createCard(t.deps, { personId: member.personId, employerId: employer.id });
  await addSandboxBankAccounts(t.deps.db, t.deps, [
    { bankCode: '002', accountNumber: account, holderName: 'MUH. AGUS SALIM', status: 'active' },
  ]);
  const m = { ...member, kpj, cookie: await signIn(t, member) };
  expect((await api.step(m, 'membership')).statusCode).toBe(200);
  expect((await api.step(m, 'confirm', { dataCorrect: true })).statusCode).toBe(200);
  return m;
}

const lastScore = (personId: string) =>
  t.deps.db
    .selectFrom('face_checks as f')
    .innerJoin('data_updates as d', 'd.id', 'f.data_update_id')
    .select(['f.similarity', 'f.liveness', 'f.millis', 'f.outcome'])
    .where('d.person_id', '=', personId)
    .orderBy('f.created_at', 'desc')
    .executeTakeFirstOrThrow();

describe('with the Human matcher, the sandbox registry and the sandbox bank', { timeout: 120_000 }, () => {
  it('the same man passes and the update completes; the bank’s abbreviation of his name is his', async () => {
    const m = await memberWithReference('3174011508900201', '002100200300');
    const face = await api.face(m, await sampleFace('man-a-2'));
    expect(face.statusCode, face.body).toBe(200);
    const score = await lastScore(m.personId);
    expect(score).toMatchObject({ outcome: 'passed' });
    expect(score.similarity).toBeGreaterThanOrEqual(0.7);
    console.info(
      `same person: similarity ${score.similarity?.toFixed(3)}, liveness ${score.liveness?.toFixed(3)}, ${score.millis} ms`,
    );

    expect((await api.step(m, 'contact', { phone: m.phone, email: m.email })).statusCode).toBe(200);
    const bank = await api.step(m, 'tax_bank', {
      npwp: null,
      bankCode: '002',
      accountNumber: '002100200300',
    });
    expect(bank.statusCode, bank.body).toBe(200);
    expect((await api.step(m, 'population', population)).statusCode).toBe(200);
    expect((await api.step(m, 'additional', additional)).statusCode).toBe(200);
    expect((await api.confirm(m)).json()).toMatchObject({
      status: 'updated',
      current: { bank: { holderName: 'MUH. AGUS SALIM' } },
    });
  });

  it('someone else is refused with the advice for a face that does not match, the score kept', async () => {
    const m = await memberWithReference('3174011508900202', '002100200301');
    const face = await api.face(m, await sampleFace('woman-b'));
    expect(face.statusCode).toBe(422);
    expect(face.json()).toMatchObject({ code: 'face_not_matching', detail: 'Sisa 2 percobaan hari ini.' });
    const score = await lastScore(m.personId);
    expect(score.outcome).toBe('failed');
    expect(score.similarity).toBeLessThan(0.7);
    console.info(
      `other person: similarity ${score.similarity?.toFixed(3)}, liveness ${score.liveness?.toFixed(3)}, ${score.millis} ms`,
    );
  });
});
