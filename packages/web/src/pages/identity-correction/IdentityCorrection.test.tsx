import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n.ts';
import { headersOf, mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const CURRENT = { fullName: 'RINA KARTIKA', birthDate: '1990-08-15' };
const OPEN = {
  id: '0190a000-0000-7000-8000-000000000010',
  status: 'open',
  fields: ['fullName'],
  values: { fullName: 'RINA KARTIKA SARI' },
  createdAt: '2026-12-02T03:00:00.000Z',
  dueOn: '2026-12-07',
  holder: null,
  decisionReason: null,
  decidedAt: null,
  evidence: [{ id: '0190a000-0000-7000-8000-000000000020', kind: 'ktp' }],
};

function choosePhoto(name = 'ktp.jpg', type = 'image/jpeg') {
  const input = document.getElementById('idc-evidence') as HTMLInputElement;
  const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], name, { type });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('identity correction page', () => {
  useCleanSlate();

  it('uploads a KTP photo, sends the request and shows its status with the due date', async () => {
    let requests: unknown[] = [];
    let sent: Record<string, unknown> | null = null;
    const fetchMock = mockFetch({
      'GET /api/v1/me/identity-corrections': () => ({ status: 200, body: { current: CURRENT, requests } }),
      'POST /api/v1/me/identity-corrections/evidence': (url) => ({
        status: 201,
        body: { id: OPEN.evidence[0]!.id, kind: url.searchParams.get('kind'), width: 1280, height: 800 },
      }),
      'POST /api/v1/me/identity-corrections': (_url, init) => {
        sent = JSON.parse(String(init.body));
        requests = [OPEN];
        return { status: 201, body: OPEN };
      },
    });
    renderAt('/koreksi-identitas');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Koreksi nama atau tanggal lahir' }),
    ).toBeTruthy();
    fireEvent.click(await screen.findByRole('checkbox', { name: /Nama lengkap/ }));
    fireEvent.input(screen.getByLabelText('Nama lengkap sesuai KTP'), {
      target: { value: 'Rina Kartika Sari' },
    });
    fireEvent.input(screen.getByLabelText('Penjelasan'), {
      target: { value: 'Di KTP saya tertulis RINA KARTIKA SARI.' },
    });
    const input = document.getElementById('idc-evidence') as HTMLInputElement;
    expect(input.getAttribute('capture')).toBe('environment');
    choosePhoto();
    expect(await screen.findByText('Foto KTP 1 terunggah')).toBeTruthy();
    const upload = fetchMock.mock.calls.find(([u]) => String(u).includes('/evidence'))!;
    expect(headersOf(upload[1])['Content-Type']).toBe('image/jpeg');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim permohonan' }));
    expect(await screen.findByText('Sedang diperiksa petugas')).toBeTruthy();
    expect(sent).toEqual({
      fields: ['fullName'],
      values: { fullName: 'Rina Kartika Sari' },
      explanation: 'Di KTP saya tertulis RINA KARTIKA SARI.',
      evidenceIds: [OPEN.evidence[0]!.id],
    });
    expect(screen.getByText('Menunggu petugas')).toBeTruthy();
    expect(screen.getByText(/7 Des 2026/)).toBeTruthy();
    // An open request: no second form.
    expect(screen.queryByRole('button', { name: 'Kirim permohonan' })).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('idc-status-title'));
  });

  it('says what is missing before sending, and shows a refused upload in words', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/me/identity-corrections': () => ({
        status: 200,
        body: { current: CURRENT, requests: [] },
      }),
      'POST /api/v1/me/identity-corrections/evidence': () => problem(415, 'identity_evidence_not_an_image'),
    });
    renderAt('/koreksi-identitas');
    fireEvent.click(await screen.findByRole('button', { name: 'Kirim permohonan' }));
    expect(screen.getByText('Pilih nama, tanggal lahir, atau keduanya.')).toBeTruthy();
    expect(screen.getByText('Tambahkan paling sedikit satu foto KTP atau KK.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
    choosePhoto('scan.pdf', 'application/pdf');
    expect(await screen.findByText(/bukan foto yang bisa dibaca/)).toBeTruthy();
  });

  it("shows a rejection's reason in English and offers a new request", async () => {
    setLang('en');
    mockFetch({
      'GET /api/v1/me/identity-corrections': () => ({
        status: 200,
        body: {
          current: CURRENT,
          requests: [
            {
              ...OPEN,
              status: 'rejected',
              holder: 'Dewi',
              decisionReason: 'The KK photo is blurred.',
              decidedAt: '2026-12-03T03:00:00.000Z',
            },
          ],
        },
      }),
    });
    renderAt('/koreksi-identitas');
    expect(await screen.findByText('Not approved')).toBeTruthy();
    expect(screen.getByText('The KK photo is blurred.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send the request' })).toBeTruthy();
  });
});
