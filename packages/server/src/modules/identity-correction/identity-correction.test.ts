/**
 * Identity corrections through HTTP: evidence uploaded (re-encoded, metadata gone, stored
 * encrypted), a request made, the officer opens it (audited), looks at the evidence and approves:
 * the name is corrected with a version authored by the officer, the cards follow, the member is
 * told in the app, by e-mail and by SMS. A rejection's reason reaches the member. Bad input gets
 * specific problems; other members' requests and evidence stay out of reach; other roles are refused.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryRecord } from '../../adapters/population-registry/port.ts';
import { createCard, createEmployer, createMember, createStaff } from '../../testing/factories.ts';
import { sentTo } from '../../testing/outbox.ts';
import { openTestApp, signIn, signInStaff, type TestApp } from '../../testing/test-app.ts';
import { jpeg } from '../data-update/test-support.ts';

let t: TestApp;
const registry = new Map<string, RegistryRecord>();
let photo: Buffer;
let serial = 500;
let address = 0;

beforeAll(async () => {
  t = await openTestApp({
    env: { JMO_SELFIE_MAX_BYTES: '300000' },
    deps: () => ({
      registry: {
        findByNik: async (nik) => registry.get(nik) ?? null,
        referencePhoto: async () => null,
      },
    }),
  });
  photo = await jpeg(1600, 1000, { r: 90, g: 120, b: 200 }, true);
});
afterAll(() => t.close());

async function member(fullName = 'RINA KARTIKA') {
  const nik = `317401150890${String(++serial).padStart(4, '0')}`;
  const m = await createMember(t.deps, { nik, fullName });
  const employer = await createEmployer(t.deps);
  const card = await createCard(t.deps, {
    personId: m.personId,
    employerId: employer.id,
    nameOnCard: 'RINA KARTIKAA',
  });
  registry.set(nik, { nik, fullName: 'RINA KARTIKA SARI', birthDate: '1990-08-15', sex: 'F' });
  return { ...m, kpj: card.kpj, cookie: await signIn(t, m) };
}

async function officer(role: 'officer' | 'supervisor' | 'admin' | 'employer' = 'officer') {
  const staff = await createStaff(t.deps, { role, fullName: `Dewi ${role}` });
  return { ...staff, cookie: await signInStaff(t, staff) };
}

const remoteAddress = () => `10.88.${Math.floor(++address / 250) % 250}.${address % 250}`;
const json = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: { cookie, 'accept-language': 'en' },
    remoteAddress: remoteAddress(),
    ...(payload ? { payload } : {}),
  });
const upload = (m: { cookie: string }, bytes: Buffer | string, type = 'image/jpeg', kind = 'ktp') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/me/identity-corrections/evidence?kind=${kind}`,
    headers: { cookie: m.cookie, 'content-type': type },
    remoteAddress: remoteAddress(),
    payload: bytes,
  });
const ask = (m: { cookie: string }, body: object) =>
  json('POST', '/api/v1/me/identity-corrections', m.cookie, body);
const nameFix = (evidenceIds: string[], fullName = 'Rina Kartika Sari') => ({
  fields: ['fullName'],
  values: { fullName },
  explanation: 'Nama di KTP saya RINA KARTIKA SARI, di kartu tertulis salah.',
  evidenceIds,
});
const consoleCall = (o: { cookie: string }, method: 'GET' | 'POST', url: string, payload?: object) =>
  json(method, `/api/v1/console/identity-corrections${url}`, o.cookie, payload);

describe('identity correction', () => {
  it('goes from upload to an approved correction with a version, the cards following and the member told', async () => {
    const m = await member();
    const up = await upload(m, photo);
    expect(up.statusCode).toBe(201);
    const evidence = up.json();
    expect(evidence).toMatchObject({ kind: 'ktp', width: 1280 });
    // Stored re-encoded and encrypted, without the EXIF of the upload.
    const row = await t.deps.db
      .selectFrom('identity_evidence')
      .selectAll()
      .where('id', '=', evidence.id)
      .executeTakeFirstOrThrow();
    const stored = (await t.deps.documents.get(row.document_key))!;
    expect((await sharp(stored).metadata()).exif).toBeUndefined();

    const created = await ask(m, nameFix([evidence.id]));
    expect(created.statusCode).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({
      status: 'open',
      fields: ['fullName'],
      values: { fullName: 'RINA KARTIKA SARI' },
      holder: null,
    });
    expect(request.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const stored_ = await t.deps.db
      .selectFrom('identity_corrections')
      .selectAll()
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(stored_.requested_enc.toString('latin1')).not.toContain('SARI');

    const o = await officer();
    const queue = (await consoleCall(o, 'GET', '')).json();
    const item = queue.items.find((i: { id: string }) => i.id === request.id);
    expect(item).toMatchObject({ fullName: 'RINA KARTIKA', evidenceCount: 1, holder: null });
    expect(item.maskedNik).not.toBe(m.nik);

    const opened = await consoleCall(o, 'GET', `/${request.id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({
      person: { fullName: 'RINA KARTIKA', nik: m.nik },
      registry: { fullName: 'RINA KARTIKA SARI', birthDate: '1990-08-15' },
      cards: [{ kpj: m.kpj, nameOnCard: 'RINA KARTIKAA' }],
      requested: { fullName: 'RINA KARTIKA SARI' },
      holder: 'Dewi officer',
      evidence: [{ id: evidence.id, kind: 'ktp' }],
    });
    const image = await consoleCall(o, 'GET', `/${request.id}/evidence/${evidence.id}`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    const reads = await t.deps.db
      .selectFrom('pii_reads')
      .select(['fields', 'purpose'])
      .where('person_id', '=', m.personId)
      .execute();
    expect(reads.flatMap((r) => r.fields)).toEqual(expect.arrayContaining(['nik', 'ktp_photo']));

    const decided = await consoleCall(o, 'POST', `/${request.id}/decision`, { decision: 'approve' });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'approved', version: 1 });
    const person = await t.deps.db
      .selectFrom('people')
      .select(['full_name'])
      .where('id', '=', m.personId)
      .executeTakeFirstOrThrow();
    expect(person.full_name).toBe('RINA KARTIKA SARI');
    const card = await t.deps.db
      .selectFrom('memberships')
      .select('name_on_card')
      .where('kpj', '=', m.kpj)
      .executeTakeFirstOrThrow();
    expect(card.name_on_card).toBeNull();

    const versions = (await json('GET', '/api/v1/me/data-versions', m.cookie)).json();
    expect(versions.versions[0]).toMatchObject({
      author: { kind: 'officer', name: 'Dewi officer' },
      changes: [{ field: 'identity.fullName', before: 'RINA KARTIKA', after: 'RINA KARTIKA SARI' }],
    });
    const notices = (await json('GET', '/api/v1/me/notifications', m.cookie)).json();
    expect(notices.notifications.map((n: { kind: string }) => n.kind)).toContain('identity_correction');
    expect((await sentTo(t.deps, m.email, 'email'))[0]?.subject).toMatch(
      /Koreksi identitas Anda disetujui|approved/,
    );
    expect((await sentTo(t.deps, m.phone, 'sms')).length).toBeGreaterThan(0);

    const mine = (await json('GET', '/api/v1/me/identity-corrections', m.cookie)).json();
    expect(mine.current.fullName).toBe('RINA KARTIKA SARI');
    expect(mine.requests[0]).toMatchObject({ status: 'approved', holder: 'Dewi officer' });
    // Decided once only.
    expect(
      (await consoleCall(o, 'POST', `/${request.id}/decision`, { decision: 'approve' })).json().code,
    ).toBe('review_already_decided');
  });

  it('shows the member the reason of a rejection, and lets them ask again', async () => {
    const m = await member();
    const ev = (await upload(m, photo, 'image/png', 'kk')).json();
    const request = (
      await ask(m, {
        fields: ['birthDate'],
        values: { birthDate: '1990-08-05' },
        explanation: 'Tanggal lahir di KK saya 5 Agustus.',
        evidenceIds: [ev.id],
      })
    ).json();
    const o = await officer('supervisor');
    expect((await consoleCall(o, 'POST', `/${request.id}/decision`, { decision: 'reject' })).statusCode).toBe(
      400,
    );
    const rejected = await consoleCall(o, 'POST', `/${request.id}/decision`, {
      decision: 'reject',
      reason: 'Foto KK buram, tanggal lahir tidak terbaca.',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', version: null });
    const mine = (await json('GET', '/api/v1/me/identity-corrections', m.cookie)).json();
    expect(mine.current.birthDate).toBe('1990-08-15');
    expect(mine.requests[0]).toMatchObject({
      status: 'rejected',
      decisionReason: 'Foto KK buram, tanggal lahir tidak terbaca.',
    });
    expect((await sentTo(t.deps, m.email, 'email'))[0]?.body).toContain('Foto KK buram');
    const again = (await upload(m, photo)).json();
    expect((await ask(m, nameFix([again.id]))).statusCode).toBe(201);
  });

  it('corrects both fields at once, the birth date included', async () => {
    const m = await member();
    const ev = (await upload(m, photo, 'image/webp', 'kk')).json();
    const request = (
      await ask(m, {
        fields: ['fullName', 'birthDate'],
        values: { fullName: 'Rina Kartika Sari', birthDate: '1990-05-18' },
        explanation: 'Nama dan tanggal lahir di KK saya berbeda.',
        evidenceIds: [ev.id],
      })
    ).json();
    const o = await officer();
    expect(
      (await consoleCall(o, 'POST', `/${request.id}/decision`, { decision: 'approve' })).statusCode,
    ).toBe(200);
    const mine = (await json('GET', '/api/v1/me/identity-corrections', m.cookie)).json();
    expect(mine.current).toEqual({ fullName: 'RINA KARTIKA SARI', birthDate: '1990-05-18' });
    const versions = (await json('GET', '/api/v1/me/data-versions', m.cookie)).json();
    expect(versions.versions[0].changes.map((c: { field: string }) => c.field)).toEqual([
      'identity.birthDate',
      'identity.fullName',
    ]);
  });

  it('refuses bad input with specific problems', async () => {
    const m = await member();
    expect((await ask(m, nameFix([]))).json().code).toBe('identity_correction_no_evidence');
    const notImage = await upload(m, 'this is not a picture at all', 'image/jpeg');
    expect(notImage.statusCode).toBe(415);
    expect(notImage.json().code).toBe('identity_evidence_not_an_image');
    const wrongType = await upload(m, Buffer.from('%PDF-1.7'), 'application/pdf');
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().code).toBe('identity_evidence_not_an_image');
    const huge = await upload(m, Buffer.alloc(400_000, 1));
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'identity_evidence_too_large', detail: 'Paling besar 0,3 MB' });

    const ev = (await upload(m, photo)).json();
    const same = await ask(m, nameFix([ev.id], 'rina  kartika'));
    expect(same.statusCode).toBe(422);
    expect(same.json()).toMatchObject({
      code: 'identity_correction_same_value',
      errors: [{ path: 'values.fullName' }],
    });
    const sameDate = await ask(m, {
      fields: ['birthDate'],
      values: { birthDate: '1990-08-15' },
      explanation: 'Tanggal lahir saya salah.',
      evidenceIds: [ev.id],
    });
    expect(sameDate.json().code).toBe('identity_correction_same_value');
    const future = await ask(m, {
      fields: ['birthDate'],
      values: { birthDate: '2990-02-30' },
      explanation: 'Tanggal lahir saya salah.',
      evidenceIds: [ev.id],
    });
    expect(future.statusCode).toBe(400);

    // Another member's evidence is not theirs to cite; their request not theirs to read.
    const other = await member();
    const theirs = (await upload(other, photo)).json();
    expect((await ask(m, nameFix([theirs.id]))).json().code).toBe('identity_evidence_not_found');
    const first = await ask(m, nameFix([ev.id]));
    expect(first.statusCode).toBe(201);
    // Evidence used once, and one open request per person.
    expect((await ask(m, nameFix([ev.id]))).json().code).toBe('identity_correction_already_open');
    const ev2 = (await upload(m, photo)).json();
    const second = await ask(m, nameFix([ev2.id], 'Rina K Sari'));
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('identity_correction_already_open');
    const otherList = (await json('GET', '/api/v1/me/identity-corrections', other.cookie)).json();
    expect(otherList.requests).toEqual([]);
  });

  it('refuses other roles and members on the console routes', async () => {
    const m = await member();
    const ev = (await upload(m, photo)).json();
    const request = (await ask(m, nameFix([ev.id]))).json();
    for (const role of ['admin', 'employer'] as const) {
      const s = await officer(role);
      expect((await consoleCall(s, 'GET', `/${request.id}`)).statusCode).toBe(403);
      expect(
        (await consoleCall(s, 'POST', `/${request.id}/decision`, { decision: 'approve' })).statusCode,
      ).toBe(403);
    }
    expect(
      (await json('GET', `/api/v1/console/identity-corrections/${request.id}/evidence/${ev.id}`, m.cookie))
        .statusCode,
    ).toBe(403);
    const o = await officer();
    expect((await consoleCall(o, 'GET', `/${request.id}/evidence/${request.id}`)).json().code).toBe(
      'identity_evidence_not_found',
    );
  });
});
