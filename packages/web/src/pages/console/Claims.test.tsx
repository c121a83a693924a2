import { claimReasonMessages } from '@jmo/core/claims/reasons';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, problem, renderAt, useCleanSlate } from '../../test/helpers.tsx';
import { staff } from './api.ts';

const OFFICER = {
  id: '0192f3a0-0000-7000-8000-0000000000a1',
  fullName: 'Rudi Hartono',
  role: 'officer',
  branch: { code: 'JKT-SLB', name: 'Kantor Cabang Jakarta Salemba' },
  employer: null,
};
const CLAIM_ID = '0192f3a0-0000-7000-8000-00000000c1a1';
const LATER_ID = '0192f3a0-0000-7000-8000-00000000c1a2';
const BASE = `/api/v1/console/claims/${CLAIM_ID}`;

const item = (over: Record<string, unknown> = {}) => ({
  id: CLAIM_ID,
  reference: 'JHT-2026-000123',
  memberName: 'Siti Rahayu',
  kpj: '19087654321',
  state: 'verifying',
  reasonCode: 'face_mismatch',
  since: '2026-11-20T02:00:00Z',
  due: { at: null, date: '2026-11-27', illustrative: false },
  overdue: true,
  gross: '8000000',
  ...over,
});
const QUEUE = {
  items: [
    item({
      id: LATER_ID,
      reference: 'JHT-2026-000200',
      memberName: 'Budi Santoso',
      reasonCode: 'above_in_app_cap',
      due: { at: null, date: '2026-12-08', illustrative: false },
      overdue: false,
    }),
    item(),
  ],
};

const CLAIM = {
  id: CLAIM_ID,
  reference: 'JHT-2026-000123',
  program: 'JHT',
  kpj: '19087654321',
  reason: 'resigned',
  state: 'verifying',
  stateName: 'Diverifikasi petugas',
  owner: 'branch',
  ownerName: 'Kantor cabang',
  since: '2026-11-20T02:00:00Z',
  due: { at: null, date: '2026-11-27', illustrative: false },
  net: '8000000',
  createdAt: '2026-11-20T01:00:00Z',
  reasonCode: 'face_mismatch',
  reasonText: claimReasonMessages.face_mismatch.id,
  amounts: {
    balance: '8000000',
    gross: '8000000',
    tax: '0',
    net: '8000000',
    hasNpwp: true,
    regime: 'final',
    lines: [],
  },
  bank: {
    bankCode: '014',
    bankName: 'Bank Central Asia',
    accountNumberMasked: '•••• 7890',
    holderName: 'SITI RAHAYU',
    himbara: false,
  },
  face: { status: 'referred', attemptsLeft: 0 },
  timeline: [
    {
      state: 'submitted',
      stateName: 'Diajukan',
      at: '2026-11-20T01:00:00Z',
      owner: 'head_office',
      ownerName: 'BPJS Ketenagakerjaan',
      reason: null,
      reasonText: null,
      actor: 'participant',
    },
    {
      state: 'verifying',
      stateName: 'Diverifikasi petugas',
      at: '2026-11-20T02:00:00Z',
      owner: 'branch',
      ownerName: 'Kantor cabang',
      reason: 'face_mismatch',
      reasonText: claimReasonMessages.face_mismatch.id,
      actor: 'system',
    },
  ],
  canCancel: true,
};
const CASE = {
  claim: CLAIM,
  memberName: 'Siti Rahayu',
  birthDate: '1992-04-01',
  nikMasked: '************0001',
  hasSelfie: true,
  decisions: [
    { decision: 'approve', reasons: [], reasonRequired: false },
    { decision: 'reject', reasons: ['identity_not_confirmed', 'fraud_suspected'], reasonRequired: true },
    { decision: 'interview', reasons: ['interview_required'], reasonRequired: true },
  ],
};

function routes(decision?: (init: RequestInit) => ReturnType<Parameters<typeof mockFetch>[0][string]>) {
  return mockFetch({
    'GET /api/v1/staff/me': () => ({ status: 200, body: OFFICER }),
    'GET /api/v1/console/claims': () => ({ status: 200, body: QUEUE }),
    [`GET ${BASE}`]: () => ({ status: 200, body: CASE }),
    [`GET ${BASE}/photos/selfie`]: () => ({ status: 200, body: 'selfie-bytes' }),
    [`GET ${BASE}/photos/reference`]: () => ({ status: 200, body: 'reference-bytes' }),
    [`POST ${BASE}/decision`]: (_url, init) =>
      decision
        ? decision(init)
        : {
            status: 200,
            body: { ...CASE, claim: { ...CLAIM, state: 'rejected', stateName: 'Ditolak' }, decisions: [] },
          },
  });
}

const paths = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.map(
    ([url, init]) => `${init?.method ?? 'GET'} ${new URL(String(url), 'http://x').pathname}`,
  );

