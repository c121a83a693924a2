import { errorMessage } from '@jmo/core/contracts/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n.ts';
import { headersOf, mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';
import { staff } from './api.ts';

const OFFICER = {
  id: '0192f3a0-0000-7000-8000-0000000000a1',
  fullName: 'Rudi Hartono',
  role: 'officer',
  branch: { code: 'JKT-SLB', name: 'Kantor Cabang Jakarta Salemba' },
  employer: null,
};
const PERSON = '0192f3a0-0000-7000-8000-0000000000b1';
const REQUEST = '0192f3a0-0000-7000-8000-0000000000c1';
const KPJ = '23012345678';
const NIK = '3174015708900001';

const QUEUE = {
  requests: [
    {
      id: REQUEST,
      reference: 'LA-20261120-ABC234',
      submittedAt: '2026-11-20T02:00:00Z',
      dueOn: '2026-11-23',
      overdue: true,
      fullName: 'Budi Santoso',
      maskedNik: '************0001',
      kpj: KPJ,
      matchesAccount: true,
    },
  ],
};
const RECORD = {
  personId: PERSON,
  fullName: 'Budi Santoso',
  nik: NIK,
  birthDate: '1988-05-17',
  email: 'budi@demo.jmo.id',
  phone: '+6281200000001',
  cards: [
    {
      kpj: KPJ,
      segment: 'PU',
      status: 'active',
      employer: 'PT Sinar Jaya Abadi',
      joinedOn: '2021-02-01',
      leftOn: null,
    },
  ],
};
const REQUEST_RECORD = {
  id: REQUEST,
  reference: 'LA-20261120-ABC234',
  submittedAt: '2026-11-20T02:00:00Z',
  dueOn: '2026-11-23',
  kpj: KPJ,
  nik: NIK,
  fullName: 'Budi Santoso',
  birthDate: '1988-05-17',
  newEmail: 'budi.baru@contoh.id',
  newPhone: '+6281399990001',
  note: 'HP dicuri dan e-mail lama tidak bisa dibuka.',
  matchesAccount: true,
};

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const bodyOf = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const calls = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`);

/** The error text an input is described by. */
function errorOf(element: HTMLElement): string | undefined {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.find((id) => id.endsWith('-error'));
  return error ? (document.getElementById(error)?.textContent ?? undefined) : undefined;
}

describe('staff console', () => {
  useCleanSlate();
  beforeEach(() => {
    staff.value = undefined;
  });

  it('sends a visitor without a staff session to the console sign-in, then back to the console', async () => {
    let signedIn = false;
    const fetchMock = mockFetch({
      'GET /api/v1/staff/me': () =>
        signedIn ? { status: 200, body: OFFICER } : problem(401, 'unauthenticated'),
      'POST /api/v1/staff/login': (_url, init) => {
        const { password } = bodyOf(init) as { password: string };
        if (password !== 'demo-jmo-2026') return problem(401, 'invalid_credentials');
        signedIn = true;
        return { status: 200, body: OFFICER };
      },
      'GET /api/v1/console/recovery-requests': () => ({ status: 200, body: QUEUE }),
      'GET /api/v1/console/data-updates': () => ({ status: 200, body: { items: [] } }),
      'GET /api/v1/console/identity-corrections': () => ({ status: 200, body: { items: [] } }),
    });
    renderAt('/console');
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk Konsol Petugas' })).toBeTruthy();
    expect(window.location.pathname).toBe('/console/masuk');
    await waitFor(() => expect(document.title).toBe('Masuk Konsol Petugas — JMO'));

    fireEvent.click(button('Masuk'));
    expect(errorOf(input('Email Kantor'))).toBe('Isi email kantor Anda.');
    expect(document.activeElement).toBe(input('Email Kantor'));

    type('Email Kantor', ' petugas@demo.jmo.id ');
    type('Kata Sandi', 'salah');
    fireEvent.click(button('Masuk'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(errorMessage('invalid_credentials', 'id')),
    );

    type('Kata Sandi', 'demo-jmo-2026');
    fireEvent.click(button('Masuk'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Konsol Petugas' })).toBeTruthy();
    expect(window.location.pathname).toBe('/console');
    const login = fetchMock.mock.calls.filter(([url]) => String(url) === '/api/v1/staff/login').at(-1)!;
    expect(bodyOf(login[1])).toEqual({ email: 'petugas@demo.jmo.id', password: 'demo-jmo-2026' });
    expect(screen.getByText('Rudi Hartono')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Cari Peserta' })).toBeTruthy();

    // The queue: the overdue request flagged, with its due date.
    const queue = await screen.findByRole('link', { name: 'Periksa permintaan LA-20261120-ABC234' });
    const item = queue.closest('li')!;
    expect(within(item).getByText('Lewat tenggat')).toBeTruthy();
    expect(within(item).getByText('23 Nov 2026')).toBeTruthy();
    expect(queue.getAttribute('href')).toBe(`/console/pemulihan/${REQUEST}`);
    // Only staff endpoints: nothing of the member API.
    expect(calls(fetchMock).every((c) => /\/api\/v1\/(staff|console)\//.test(c))).toBe(true);
  });

  it('looks a member up by KPJ and opens the record only after a purpose is chosen', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }),
      'GET /api/v1/console/recovery-requests': () => ({ status: 200, body: { requests: [] } }),
      'GET /api/v1/console/data-updates': () => ({ status: 200, body: { items: [] } }),
      'GET /api/v1/console/identity-corrections': () => ({ status: 200, body: { items: [] } }),
      'GET /api/v1/console/members': () => ({
        status: 200,
        body: {
          members: [
            {
              personId: PERSON,
              fullName: 'Budi Santoso',
              maskedNik: '************0001',
              hasAccount: true,
              cards: 2,
            },
          ],
        },
      }),
      [`GET /api/v1/console/members/${PERSON}`]: () => ({ status: 200, body: RECORD }),
    });
    renderAt('/console');
    await screen.findByRole('heading', { level: 2, name: 'Cari Peserta' });
    type('Nomor KPJ', '230 1234');
    fireEvent.click(button('Cari'));
    expect(errorOf(input('Nomor KPJ'))).toBe('Nomor KPJ terdiri dari 11 angka.');
    expect(document.activeElement).toBe(input('Nomor KPJ'));

    type('Nomor KPJ', '230-1234-5678');
    fireEvent.click(button('Cari'));
    expect(await screen.findByText('1 peserta ditemukan.')).toBeTruthy();
    expect(calls(fetchMock)).toContain(`GET /api/v1/console/members?kpj=${KPJ}`);
    expect(screen.getByText('************0001')).toBeTruthy();
    expect(screen.getByText('Akses ini dicatat dan dapat dilihat oleh peserta.')).toBeTruthy();

    // No purpose, no read.
    fireEvent.click(button('Buka Data Peserta'));
    const purpose = screen.getByLabelText('Tujuan akses') as HTMLSelectElement;
    expect(errorOf(purpose)).toBe('Pilih tujuan akses sebelum membuka data peserta.');
    expect(document.activeElement).toBe(purpose);
    expect(calls(fetchMock).some((c) => c.includes(`/members/${PERSON}`))).toBe(false);
    expect([...purpose.options].map((o) => o.text)).toEqual([
      'Pilih tujuan…',
      'Permintaan peserta',
      'Pemulihan akun',
      'Pemeriksaan perubahan data',
      'Pemeriksaan klaim',
      'Pengaduan',
    ]);

    fireEvent.change(purpose, { target: { value: 'complaint' } });
    fireEvent.click(button('Buka Data Peserta'));
    expect(await screen.findByText(NIK)).toBeTruthy();
    expect(window.location.pathname).toBe(`/console/peserta/${PERSON}`);
    expect(calls(fetchMock)).toContain(`GET /api/v1/console/members/${PERSON}?purpose=complaint`);
    expect(
      screen.getByText('Tujuan akses: Pengaduan. Akses ini dicatat dan dapat dilihat oleh peserta.'),
    ).toBeTruthy();
    expect(screen.getByText('budi@demo.jmo.id')).toBeTruthy();
    expect(screen.getByText('17 Mei 1988')).toBeTruthy();
    expect(screen.getByText('PT Sinar Jaya Abadi')).toBeTruthy();
  });

  it("shows a member's session the console sign-in, not the console", async () => {
    mockFetch({ 'GET /api/v1/staff/me': () => problem(403, 'forbidden') });
    renderAt('/console');
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk Konsol Petugas' })).toBeTruthy();
    expect(window.location.pathname).toBe('/console/masuk');
  });

  it('asks for a purpose on a record address that has none, before reading anything', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }) });
    renderAt(`/console/peserta/${PERSON}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Pilih tujuan akses' })).toBeTruthy();
    expect(calls(fetchMock)).toEqual(['GET /api/v1/staff/me']);
  });

  it('approves a recovery request only after confirming, and says it is recorded', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }),
      [`GET /api/v1/console/recovery-requests/${REQUEST}`]: () => ({ status: 200, body: REQUEST_RECORD }),
      [`POST /api/v1/console/recovery-requests/${REQUEST}/decision`]: () => ({
        status: 200,
        body: { status: 'resolved' },
      }),
    });
    renderAt(`/console/pemulihan/${REQUEST}`);
    expect(await screen.findByText(NIK)).toBeTruthy();
    expect(screen.getByText('Pembukaan permintaan ini dicatat dan dapat dilihat oleh peserta.')).toBeTruthy();
    expect(screen.getByText('budi.baru@contoh.id')).toBeTruthy();

    fireEvent.click(button('Setujui'));
    expect(screen.getByRole('heading', { name: 'Setujui permintaan ini?' })).toBeTruthy();
    fireEvent.click(button('Batal'));
    expect(screen.queryByRole('heading', { name: 'Setujui permintaan ini?' })).toBeNull();
    fireEvent.click(button('Setujui'));
    expect(calls(fetchMock).some((c) => c.startsWith('POST'))).toBe(false);

    fireEvent.click(button('Ya, setujui dan pindahkan akun'));
    expect(
      await screen.findByText('Permintaan disetujui. Akun sudah dipindahkan ke email dan nomor HP baru.'),
    ).toBeTruthy();
    const decision = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(bodyOf(decision[1])).toEqual({ decision: 'approve' });
  });

  it('rejects a recovery request with a reason, in English when English is chosen', async () => {
    setLang('en');
    const fetchMock = mockFetch({
      'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }),
      [`GET /api/v1/console/recovery-requests/${REQUEST}`]: () => ({ status: 200, body: REQUEST_RECORD }),
      [`POST /api/v1/console/recovery-requests/${REQUEST}/decision`]: () => ({
        status: 200,
        body: { status: 'rejected' },
      }),
    });
    renderAt(`/console/pemulihan/${REQUEST}`);
    await screen.findByText(NIK);
    const reason = screen.getByLabelText('Reason for rejecting') as HTMLTextAreaElement;
    fireEvent.input(reason, { target: { value: 'no' } });
    fireEvent.click(button('Reject Request'));
    expect(errorOf(reason)).toBe('Write the reason for rejecting, at least 5 characters.');
    expect(document.activeElement).toBe(reason);

    fireEvent.input(reason, { target: { value: '  The ID card does not match the name.  ' } });
    fireEvent.click(button('Reject Request'));
    expect(await screen.findByText('Request rejected. The applicant was told why.')).toBeTruthy();
    const decision = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(bodyOf(decision[1])).toEqual({
      decision: 'reject',
      reason: 'The ID card does not match the name.',
    });
    expect(headersOf(decision[1])['Accept-Language']).toBe('en');
  });

  it('goes to the console sign-in, with the way back, when the session ends during work', async () => {
    mockFetch({
      'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }),
      [`GET /api/v1/console/recovery-requests/${REQUEST}`]: () => problem(401, 'unauthenticated'),
    });
    renderAt(`/console/pemulihan/${REQUEST}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk Konsol Petugas' })).toBeTruthy();
    expect(window.location.pathname + window.location.search).toBe(
      `/console/masuk?lanjut=${encodeURIComponent(`/console/pemulihan/${REQUEST}`)}`,
    );
  });

  it('sends an employer user to the employer portal, with nothing of the officer console', async () => {
    await import('../employer/Employer.tsx'); // a lazy route: loaded before the clock of findBy starts
    mockFetch({
      'GET /api/v1/staff/me': () => ({
        status: 200,
        body: {
          id: OFFICER.id,
          fullName: 'Dian Permata',
          role: 'employer',
          branch: null,
          employer: { npp: '10000001', name: 'PT Sinar Jaya Abadi' },
        },
      }),
      'GET /api/v1/employer': () => ({
        status: 200,
        body: {
          npp: '10000001',
          name: 'PT Sinar Jaya Abadi',
          jkkRiskGroup: 2,
          activeWorkers: 1,
          asOf: '2026-11-23',
          arrears: { invoices: 0, total: '0', accruedPenalty: '0' },
        },
      }),
    });
    renderAt('/console');
    expect(await screen.findByRole('heading', { level: 1, name: 'PT Sinar Jaya Abadi' })).toBeTruthy();
    expect(window.location.pathname).toBe('/employer');
    expect(screen.queryByRole('heading', { name: 'Cari Peserta' })).toBeNull();
  });

  it('lets an administrator disable a staff account', async () => {
    let disabled = false;
    const fetchMock = mockFetch({
      'GET /api/v1/staff/me': () => ({
        status: 200,
        body: { id: OFFICER.id, fullName: 'Admin JMO', role: 'admin', branch: null, employer: null },
      }),
      'GET /api/v1/admin/staff': () => ({ status: 200, body: { staff: [{ ...OFFICER, disabled }] } }),
      'GET /api/v1/console/pii-reads': () => ({ status: 200, body: { reads: [] } }),
      [`PATCH /api/v1/admin/staff/${OFFICER.id}`]: (_url, init) => {
        disabled = (bodyOf(init) as { disabled: boolean }).disabled;
        return { status: 200, body: OFFICER };
      },
    });
    renderAt('/console');
    fireEvent.click(await screen.findByRole('button', { name: 'Nonaktifkan Rudi Hartono' }));
    expect(await screen.findByText('Rudi Hartono dinonaktifkan dan semua sesinya diakhiri.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Aktifkan kembali Rudi Hartono' })).toBeTruthy();
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH')!;
    expect(bodyOf(patch[1])).toEqual({ disabled: true });
  });
});
