import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderAt, useCleanSlate } from '../../test/helpers.tsx';

const KPJ = '23012345678';

function eligibility(overrides: Record<string, unknown> = {}) {
  return {
    asOf: '2026-11-23',
    card: {
      kpj: KPJ,
      status: 'active',
      employer: { npp: '10000001', name: 'PT Sinar Jaya Abadi' },
      leftOn: null,
    },
    balance: '3000000',
    cap: { amount: '15000000', validFrom: '2025-05-01', source: 'BPJS Ketenagakerjaan' },
    waitingPeriod: { months: 1, source: 'Permenaker 4/2022' },
    claimableFrom: null,
    conditions: [
      { condition: 'balance_within_cap', ok: true },
      { condition: 'data_updated', ok: true },
      {
        condition: 'membership_ended',
        ok: false,
        blocker: {
          code: 'leave_not_reported',
          remedy: 'ask_employer',
          message: 'Pemberi kerja belum melaporkan Anda berhenti bekerja.',
        },
      },
    ],
    eligible: false,
    safety: { withdrawalLock: { on: false, since: null, offAt: null }, bankCoolingOff: null, blockers: [] },
    canClaimInApp: false,
    bank: null,
    hasNpwp: false,
    leaveReportRequest: null,
    reminder: null,
    ...overrides,
  };
}

const SENT = {
  kpj: KPJ,
  employer: { npp: '10000001', name: 'PT Sinar Jaya Abadi' },
  sentAt: '2026-11-23T03:00:00.000Z',
  resolvedAt: null,
  resolution: null,
};