describe('console: claims', () => {
  useCleanSlate();
  beforeEach(() => {
    staff.value = undefined;
    let n = 0;
    Object.assign(URL, { createObjectURL: vi.fn(() => `blob:photo-${++n}`), revokeObjectURL: vi.fn() });
  });

  it('the queue: soonest due first, the reason in words, overdue marked; linked from the console nav', async () => {
    routes();
    renderAt('/console/klaim');
    expect(await screen.findByRole('heading', { level: 1, name: 'Antrean Klaim' })).toBeTruthy();
    expect(
      within(screen.getByRole('navigation', { name: 'Konsol' }))
        .getByRole('link', { name: 'Klaim' })
        .getAttribute('href'),
    ).toBe('/console/klaim');
    const items = await screen.findAllByRole('listitem');
    expect(items[0]?.textContent).toContain('JHT-2026-000123');
    expect(items[0]?.className).toContain('console-item--overdue');
    expect(items[0]?.textContent).toContain('Lewat batas');
    expect(items[0]?.textContent).toContain(claimReasonMessages.face_mismatch.id);
    expect(items[0]?.textContent).toContain('27 Nov 2026');
    expect(items[1]?.textContent).toContain('JHT-2026-000200');
    expect(items[1]?.textContent).not.toContain('Lewat batas');
    expect(
      screen.getByRole('link', { name: 'Buka klaim JHT-2026-000123 (Siti Rahayu)' }).getAttribute('href'),
    ).toBe(`/console/klaim/${CLAIM_ID}`);
  });

  it('reads nothing until opened; then the claim, photos side by side, and a rejection with its reason after confirming', async () => {
    const fetchMock = routes();
    renderAt(`/console/klaim/${CLAIM_ID}`);
    const gate = await screen.findByRole('button', { name: 'Buka kasus' });
    expect(paths(fetchMock)).not.toContain(`GET ${BASE}`);
    fireEvent.click(gate);
    expect(await screen.findByText('JHT-2026-000123 · Siti Rahayu', { exact: false })).toBeTruthy();
    expect(window.location.search).toBe('?tujuan=claim_review');
    expect(screen.getByText('•••• 7890')).toBeTruthy();
    expect(screen.getByText('Perlu diperiksa petugas')).toBeTruthy();
    const photos = screen.getByRole('region', { name: 'Swafoto dan foto data kependudukan' });
    expect(await within(photos).findByRole('img', { name: 'Swafoto klaim' })).toBeTruthy();
    expect(await within(photos).findByRole('img', { name: 'Foto data kependudukan' })).toBeTruthy();
    const timeline = screen.getByRole('region', { name: 'Riwayat klaim' });
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(2);

    // Only the moves the server offers; a reason is required for a rejection.
    const decision = screen.getByRole('region', { name: 'Keputusan' });
    expect(within(decision).queryByRole('radio', { name: 'Kembalikan untuk diperbaiki' })).toBeNull();
    fireEvent.click(within(decision).getByRole('radio', { name: 'Tolak' }));
    fireEvent.click(within(decision).getByRole('button', { name: 'Periksa keputusan' }));
    expect(await within(decision).findByText('Pilih kode alasan.')).toBeTruthy();
    fireEvent.click(within(decision).getByRole('radio', { name: claimReasonMessages.fraud_suspected.id }));
    fireEvent.input(within(decision).getByLabelText(/Catatan untuk berkas/), {
      target: { value: 'KTP tidak cocok dengan foto.' },
    });
    fireEvent.click(within(decision).getByRole('button', { name: 'Periksa keputusan' }));
    expect(
      await within(decision).findByRole('heading', { name: 'Yakin dengan keputusan ini?' }),
    ).toBeTruthy();
    expect(paths(fetchMock)).not.toContain(`POST ${BASE}/decision`);
    fireEvent.click(within(decision).getByRole('button', { name: 'Konfirmasi keputusan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Antrean Klaim' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Klaim JHT-2026-000123: Ditolak.');
    const call = fetchMock.mock.calls.find(
      ([u, init]) => String(u).endsWith('/decision') && init?.method === 'POST',
    );
    expect(JSON.parse(String(call?.[1]?.body))).toEqual({
      decision: 'reject',
      reason: 'fraud_suspected',
      note: 'KTP tidak cocok dengan foto.',
    });
  });

  it('an approval needs no reason; a refusal from the server is shown and the officer stays on the case', async () => {
    routes(() => problem(409, 'claim_transition_not_allowed'));
    renderAt(`/console/klaim/${CLAIM_ID}?tujuan=claim_review`);
    const decision = await screen.findByRole('region', { name: 'Keputusan' });
    fireEvent.click(within(decision).getByRole('radio', { name: 'Setujui' }));
    fireEvent.click(within(decision).getByRole('button', { name: 'Periksa keputusan' }));
    fireEvent.click(await within(decision).findByRole('button', { name: 'Konfirmasi keputusan' }));
    await waitFor(() => expect(within(decision).getByRole('alert')).toBeTruthy());
    expect(screen.getByRole('heading', { level: 1, name: 'Kasus Klaim' })).toBeTruthy();
    expect(within(decision).getByRole('radio', { name: 'Setujui' })).toBeTruthy();
  });
});
