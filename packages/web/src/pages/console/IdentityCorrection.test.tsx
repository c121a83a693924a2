import { errorMessage } from '@jmo/core/contracts/errors';
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
const CASE_ID = '0192f3a0-0000-7000-8000-0000000000c1';
const LATER_ID = '0192f3a0-0000-7000-8000-0000000000c2';
const KTP_ID = '0192f3a0-0000-7000-8000-0000000000f1';
const KK_ID = '0192f3a0-0000-7000-8000-0000000000f2';
const BASE = `/api/v1/console/identity-corrections/${CASE_ID}`;
const NIK = '3174015708900001';

const item = (over: Record<string, unknown>) => ({
  id: CASE_ID,
  fields: ['fullName'],
  fullName: 'RINA KARTIKAA',
  maskedNik: '************0001',
  createdAt: '2026-11-20T02:00:00Z',
  dueOn: '2026-11-24',
  overdue: true,
  holder: null,
  evidenceCount: 2,
  ...over,
});
// Sent out of order on purpose: the screen shows the soonest due first whatever it is sent.
const QUEUE = {
  items: [
    item({
      id: LATER_ID,
      fields: ['fullName', 'birthDate'],
      fullName: 'BUDI SANTOSO',
      maskedNik: '************0002',
      createdAt: '2026-11-27T02:00:00Z',
      dueOn: '2026-12-04',
      overdue: false,
      holder: 'Rudi Hartono',
      evidenceCount: 1,
    }),
    item({}),
  ],
};

const CASE = {
  id: CASE_ID,
  status: 'open',
  person: {
    personId: '0192f3a0-0000-7000-8000-0000000000b1',
    fullName: 'RINA KARTIKAA',
    nik: NIK,
    birthDate: '1990-08-17',
    sex: 'F',
  },
  registry: { fullName: 'RINA KARTIKA SARI', birthDate: '1990-08-17' },
  cards: [
    { kpj: '23012345678', nameOnCard: 'RINA KARTIKAA', employer: 'PT Sinar Maju Bersama' },
    { kpj: '19087654321', nameOnCard: null, employer: null },
  ],
  fields: ['fullName'],
  requested: { fullName: 'Rina Kartika Sari' },
  explanation: 'Di kartu tertulis RINA KARTIKAA, di KTP saya RINA KARTIKA SARI.',
  evidence: [
    { id: KTP_ID, kind: 'ktp', uploadedAt: '2026-11-20T01:55:00Z' },
    { id: KK_ID, kind: 'kk', uploadedAt: '2026-11-20T01:57:00Z' },
  ],
  createdAt: '2026-11-20T02:00:00Z',
  dueOn: '2026-11-24',
  overdue: true,
  holder: 'Rudi Hartono',
  decisionReason: null,
};