describe('Klaim JHT conditions', () => {
  useCleanSlate();

  it('shows the blocker and sends the request to the employer, then says when it was sent', async () => {
    let sent = false;
    const fetchMock = mockFetch({
      [`GET /api/v1/me/cards/${KPJ}/jht-eligibility`]: () => ({
        status: 200,
        body: eligibility(sent ? { leaveReportRequest: SENT } : {}),
      }),
      [`POST /api/v1/me/cards/${KPJ}/leave-report-requests`]: () => {
        sent = true;
        return { status: 201, body: { ...SENT, created: true } };
      },
    });
    renderAt(`/klaim-jht/${KPJ}`);
    await screen.findByRole('heading', { level: 1, name: 'Syarat klaim JHT' });
    const item = (await screen.findByText(/Pemberi kerja belum melaporkan/)).closest('li')!;
    expect(within(item).getByRole('heading', { level: 2 }).textContent).toMatch(/Belum terpenuhi/);
    expect(screen.queryByRole('link', { name: 'Ajukan Klaim' })).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: 'Minta pemberi kerja melaporkan' }));
    await screen.findByText(/Permintaan terkirim 23 Nov 2026/);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true);
    expect(screen.getByText(/PT Sinar Jaya Abadi melihat permintaan ini/)).toBeTruthy();
  });

  it('offers a reminder on the day the waiting period ends, and the other remedies as links', async () => {
    let set = false;
    mockFetch({
      [`GET /api/v1/me/cards/${KPJ}/jht-eligibility`]: () => ({
        status: 200,
        body: eligibility({
          card: { kpj: KPJ, status: 'nonactive', employer: null, leftOn: '2026-11-10' },
          conditions: [
            {
              condition: 'balance_within_cap',
              ok: false,
              blocker: {
                code: 'above_in_app_cap',
                remedy: 'lapak_asik',
                message: 'Saldo di atas Rp15.000.000.',
              },
            },
            {
              condition: 'data_updated',
              ok: false,
              blocker: {
                code: 'data_not_updated',
                remedy: 'update_data',
                message: 'Lengkapi pengkinian data dulu.',
              },
            },
            {
              condition: 'membership_ended',
              ok: false,
              blocker: {
                code: 'waiting_period',
                remedy: 'claimable_from',
                date: '2026-12-10',
                message: 'Klaim bisa diajukan mulai 10 Desember 2026.',
              },
            },
          ],
          reminder: set ? { kpj: KPJ, remindOn: '2026-12-10', sentAt: null } : null,
        }),
      }),
      [`POST /api/v1/me/cards/${KPJ}/jht-claim-reminder`]: () => {
        set = true;
        return { status: 201, body: { kpj: KPJ, remindOn: '2026-12-10', sentAt: null, created: true } };
      },
    });
    renderAt(`/klaim-jht/${KPJ}`);
    const lapak = await screen.findByRole('link', { name: 'Ajukan lewat Lapak Asik' });
    expect(lapak.getAttribute('href')).toBe('/lapak-asik');
    expect(screen.getByRole('link', { name: 'Perbarui data' }).getAttribute('href')).toBe(
      `/kartu/${KPJ}/pengkinian`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ingatkan saya pada 10 Des 2026' }));
    await screen.findByText(/Pengingat dipasang: .* pada 10 Des 2026/);
  });

  it('shows the safety blockers, and "Ajukan Klaim" only when everything passes', async () => {
    let locked = true;
    mockFetch({
      [`GET /api/v1/me/cards/${KPJ}/jht-eligibility`]: () => ({
        status: 200,
        body: eligibility({
          conditions: [
            { condition: 'balance_within_cap', ok: true },
            { condition: 'data_updated', ok: true },
            { condition: 'membership_ended', ok: true },
          ],
          eligible: true,
          canClaimInApp: !locked,
          bank: {
            bankCode: '002',
            bankName: 'Bank Rakyat Indonesia',
            accountNumberMasked: '******3528',
            holderName: 'DEWI',
          },
          safety: locked
            ? {
                withdrawalLock: { on: true, since: '2026-11-20T00:00:00.000Z', offAt: null },
                bankCoolingOff: { until: '2026-12-02T05:00:00.000Z', untilDate: '2026-12-02' },
                blockers: [
                  {
                    code: 'withdrawal_locked',
                    remedy: 'security_settings',
                    message: 'Kunci pencairan aktif.',
                  },
                  {
                    code: 'bank_cooling_off',
                    remedy: 'wait_until',
                    until: '2026-12-02T05:00:00.000Z',
                    untilDate: '2026-12-02',
                    message: 'Rekening baru diganti.',
                  },
                ],
              }
            : { withdrawalLock: { on: false, since: null, offAt: null }, bankCoolingOff: null, blockers: [] },
        }),
      }),
    });
    const { unmount } = renderAt(`/klaim-jht/${KPJ}`);
    await screen.findByRole('heading', { level: 3, name: /Kunci pencairan aktif/ });
    expect(screen.getByRole('heading', { level: 3, name: /klaim bisa mulai 2 Des 2026/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka Keamanan Akun' }).getAttribute('href')).toBe('/keamanan');
    expect(screen.queryByRole('link', { name: 'Ajukan Klaim' })).toBeNull();
    unmount();
    locked = false;
    renderAt(`/klaim-jht/${KPJ}`);
    const submit = await screen.findByRole('link', { name: 'Ajukan Klaim' });
    expect(submit.getAttribute('href')).toBe(`/klaim-jht/${KPJ}/ajukan`);
    expect(screen.getByText('Dibayar ke Bank Rakyat Indonesia ******3528')).toBeTruthy();
  });

  it('explains Lapak Asik honestly, with what to prepare and the branch', async () => {
    mockFetch({});
    renderAt('/lapak-asik');
    await screen.findByRole('heading', { level: 1, name: 'Lapak Asik' });
    expect(screen.getByRole('note').textContent).toMatch(/belum bisa dipakai/);
    expect(screen.getByText(/Paklaring/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Di kantor cabang' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('withdrawal lock on Keamanan Akun', () => {
  useCleanSlate();

  it('turns on at once, and asks to confirm it is you before turning off', async () => {
    let state = { on: false, since: null as string | null, offAt: null, offDelayHours: 24 };
    const fetchMock = mockFetch({
      'GET /api/v1/me/security-events': () => ({ status: 200, body: { events: [] } }),
      'GET /api/v1/me/sessions': () => ({ status: 200, body: { sessions: [] } }),
      'GET /api/v1/me/passkeys': () => ({ status: 200, body: { passkeys: [] } }),
      'GET /api/v1/me/contact': () => ({
        status: 200,
        body: { email: 'b***i@demo.jmo.id', phone: '+62812****0001' },
      }),
      'GET /api/v1/me/data-access': () => ({ status: 200, body: { reads: [] } }),
      'GET /api/v1/me/step-up': () => ({ status: 200, body: { steppedUpUntil: null, hasPasskey: false } }),
      'GET /api/v1/me/withdrawal-lock': () => ({ status: 200, body: state }),
      'PUT /api/v1/me/withdrawal-lock': (_, init) => {
        expect(JSON.parse(String(init.body))).toEqual({ on: true });
        state = { ...state, on: true, since: '2026-11-23T03:00:00.000Z' };
        return { status: 200, body: state };
      },
    });
    renderAt('/keamanan');
    await screen.findByRole('heading', { level: 2, name: 'Kunci pencairan' });
    await waitFor(() =>
      expect(screen.getByTestId('withdrawal-lock-state').textContent).toMatch(/Tidak aktif/),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Aktifkan kunci pencairan' }));
    await waitFor(() =>
      expect(screen.getByTestId('withdrawal-lock-state').textContent).toMatch(/Aktif sejak/),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Matikan kunci pencairan' }));
    await screen.findByText(/Kunci baru mati 24 jam setelah itu/);
    await screen.findByRole('button', { name: 'Kirim kode ke HP' });
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT')).toHaveLength(1);
  });
});
