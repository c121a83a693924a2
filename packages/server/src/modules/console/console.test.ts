/**
 * The staff side through HTTP: officers find members and every clear read of personal data is
 * recorded with its purpose — the member sees who read it, the supervisor sees their branch's reads;
 * employer users reach only their own workers; admins change roles, which ends the changed account's
 * sessions; officers resolve "lost both channels" recovery requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCard, createEmployer, createMember, createStaff } from '../../testing/factories.ts';
import { sentTo } from '../../testing/outbox.ts';
import { openTestApp, signIn, signInStaff, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let member: Awaited<ReturnType<typeof createMember>>;
let memberCookie: string;
let officer: string;
let supervisor: string;
let otherBranchOfficer: string;
let admin: string;

const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
const send = (method: 'POST' | 'PATCH', url: string, cookie: string, payload: object) =>
  t.app.inject({ method, url, headers: { cookie }, payload });

beforeAll(async () => {
  t = await openTestApp();
  member = await createMember(t.deps, { fullName: 'Sri Wahyuni', nik: '3174014506880002' });
  memberCookie = await signIn(t, member);
  officer = await signInStaff(t, await createStaff(t.deps, { role: 'officer', fullName: 'Rudi Hartono' }));
  supervisor = await signInStaff(t, await createStaff(t.deps, { role: 'supervisor' }));
  otherBranchOfficer = await signInStaff(
    t,
    await createStaff(t.deps, { role: 'officer', fullName: 'Made Sudarsana', branchCode: 'DPS-RNN' }),
  );
  admin = await signInStaff(t, await createStaff(t.deps, { role: 'admin' }));
});
afterAll(() => t.close());

describe('officer reads of personal data', () => {
  it('finds a member with masked data, opens the record in clear, and records the read for the member to see', async () => {
    const found = (await get(`/api/v1/console/members?nik=${member.nik}`, officer)).json();
    expect(found.members).toEqual([
      expect.objectContaining({ personId: member.personId, maskedNik: '************0002', hasAccount: true }),
    ]);
    expect(JSON.stringify(found)).not.toContain(member.nik);

    const noPurpose = await get(`/api/v1/console/members/${member.personId}`, officer);
    expect(noPurpose.statusCode).toBe(400);

    const record = await get(`/api/v1/console/members/${member.personId}?purpose=member_request`, officer);
    expect(record.statusCode).toBe(200);
    expect(record.json()).toMatchObject({ nik: member.nik, email: member.email, phone: member.phone });

    t.clock.set('2026-11-23T03:00:01Z'); // a later read, well within the sessions' idle time
    await get(`/api/v1/console/members/${member.personId}?purpose=complaint`, otherBranchOfficer);

    const seen = (await get('/api/v1/me/data-access', memberCookie)).json();
    expect(seen.reads).toEqual([
      expect.objectContaining({ reader: 'Made Sudarsana', purpose: 'complaint', role: 'officer' }),
      expect.objectContaining({
        reader: 'Rudi Hartono',
        branch: 'Kantor Cabang JKT-SLB',
        purpose: 'member_request',
        fields: ['nik', 'birth_date', 'email', 'phone'],
      }),
    ]);
  });

  it('shows a supervisor the reads of their own branch only, and an admin all of them', async () => {
    const branch = (await get('/api/v1/console/pii-reads', supervisor)).json();
    expect(branch.reads.length).toBeGreaterThan(0);
    expect(branch.reads.every((r: { branch: string }) => r.branch === 'Kantor Cabang JKT-SLB')).toBe(true);
    const all = (await get('/api/v1/console/pii-reads', admin)).json();
    expect(all.reads.map((r: { reader: string }) => r.reader)).toContain('Made Sudarsana');
    expect((await get('/api/v1/console/pii-reads', officer)).statusCode).toBe(403);
  });

  it('keeps the read log append-only', async () => {
    await expect(t.deps.db.deleteFrom('pii_reads').execute()).rejects.toThrow(/append-only/);
  });
});

describe('employer users', () => {
  it('see their own workers only, with the NIK masked', async () => {
    const mine = await createEmployer(t.deps, 'PT Sinar Jaya Abadi');
    const theirs = await createEmployer(t.deps, 'PT Lain');
    const worker = await createMember(t.deps, { fullName: 'Agus Salim' });
    await createCard(t.deps, { personId: worker.personId, employerId: mine.id, kpj: '23011110001' });
    await createCard(t.deps, { personId: member.personId, employerId: theirs.id, kpj: '23011110002' });
    const hr = await signInStaff(t, await createStaff(t.deps, { role: 'employer', employerId: mine.id }));
    const workers = (await get('/api/v1/employer/workers', hr)).json().workers;
    expect(workers).toEqual([expect.objectContaining({ kpj: '23011110001', fullName: 'Agus Salim' })]);
    expect(workers[0].maskedNik).toMatch(/^\*+\d{4}$/);
    expect((await get(`/api/v1/console/members?nik=${member.nik}`, hr)).statusCode).toBe(403);
  });
});

describe('administering staff', () => {
  it('creates staff, and a role change ends the changed account’s sessions and is recorded', async () => {
    const created = await send('POST', '/api/v1/admin/staff', admin, {
      fullName: 'Petugas Baru',
      email: 'baru@bpjs.test',
      password: 'cabang salemba lantai dua',
      role: 'officer',
      branchCode: 'JKT-SLB',
    });
    expect(created.statusCode).toBe(201);
    const newcomer = await signInStaff(t, { email: 'baru@bpjs.test', password: 'cabang salemba lantai dua' });
    expect((await get('/api/v1/staff/me', newcomer)).json()).toMatchObject({ role: 'officer' });

    const noBranch = await send('PATCH', `/api/v1/admin/staff/${created.json().id}`, admin, {
      role: 'supervisor',
      branchCode: 'NOPE',
    });
    expect(noBranch.statusCode).toBe(400);

    const promoted = await send('PATCH', `/api/v1/admin/staff/${created.json().id}`, admin, {
      role: 'supervisor',
    });
    expect(promoted.json()).toMatchObject({ role: 'supervisor' });
    // The old session carried officer privileges: it is gone; signing in again gives the new role.
    expect((await get('/api/v1/staff/me', newcomer)).statusCode).toBe(401);
    const again = await signInStaff(t, { email: 'baru@bpjs.test', password: 'cabang salemba lantai dua' });
    expect((await get('/api/v1/console/pii-reads', again)).statusCode).toBe(200);

    const events = await t.deps.db
      .selectFrom('security_events')
      .select(['kind', 'detail'])
      .where('staff_id', '=', created.json().id)
      .execute();
    expect(events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['staff_created', 'role_changed', 'staff_login_succeeded']),
    );
    expect(events.find((e) => e.kind === 'role_changed')!.detail).toMatchObject({
      from: 'officer@JKT-SLB',
      to: 'supervisor@JKT-SLB',
    });

    const taken = await send('POST', '/api/v1/admin/staff', admin, {
      fullName: 'Kembar',
      email: 'BARU@bpjs.test',
      password: 'cabang salemba lantai dua',
      role: 'admin',
    });
    expect(taken.json().code).toBe('email_already_used');
  });

  it('stops a disabled account at once', async () => {
    const staff = await createStaff(t.deps, { role: 'officer' });
    const cookie = await signInStaff(t, staff);
    await send('PATCH', `/api/v1/admin/staff/${staff.staffId}`, admin, { disabled: true });
    expect((await get('/api/v1/staff/me', cookie)).statusCode).toBe(401);
    const login = await send('POST', '/api/v1/staff/login', '', {
      email: staff.email,
      password: staff.password,
    });
    expect(login.statusCode).toBe(401);
  });
});

describe('recovery requests (lost both e-mail and phone)', () => {
  async function submit(overrides: object = {}) {
    const kpj = (
      await createCard(t.deps, { personId: member.personId, employerId: (await createEmployer(t.deps)).id })
    ).kpj;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/account-recovery/requests',
      payload: {
        kpj,
        nik: member.nik,
        fullName: 'Sri Wahyuni',
        birthDate: '1990-08-15',
        newEmail: 'sri.baru@contoh.id',
        newPhone: '081399990077',
        note: 'HP dan e-mail lama hilang bersama tas',
        ...overrides,
      },
    });
    expect(res.statusCode).toBe(201);
    return res.json().reference as string;
  }

  it('lets an officer check the request and move the account to the new e-mail and number', async () => {
    const reference = await submit();
    const queue = (await get('/api/v1/console/recovery-requests', officer)).json().requests;
    const item = queue.find((r: { reference: string }) => r.reference === reference);
    expect(item).toMatchObject({ matchesAccount: true, maskedNik: '************0002' });

    const full = (await get(`/api/v1/console/recovery-requests/${item.id}`, officer)).json();
    expect(full).toMatchObject({ nik: member.nik, newEmail: 'sri.baru@contoh.id' });

    const done = await send('POST', `/api/v1/console/recovery-requests/${item.id}/decision`, officer, {
      decision: 'approve',
    });
    expect(done.json()).toEqual({ status: 'resolved' });
    // The member's sessions ended; the account now answers to the new e-mail.
    expect((await get('/api/v1/me', memberCookie)).statusCode).toBe(401);
    expect(await sentTo(t.deps, 'sri.baru@contoh.id')).toEqual(
      expect.arrayContaining([expect.objectContaining({ subject: expect.stringContaining(reference) })]),
    );
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { identifier: 'SRI.BARU@contoh.id', channel: 'email' },
    });
    expect(reset.statusCode).toBe(202);
    expect((await sentTo(t.deps, 'sri.baru@contoh.id')).some((m) => /lupa-password\/atur/.test(m.body))).toBe(
      true,
    );

    const twice = await send('POST', `/api/v1/console/recovery-requests/${item.id}/decision`, officer, {
      decision: 'approve',
    });
    expect(twice.statusCode).toBe(404);
  });

  it('rejects with a reason that reaches the requester', async () => {
    const reference = await submit({ newEmail: 'palsu@contoh.id', newPhone: '081399990078' });
    const item = (await get('/api/v1/console/recovery-requests', officer))
      .json()
      .requests.find((r: { reference: string }) => r.reference === reference);
    const res = await send('POST', `/api/v1/console/recovery-requests/${item.id}/decision`, officer, {
      decision: 'reject',
      reason: 'Wajah pada panggilan video tidak sesuai dengan foto KTP.',
    });
    expect(res.json()).toEqual({ status: 'rejected' });
    const mail = (await sentTo(t.deps, 'palsu@contoh.id')).find((m) =>
      m.subject?.includes('tidak disetujui'),
    );
    expect(mail?.body).toContain('Wajah pada panggilan video');
  });
});