const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const bodyOf = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const calls = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`);

function routes(
  decision?: (init: RequestInit) => ReturnType<Parameters<typeof mockFetch>[0][string]>,
  theCase: Record<string, unknown> = CASE,
) {
  return mockFetch({
    'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }),
    'GET /api/v1/console/recovery-requests': () => ({ status: 200, body: { requests: [] } }),
    'GET /api/v1/console/data-updates': () => ({ status: 200, body: { items: [] } }),
    'GET /api/v1/console/identity-corrections': () => ({ status: 200, body: QUEUE }),
    [`GET ${BASE}`]: () => ({ status: 200, body: theCase }),
    [`GET ${BASE}/evidence/${KTP_ID}`]: () => ({ status: 200, body: 'ktp-bytes' }),
    [`GET ${BASE}/evidence/${KK_ID}`]: () => ({ status: 200, body: 'kk-bytes' }),
    [`POST ${BASE}/decision`]: (_url, init) =>
      decision ? decision(init) : { status: 200, body: { status: 'approved', version: 3 } },
  });
}

describe('console: identity corrections', () => {
  useCleanSlate();
  let created = 0;
  const revoked: string[] = [];
  beforeEach(() => {
    staff.value = undefined;
    created = 0;
    revoked.length = 0;
    // jsdom has no object URLs: count them instead.
    Object.assign(URL, {
      createObjectURL: vi.fn(() => `blob:evidence-${++created}`),
      revokeObjectURL: vi.fn((url: string) => revoked.push(url)),
    });
  });
  afterEach(() => {
    cleanup();
  });

  it('lists open corrections on the console home soonest due first, overdue ones marked', async () => {
    routes();
    renderAt('/console');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Koreksi Identitas' })).closest(
      'section',
    )!;
    const links = await within(section).findAllByRole('link', { name: /^Periksa koreksi identitas/ });
    expect(links.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Periksa koreksi identitas RINA KARTIKAA',
      'Periksa koreksi identitas BUDI SANTOSO',
    ]);
    expect(links[0]!.getAttribute('href')).toBe(`/console/koreksi-identitas/${CASE_ID}`);
    const first = links[0]!.closest('li')!;
    expect(first.className).toContain('console-item--overdue');
    expect(within(first).getByText('Terlambat')).toBeTruthy();
    expect(within(first).getByText('24 Nov 2026 (terlambat)')).toBeTruthy();
    expect(within(first).getByText('************0001')).toBeTruthy();
    expect(within(first).getByText('Nama lengkap')).toBeTruthy();
    expect(within(first).getByText('Belum ada petugas')).toBeTruthy();
    expect(within(first).getByText('2 foto')).toBeTruthy();
    const second = links[1]!.closest('li')!;
    expect(within(second).queryByText('Terlambat')).toBeNull();
    expect(within(second).getByText('Nama lengkap, Tanggal lahir')).toBeTruthy();
    expect(within(second).getByText('Rudi Hartono')).toBeTruthy();
  });

  it('reads nothing personal until opened for its purpose, then compares and shows the photos', async () => {
    const fetchMock = routes();
    const { unmount } = renderAt(`/console/koreksi-identitas/${CASE_ID}`);
    expect(await screen.findByRole('heading', { name: 'Buka data pribadi peserta' })).toBeTruthy();
    expect(screen.getByText(/Tujuan akses: Pemeriksaan perubahan data\./)).toBeTruthy();
    expect(calls(fetchMock).some((c) => c.includes('/console/identity-corrections/'))).toBe(false);
    expect(screen.queryByText(NIK)).toBeNull();

    fireEvent.click(button('Buka Permohonan'));
    expect(await screen.findByText(NIK)).toBeTruthy();
    expect(window.location.search).toBe('?tujuan=data_update_review');
    // The asked row is marked, with the registry's verdict; the other row is not.
    const nameRow = screen.getByRole('rowheader', { name: /Nama lengkap/ }).closest('tr')!;
    expect(nameRow.className).toBe('case-changed');
    expect(within(nameRow).getByText('RINA KARTIKA SARI')).toBeTruthy();
    expect(within(nameRow).getByText('Rina Kartika Sari')).toBeTruthy();
    expect(within(nameRow).getByText('Sama dengan Dukcapil')).toBeTruthy();
    const dateRow = screen.getByRole('rowheader', { name: 'Tanggal lahir' }).closest('tr')!;
    expect(dateRow.className).toBe('');
    expect(within(dateRow).getAllByText('17 Agu 1990').length).toBe(2);
    expect(within(dateRow).getByText('tidak diminta')).toBeTruthy();
    // Names on the cards, the explanation.
    expect(screen.getByText('PT Sinar Maju Bersama')).toBeTruthy();
    expect(screen.getByText('RINA KARTIKAA (sama dengan nama lengkap)')).toBeTruthy();
    expect(screen.getByText(CASE.explanation)).toBeTruthy();
    // Both photos as blobs from the staff session, labelled by document.
    const ktp = (await screen.findByRole('img', { name: /^KTP · foto 1/ })) as HTMLImageElement;
    const kk = (await screen.findByRole('img', {
      name: /^Kartu Keluarga \(KK\) · foto 2/,
    })) as HTMLImageElement;
    expect(ktp.src).toMatch(/^blob:evidence-/);
    expect(kk.src).toMatch(/^blob:evidence-/);
    expect(calls(fetchMock)).toContain(`GET ${BASE}/evidence/${KTP_ID}`);
    expect(calls(fetchMock)).toContain(`GET ${BASE}/evidence/${KK_ID}`);
    unmount();
    await waitFor(() => expect(revoked.sort()).toEqual(['blob:evidence-1', 'blob:evidence-2']));
  });

  it('says when the registry disagrees with the value asked for, or has no record', async () => {
    routes(undefined, {
      ...CASE,
      fields: ['birthDate'],
      requested: { birthDate: '1990-07-08' },
    });
    renderAt(`/console/koreksi-identitas/${CASE_ID}?tujuan=data_update_review`);
    const dateRow = (await screen.findByRole('rowheader', { name: /Tanggal lahir/ })).closest('tr')!;
    expect(dateRow.className).toBe('case-changed');
    expect(within(dateRow).getByText('8 Jul 1990')).toBeTruthy();
    expect(within(dateRow).getByText('Berbeda dari Dukcapil')).toBeTruthy();
    cleanup();

    routes(undefined, { ...CASE, registry: null });
    renderAt(`/console/koreksi-identitas/${CASE_ID}?tujuan=data_update_review`);
    expect(await screen.findByText('Dukcapil tidak punya catatan untuk NIK ini.')).toBeTruthy();
  });

  it('approves after a confirmation and goes back to the queue with the outcome', async () => {
    const fetchMock = routes();
    renderAt(`/console/koreksi-identitas/${CASE_ID}?tujuan=data_update_review`);
    fireEvent.click(await screen.findByRole('button', { name: 'Setujui koreksi' }));
    const title = screen.getByRole('heading', { name: 'Setujui koreksi identitas ini?' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(
      screen.getByText('Nama lengkap menjadi Rina Kartika Sari; nama pada semua kartu ikut nama ini.'),
    ).toBeTruthy();
    expect(calls(fetchMock).some((c) => c.startsWith('POST'))).toBe(false);
    fireEvent.click(button('Ya, setujui koreksi'));
    expect(
      await screen.findByText('Koreksi identitas Rina Kartika Sari disetujui. Data peserta sudah dikoreksi.'),
    ).toBeTruthy();
    expect(window.location.pathname).toBe('/console');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(bodyOf(post[1])).toEqual({ decision: 'approve' });
  });

  it('rejects only with a reason, after a confirmation', async () => {
    const fetchMock = routes(() => ({ status: 200, body: { status: 'rejected', version: null } }));
    renderAt(`/console/koreksi-identitas/${CASE_ID}?tujuan=data_update_review`);
    fireEvent.click(await screen.findByRole('button', { name: 'Tolak' }));
    const reason = screen.getByLabelText('Alasan penolakan');
    expect(screen.getByText('Tulis alasan penolakan, paling sedikit 5 karakter.')).toBeTruthy();
    expect(document.activeElement).toBe(reason);
    fireEvent.input(reason, { target: { value: ' abc ' } });
    fireEvent.click(button('Tolak'));
    expect(screen.getByText('Tulis alasan penolakan, paling sedikit 5 karakter.')).toBeTruthy();

    fireEvent.input(reason, { target: { value: ' Foto KTP buram; nama tidak terbaca. ' } });
    fireEvent.click(button('Tolak'));
    expect(screen.getByRole('heading', { name: 'Tolak koreksi identitas ini?' })).toBeTruthy();
    expect(screen.getByText('Foto KTP buram; nama tidak terbaca.')).toBeTruthy();
    expect(calls(fetchMock).some((c) => c.startsWith('POST'))).toBe(false);
    // Cancelling keeps what was typed.
    fireEvent.click(button('Batal'));
    expect((screen.getByLabelText('Alasan penolakan') as HTMLTextAreaElement).value).toBe(
      ' Foto KTP buram; nama tidak terbaca. ',
    );
    fireEvent.click(button('Tolak'));
    fireEvent.click(button('Ya, tolak'));
    expect(
      await screen.findByText('Koreksi identitas RINA KARTIKAA ditolak. Peserta diberi tahu alasannya.'),
    ).toBeTruthy();
    expect(window.location.pathname).toBe('/console');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(bodyOf(post[1])).toEqual({ decision: 'reject', reason: 'Foto KTP buram; nama tidak terbaca.' });
  });

  it('says so when the request was decided already, with the way back', async () => {
    routes(() => problem(409, 'review_already_decided'));
    renderAt(`/console/koreksi-identitas/${CASE_ID}?tujuan=data_update_review`);
    fireEvent.click(await screen.findByRole('button', { name: 'Setujui koreksi' }));
    fireEvent.click(button('Ya, setujui koreksi'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessage('review_already_decided', 'id'));
    expect(within(alert.parentElement!).getByRole('link').getAttribute('href')).toBe('/console');
    expect(window.location.pathname).toBe(`/console/koreksi-identitas/${CASE_ID}`);
  });

  it('says what a missing request is', async () => {
    mockFetch({
      'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }),
      [`GET ${BASE}`]: () => problem(404, 'identity_correction_not_found'),
    });
    renderAt(`/console/koreksi-identitas/${CASE_ID}?tujuan=data_update_review`);
    expect((await screen.findByRole('alert')).textContent).toBe(
      errorMessage('identity_correction_not_found', 'id'),
    );
  });

  it('offers no decision on a request decided already, and shows the reason', async () => {
    routes(undefined, { ...CASE, status: 'rejected', decisionReason: 'Foto KTP buram.' });
    renderAt(`/console/koreksi-identitas/${CASE_ID}?tujuan=data_update_review`);
    expect(await screen.findByText('Permohonan ini sudah diputuskan: ditolak.')).toBeTruthy();
    expect(screen.getByText('Foto KTP buram.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Setujui koreksi' })).toBeNull();
  });

  it('reads in English', async () => {
    routes();
    setLang('en');
    renderAt(`/console/koreksi-identitas/${CASE_ID}?tujuan=data_update_review`);
    expect(await screen.findByRole('button', { name: 'Approve the correction' })).toBeTruthy();
    expect(screen.getByText('Same as the registry')).toBeTruthy();
    expect(await screen.findByRole('img', { name: /^KTP \(ID card\) · photo 1/ })).toBeTruthy();
  });
});
