import { errorMessage } from '@jmo/core/contracts/errors';
import { returnReasons } from '@jmo/core/data-update/messages';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n.ts';
import { mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';
import { staff } from './api.ts';

const OFFICER = {
  id: '0192f3a0-0000-7000-8000-0000000000a1',
  fullName: 'Rudi Hartono',
  role: 'officer',
  branch: { code: 'JKT-SLB', name: 'Kantor Cabang Jakarta Salemba' },
  employer: null,
};
const CASE_ID = '0192f3a0-0000-7000-8000-0000000000d1';
const LATER_ID = '0192f3a0-0000-7000-8000-0000000000d2';
const ATTEMPT_1 = '0192f3a0-0000-7000-8000-0000000000e1';
const ATTEMPT_2 = '0192f3a0-0000-7000-8000-0000000000e2';
const BASE = `/api/v1/console/data-updates/${CASE_ID}`;

const item = (over: Record<string, unknown>) => ({
  id: CASE_ID,
  kind: 'face_check',
  status: 'draft',
  kpj: '23012345678',
  fullName: 'Siti Rahayu',
  maskedNik: '************0001',
  openedAt: '2026-11-20T02:00:00Z',
  dueOn: '2026-11-25',
  overdue: false,
  holder: null,
  failedFaceAttempts: 3,
  lastFaceProblem: 'similarity_low',
  ...over,
});
// The server's order is soonest due first; the screen keeps that order whatever it is sent.
const QUEUE = {
  items: [
    item({
      id: LATER_ID,
      kind: 'data_update',
      status: 'in_review',
      fullName: 'Budi Santoso',
      dueOn: '2026-12-04',
      openedAt: '2026-11-27T02:00:00Z',
      failedFaceAttempts: 0,
      lastFaceProblem: null,
      holder: 'Rudi Hartono',
    }),
    item({ overdue: true, dueOn: '2026-11-24' }),
  ],
};

const view = (over: Record<string, unknown> = {}) => ({
  phone: '+6281200000001',
  email: 'siti@demo.jmo.id',
  npwp: null,
  bank: null,
  familyCardNumber: null,
  address: null,
  maritalStatus: null,
  mothersMaidenName: null,
  emergencyContact: null,
  ...over,
});
const CASE = {
  id: CASE_ID,
  kind: 'face_check',
  status: 'draft',
  round: 1,
  kpj: '23012345678',
  person: {
    personId: '0192f3a0-0000-7000-8000-0000000000b1',
    fullName: 'Siti Rahayu',
    nik: '3174015708900001',
    birthDate: '1990-08-17',
    sex: 'F',
  },
  before: view(),
  after: view({ phone: '+6281299990000' }),
  changes: [{ field: 'phone', before: '+6281200000001', after: '+6281299990000' }],
  faceAttempts: [
    {
      id: ATTEMPT_1,
      at: '2026-11-20T01:50:00Z',
      outcome: 'failed',
      problem: 'similarity_low',
      similarity: 0.41,
      liveness: 0.93,
      millis: 812,
    },
    {
      id: ATTEMPT_2,
      at: '2026-11-20T01:59:00Z',
      outcome: 'referred',
      problem: 'similarity_low',
      similarity: 0.62,
      liveness: 0.91,
      millis: 790,
    },
  ],
  thresholds: { match: 0.7, liveness: 0.5 },
  review: { openedAt: '2026-11-20T02:00:00Z', dueOn: '2026-11-24', overdue: true, holder: 'Rudi Hartono' },
  versions: [
    {
      version: 1,
      at: '2026-01-05T03:00:00Z',
      author: { kind: 'member', name: null },
      kpj: '23012345678',
      changes: [{ field: 'email', before: null, after: 'siti@demo.jmo.id' }],
    },
  ],
};

const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const bodyOf = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const calls = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`);

function caseRoutes(decision?: (init: RequestInit) => ReturnType<Parameters<typeof mockFetch>[0][string]>) {
  return mockFetch({
    'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }),
    'GET /api/v1/console/data-updates': () => ({ status: 200, body: QUEUE }),
    'GET /api/v1/console/identity-corrections': () => ({ status: 200, body: { items: [] } }),
    'GET /api/v1/console/recovery-requests': () => ({ status: 200, body: { requests: [] } }),
    [`GET ${BASE}`]: () => ({ status: 200, body: CASE }),
    [`GET ${BASE}/photos/selfie`]: () => ({ status: 200, body: 'selfie-bytes' }),
    [`GET ${BASE}/photos/reference`]: () => ({ status: 200, body: 'reference-bytes' }),
    [`POST ${BASE}/decision`]: (_url, init) =>
      decision ? decision(init) : { status: 200, body: { status: 'draft', applied: false } },
  });
}

describe('console: data-update review', () => {
  useCleanSlate();
  let created = 0;
  const revoked: string[] = [];
  beforeEach(() => {
    staff.value = undefined;
    created = 0;
    revoked.length = 0;
    // jsdom has no object URLs: count them instead.
    Object.assign(URL, {
      createObjectURL: vi.fn(() => `blob:photo-${++created}`),
      revokeObjectURL: vi.fn((url: string) => revoked.push(url)),
    });
  });
  afterEach(() => {
    cleanup();
  });

  it('lists face checks and data updates soonest due first, overdue ones marked', async () => {
    caseRoutes();
    renderAt('/console');
    const links = await screen.findAllByRole('link', { name: /^Periksa (verifikasi wajah|perubahan data)/ });
    expect(links.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Periksa verifikasi wajah Siti Rahayu',
      'Periksa perubahan data Budi Santoso',
    ]);
    const first = links[0]!.closest('li')!;
    expect(within(first).getAllByText('Terlambat').length).toBe(1);
    expect(within(first).getByText('24 Nov 2026 (terlambat)')).toBeTruthy();
    expect(within(first).getByText('3 kali')).toBeTruthy();
    expect(within(first).getByText('Wajah tidak cocok dengan foto kependudukan')).toBeTruthy();
    expect(within(first).getByText('Belum ada petugas')).toBeTruthy();
    expect(within(first).getByText('************0001')).toBeTruthy();
    expect(links[0]!.getAttribute('href')).toBe(`/console/pengkinian/${CASE_ID}`);
    const second = links[1]!.closest('li')!;
    expect(within(second).queryByText('Terlambat')).toBeNull();
    expect(within(second).getByText('Rudi Hartono')).toBeTruthy();
    expect(within(second).queryByText('Verifikasi wajah gagal')).toBeNull();
  });

  it('reads nothing personal until the officer opens the case for its purpose, then shows photos and scores', async () => {
    const fetchMock = caseRoutes();
    const { unmount } = renderAt(`/console/pengkinian/${CASE_ID}`);
    expect(await screen.findByRole('heading', { name: 'Buka data pribadi peserta' })).toBeTruthy();
    expect(screen.getByText(/Tujuan akses: Pemeriksaan perubahan data\./)).toBeTruthy();
    expect(calls(fetchMock).some((c) => c.includes('/console/data-updates/'))).toBe(false);
    expect(screen.queryByText('3174015708900001')).toBeNull();

    fireEvent.click(button('Buka Kasus'));
    expect(await screen.findByText('3174015708900001')).toBeTruthy();
    expect(window.location.search).toBe('?tujuan=data_update_review');
    expect(screen.getByText('17 Agu 1990')).toBeTruthy();
    expect(screen.getByText('Perempuan')).toBeTruthy();
    // Scores against the thresholds, in Indonesian decimals.
    expect(screen.getByText('0,62 — di bawah ambang 0,70')).toBeTruthy();
    expect(screen.getByText('0,41 — di bawah ambang 0,70')).toBeTruthy();
    expect(screen.getByText('0,91 — memenuhi ambang 0,50')).toBeTruthy();
    expect(screen.getByText('790 md')).toBeTruthy();
    // Both photos side by side, from the staff session as blobs: the latest selfie first.
    const selfie = (await screen.findByRole('img', { name: /^Swafoto / })) as HTMLImageElement;
    const reference = (await screen.findByRole('img', {
      name: 'Foto kependudukan (Dukcapil)',
    })) as HTMLImageElement;
    expect(selfie.src).toMatch(/^blob:photo-/);
    expect(reference.src).toMatch(/^blob:photo-/);
    expect(calls(fetchMock)).toContain(`GET ${BASE}/photos/selfie?attempt=${ATTEMPT_2}`);
    expect(calls(fetchMock)).toContain(`GET ${BASE}/photos/reference`);
    // The changed row is marked; the unchanged not.
    const phoneRow = screen.getByRole('rowheader', { name: /Nomor HP/ }).closest('tr')!;
    expect(phoneRow.className).toBe('case-changed');
    expect(within(phoneRow).getByText('+6281299990000')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Email' }).closest('tr')!.className).toBe('');
    expect(screen.getByText('Versi 1')).toBeTruthy();

    // Another attempt's selfie: the one shown before is let go.
    fireEvent.click(button(/^Lihat swafoto/));
    await waitFor(() => expect(calls(fetchMock)).toContain(`GET ${BASE}/photos/selfie?attempt=${ATTEMPT_1}`));
    await waitFor(() => expect(revoked.length).toBe(1));
    unmount();
    await waitFor(() => expect(revoked.length).toBe(3));
  });

  it('approves after a confirmation, with the note, and goes back to the queue with the outcome', async () => {
    const fetchMock = caseRoutes();
    renderAt(`/console/pengkinian/${CASE_ID}?tujuan=data_update_review`);
    fireEvent.click(await screen.findByRole('button', { name: 'Setujui' }));
    expect(screen.getByRole('heading', { name: 'Setujui pengkinian data ini?' })).toBeTruthy();
    expect(calls(fetchMock).some((c) => c.startsWith('POST'))).toBe(false);
    fireEvent.input(screen.getByLabelText('Catatan (tidak wajib)'), {
      target: { value: ' Cocok dengan KTP yang ditunjukkan. ' },
    });
    fireEvent.click(button('Ya, setujui'));
    expect(
      await screen.findByText(
        'Verifikasi wajah Siti Rahayu disetujui. Peserta dapat melanjutkan pengkinian data.',
      ),
    ).toBeTruthy();
    expect(window.location.pathname).toBe('/console');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(bodyOf(post[1])).toEqual({ decision: 'approve', note: 'Cocok dengan KTP yang ditunjukkan.' });
  });

  it('returns only with a reason, a note for "other", after a confirmation', async () => {
    const fetchMock = caseRoutes(() => ({ status: 200, body: { status: 'returned', applied: false } }));
    renderAt(`/console/pengkinian/${CASE_ID}?tujuan=data_update_review`);
    fireEvent.click(await screen.findByRole('button', { name: 'Kembalikan' }));
    expect(screen.getByText('Pilih paling sedikit satu alasan pengembalian.')).toBeTruthy();
    const unclear = screen.getByRole('checkbox', { name: 'Swafoto kurang jelas' });
    expect(document.activeElement).toBe(unclear);
    // The member's own words are shown beside each reason.
    expect(screen.getByText(`Peserta membaca: “${returnReasons.selfie_unclear.id}”`)).toBeTruthy();

    fireEvent.click(unclear);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lainnya (jelaskan di catatan)' }));
    fireEvent.click(button('Kembalikan'));
    expect(
      screen.getByText('Untuk alasan "Lainnya", tulis di catatan apa yang harus diperbaiki peserta.'),
    ).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Catatan untuk peserta'), {
      target: { value: 'Lepas kacamata dan foto di dekat jendela.' },
    });
    fireEvent.click(button('Kembalikan'));
    expect(screen.getByRole('heading', { name: 'Kembalikan ke peserta?' })).toBeTruthy();
    expect(calls(fetchMock).some((c) => c.startsWith('POST'))).toBe(false);
    fireEvent.click(button('Ya, kembalikan'));
    expect(
      await screen.findByText('Pengkinian data Siti Rahayu dikembalikan ke peserta dengan alasannya.'),
    ).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(bodyOf(post[1])).toEqual({
      decision: 'return',
      reasons: ['selfie_unclear', 'other'],
      note: 'Lepas kacamata dan foto di dekat jendela.',
    });
  });

  it('says so when another officer decided first', async () => {
    caseRoutes(() => problem(409, 'review_already_decided'));
    renderAt(`/console/pengkinian/${CASE_ID}?tujuan=data_update_review`);
    fireEvent.click(await screen.findByRole('button', { name: 'Setujui' }));
    fireEvent.click(button('Ya, setujui'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessage('review_already_decided', 'id'));
    const back = screen.getAllByRole('link', { name: /Kembali ke antrean/ });
    expect(back.at(-1)!.getAttribute('href')).toBe('/console');
    expect(within(alert.parentElement!).getByRole('link').textContent).toBe('Kembali ke antrean');
    expect(window.location.pathname).toBe(`/console/pengkinian/${CASE_ID}`);
  });

  it('writes the scores as an English reader does', async () => {
    caseRoutes();
    setLang('en');
    renderAt(`/console/pengkinian/${CASE_ID}?tujuan=data_update_review`);
    expect(await screen.findByText('0.62 — below threshold 0.70')).toBeTruthy();
    expect(screen.getByText('0.91 — meets threshold 0.50')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Selfie not clear' })).toBeTruthy();
    expect(screen.getByText(`The member reads: “${returnReasons.selfie_unclear.en}”`)).toBeTruthy();
  });

  it('names the fields of an identity correction in the version history, dates as dates', async () => {
    mockFetch({
      'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }),
      [`GET ${BASE}`]: () => ({
        status: 200,
        body: {
          ...CASE,
          versions: [
            {
              version: 2,
              at: '2026-11-21T03:00:00Z',
              author: { kind: 'officer', name: 'Rudi Hartono' },
              kpj: null,
              changes: [
                { field: 'identity.birthDate', before: '1990-08-17', after: '1990-07-08' },
                { field: 'identity.fullName', before: 'SITI RAHAYUU', after: 'SITI RAHAYU' },
              ],
            },
          ],
        },
      }),
      [`GET ${BASE}/photos/selfie`]: () => ({ status: 200, body: 'x' }),
      [`GET ${BASE}/photos/reference`]: () => ({ status: 200, body: 'x' }),
      [`POST ${BASE}/decision`]: () => ({ status: 200, body: {} }),
    });
    renderAt(`/console/pengkinian/${CASE_ID}?tujuan=data_update_review`);
    const version = (await screen.findByText('Versi 2')).closest('li')!;
    const [date, name] = within(version).getAllByRole('listitem');
    expect(date!.textContent).toBe('Tanggal lahir (koreksi identitas): 17 Agu 1990 →Sesudah 8 Jul 1990');
    expect(name!.textContent).toBe('Nama lengkap (koreksi identitas): SITI RAHAYUU →Sesudah SITI RAHAYU');
  });

  it('offers no decision on a case that waits for no officer', async () => {
    mockFetch({
      'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }),
      [`GET ${BASE}`]: () => ({ status: 200, body: { ...CASE, status: 'updated', review: null } }),
      [`GET ${BASE}/photos/selfie`]: () => ({ status: 200, body: 'x' }),
      [`GET ${BASE}/photos/reference`]: () => problem(404, 'not_found'),
    });
    renderAt(`/console/pengkinian/${CASE_ID}?tujuan=data_update_review`);
    expect(
      await screen.findByText(
        'Kasus ini tidak sedang menunggu petugas, jadi tidak ada yang perlu diputuskan.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Setujui' })).toBeNull();
    expect(await screen.findByText('Foto tidak tersedia.')).toBeTruthy();
  });
});
